package org.secnews.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.secnews.text.TokenKind;
import org.secnews.text.Tokens;

/**
 * Finds the numbers of a claim's content and types them: value, bound and unit.
 *
 * <p>A quantity is a number ({@code 750}, {@code 1.5}, {@code 20,000}) or a spelled-out number or
 * fraction ({@code twenty}, {@code a third}, {@code half}), with an optional currency sign before
 * it, a scale word after it ({@code million}, {@code bn}), a bound phrase before it ({@code more
 * than} is {@code >}, {@code almost} is {@code ~}, {@code at least} is {@code >=}, {@code up to}
 * is {@code <=}) and the counted noun or unit after it ({@code diplomats}, {@code months},
 * {@code percent}). Years (four digits from 1900 to 2099 with no unit), dates, clock times and the
 * article {@code a} are not quantities. Immutable and thread-safe.
 */
final class QuantityExtractor {
  private static final Map<String, Double> WORDS = Map.ofEntries(
      Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
      Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
      Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
      Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0),
      Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("hundred", 100.0),
      Map.entry("dozens", 24.0), Map.entry("dozen", 12.0), Map.entry("hundreds", 200.0),
      Map.entry("thousands", 2000.0), Map.entry("half", 0.5), Map.entry("third", 1.0 / 3),
      Map.entry("quarter", 0.25), Map.entry("two-thirds", 2.0 / 3));
  private static final org.secnews.internal.WordSet NUMBER_WORDS =
      org.secnews.internal.WordSet.folded(WORDS.keySet());
  private static final Map<String, Double> SCALES = Map.of(
      "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12, "bn", 1e9, "m", 1e6,
      "k", 1e3, "mn", 1e6);
  private static final Map<String, String> MONTHS_AND_TIME = Map.of(
      "am", "", "pm", "", "a.m.", "", "p.m.", "", "gmt", "", "utc", "");
  private static final java.util.Set<String> MONTHS = java.util.Set.of("january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
      "nov.", "dec.");

  private QuantityExtractor() {}

  /** The quantities in tokens {@code [fromToken, toToken)}, skipping numbers inside a name ({@code No 10}, {@code G8}). */
  static List<Quantity> extract(Tokens t, int fromToken, int toToken, org.secnews.entity.Mention[] owner) {
    List<Quantity> out = new ArrayList<>();
    String text = t.text();
    for (int i = fromToken; i < toToken; i++) {
      TokenKind k = t.kind(i);
      if (owner[i] != null) {
        continue;
      }
      double value;
      boolean spelled = false;
      if (k == TokenKind.NUMBER) {
        String digits = t.text(i).replace(",", "");
        try {
          value = Double.parseDouble(digits);
        } catch (NumberFormatException e) {
          continue;
        }
      } else if (k == TokenKind.WORD && t.length(i) <= 10 && NUMBER_WORDS.contains(t, i)) {
        Double v = WORDS.get(t.text(i).toLowerCase(Locale.ROOT));
        if (v == null) {
          continue;
        }
        value = v;
        spelled = true;
        if ((v < 1 || t.isIgnoreCase(i, "third")) && !(i > fromToken && (t.isIgnoreCase(i - 1, "a")
            || t.isIgnoreCase(i - 1, "one") || t.isIgnoreCase(i - 1, "two")))
            && !t.isIgnoreCase(i, "half")) {
          continue; // "third" alone is an ordinal
        }
      } else {
        continue;
      }
      int first = i;
      int last = i;
      String unit = "";
      // currency before
      if (i > fromToken && t.kind(i - 1) == TokenKind.SYMBOL) {
        char c = text.charAt(t.start(i - 1));
        unit = switch (c) {
          case '$' -> "USD";
          case '\u20AC' -> "EUR";
          case '\u00A3' -> "GBP";
          default -> "";
        };
        if (!unit.isEmpty()) {
          first = i - 1;
        }
      }
      if (spelled && i > fromToken && (t.isIgnoreCase(i - 1, "a") || t.isIgnoreCase(i - 1, "one"))
          && value < 1) {
        first = i - 1;
      }
      // scale after: 1.5 billion, 750m
      if (last + 1 < toToken && t.kind(last + 1) == TokenKind.WORD) {
        Double scale = SCALES.get(t.text(last + 1).toLowerCase(Locale.ROOT));
        if (scale != null && !(t.is(last + 1, "m") && unit.isEmpty())) {
          value *= scale;
          last++;
        }
      }
      // dates, years and times are not quantities
      if (!spelled && k == TokenKind.NUMBER) {
        String d = t.text(i);
        boolean year = d.length() == 4 && d.indexOf(',') < 0 && value >= 1900 && value <= 2099;
        boolean monthBefore = i > fromToken && MONTHS.contains(t.text(i - 1).toLowerCase(Locale.ROOT));
        boolean monthAfter = i + 1 < toToken && MONTHS.contains(t.text(i + 1).toLowerCase(Locale.ROOT));
        boolean time = i + 1 < toToken && (t.is(i + 1, ":")
            || MONTHS_AND_TIME.containsKey(t.text(i + 1).toLowerCase(Locale.ROOT)));
        if ((year && unit.isEmpty()) || monthBefore || monthAfter || time) {
          continue;
        }
      }
      // counted noun or unit after
      int u = last + 1;
      if (u < toToken && t.kind(u) == TokenKind.HYPHEN) {
        u++; // 6,000-strong
      }
      if (u < toToken && t.kind(u) == TokenKind.WORD && Character.isLowerCase(t.first(u))
          && t.length(u) <= 20 && !isFunctionWord(t.text(u))) {
        if (unit.isEmpty()) {
          unit = t.text(u);
        }
        last = u;
      } else if (u < toToken && t.is(u, "%")) {
        unit = "percent";
        last = u;
      }
      String bound = bound(t, first, fromToken);
      int boundWords = boundLength(t, first, fromToken);
      int s = t.start(first - boundWords);
      int e = t.end(last);
      out.add(new Quantity(s, e, text.substring(s, e), value, bound, unit));
      i = last;
    }
    return out;
  }

  private static boolean isFunctionWord(String w) {
    return switch (w) {
      case "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from", "the", "a", "an",
          "was", "were", "is", "are", "had", "has", "have", "who", "which", "that", "than" -> true;
      default -> false;
    };
  }

  private static String bound(Tokens t, int first, int from) {
    if (first - 2 >= from) {
      String two = (t.text(first - 2) + " " + t.text(first - 1)).toLowerCase(Locale.ROOT);
      switch (two) {
        case "more than", "over than" -> {
          return ">";
        }
        case "fewer than", "less than" -> {
          return "<";
        }
        case "at least" -> {
          return ">=";
        }
        case "up to", "at most" -> {
          return "<=";
        }
        default -> { }
      }
    }
    if (first - 1 >= from) {
      switch (t.text(first - 1).toLowerCase(Locale.ROOT)) {
        case "almost", "nearly", "about", "around", "approximately", "roughly", "some", "estimated" -> {
          return "~";
        }
        case "over", "above" -> {
          return ">";
        }
        case "under", "below" -> {
          return "<";
        }
        default -> { }
      }
    }
    return "=";
  }

  private static int boundLength(Tokens t, int first, int from) {
    if (first - 2 >= from) {
      String two = (t.text(first - 2) + " " + t.text(first - 1)).toLowerCase(Locale.ROOT);
      if (two.equals("more than") || two.equals("fewer than") || two.equals("less than")
          || two.equals("at least") || two.equals("up to") || two.equals("at most")) {
        return 2;
      }
    }
    if (first - 1 >= from) {
      String one = t.text(first - 1).toLowerCase(Locale.ROOT);
      if (one.equals("almost") || one.equals("nearly") || one.equals("about") || one.equals("around")
          || one.equals("approximately") || one.equals("roughly") || one.equals("over")
          || one.equals("under") || one.equals("above") || one.equals("below") || one.equals("some")
          || one.equals("estimated")) {
        return 1;
      }
    }
    return 0;
  }
}
