package org.secnews.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.secnews.entity.EntityType;
import org.secnews.entity.Mention;
import org.secnews.entity.MentionForm;
import org.secnews.text.Sentence;
import org.secnews.text.TokenKind;
import org.secnews.text.Tokens;

/**
 * Finds the gazetteer's names in tokenized text: leftmost, longest match, no nesting.
 *
 * <p>Design: from each word token, walk the gazetteer's trie one folded token at a time (hyphens
 * skipped, never across a line break) and remember the deepest terminal whose alias passes its
 * {@link CasePolicy} and, for ambiguous aliases, the context test; emit it and continue after
 * it. Because the walk stops at the first token that is not in the vocabulary, the cost per token
 * is bounded by the longest alias, so matching is linear in the text and flat in the size of the
 * gazetteer. A stop name ({@code Latin America}) that wins the longest match emits nothing.
 *
 * <p>Context test for ambiguous aliases ({@code Chad}, {@code Jordan}, {@code IS}): rejected in an
 * all-capitals line; a name (not an acronym) is also rejected when it sits beside another
 * capitalised word (part of a longer proper name: {@code Jordan Peterson}, {@code Michael Jordan}).
 * Aliases shared by several entities, and ambiguous ones of bodies, are then settled by the
 * countries the document mentions ({@link #decide}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class GazetteerMatcher {
  private final Gazetteer gazetteer;

  /**
   * A matcher over {@code gazetteer}.
   *
   * @param gazetteer the gazetteer names are looked up in
   */
  public GazetteerMatcher(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /**
   * The gazetteer this matcher looks names up in.
   *
   * @return the gazetteer names are looked up in
   */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * All matches in {@code tokens}, in text order, not overlapping.
   *
   * @param tokens    the tokens to search
   * @param sentences the sentences of {@code tokens}, in text order, for the context tests
   * @return the mentions found, in text order, not overlapping
   */
  public List<Mention> match(Tokens tokens, List<Sentence> sentences) {
    List<Mention> out = new ArrayList<>();
    List<List<AliasEntry>> deferred = new ArrayList<>(); // candidates of out[i], or null if decided
    String text = tokens.text();
    int n = tokens.size();
    int[] path = new int[16]; // token indices of the current walk, hyphens left out
    List<AliasEntry> accepted = new ArrayList<>(4);
    int[] ids = new int[n]; // vocabulary id of each token, looked up once: -2 = not yet
    java.util.Arrays.fill(ids, -2);
    int sentence = 0;
    int capsKnown = -1; // the sentence whose all-caps test is cached
    boolean sentenceAllCaps = false;
    int i = 0;
    while (i < n) {
      while (sentence + 1 < sentences.size() && sentences.get(sentence).endToken() <= i) {
        sentence++;
      }
      TokenKind k = tokens.kind(i);
      if (k != TokenKind.WORD && k != TokenKind.ABBREVIATION && k != TokenKind.NUMBER) {
        i++;
        continue;
      }
      int sentenceStart = sentences.isEmpty() ? 0 : sentences.get(sentence).firstToken();
      int node = 0;
      int depth = 0;
      int bestEnd = -1;
      int bestEndOffset = -1; // set when the match ends inside a glued token
      List<AliasEntry> best = null;
      int j = i;
      while (j < n) {
        if (j > i && tokens.newlineBefore(j)) {
          break;
        }
        if (tokens.kind(j) == TokenKind.HYPHEN) {
          j++;
          continue;
        }
        int id = ids[j];
        if (id == -2) {
          id = Gazetteer.isInitial(tokens, j)
              ? gazetteer.vocabulary.id(text, tokens.start(j), tokens.start(j) + 1)
              : gazetteer.vocabulary.id(tokens, j);
          ids[j] = id;
        }
        int child = id < 0 ? -1
            : node == 0 ? gazetteer.rootChild[id] : gazetteer.transitions.get(((long) node << 32) | id);
        if (child < 0) {
          if (depth >= 2 && tokens.kind(j) == TokenKind.WORD) {
            // a name glued to the next word: "Secret Intelligence Servicecommonly"
            int glued = gluedEnd(tokens, j, node, path, depth, accepted);
            if (glued > 0) {
              best = new ArrayList<>(accepted);
              bestEnd = j;
              bestEndOffset = glued;
            }
          }
          break;
        }
        node = child;
        if (depth == path.length) {
          path = java.util.Arrays.copyOf(path, depth * 2);
        }
        path[depth++] = j;
        int from = gazetteer.terminalStart[node];
        int to = gazetteer.terminalStart[node + 1];
        if (from < to) {
          accepted.clear();
          for (int x = from; x < to; x++) {
            AliasEntry e = gazetteer.terminalEntries[x];
            if (e.alias().ambiguous() && capsKnown != sentence && !sentences.isEmpty()) {
              capsKnown = sentence;
              sentenceAllCaps = allCaps(tokens, sentences.get(sentence));
            }
            if (caseMatches(e, tokens, path, depth)
                && (!e.alias().ambiguous() || contextAccepts(tokens, i, j, sentenceStart, sentenceAllCaps,
                    e.alias().form() == MentionForm.ACRONYM, e.entity() != null && e.entity().type() == EntityType.AGENCY))) {
              if (e.entity() == null) { // a stop name vetoes
                accepted.clear();
                accepted.add(e);
                break;
              }
              accepted.add(e);
            }
          }
          if (!accepted.isEmpty()) {
            best = new ArrayList<>(accepted);
            bestEnd = j;
            bestEndOffset = -1;
          }
        }
        j++;
      }
      if (best == null) {
        i++;
        continue;
      }
      AliasEntry first = best.get(0);
      if (first.entity() != null) {
        int s = tokens.start(i);
        // a name ending in a single letter before a full stop ("known as IS-K.") ends at the letter:
        // the walk looked the initial up without its period
        int e = bestEndOffset > 0 ? bestEndOffset
            : Gazetteer.isInitial(tokens, bestEnd) ? tokens.start(bestEnd) + 1 : tokens.end(bestEnd);
        MentionForm form = bestEndOffset > 0 ? MentionForm.VARIANT : first.alias().form();
        out.add(new Mention(first.entity(), s, e, text.substring(s, e), form));
        deferred.add(needsDocument(best) ? best : null);
      }
      i = bestEnd + 1;
    }
    return decide(out, deferred);
  }

  /**
   * The end offset of a name whose last word is glued to the next word inside token {@code j}
   * ({@code Servicecommonly}), or -1; fills {@code accepted} with the entries found. Only after
   * two matched words, for a remainder of three letters or more, so precision stays high. (After
   * one word, {@code Alexander BortnikovFSB}, it would run on most failed walks and cost about 2 %
   * of the pipeline for one name in 376 modern excerpts, so it is not tried.)
   */
  private int gluedEnd(Tokens t, int j, int node, int[] path, int depth, List<AliasEntry> accepted) {
    String text = t.text();
    int s = t.start(j);
    int len = t.length(j);
    if (len > 40) {
      return -1;
    }
    for (int l = len - 3; l >= 3; l--) {
      if (!Character.isLetter(text.charAt(s + l)) || !Character.isLetter(text.charAt(s + l - 1))) {
        continue;
      }
      int id = gazetteer.vocabulary.id(text, s, s + l);
      if (id < 0) {
        continue;
      }
      int child = gazetteer.transitions.get(((long) node << 32) | id);
      if (child < 0 || gazetteer.terminalStart[child] == gazetteer.terminalStart[child + 1]) {
        continue;
      }
      int[] p = java.util.Arrays.copyOf(path, depth + 1);
      p[depth] = j;
      accepted.clear();
      for (int x = gazetteer.terminalStart[child]; x < gazetteer.terminalStart[child + 1]; x++) {
        AliasEntry e = gazetteer.terminalEntries[x];
        if (e.entity() != null && e.alias().casePolicy() != CasePolicy.EXACT && caseMatches(e, t, p, depth + 1)) {
          accepted.add(e);
        }
      }
      if (!accepted.isEmpty()) {
        return s + l;
      }
    }
    return -1;
  }

  /** Whether a match must be settled by the document: several entities, or an ambiguous body. */
  private static boolean needsDocument(List<AliasEntry> candidates) {
    if (candidates.size() > 1) {
      for (AliasEntry c : candidates) {
        if (c.entity() != candidates.get(0).entity()) {
          return true;
        }
      }
    }
    AliasEntry c = candidates.get(0);
    return c.alias().ambiguous() && c.entity().type() != EntityType.COUNTRY && !c.entity().country().isEmpty();
  }

  /**
   * Settles the matches that need the document: an ambiguous or shared alias of a body or person
   * stands for the candidate whose country the document otherwise mentions ({@code SIS} in an
   * article about New Zealand is the NZSIS); with no such support, an ambiguous alias is dropped
   * ({@code AFP} with no Australia or Philippines in sight is the news agency).
   */
  private static List<Mention> decide(List<Mention> mentions, List<List<AliasEntry>> deferred) {
    java.util.Map<String, Integer> support = new java.util.HashMap<>();
    for (int m = 0; m < mentions.size(); m++) {
      if (deferred.get(m) == null) {
        Mention x = mentions.get(m);
        String cc = x.entity().homeCountry();
        if (!cc.isEmpty()) {
          support.merge(cc, 1, Integer::sum);
        }
      }
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int m = 0; m < mentions.size(); m++) {
      List<AliasEntry> candidates = deferred.get(m);
      Mention x = mentions.get(m);
      if (candidates == null) {
        out.add(x);
        continue;
      }
      AliasEntry pick = nearbyCountry(mentions, deferred, m, candidates);
      int bestSupport = pick == null ? 0 : Integer.MAX_VALUE; // "Qatar's Ministry of Foreign Affairs": the country beside it
      for (AliasEntry c : candidates) {
        String cc = c.entity().homeCountry();
        int sup = cc.isEmpty() ? 0 : support.getOrDefault(cc, 0);
        if (sup > bestSupport) {
          bestSupport = sup;
          pick = c;
        }
      }
      if (pick == null) {
        for (AliasEntry c : candidates) {
          if (!c.alias().ambiguous()) {
            pick = c;
            break;
          }
        }
      }
      if (pick != null) {
        out.add(new Mention(pick.entity(), x.start(), x.end(), x.text(), pick.alias().form()));
      }
    }
    return out;
  }

  /** How far (in chars) a country may stand from an ambiguous body's name to settle it: the same phrase. */
  private static final int NEARBY = 12;

  /**
   * The candidate whose country is named right before or after the ambiguous name ({@code Qatar's
   * Ministry of Foreign Affairs}, {@code the Ministry of Defence of Kenya}), or null.
   */
  private static AliasEntry nearbyCountry(List<Mention> mentions, List<List<AliasEntry>> deferred, int m,
      List<AliasEntry> candidates) {
    Mention x = mentions.get(m);
    for (int k : new int[] {m - 1, m + 1}) {
      if (k < 0 || k >= mentions.size() || deferred.get(k) != null) {
        continue;
      }
      Mention y = mentions.get(k);
      int gap = k < m ? x.start() - y.end() : y.start() - x.end();
      String cc = y.type() == EntityType.COUNTRY ? y.id() : "";
      if (gap < 0 || gap > NEARBY || cc.isEmpty()) {
        continue;
      }
      for (AliasEntry c : candidates) {
        if (c.entity().type() != EntityType.COUNTRY && c.entity().country().equals(cc)) {
          return c;
        }
      }
    }
    return null;
  }

  /** Whether the sentence is written in capitals (a shouting headline). */
  static boolean allCaps(Tokens tokens, Sentence s) {
    int upper = 0;
    int lower = 0;
    String text = tokens.text();
    for (int p = s.start(); p < s.end(); p++) {
      char c = text.charAt(p);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    return upper >= 6 && lower * 5 < upper;
  }

  private static final org.secnews.internal.WordSet WEEKDAYS = org.secnews.internal.WordSet.exact(java.util.Set.of(
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"));

  private static boolean contextAccepts(Tokens t, int first, int last, int sentenceStart,
      boolean sentenceAllCaps, boolean acronym, boolean body) {
    if (sentenceAllCaps) {
      return false;
    }
    if (acronym) {
      return true; // an acronym beside a capitalised word is still the acronym: SIS Director
    }
    int next = last + 1;
    if (!(body && first != last) // a body's name of several words before a name is still that name: "State Border Committee Anton Bychkovsky"
        && next < t.size() && t.kind(next) == TokenKind.WORD && t.isCapitalized(next)
        && !t.newlineBefore(next) && t.spaceBefore(next) && !WEEKDAYS.contains(t, next)) {
      return false; // Jordan Peterson, Georgia Tech; but "Iran's Ministry of Intelligence Friday released"
    }
    int prev = first - 1;
    if (prev >= sentenceStart && prev > first - 2 && t.kind(prev) == TokenKind.WORD
        && t.isCapitalized(prev) && prev != sentenceStart && !t.newlineBefore(first)) {
      return false; // Michael Jordan
    }
    return true;
  }

  /** Whether the text tokens on {@code path} have the letter case {@code e}'s policy asks for. */
  static boolean caseMatches(AliasEntry e, Tokens t, int[] path, int depth) {
    Alias alias = e.alias();
    CasePolicy policy = alias.casePolicy();
    if (policy == CasePolicy.ANY) {
      return true;
    }
    String text = t.text();
    for (int k = 0; k < depth; k++) {
      int s = t.start(path[k]);
      int len = e.length(k);
      switch (policy) {
        case EXACT -> {
          for (int p = 0; p < len; p++) {
            char ac = e.charAt(alias, k, p);
            char tc = text.charAt(s + p);
            if (ac != tc && !(isApostrophe(ac) && isApostrophe(tc))) {
              return false;
            }
          }
        }
        case ACRONYM -> {
          boolean exact = true;
          for (int p = 0; p < len && exact; p++) {
            char ac = e.charAt(alias, k, p);
            char tc = text.charAt(s + p);
            exact = ac == tc || (isApostrophe(ac) && isApostrophe(tc));
          }
          if (!exact && !titleCaseOfAcronym(e.word(alias, k), text, s)) {
            return false;
          }
        }
        default -> {
          boolean shouting = t.isAllCaps(path[k]);
          boolean lenient = k > 0 && (depth >= 3 && k < depth - 1 || genericHead(alias, e, k));
          for (int p = 0; p < len; p++) {
            char ac = e.charAt(alias, k, p);
            char tc = text.charAt(s + p);
            if (Character.isUpperCase(ac)) {
              if (Character.isLowerCase(tc) && !(lenient && p == 0)) {
                return false;
              }
            } else if (Character.isLowerCase(ac) && Character.isUpperCase(tc) && p > 0 && !shouting) {
              return false;
            }
          }
        }
      }
    }
    return true;
  }

  /**
   * Head nouns that news often writes in lower case inside a name ({@code Sinaloa cartel},
   * {@code Wagner group}); a name's inner word of a three-word name or longer may also be lowered
   * ({@code Hassan sheikh Mohamud}). The first word never is.
   */
  private static final java.util.Set<String> GENERIC_HEADS = java.util.Set.of("Cartel", "Group",
      "Army", "Police", "Brigade", "Brigades", "Front", "Movement", "Forces", "Force", "Guard",
      "Militia", "Network", "Organisation", "Organization", "Party", "Battalion", "Corps", "Gang",
      "Service", "Agency", "Ministry", "Department", "Office", "Directorate", "Command");

  /** Whether word {@code k} of the alias is one of {@link #GENERIC_HEADS}. */
  private static boolean genericHead(Alias alias, AliasEntry e, int k) {
    String text = alias.text();
    int start = e.start(k);
    int len = e.length(k);
    for (String h : GENERIC_HEADS) {
      if (h.length() == len && text.startsWith(h, start)) {
        return true;
      }
    }
    return false;
  }

  /** {@code Nato} for {@code NATO}: four letters or more, first upper, rest lower. */
  private static boolean titleCaseOfAcronym(String a, String text, int s) {
    int len = a.length();
    if (len < 4) {
      return false;
    }
    for (int p = 0; p < len; p++) {
      char ac = a.charAt(p);
      if (!Character.isLetter(ac) || !Character.isUpperCase(ac)) {
        return false;
      }
      char tc = text.charAt(s + p);
      if (p == 0 ? tc != ac : tc != Character.toLowerCase(ac)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018';
  }
}
