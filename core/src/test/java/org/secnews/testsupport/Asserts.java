package org.secnews.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.secnews.Analysis;
import org.secnews.claim.Claim;
import org.secnews.entity.Mention;
import org.secnews.text.Sentence;
import org.secnews.text.Token;
import org.secnews.text.Tokens;

/** Assertions in the library's vocabulary; every call also checks the global invariants. */
public final class Asserts {
  private Asserts() {}

  /** Offsets inside the text, slices equal to texts, order, no overlapping mentions, non-empty claims. */
  public static void assertInvariants(Analysis a) {
    String text = a.text();
    assertTokenInvariants(a.tokens());
    int prevEnd = -1;
    for (Sentence s : a.sentences()) {
      assertTrue(s.start() >= prevEnd, "sentences in order: " + s);
      assertTrue(s.end() <= text.length(), "sentence inside the text: " + s);
      prevEnd = s.end();
    }
    prevEnd = -1;
    for (Mention m : a.mentions()) {
      assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(), "mention inside: " + m);
      assertEquals(text.substring(m.start(), m.end()), m.text(), "mention text is its slice");
      assertTrue(m.start() >= prevEnd, "mentions do not overlap: " + m);
      prevEnd = m.end();
    }
    for (Claim c : a.claims()) {
      assertTrue(c.content().end() <= text.length(), "content inside");
      assertFalse(c.content().text().isBlank(), "content not blank");
      assertEquals(text.substring(c.content().start(), c.content().end()), c.content().text());
      if (c.speaker() != null) {
        assertEquals(text.substring(c.speaker().start(), c.speaker().end()), c.speaker().text());
      }
      if (c.cue() != null) {
        assertEquals(text.substring(c.cue().start(), c.cue().end()), c.cue().text());
      }
      c.quantities().forEach(q -> assertEquals(text.substring(q.start(), q.end()), q.text()));
    }
  }

  /** Tokens in order, not overlapping, inside the text, every non-space character covered. */
  public static void assertTokenInvariants(Tokens tokens) {
    String text = tokens.text();
    int covered = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int s = tokens.start(i);
      int e = tokens.end(i);
      assertTrue(s >= covered && s < e && e <= text.length(), "token " + i + " [" + s + "," + e + ")");
      for (int p = covered; p < s; p++) {
        char c = text.charAt(p);
        assertTrue(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B',
            "non-space char " + (int) c + " at " + p + " not covered by a token");
      }
      covered = e;
    }
    for (int p = covered; p < text.length(); p++) {
      char c = text.charAt(p);
      assertTrue(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B',
          "trailing char " + (int) c + " at " + p + " not covered");
    }
  }

  /** The tokens' texts are exactly {@code expected}. */
  public static void assertTokens(Tokens tokens, String... expected) {
    assertTokenInvariants(tokens);
    List<String> got = new ArrayList<>();
    for (Token t : tokens) {
      got.add(t.text());
    }
    assertEquals(List.of(expected), got);
  }

  /**
   * The mentions of {@code a}, written as inline markup: {@code [MI6|gb/sis] chief [Richard Moore|richard-moore]}.
   */
  public static void assertMentions(Analysis a, String markup) {
    assertInvariants(a);
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (Mention m : a.mentions()) {
      b.append(a.text(), at, m.start()).append('[').append(m.text()).append('|').append(m.id()).append(']');
      at = m.end();
    }
    b.append(a.text().substring(at));
    assertEquals(markup, b.toString());
  }

  /** Fails with the claims listed, for readable messages. */
  public static Claim onlyClaim(Analysis a) {
    assertInvariants(a);
    if (a.claims().size() != 1) {
      fail("expected one claim, got " + a.claims());
    }
    return a.claims().get(0);
  }
}
