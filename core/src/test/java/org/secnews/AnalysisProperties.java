package org.secnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secnews.testsupport.Asserts.assertInvariants;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.secnews.claim.ClaimKind;
import org.secnews.entity.Mention;

/** Invariants of the whole pipeline on random and news-shaped input. */
final class AnalysisProperties {
  private final NewsAnalyzer analyzer = TestGazetteers.analyzer();

  @Property(tries = 300)
  void anyString_noExceptionAndInvariantsHold(@ForAll("noisy") String text) {
    Analysis a = analyzer.analyze(text);
    assertInvariants(a);
  }

  @Property(tries = 100)
  void anyString_sameResultTwice(@ForAll("noisy") String text) {
    Analysis a = analyzer.analyze(text);
    Analysis b = analyzer.analyze(text);
    assertEquals(a.mentions(), b.mentions());
    assertEquals(a.claims(), b.claims());
  }

  @Provide
  Arbitrary<String> noisy() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withChars("\"'“”‘’«»„ .,:;-–—…\n()").ofMaxLength(20),
        Arbitraries.of("MI6", "Richard Moore", "Moore", "said", "told", "according to", "Britain’s",
            "U.S.", "IS", "SIS", "Jordan", "al-Qaeda", "Foreign Ministry", "he", " ", "\n\n", "“", "”",
            "\"", "'", "\uD800", "\uDC00", "\u0000", "\u202E", "e\u0301", "😀", "Dr.", "(SSX)", "Netherlands"));
    return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  /** A sentence built from a name, a cue and a quotation style. */
  record NewsSentence(String text, String name, String id, String quote) {}

  @Provide
  Arbitrary<NewsSentence> news() {
    Arbitrary<String[]> names = Arbitraries.of(
        new String[] {"Richard Moore", "richard-moore"}, new String[] {"Ken McCallum", "ken-mccallum"},
        new String[] {"the CIA", "us/cia"}, new String[] {"MI6", "gb/sis"}, new String[] {"Vladimir Putin", "vladimir-putin"});
    Arbitrary<String> cues = Arbitraries.of("said", "told reporters", "warned", "added", "stressed");
    Arbitrary<String[]> marks = Arbitraries.of(new String[] {"“", "”"}, new String[] {"\"", "\""},
        new String[] {"«", "»"}, new String[] {"„", "“"});
    Arbitrary<String> words = Arbitraries.of("the threat", "is growing", "across Europe", "and beyond",
        "we will act", "every day").list().ofMinSize(4).ofMaxSize(8).map(l -> String.join(" ", l));
    return Combinators.combine(names, cues, marks, words).as((n, c, m, w) -> {
      String quote = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      String who = n[0].startsWith("the ") ? n[0] : n[0];
      return new NewsSentence(m[0] + quote + "," + m[1] + " " + who + " " + c + ".", n[0], n[1], quote);
    });
  }

  @Property(tries = 200)
  void newsSentence_nameFoundAndQuoteIsOneDirectClaim(@ForAll("news") NewsSentence s) {
    Analysis a = analyzer.analyze(s.text());
    assertInvariants(a);
    String surface = s.name().startsWith("the ") ? s.name().substring(4) : s.name();
    int at = s.text().lastIndexOf(surface);
    List<Mention> found = a.mentions().stream().filter(m -> m.start() == at).toList();
    assertEquals(1, found.size(), "mention of " + surface + " in " + s.text() + ": " + a.mentions());
    assertEquals(s.id(), found.get(0).id());
    assertEquals(1, a.claims().size(), s.text() + " -> " + a.claims());
    assertEquals(ClaimKind.DIRECT, a.claims().get(0).kind());
    assertEquals(s.quote(), a.claims().get(0).content().text());
    assertTrue(a.claims().get(0).speaker().entity().isPresent());
    Statistics.collect(s.text().charAt(0));
  }

  @Property(tries = 100)
  void unbalancedQuotes_neverFail(@ForAll("quotesOnly") String text) {
    assertInvariants(analyzer.analyze(text));
  }

  @Provide
  Arbitrary<String> quotesOnly() {
    return Arbitraries.strings().withChars("\"'“”‘’«» a.\n").ofMaxLength(200);
  }
}
