package org.secnews.claim;

import java.util.HashMap;
import java.util.Map;
import org.secnews.internal.FoldedVocabulary;
import org.secnews.internal.Folding;
import org.secnews.text.Tokens;

/**
 * Reporting verbs with their inflections, in two strengths: strong cues attribute reported
 * speech and quotations; weak cues ({@code think}, {@code hope}, {@code ask}) attribute only
 * quotations. Immutable.
 *
 * @since 0.1
 */
public final class CueLexicon {

  /** How a cue may be used. */
  public enum Strength {
    /** Reported speech and quotations. */
    STRONG,
    /** Quotations only. */
    WEAK
  }

  // base form -> other forms; regular forms (+s, +ed, +ing) are generated when listed as "verb+"
  private static final String[] STRONG = {
      "say says said saying", "tell tells told telling", "warn+", "add+", "stress stresses stressed stressing",
      "reveal+", "assure assures assured assuring", "recall+", "describe describes described describing",
      "claim+", "accuse accuses accused accusing", "allege alleges alleged alleging",
      "deny denies denied denying", "confirm+", "insist+", "states stated stating", "note notes noted noting",
      "announce announces announced announcing", "report+", "explain+",
      "emphasize emphasizes emphasized emphasizing", "emphasise emphasises emphasised emphasising",
      "argue argues argued arguing", "acknowledge acknowledges acknowledged acknowledging",
      "admit admits admitted admitting", "conclude concludes concluded concluding",
      "suggest+", "estimate estimates estimated estimating", "assess assesses assessed assessing",
      "write writes wrote writing written", "tweet+", "maintain+", "indicate indicates indicated indicating",
      "concede concedes conceded conceding", "declare declares declared declaring", "disclose discloses disclosed disclosing",
      "predict+", "believe believes believed", "brief+", "testify testifies testified testifying",
      "dub dubs dubbed dubbing", "contend+", "assert+", "caution+", "reiterate reiterates reiterated reiterating",
      "observe observes observed observing", "complain+", "boast+", "pledge pledges pledged pledging",
      "vow+", "promise promises promised promising",
      "remark+", "reply replies replied replying", "respond+",
      "concur+", "forecast+", "underline underlines underlined underlining", "affirm+",
            "recount+", "label labels labelled labeled labelling labeling", "point points pointed pointing",
      "mention+", "repeat+", "clarify clarifies clarified clarifying",
      "specify specifies specified specifying", "underscore underscores underscored underscoring",
      "express expresses expressed expressing", // only before "that": not "expressed concern"
      "accept accepts accepted accepting", "agree agrees agreed agreeing", // only before "that", too
      "recognise recognises recognised recognising", "recognize recognizes recognized recognizing",
      "hint+", "retort+", "comment+", "lament+", "protest+", "confide confides confided confiding",
      "inform+", "reassure reassures reassured reassuring",
      "countered", // only before "that": not "countered the attack"; no present forms, which name things ("Counter Terrorism")
      // a document's words: "the statement read", "a letter reading"; only after such a noun (the extractor checks)
      "read reads reading",
      // cues of a judgement that report speech only with "as": "denounced the incident as aggression"
      "denounce denounces denounced denouncing", "condemn+", "brand+", "characterise characterises characterised characterising",
      "characterize characterizes characterized characterizing", "dismiss dismisses dismissed dismissing",
      "decry decries decried decrying", "slam slams slammed slamming",
      "criticise criticises criticised criticising", "criticize criticizes criticized criticizing",
      // who someone is, as a source gives it: "Police named the man as John Smith"; past and participle
      // forms only, so that the nouns "name" and "names" and "it identifies voters" are no cues
      "identified identifying", "named naming",
  };

  /**
   * Cues that report speech only before {@code that}: {@code expressed hope that}, {@code accepted
   * that}, {@code agreed that}, {@code protested that}, {@code responded that}; {@code expressed
   * concern}, {@code accepted the offer}, {@code a violent protest}, {@code responded swiftly to the
   * raid} report nothing.
   */
  private static final java.util.Set<String> THAT_LEMMAS = java.util.Set.of("express", "accept", "agree", "recognise",
      "recognize", "countered", "protest", "respond");

