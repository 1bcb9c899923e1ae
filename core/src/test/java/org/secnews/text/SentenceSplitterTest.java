package org.secnews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class SentenceSplitterTest {
  private static List<String> split(String text) {
    Tokens t = Tokenizer.standard().tokenize(text);
    return SentenceSplitter.standard().split(t).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  private static List<Sentence> sentences(String text) {
    return SentenceSplitter.standard().split(Tokenizer.standard().tokenize(text));
  }

  @Test
  void split_atFullStops() {
    assertEquals(List.of("He left.", "She stayed!", "Why?"), split("He left. She stayed! Why?"));
  }

  @Test
  void split_notAfterTitlesOrInitials() {
    assertEquals(List.of("Dr. Kahl met Gen. Gerasimov and J. Edgar Hoover."),
        split("Dr. Kahl met Gen. Gerasimov and J. Edgar Hoover."));
  }

  @Test
  void split_closingQuoteStaysWithSentence() {
    assertEquals(List.of("He said: “It is over.”", "Then he left."), split("He said: “It is over.” Then he left."));
  }

  @Test
  void split_beforeABulletRunIntoTheLine() {
    assertEquals(List.of("• Dlodlo says the cluster was briefed.", "• Dlodlo said there were warnings."),
        split("• Dlodlo says the cluster was briefed.     • Dlodlo said there were warnings."));
  }

  @Test
  void split_notBeforeLowerCase() {
    assertEquals(List.of("“Are you an officer?” asks the CIA."), split("“Are you an officer?” asks the CIA."));
  }

  @Test
  void split_letterDotAbbreviationEndsSentenceBeforeStarterWord() {
    assertEquals(List.of("He moved to the U.S.", "The move was quiet."), split("He moved to the U.S. The move was quiet."));
    assertEquals(List.of("U.S. officials said so."), split("U.S. officials said so."));
  }

  @Test
  void split_atALineBreakAfterACommaOnlyBeforeAClauseOpener() {
    assertEquals(List.of("Luxon said China did not warn them,", "But China says the complaints were hyped up."),
        split("Luxon said China did not warn them,\nBut China says the complaints were hyped up."));
    assertEquals(List.of("Luxon met the ambassador,\nRichard Marles and others."),
        split("Luxon met the ambassador,\nRichard Marles and others."));
  }

  @Test
  void split_headlineWithoutPunctuationIsOwnSentence() {
    List<Sentence> s = sentences("Russia says spies detained\nMoscow said on Thursday it held three men.");
    assertEquals(2, s.size());
    assertFalse(s.get(0).terminated());
    assertTrue(s.get(1).terminated());
    assertEquals(0, s.get(0).paragraph());
    assertEquals(1, s.get(1).paragraph());
  }

  @Test
  void split_blankLineSeparatesParagraphs() {
    List<Sentence> s = sentences("First one.\n\nSecond one.");
    assertEquals(2, s.size());
    assertEquals(1, s.get(1).paragraph());
  }

  @Test
  void split_hardWrappedLineContinues() {
    assertEquals(List.of("The case was unsealed in the Southern District of\nNew York."),
        split("The case was unsealed in the Southern District of\nNew York."));
    assertEquals(List.of("The agents were\nexpelled in April."), split("The agents were\nexpelled in April."));
  }

  @Test
  void split_empty() {
    assertEquals(List.of(), split(""));
  }
}
