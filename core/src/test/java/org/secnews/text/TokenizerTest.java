package org.secnews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.secnews.testsupport.Asserts.assertTokens;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class TokenizerTest {
  private static Tokens tok(String s) {
    return Tokenizer.standard().tokenize(s);
  }

  @Nested
  final class Shapes {
    @Test
    void isCapitalized_upperFirstLetterOfWordsAndAbbreviations() {
      Tokens t = tok("MI6 chief Éric U.S. the 3D , Gen.");
      boolean[] expected = {true, false, true, true, false, false, false, true};
      for (int i = 0; i < t.size(); i++) {
        assertEquals(expected[i], t.isCapitalized(i), t.text(i));
      }
    }

    @Test
    void isAllCaps_twoOrMoreLettersAllUpper_wordsOnly() {
      Tokens t = tok("NATO Nato 3DS A U.S. MİT 7");
      boolean[] expected = {true, false, true, false, false, true, false};
      for (int i = 0; i < t.size(); i++) {
        assertEquals(expected[i], t.isAllCaps(i), t.text(i));
      }
    }
  }

  @Nested
  final class Words {
    @Test
    void tokenize_wordsAndPunctuation() {
      assertTokens(tok("MI6 chief, urges."), "MI6", "chief", ",", "urges", ".");
    }

    @Test
    void tokenize_innerApostropheStaysInWord() {
      assertTokens(tok("don’t O'Brien Jama'a"), "don’t", "O'Brien", "Jama'a");
    }

    @Test
    void tokenize_combiningMarksStayInWord() {
      assertTokens(tok("Cafe\u0301 MİT"), "Cafe\u0301", "MİT");
    }

    @Test
    void tokenize_offsetsAreExact() {
      Tokens t = tok("  the  CIA");
      assertEquals(2, t.start(0));
      assertEquals(7, t.start(1));
      assertEquals(10, t.end(1));
    }
  }

  @Nested
  final class Numbers {
    @Test
    void tokenize_numbersKeepSeparators() {
      assertTokens(tok("20,000 3.5 18"), "20,000", "3.5", "18");
      assertEquals(TokenKind.NUMBER, tok("20,000").kind(0));
    }

    @Test
    void tokenize_trailingCommaIsNotPartOfNumber() {
      assertTokens(tok("in 2021, the"), "in", "2021", ",", "the");
    }

    @Test
    void tokenize_numberWithLettersIsOneWord() {
      assertTokens(tok("1990s 1.5bn"), "1990s", "1.5bn");
      assertEquals(TokenKind.WORD, tok("1990s").kind(0));
    }
  }

  @Nested
  final class PossessivesAndHyphens {
    @Test
    void tokenize_possessiveIsOwnToken() {
      Tokens t = tok("Britain’s spy chief");
      assertTokens(t, "Britain", "’s", "spy", "chief");
      assertEquals(TokenKind.POSSESSIVE, t.kind(1));
    }

    @Test
    void tokenize_anApostropheAfterAnSIsAPossessive_unlessASingleQuotationIsOpen() {
      Tokens t = tok("Belarus’ State Border Committee and the spies' handlers");
      assertTokens(t, "Belarus", "’", "State", "Border", "Committee", "and", "the", "spies", "'", "handlers");
      assertEquals(TokenKind.POSSESSIVE, t.kind(1));
      assertEquals(TokenKind.POSSESSIVE, t.kind(8));
      Tokens quoted = tok("He called them ‘spies’ last week");
      assertEquals(TokenKind.QUOTE, quoted.kind(5));
      Tokens next = tok("He called them ‘spies’\nThe agencies’ chiefs met");
      assertEquals(TokenKind.POSSESSIVE, next.kind(8));
    }

    @Test
    void tokenize_possessiveAfterANumber() {
      Tokens t = tok("Radio 4's show");
      assertTokens(t, "Radio", "4", "'s", "show");
      assertEquals(TokenKind.POSSESSIVE, t.kind(2));
    }

    @Test
    void tokenize_modifierLetterApostrophe_isAnApostrophe() {
      Tokens t = tok("People\u02BCs Republic, didn\u02BCt");
      assertTokens(t, "People", "\u02BCs", "Republic", ",", "didn\u02BCt");
      assertEquals(TokenKind.POSSESSIVE, t.kind(1));
    }

    @Test
    void tokenize_straightPossessive() {
      assertTokens(tok("Israel's role"), "Israel", "'s", "role");
    }

    @Test
    void tokenize_hyphenatedPartsReachable() {
      Tokens t = tok("Iranian-backed UK-China");
      assertTokens(t, "Iranian", "-", "backed", "UK", "-", "China");
      assertEquals(TokenKind.HYPHEN, t.kind(1));
    }

    @Test
    void tokenize_dashesAreNotHyphens() {
      Tokens t = tok("spies -- a father – and — son - ok");
      assertEquals(TokenKind.DASH, t.kind(1));
      assertEquals("--", t.text(1));
      assertEquals(TokenKind.DASH, t.kind(4));
      assertEquals(TokenKind.DASH, t.kind(6));
      assertEquals(TokenKind.PUNCT, t.kind(8));
    }
  }

  @Nested
  final class Abbreviations {
    @Test
    void tokenize_letterDotAbbreviations() {
      Tokens t = tok("U.S. and U.K. e.g. D.C.");
      assertTokens(t, "U.S.", "and", "U.K.", "e.g.", "D.C.");
      assertEquals(TokenKind.ABBREVIATION, t.kind(0));
    }

    @Test
    void tokenize_titlesKeepTheirDot() {
      assertTokens(tok("Dr. Kahl and Gen. Gerasimov"), "Dr.", "Kahl", "and", "Gen.", "Gerasimov");
    }

    @Test
    void tokenize_initials() {
      assertTokens(tok("Barack H. Obama"), "Barack", "H.", "Obama");
    }

    @Test
    void tokenize_sentenceFinalWordKeepsNoDot() {
      assertTokens(tok("He left."), "He", "left", ".");
    }
  }

  @Nested
  final class QuotesAndEllipses {
    @Test
    void tokenize_everyQuoteStyle() {
      Tokens t = tok("\"a\" 'b' “c” ‘d’ «e» „f“");
      for (int i = 0; i < t.size(); i++) {
        if (t.length(i) == 1 && !Character.isLetter(t.first(i))) {
          assertEquals(TokenKind.QUOTE, t.kind(i), t.text(i));
        }
      }
      assertEquals(18, t.size());
    }

    @Test
    void tokenize_ellipsis() {
      Tokens t = tok("open… Their ... end");
      assertTokens(t, "open", "…", "Their", "...", "end");
      assertEquals(TokenKind.ELLIPSIS, t.kind(1));
      assertEquals(TokenKind.ELLIPSIS, t.kind(3));
    }
  }

  @Nested
  final class UrlsAndEmails {
    @Test
    void tokenize_urlKeptWhole() {
      Tokens t = tok("see https://example.org/a?b=c, then");
      assertTokens(t, "see", "https://example.org/a?b=c", ",", "then");
      assertEquals(TokenKind.URL, t.kind(1));
    }

    @Test
    void tokenize_emailKeptWhole() {
      Tokens t = tok("write to press.office@fbi.gov.");
      assertTokens(t, "write", "to", "press.office@fbi.gov", ".");
      assertEquals(TokenKind.EMAIL, t.kind(2));
    }

    @Test
    void tokenize_wordWithAtButNoDomainIsNotEmail() {
      assertTokens(tok("a@b"), "a", "@", "b");
    }
  }

  @Test
  void tokenize_emptyAndBlank() {
    assertEquals(0, tok("").size());
    assertEquals(0, tok(" \n\t ").size());
  }

  @Test
  void tokenize_loneSurrogateIsASymbol() {
    Tokens t = tok("a\uD800b");
    assertTokens(t, "a", "\uD800", "b");
  }
}