  /**
   * Cues that report speech only when {@code as} or a quotation follows their object: {@code
   * described the deal as a betrayal}, {@code described awards ceremonies "idiotic"}.
   */
  static final java.util.Set<String> AS_LEMMAS = java.util.Set.of("describe", "denounce", "condemn",
      "brand", "characterise", "characterize", "dismiss", "decry", "slam", "criticise", "criticize", "identified",
      "named");

  private static final String[] WEAK = {
      "think thinks thought thinking", "call calls called calling", "hope+", "fear+", "ask+", "order+", "urge urges urged urging",
      "feel feels felt feeling", "wonder+", "exclaim+", "shout+", "joke+", "plead+", "demand+",
      "suspect+", "expect+", "threaten+", "worry worries worried worrying", "reckon+", "question+", "query queries queried querying",
      "continue continues continued continuing",
      // "posted on X" with a quotation; only the verb's past forms: "the post said", "in a post" are nouns
      "posted posting",
  };

  private static final CueLexicon STANDARD = new CueLexicon();

  private final Map<String, Strength> forms = new HashMap<>();
  private final Map<String, String> lemmas = new HashMap<>();
  private final FoldedVocabulary vocabulary; // every form, for look-ups without substrings
  private final Strength[] strengthById;

  private CueLexicon() {
    load(WEAK, Strength.WEAK);
    load(STRONG, Strength.STRONG);
    FoldedVocabulary.Builder b = new FoldedVocabulary.Builder();
    Map<Integer, Strength> byId = new HashMap<>();
    forms.forEach((f, st) -> byId.put(b.add(f), st));
    vocabulary = b.build();
    strengthById = new Strength[vocabulary.size()];
    byId.forEach((id, st) -> strengthById[id] = st);
  }

  private void load(String[] entries, Strength strength) {
    for (String e : entries) {
      String[] words = e.split(" ");
      String lemma = words[0].endsWith("+") ? words[0].substring(0, words[0].length() - 1) : words[0];
      for (String w : words) {
        if (w.endsWith("+")) {
          String base = w.substring(0, w.length() - 1);
          put(base, lemma, strength);
          put(base + "s", lemma, strength);
          put(base + "ed", lemma, strength);
          put(base + "ing", lemma, strength);
        } else {
          put(w, lemma, strength);
        }
      }
    }
  }

  private void put(String form, String lemma, Strength strength) {
    forms.put(form, strength);
    lemmas.put(form, lemma);
  }

  /**
   * The standard English lexicon.
   *
   * @return the shared standard lexicon
   */
  public static CueLexicon standard() {
    return STANDARD;
  }

  /**
   * The strength of token {@code i} as a cue, or {@code null} if it is none.
   *
   * @param t the tokens
   * @param i the index of the token
   * @return the cue strength of the token, or {@code null} if it is no cue
   */
  public Strength strength(Tokens t, int i) {
    if (t.length(i) > 14) {
      return null;
    }
    int id = vocabulary.id(t, i);
    return id < 0 ? null : strengthById[id];
  }

  /**
   * The lemma of a cue word ({@code said} → {@code say}), or {@code null}.
   *
   * @param word the word, in any case
   * @return the lemma, or {@code null} if {@code word} is no cue form
   */
  public String lemma(String word) {
    // folded as strength() folds it, so every word that is a cue has a lemma ("Saïd" is "said")
    return lemmas.get(Folding.fold(word));
  }

  /**
   * Whether the cue form reports speech only before {@code that} ({@code accepted}, {@code
   * expressed}); the caller passes the word already in lower case, as the extractor caches it.
   */
  boolean onlyBeforeThat(String lowerCaseForm) {
    String lemma = lemmas.get(lowerCaseForm);
    return lemma != null && THAT_LEMMAS.contains(lemma);
  }

  /**
   * Number of cue forms.
   *
   * @return the number of cue forms
   */
  public int size() {
    return forms.size();
  }
}
