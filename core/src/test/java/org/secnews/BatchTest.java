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
  void failure_inALaterTask_deliversEveryResultBeforeIt() {
    NewsAnalyzer small = NewsAnalyzer.builder().gazetteer(TestGazetteers.small()).maxChars(5).build();
    List<String> texts = IntStream.range(0, 30).mapToObj(i -> i == 19 ? "far too long" : "ok").toList();
    List<Analysis> got = new java.util.ArrayList<>();
    try (Stream<Analysis> results = Batch.of(small, 2).analyze(texts.stream())) {
      Batch.BatchException e = assertThrows(Batch.BatchException.class, () -> results.forEach(got::add));
      assertEquals(19, e.position());
      assertEquals(19, got.size());
    }
  }

  @Test
  void run_appliesTheWorkToEveryInputInOrder() {
    try (Stream<Integer> squares = Batch.of(TestGazetteers.analyzer(), 3).run(IntStream.range(0, 101).boxed(), i -> i * i)) {
      assertEquals(IntStream.range(0, 101).map(i -> i * i).boxed().toList(), squares.toList());
    }
  }

  @Test
  void threads_mustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> Batch.of(TestGazetteers.analyzer(), 0));
  }
}
