package org.secnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class BatchTest {
  @Test
  void results_comeInInputOrder() {
    List<String> texts = IntStream.range(0, 500)
        .mapToObj(i -> "Doc " + i + ": Ken McCallum said " + "Russia ".repeat(i % 17) + "was a threat.").toList();
    NewsAnalyzer analyzer = TestGazetteers.analyzer();
    List<Analysis> expected = texts.stream().map(analyzer::analyze).toList();
    try (Stream<Analysis> results = Batch.of(analyzer, 4).analyze(texts.stream())) {
      List<Analysis> got = results.toList();
      assertEquals(expected.size(), got.size());
      for (int i = 0; i < got.size(); i++) {
        assertEquals(expected.get(i).text(), got.get(i).text());
        assertEquals(expected.get(i).mentions(), got.get(i).mentions());
        assertEquals(expected.get(i).claims(), got.get(i).claims());
      }
    }
  }

  @Test
  void failure_namesThePosition() {
    NewsAnalyzer small = NewsAnalyzer.builder().gazetteer(TestGazetteers.small()).maxChars(5).build();
    try (Stream<Analysis> results = Batch.of(small, 2).analyze(Stream.of("ok", "fine", "far too long"))) {
      Batch.BatchException e = assertThrows(Batch.BatchException.class, results::toList);
      assertEquals(2, e.position());
    }
  }

  @Test
  void threads_mustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> Batch.of(TestGazetteers.analyzer(), 0));
  }
}
