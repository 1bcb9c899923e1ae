package org.secnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.secnews.testsupport.Asserts.assertInvariants;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: each document of about 1 MB must be answered, with the invariants, well within
 * the guard (a hang or a quadratic path on 1 MB takes minutes). This guards against hangs; the
 * cost per MB is measured by the benchmarks, not here.
 */
final class PathologicalTest {
  private static final Duration GUARD = Duration.ofSeconds(30);
  private static final int MB = 1 << 20;

  private static String repeat(String unit) {
    return unit.repeat(Math.max(1, MB / unit.length()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"", "\u201C", "\u201D", "'", "\u2018", "a.", "a. ", "\u201C\u201D", "\"'",
      "(", ")", "-", "--", "...", "\n", "\n\n", "said ", "told \u201Cx ", "MI6 ", "Moore ", "U.S. ",
      "x@", "http://", "\uD800", "e\u0301", " ", "\u0000", "Jordan Jordan ", "the CIA said that "})
  void megabyteOfOneUnit(String unit) {
    String text = repeat(unit);
    Analysis a = assertTimeoutPreemptively(GUARD, () -> TestGazetteers.analyzer().analyze(text));
    assertInvariants(a);
  }

  @Test
  void oneHugeWord() {
    String text = "x".repeat(MB);
    Analysis a = assertTimeoutPreemptively(GUARD, () -> TestGazetteers.analyzer().analyze(text));
    assertEquals(1, a.tokens().size());
  }

  @Test
  void nestedParentheses() {
    String text = "(".repeat(100_000) + "MI6" + ")".repeat(100_000);
    Analysis a = assertTimeoutPreemptively(GUARD, () -> TestGazetteers.analyzer().analyze(text));
    assertEquals(1, a.mentions().size());
  }

  @Test
  void allCueWords() {
    String text = repeat("Moore said he told them he warned ");
    assertInvariants(assertTimeoutPreemptively(GUARD, () -> TestGazetteers.analyzer().analyze(text)));
  }

  @Test
  void tooLongIsRefusedWithAClearMessage() {
    NewsAnalyzer small = NewsAnalyzer.builder().gazetteer(TestGazetteers.small()).maxChars(10).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> small.analyze("12345678901"));
    assertEquals(true, e.getMessage().contains("maximum of 10"));
    assertThrows(IllegalArgumentException.class, () -> NewsAnalyzer.builder().maxChars(0).build());
  }

  @Test
  void sharedAnalyzerGivesTheSameResultsFromSixteenThreads() throws Exception {
    List<String> docs = new ArrayList<>();
    String[] parts = {"“Our door is open,” Richard Moore told Politico. ", "Ken McCallum said Iran was a threat. ",
        "He added that the GRU was active. ", "According to the CIA, al-Qaeda regrouped. ", "\n\n",
        "The Russian Foreign Ministry warned that there would be a response. ", "IS fighters fled. "};
    for (int d = 0; d < 200; d++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < 5 + d % 7; k++) {
        b.append(parts[(d * 31 + k * 7) % parts.length]);
      }
      docs.add(b.toString());
    }
    NewsAnalyzer analyzer = TestGazetteers.analyzer();
    List<Analysis> sequential = docs.stream().map(analyzer::analyze).toList();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Analysis>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String d : docs) {
          futures.add(pool.submit(() -> analyzer.analyze(d)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        Analysis a = futures.get(i).get();
        Analysis s = sequential.get(i % docs.size());
        assertEquals(s.mentions(), a.mentions());
        assertEquals(s.claims(), a.claims());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
