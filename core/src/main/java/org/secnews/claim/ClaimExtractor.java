package org.secnews.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.secnews.entity.Entity;
import org.secnews.entity.EntityType;
import org.secnews.entity.Gender;
import org.secnews.entity.Mention;
import org.secnews.entity.MentionForm;
import org.secnews.gazetteer.Gazetteer;
import org.secnews.text.Sentence;
import org.secnews.text.TokenKind;
import org.secnews.text.Tokens;

/**
 * Finds who claims what: quotations with their attribution, and reported speech through a cue.
 *
 * <p>Design: sentences are read in order, and each keeps a little memory (the last speaker, the
 * last person speaker) that pronouns, descriptions and unattributed quotation paragraphs refer
 * back to. Per sentence:
 *
 * <ol>
 *   <li><b>Quotations</b> ({@link QuoteScanner}) that open in the sentence are attributed, most
 *       precise layout first: {@code “Q,” X said} and {@code “Q,” said X} after the closing mark;
 *       {@code X said: “Q”} before the opening mark; else a quotation that is a whole sentence or
 *       paragraph inherits the last speaker. A quotation that fits none (scare quotes, titles,
 *       quoted words inside reported speech) is no claim of its own.
 *   <li><b>Reported speech</b>: every strong cue outside quotation marks that is not negated, not
 *       passive ({@code is said to}) and not a noun ({@code the report}) is tried in the layouts
 *       {@code X said (that) CLAUSE}, {@code CLAUSE, X said}, {@code CLAUSE, said X},
 *       {@code A, X said, B} (content is the whole sentence), {@code according to X, CLAUSE},
 *       {@code CLAUSE, according to X}; participles ({@code , adding that}) and
 *       {@code and said} continue the sentence's previous speaker.
 *   <li>The speaker phrase is resolved by {@link SpeakerResolver}; where nothing fits, the span
 *       is kept and the entity left empty rather than guessed.
 * </ol>
 *
 * <p>Everything works on token indices in one pass per sentence, bounded windows around each cue
 * and quotation, so the cost is linear in the text. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ClaimExtractor {
  private static final Set<String> SKIP_BACK = Set.of("has", "have", "had", "also", "previously", "all", "both",
      "recently", "reportedly", "later", "earlier", "further", "then", "only", "even", "repeatedly",
      "again", "already", "once", "long", "would", "will", "could", "can", "may", "might", "should",
      "quickly", "publicly", "officially", "instead", "formally", "separately", "immediately", "did", "does",
      "do", "just", "first", "last", "still", "privately", "explicitly", "openly", "flatly", "now",
      "often", "frequently", "clearly", "specifically", "shortly");
  /** Cues that news puts before their subject: {@code ..., says a top academic}, {@code ..., warned the watchdog}. */
  private static final Set<String> INVERTING = Set.of("say", "add", "warn", "argue", "insist", "explain",
      "note", "conclude", "continue", "observe", "reply", "respond", "stress", "suggest", "remark", "indicate");
  /** Determiners that open a speaker phrase after its cue: {@code said the coach}, not {@code stressed this point}. */
  private static final Set<String> SPEAKER_DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our");
  /** Prepositions that open the tail of a noun phrase, never a subject: {@code on the 20 biggest projects}. */
  private static final Set<String> PHRASE_PREPOSITIONS = Set.of("on", "over", "of", "into", "about", "from", "for",
      "with", "in", "at", "by", "against");
  /** Verbs by which an outlet reports someone {@code as saying}: {@code cited X as saying}, {@code reported X as saying}. */
  private static final Set<String> QUOTING_VERBS = Set.of("quoted", "cited", "reported", "quotes", "cites",
      "reports", "quoting", "citing");
  /** Words in -ly that are no adverbs: {@code family}, {@code assembly}. */
  private static final Set<String> LY_NOUNS = Set.of("family", "assembly", "rally", "supply", "reply", "anomaly",
      "monopoly", "bully", "belly", "jelly", "italy", "july", "folly", "holly", "lily", "tally", "ugly", "silly",
      "burly", "curly", "early", "only", "daily", "weekly", "monthly", "yearly", "friendly", "elderly", "likely");
  /** Nouns of a time after a day's name: {@code said Tuesday night}. */
  private static final Set<String> TIME_NOUNS = Set.of("night", "morning", "afternoon", "evening", "week",
      "month", "year", "time", "local");
  /** Prepositions that open an adjunct between a subject and its cue: {@code X in an interview on Monday said}. */
  private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "at", "during", "after", "before", "on",
      "for", "following");
  /** Participles of hearsay before {@code to CUE}: {@code X are said to believe}, {@code X is understood to have told}. */
  private static final Set<String> HEARSAY = Set.of("said", "reported", "thought", "believed", "understood", "known",
      "rumoured", "rumored", "alleged");
  /** Adjectives before {@code to CUE} that still report: {@code was keen to point out}, {@code was quick to say}. */
  private static final Set<String> EAGER = Set.of("keen", "eager", "quick", "anxious", "careful", "happy", "pleased",
      "delighted", "determined", "swift", "content");
  /** Forms of "do" before a cue, which ask or deny rather than report: {@code did not say}. */
  private static final Set<String> DO_FORMS = Set.of("did", "does", "do");
  private static final Set<String> STOP = Set.of("that", "which", "who", "whom", "whose", "what",
      "when", "while", "where", "but", "because", "since", "after", "before", "although", "though",
      "if", "as", "so", "than", "or", "is", "are", "was", "were", "be", "been", "being", "has",
      "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "did",
      "does", "do", "not", "also", "how", "why", "there", "here", "said", "says", "told", "until",
      "unless", "whether", "yet", "nor", "whereas");
  /** Pronouns a reporting verb takes as its object, never as its inverted subject: {@code disclosed this}. */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("this", "these", "so");

  /** Prepositions that may follow a reporting verb's pronoun object: {@code disclosed this in a statement}. */
  private static final Set<String> AFTER_OBJECT = Set.of("in", "on", "at", "to", "during", "while", "after",
      "before", "when", "via", "through", "yesterday", "today", "late", "earlier");

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its",
      "their", "our", "my", "your", "this", "these", "those", "such", "any", "no", "every", "each");
  private static final Set<String> PASSIVE = Set.of("is", "are", "was", "were", "be", "been", "being");
  private static final Set<String> ADVERBIAL_HEADS = Set.of("on", "in", "at", "during", "after",
      "before", "yesterday", "today", "tonight", "earlier", "later", "last", "this", "late", "early",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "following",
      "via", "through", "from", "while", "when", "over", "by", "with", "without");

  private static final Set<String> CHANNEL_NOUNS = Set.of("interview", "statement", "video", "tweet",
      "post", "message", "conference", "briefing", "speech", "podcast", "broadcast", "programme",
      "program", "letter", "telegram", "twitter", "x", "facebook", "instagram", "youtube", "media",
      "hearing", "testimony", "press", "newspaper", "television", "radio", "blog", "website", "email",
      "e-mail", "op-ed", "column", "documentary", "rally", "summit");
  /** Cues that news puts before their speaker ({@code ..., said Joseph Beti Assomo}); not {@code told}, whose object follows. */
  private static final Set<String> INVERTED_CUES = Set.of("said", "says", "added", "adds", "stated", "explained",
      "wrote", "noted", "continued", "insisted", "warned", "stressed");
  /** Prepositions that may carry a quoted clause on past its closing mark. */
  private static final Set<String> TAIL_PREPOSITIONS = Set.of("between", "concerning", "about", "against", "for",
      "with", "in", "on", "at", "to", "from", "over", "during", "after", "before", "among", "towards", "toward",
      "regarding", "amid", "within", "across", "by", "under", "of", "into", "near", "without", "since", "until",
      "through", "via", "despite", "outside", "inside", "behind", "beyond", "around", "along", "upon", "per");
  /** Prepositions before a gerund whose subject is the sentence's: {@code fined for calling ...}. */
  private static final Set<String> GERUND_PREPOSITIONS = Set.of("for", "after", "by", "before", "without", "while");
  /** Prepositions before which an -s cue form is a plural noun: {@code in remarks}, {@code amid claims}. */
  private static final Set<String> NOUN_PREPOSITIONS = Set.of("in", "with", "during", "from", "of", "by", "about",
      "after", "before", "amid", "over", "under", "despite", "without", "among", "against", "into");
  /** What one declares as an act, not as speech: {@code declared a state of emergency}, {@code declared war}. */
  private static final Set<String> DECLARED_ACTS = Set.of("emergency", "siege", "ceasefire", "cease-fire", "truce",
      "war", "mourning", "curfew", "mobilization", "mobilisation", "independence", "grata", "majeure", "holiday",
      "lockdown", "blockade", "moratorium", "amnesty", "martial");
  /** What a body issues before "saying": {@code issued a statement on Wednesday saying ...}. */
  private static final Set<String> ISSUED_NOUNS = Set.of("statement", "communique", "communiqu\u00e9", "message",
      "video", "note", "notice", "bulletin", "report", "letter", "announcement");
  /**
   * Cues that report speech only before {@code that} or at the end of their clause: {@code informed
   * reporters that}, {@code ..., he observed.}; not {@code informed the ministry}, {@code observe a
   * minute of silence}.
   */
  private static final Set<String> CLAUSE_ONLY_FORMS = Set.of("inform", "informs", "informed", "informing", "reassure",
      "reassures", "reassured", "reassuring", "observe", "observes", "observed", "observing");
  /** The forms of {@code read}, a cue only after a document that reads: {@code the statement read}. */
  private static final Set<String> READ_FORMS = Set.of("read", "reads", "reading");
  /** Documents whose words are quoted with {@code read}: {@code “...,” the statement read}, {@code a sign reading}. */
  private static final Set<String> READ_SUBJECTS = Set.of("statement", "communique", "communiqu\u00e9", "message",
      "note", "notice", "bulletin", "letter", "announcement", "post", "tweet", "decree", "document", "release",
      "indictment", "verdict");
  /** Verbs that issue one: {@code released a statement}, {@code posted a video}. */
  private static final Set<String> ISSUE_VERBS = Set.of("issued", "released", "published", "posted", "sent",
      "shared", "put", "circulated", "distributed", "read", "issues", "releases", "publishes", "posts");
  /** {@link #ISSUE_VERBS} for a test on a token that makes no string. */
  private static final org.secnews.internal.WordSet ISSUE_VERB_WORDS = org.secnews.internal.WordSet.folded(ISSUE_VERBS);
  /** Cues of who someone is, which report speech only with {@code as}: {@code named the man as X}. */
  private static final Set<String> IDENTIFYING = Set.of("identified", "named");

  /** Determiners that open a definite object: {@code calling their claims baseless}. */
  private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "its", "their", "our");

  /** Last words that make an object's complement a judgement: {@code calling the claims lies}. */
  private static final Set<String> JUDGEMENT_WORDS = Set.of("false", "absurd", "wrong", "illegal", "baseless",
      "nonsense", "fake", "lies", "propaganda", "fabricated", "unfounded", "untrue", "unjustified", "unprovoked",
      "worrying", "disturbing", "alarming", "shocking", "troubling", "misleading", "appalling", "insulting",
      "provocative", "aggressive", "excessive", "hostile", "cynical", "barbaric", "unjust", "inappropriate",
      "illegitimate", "disproportionate", "premature", "inaccurate");

  /** Endings of adjectives that judge: {@code fictitious}, {@code unlawful}, {@code unacceptable}, {@code groundless}. */
  private static final List<String> JUDGEMENT_SUFFIXES = List.of("ous", "ful", "ble", "less");

  /** Prepositions before a participle that make it an adjective: {@code raids over alleged meddling}. */
  private static final Set<String> ADJECTIVE_PREPOSITIONS = Set.of("over", "of", "for", "with", "about", "on", "into",
      "against", "amid", "despite", "after", "before", "from", "under", "among");

  /** Roles in an armed group that make its member speak for it: {@code a leader of MUJAO}. */
  private static final Set<String> GROUP_ROLES = Set.of("leader", "commander", "member", "official", "chief",
      "head", "founder", "militant", "fighter", "emir", "representative", "chairman", "chairperson", "chairwoman",
      "secretary", "negotiator", "coordinator");

  /** Cues of {@code what X called Y}: a judgement the narration quotes. */
  private static final Set<String> WHAT_CUES = Set.of("call", "describe", "term", "dub", "label", "brand",
      "characterise", "characterize");

  /** Plural audiences of {@code told}: {@code told reporters}, {@code told jurors in ...}. */
  private static final Set<String> RECIPIENTS = Set.of("reporters", "journalists", "jurors", "lawmakers", "legislators",
      "senators", "parliament", "mps", "peers", "delegates", "students", "supporters", "diplomats", "investigators",
      "police", "officials", "judges", "magistrates", "listeners", "viewers", "congress", "colleagues", "members");

  /** Suffixes written after a name and a comma: {@code Romeo Brawner, Jr.}. */
  private static final Set<String> NAME_SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

  /** Prepositions that open a name's apposition: {@code Bob Wellington, of Torfaen, said}. */
  private static final Set<String> APPOSITION_PREPOSITIONS = Set.of("of", "from", "for");
  /** Titles and ranks written before a person's name: {@code Maj Gen Dick Olum}. */
  private static final Set<String> RANKS = Set.of("maj", "gen", "col", "lt", "brig", "capt", "major", "general",
      "colonel", "captain", "commander", "admiral", "brigadier", "lieutenant", "sergeant", "dr", "mr", "mrs", "ms",
      "sheikh", "president", "minister", "secretary", "director", "chief", "inspector", "superintendent",
      "commissioner", "ambassador", "governor", "spokesman", "spokeswoman", "spokesperson", "deputy", "senator",
      "judge", "prosecutor", "mayor");
  /**
   * Time words and sentence adverbs that may close a speaker phrase and are no part of it: {@code
   * North Korea yesterday said}, {@code Kulagiye however assured}.
   */
  private static final Set<String> SPEAKER_TIME_TAILS = Set.of("yesterday", "today", "tonight", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "soon", "later", "earlier", "subsequently",
      "however", "meanwhile", "though", "nevertheless", "instead", "late", "early");
  /** Words that open an adverbial before a sentence's subject: {@code In December, the EU ...}. */
  private static final Set<String> FRONTED = Set.of("in", "on", "at", "during", "after", "before",
      "last", "earlier", "later", "since", "by", "under", "meanwhile", "yesterday", "today",
      "separately", "however", "now", "then", "also", "instead", "still", "overnight", "following",
      "despite", "amid", "asked", "speaking", "commenting", "referring", "responding", "writing",
      "likewise", "similarly", "moreover", "furthermore", "additionally", "nevertheless", "nonetheless",
      "besides", "again", "indeed", "therefore", "thus", "when", "while", "although", "though", "once",
      "to"); // "To add insult to injury, Chinese foreign ministry spokesman Wang Wenbin defended ..."
  /** Fronted one-word adverbs that may stand before the subject without a comma: {@code Earlier Tory leader X sent ...}. */
  private static final Set<String> FRONTED_ADVERBS = Set.of("earlier", "later", "meanwhile", "yesterday", "today",
      "separately", "now", "then", "also", "instead", "overnight", "previously", "recently");
  /**
   * Common irregular past-tense verbs, which end a subject phrase as {@code -ed} forms do: {@code Tory
   * leader Michael Howard sent Mr Bush ...}. Forms that are often nouns or adjectives (read, set, cut,
   * hit, put, let, left, spent, bound) are left out.
   */
  private static final Set<String> IRREGULAR_PAST = Set.of("sent", "made", "gave", "took", "met", "led", "spoke",
      "wrote", "came", "went", "held", "kept", "brought", "found", "won", "lost", "began", "became", "ran",
      "got", "saw", "knew", "felt", "stood", "sat", "paid", "sold", "bought", "built", "fought", "caught",
      "struck", "drew", "threw", "flew", "grew", "fled", "sought", "chose", "rose", "fell", "broke", "meant",
      "heard", "dealt", "upheld", "withdrew", "overtook", "undertook", "shook", "forgave", "swore", "tore",
      "wore", "hid", "forgot", "understood", "withheld", "overheard", "foresaw", "oversaw", "forbade");
  /** Words before {@code to CUE} that leave it unsaid: {@code difficult to say}, {@code refused to confirm}. */
  private static final Set<String> NOT_YET_SAID = Set.of("difficult", "hard", "easy", "impossible",
      "possible", "unable", "able", "declined", "declines", "refused", "refuses", "want", "wants", "wanted",
      "likely", "unlikely", "expected", "due", "set", "going", "plans", "planned", "plan", "hopes", "hoped",
      "reluctant", "willing", "unwilling", "too", "enough", "trying", "tried", "try", "invited", "premature",
      "right", "wrong", "fair", "safe", "needs", "need", "needed", "ready", "prepared", "allowed", "would",
      "like", "time", "chance", "opportunity", "forced", "urged", "asked", "told");
  /** Verbs of a platform phrase before a cue: {@code took to Twitter to confirm}. */
  private static final Set<String> PLATFORM_VERBS = Set.of("took", "take", "takes", "taking", "went", "go", "goes");

  /** Words of {@link #SKIP_BACK} that are also names: {@code May}, {@code Will}, {@code Long}. */
  private static final Set<String> NAME_LIKE_ADVERBS = Set.of("may", "will", "long", "last", "first", "just");

  /** Words that open an adjunct after {@code CLAUSE, X said,}: {@code without giving details}. */
  private static final Set<String> ADJUNCT_OPENERS = Set.of("without", "despite", "amid", "after", "before",
      "during", "following", "while", "although", "though", "when", "via", "in", "on", "at");

  /** Head nouns of a speaker that {@code it} refers back to even when it resolved to a person: {@code the president's office ... it added}. */
  private static final Set<String> THING_HEADS = Set.of("office", "statement", "communique", "communiqué", "ministry",
      "agency", "department", "presidency", "government", "administration", "service");

  /** Subject pronouns: they end a fronted phrase ({@code Earlier this week he said}) and open a clause after a dash. */
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");
  /** Words before a noun use of a cue word: {@code some reports}, {@code many claims}. */
  private static final Set<String> QUANTIFIERS = Set.of("some", "many", "several", "few",
      "recent", "earlier", "previous", "unconfirmed", "other", "both", "initial", "latest", "conflicting");
  /**
   * Participles by which news adds its own comment to a reported clause: {@code ..., prompting
   * retaliation}, {@code ..., sparking a wave of condemnation}; the claim ends before them.
   */
  private static final Set<String> NARRATOR_PARTICIPLES = Set.of("heightening", "prompting", "sparking",
      "signaling", "signalling", "fuelling", "fueling", "deepening", "escalating", "underscoring", "marking");
  /** Modal verbs: a cue after them reports what someone might do, not what they did. */
  private static final Set<String> MODALS = Set.of("would", "could", "should", "must", "might", "may", "can",
      "will", "shall");
  /** Quantifiers that are also adverbs before a verb: {@code earlier reports}, but {@code he earlier said}, {@code both warned}. */
  private static final Set<String> ALSO_ADVERBS = Set.of("earlier", "both");
  /** Verbs before {@code to CUE} that still report: {@code went on to say}, {@code is continuing to insist}. */
  private static final Set<String> GOES_ON = Set.of("on", "went", "goes", "go", "going", "continued",
      "continues", "continue", "continuing", "proceeded");
  /** Finite auxiliaries: after a cue they show a reported clause ({@code said Ho had left}). */
  private static final Set<String> AUXILIARIES = Set.of("had", "has", "have", "is", "was", "were", "are",
      "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do");
  /** Cue forms that are also plural nouns: {@code states}, {@code claims}, {@code reports}. */
  private static final Set<String> PLURAL_NOUN_CUES = Set.of("states", "claims", "reports", "notes", "estimates",
      "forecasts", "comments", "remarks", "promises", "pledges", "replies", "protests", "tweets", "vows", "labels",
      "points", "mentions", "hints", "laments", "questions", "demands", "fears", "hopes", "calls", "orders", "jokes",
      "briefs", "queries");
  /** Words that make a speaker phrase a news outlet. */
  private static final Set<String> OUTLET_WORDS = Set.of("agency", "media", "newspaper", "television", "tv", "radio",
      "broadcaster", "daily", "outlet", "outlets");
  /** Auxiliaries that agree with a plural subject. */
  private static final Set<String> PLURAL_AUXILIARIES = Set.of("are", "were", "have", "had", "do");
  private static final Set<String> SUBORDINATORS = Set.of("as", "while", "when", "after", "before",
      "because", "since", "although", "though", "amid", "despite", "whereas", "even");
  /** Cues whose object may be a bare plural before a topic: {@code tell people how}, {@code warn users of}. */
  private static final Set<String> OBJECT_CUES = Set.of("tell", "brief", "inform", "warn", "remind", "advise",
      "alert", "show", "teach", "assure", "reassure");
  /** Words that open a topic rather than a clause after a cue's object. */
  private static final Set<String> RECIPIENT_TOPIC = Set.of("how", "what", "why", "where", "when", "whether",
      "of", "about");
  private static final Set<String> NOT_A_CLAUSE = Set.of("how", "what", "why", "where", "when",
      "whether", "on", "about", "of", "for", "to", "with", "in", "at", "from", "by", "into", "against",
      "up", "out", "off", "over", "back", "since", "as", "after", "before", "because", "while", "until",
      "unless", "if", "during");

  private final Gazetteer gazetteer;
  private final CueLexicon cues;
  private final SpeakerResolver resolver;

  /**
   * An extractor that resolves roles and descriptions through {@code gazetteer}.
   *
   * @param gazetteer the gazetteer roles and descriptions are resolved through
   */
  public ClaimExtractor(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.cues = CueLexicon.standard();
    this.resolver = new SpeakerResolver(gazetteer);
  }

  /**
   * The gazetteer roles are resolved through.
   *
   * @return the gazetteer roles are resolved through
   */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * The claims of a document, in text order.
   *
   * @param tokens    the document's tokens
   * @param sentences the document's sentences, in text order
   * @param mentions  the document's mentions, in text order
   * @param date the article's date for roles, or {@code null} for the newest post holders
   * @return the claims, in order of their content
   */
  public List<Claim> extract(Tokens tokens, List<Sentence> sentences, List<Mention> mentions,
      LocalDate date) {
    return new Run(tokens, sentences, mentions, date).extract();
  }

  /** The state of one document. */
  private final class Run {
    private final Tokens t;
    private final String text;
    private final List<Sentence> sentences;
    private final List<Mention> mentions;
    private final LocalDate date;
    private final int n;
    private final Mention[] owner;
    private final int[] sentenceOf;
    private final List<Quotation> quotes;
    private final int[] quoteOf; // token -> index of the top-level quotation containing it, or -1
    private final boolean[] usedCue;
    private final CueLexicon.Strength[] cueAt; // the cue strength of each token, looked up once
    private final String[] lowerCase; // token -> its lower-case text, made on first use
    private int currentSentence; // the sentence being read
    private int subjectKnownFor = -1; // the sentence whose previous subject the salience holds
    private final List<Claim> claims = new ArrayList<>();
    private final SpeakerResolver.Salience salience;
    private Speaker lastSpeaker; // the speaker of the last claim, as written
    private int lastSpeakerParagraph = -1;
    private Speaker sentenceSpeaker; // the last speaker in the current sentence
    private final java.util.Map<String, Entity> spokesmen = new java.util.HashMap<>(); // surname -> group or body spoken for
    private final boolean hasGroup; // whether the text names any armed group

    Run(Tokens tokens, List<Sentence> sentences, List<Mention> mentions, LocalDate date) {
      this.t = tokens;
      this.text = tokens.text();
      this.sentences = sentences;
      this.mentions = mentions;
      this.date = date;
      this.salience = new SpeakerResolver.Salience(mentions);
      this.n = tokens.size();
      this.lowerCase = new String[n];
      this.owner = new Mention[n];
      this.hasGroup = mentions.stream().anyMatch(m -> m.type() == EntityType.GROUP);
      for (Mention m : mentions) {
        for (int i = t.indexAtOrAfter(m.start()); i < n && t.start(i) < m.end(); i++) {
          owner[i] = m;
        }
      }
      this.sentenceOf = new int[n];
      for (int s = 0; s < sentences.size(); s++) {
        Sentence se = sentences.get(s);
        Arrays.fill(sentenceOf, se.firstToken(), se.endToken(), s);
      }
      this.quotes = QuoteScanner.scan(tokens, sentences);
      this.quoteOf = new int[n];
      Arrays.fill(quoteOf, -1);
      for (int q = 0; q < quotes.size(); q++) {
        Quotation qu = quotes.get(q);
        if (qu.depth() != 0) {
          continue;
        }
        int last = qu.close() >= 0 ? qu.close() : t.indexAtOrAfter(qu.end()) - 1;
        for (int i = qu.open(); i <= last && i < n; i++) {
          if (quoteOf[i] < 0) {
            quoteOf[i] = q;
          }
        }
      }
      this.usedCue = new boolean[n];
      this.cueAt = new CueLexicon.Strength[n];
      for (int i = 0; i < n; i++) {
        if (tokens.kind(i) == TokenKind.WORD) {
          cueAt[i] = cues.strength(tokens, i);
          if (cueAt[i] != null && (tokens.first(i) | 0x20) == 'r' && READ_FORMS.contains(lower(i))
              && !(i > 0 && isWord(i - 1) && READ_SUBJECTS.contains(lower(i - 1)))) {
            cueAt[i] = null; // only a document reads: "the statement read", "a letter reading"; not "he read the report", "Reading"
          }
        }
      }
    }

    List<Claim> extract() {
      int q = 0;
      for (int s = 0; s < sentences.size(); s++) {
        Sentence se = sentences.get(s);
        sentenceSpeaker = null;
        currentSentence = s;
        while (q < quotes.size() && quotes.get(q).open() < se.endToken()) {
          Quotation qu = quotes.get(q++);
          if (qu.depth() == 0) {
            direct(qu);
          }
        }
        int before = claims.size();
        indirect(se);
        frontedJudgement(se, before);
        rememberGroupMembersNamed(se);
      }
      claims.sort(Comparator.comparingInt(c -> c.content().start()));
      return List.copyOf(claims);
    }

    /**
     * Records who opened the sentence before {@code s}, for pronouns: {@code Conservative shadow
     * home secretary David Davis was worried ... He warned: "..."} is Davis, not the last speaker.
     */
    private void previousSubject(int s) {
      salience.subjectPerson = null;
      salience.subjectBody = null;
      salience.subjectUnknownPerson = false;
      salience.subjectDescribed = false;
      salience.subjectDescribedEntity = null;
      if (s == 0) {
        return;
      }
      Sentence prev = sentences.get(s - 1);
      int[] subj = sentenceSubject(prev, prev.endToken());
      if (subj == null || inQuote(subj[0]) || isWord(subj[0]) && FRONTED.contains(lower(subj[0]))) {
        // no subject, or an adverbial we could not skip: the person who opens the main clause after
        // it, if one does ("On the same day the Prime Minister called ..., ASIO director-general Mike Burgess fronted")
        boolean adverbial = subj == null ? isWord(prev.firstToken()) : !inQuote(subj[0]);
        salience.subjectPerson = adverbial ? personOpeningMainClause(prev) : null;
        return;
      }
      for (int k = subj[0]; k < subj[1]; k++) {
        if (owner[k] != null && owner[k].type() == EntityType.OFFICIAL) {
          salience.subjectPerson = owner[k].entity(); // also "Home Office minister Hazel Blears defended ..."
          return;
        }
        if (owner[k] != null && salience.subjectBody == null
            && (owner[k].type() == EntityType.AGENCY || owner[k].type() == EntityType.GROUP)) {
          salience.subjectBody = owner[k].entity(); // "But the Home Office defended the measures. A spokesman said"
        }
      }
      if (salience.subjectBody != null) {
        return; // a body opens the sentence; a country alone ("Russian lawyer X") does not
      }
      int after = subj[1];
      if (after + 1 < n && t.is(after, ",") && owner[after + 1] != null
          && owner[after + 1].type() == EntityType.OFFICIAL) {
        salience.subjectPerson = owner[after + 1].entity(); // "The shadow foreign secretary, Michael Ancram, welcomed"
        return;
      }
      int surname = subj[1] - 1;
      boolean otherSpoke = lastSpeaker != null && lastSpeaker.start() >= t.start(prev.firstToken())
          && !(lastSpeaker.start() <= t.start(surname) && t.end(surname) <= lastSpeaker.end());
      Entity spokenFor = !otherSpoke && isWord(surname) && t.isCapitalized(surname) ? spokesmen.get(t.text(surname)) : null;
      if (spokenFor != null) {
        // "Londono said the war was over. He added", "Garcia was more cautious. ... he said": a group's member
        // remembered by surname opened the sentence; not when another spoke of him ("Mr Wijayanto also
        // recruited members, Mr Prasetyo said")
        salience.subjectDescribed = true;
        salience.subjectDescribedEntity = spokenFor;
        return;
      }
      salience.subjectUnknownPerson = SpeakerResolver.endsWithUnknownName(t, subj[0], subj[1]);
      if (!salience.subjectUnknownPerson && subj[1] - subj[0] <= 6
          && SpeakerResolver.describesPerson(t, subj[0], subj[1])) {
        // "The police spokesman said ... The Directorate is investigating, he said": the spokesman again
        Speaker sp = resolve(subj[0], subj[1]); // before the flag is up: it changes what pronouns resolve to
        salience.subjectDescribed = true;
        salience.subjectDescribedEntity = sp == null ? null : sp.entity().orElse(null);
      }
    }

    /**
     * The subject after a fronted adverbial with no comma, in {@code (a, j]}: {@code On the same
     * day the Prime Minister said}, {@code In a speech to the Foreign Policy Centre Mr Straw said}.
     * It starts at the last "the" that opens a noun phrase (not one after a preposition), or later
     * at a title or a name right after a common noun ({@code the BBC News website Mr Molyneux});
     * null when there is no such "the".
     */
    private int[] subjectAfterFrontedPhrase(int a, int j) {
      int start = -1;
      for (int k = j - 1; k > a + 1; k--) {
        if (t.is(k, "the") && isWord(k - 1) && !PHRASE_PREPOSITIONS.contains(lower(k - 1)) && !t.is(k - 1, "the")) {
          start = k;
          break;
        }
      }
      if (start < 0) {
        return null;
      }
      for (int k = start + 2; k <= j; k++) {
        if (SpeakerResolver.isPersonalTitle(t, k) || owner[k] != null && isWord(k - 1) && Character.isLowerCase(t.first(k - 1))
            && !PHRASE_PREPOSITIONS.contains(lower(k - 1)) && !DETERMINERS.contains(lower(k - 1))) {
          return new int[] {k, j + 1};
        }
      }
      return new int[] {start, j + 1};
    }

    /** Whether {@code j} is the "to" of {@code was at pains to}, which reports like {@code was keen to}. */
    private boolean atPainsTo(int j, Sentence se) {
      return lower(j).equals("to") && j - 3 >= se.firstToken() && lower(j - 1).equals("pains")
          && lower(j - 2).equals("at") && PASSIVE.contains(lower(j - 3));
    }

    /**
     * The official who opens the main clause of a sentence that starts with a long adverbial: after
     * a comma outside quotation marks, a noun phrase with the official's name, then a word in lower
     * case (its verb). Null when there is none in the sentence's first 40 tokens.
     */
    private Entity personOpeningMainClause(Sentence se) {
      int end = Math.min(se.endToken(), se.firstToken() + 40);
      for (int k = se.firstToken(); k < end; k++) {
        if (!t.is(k, ",") || inQuote(k)) {
          continue;
        }
        Entity person = null;
        int b = k + 1;
        while (b < end && b - k <= 8 && npToken(b)) {
          if (owner[b] != null && owner[b].type() == EntityType.OFFICIAL) {
            person = owner[b].entity();
          } else if (person != null && owner[b] == null) {
            break; // the word after the name
          }
          b++;
        }
        if (person != null && b < end && isWord(b) && owner[b] == null && Character.isLowerCase(t.first(b))) {
          return person;
        }
      }
      return null;
    }

    // ---- helpers -----------------------------------------------------------------------------

    private String lower(int i) {
      String w = lowerCase[i];
      if (w == null) {
        // one string per token at most, made only for tokens the rules ask about
        w = t.length(i) > 20 ? "" : t.text(i).toLowerCase(Locale.ROOT);
        lowerCase[i] = w;
      }
      return w;
    }

    /**
     * Whether the word at {@code i} is an adverb or auxiliary that a subject search steps over:
     * lower case only, so that {@code May told parliament} keeps its speaker.
     */
    private boolean skippable(int i) {
      String w = lower(i);
      if (adverb(i)) {
        return true; // "The ministry initially tweeted that"
      }
      return SKIP_BACK.contains(w) && (Character.isLowerCase(t.first(i))
          || sentences.get(sentenceOf[i]).firstToken() == i && !NAME_LIKE_ADVERBS.contains(w)); // "Recently, ..."
    }

    private boolean isWord(int i) {
      return t.kind(i) == TokenKind.WORD;
    }

    private boolean inQuote(int i) {
      return quoteOf[i] >= 0;
    }

    private int wordCount(int fromChar, int toChar) {
      int c = 0;
      for (int i = t.indexAtOrAfter(fromChar); i < n && t.start(i) < toChar; i++) {
        if (t.kind(i) == TokenKind.WORD || t.kind(i) == TokenKind.NUMBER) {
          c++;
        }
      }
      return c;
    }

    private CueLexicon.Strength cue(int i) {
      if (i < 0 || i >= n || !isWord(i) || usedCue[i] || owner[i] != null) {
        return null;
      }
      if (cueAt[i] == null) {
        return null;
      }
      if (compoundPart(i)) {
        return null; // "think-tank", "self-confessed"
      }
      if (i > 0 && isWord(i - 1) && (DETERMINERS.contains(lower(i - 1)) || QUANTIFIERS.contains(lower(i - 1)))
          && !(ALSO_ADVERBS.contains(lower(i - 1)) && pastTense(i))) {
        return null; // a noun: "the report says", "Some reports said", "his claims"; not "X earlier said"
      }
      if (modifiedNoun(i)) {
        return null; // "a monthly report"
      }
      if (!Character.isLowerCase(t.first(i)) && sentences.get(sentenceOf[i]).firstToken() != i) {
        return null; // United States, Sen. Says
      }
      if (nounCue(i)) {
        return null;
      }
      if (CLAUSE_ONLY_FORMS.contains(lower(i)) && !clauseOrEndFollows(i)) {
        return null; // "informed the ministry", "sought to reassure", "will observe three days of mourning": no speech
      }
      if (cues.onlyBeforeThat(lower(i))) {
        if (i > 0 && isWord(i - 1) && (lower(i - 1).equals("to") || MODALS.contains(lower(i - 1)))) {
          return null; // "we have to accept that", "voters would recognise that": no one has
        }
        if (!(i + 1 < n && t.isIgnoreCase(i + 1, "that"))) {
          return CueLexicon.Strength.WEAK; // "expressed concern", "accepted the offer": a quotation at most
        }
      }
      return cueAt[i];
    }

    /**
     * For the {@link #CLAUSE_ONLY_FORMS}: whether {@code that} follows within a few words (the
     * recipient between: {@code informed reporters that}) or a comma or the sentence's end ({@code
     * ..., the officer informed.}); and no {@code to} before it ({@code sought to reassure}).
     */
    private boolean clauseOrEndFollows(int i) {
      if (i > 0 && isWord(i - 1) && lower(i - 1).equals("to")) {
        return false;
      }
      if (i + 1 >= n || t.is(i + 1, ".") || t.is(i + 1, ",") || t.is(i - 1, ",")
          || sentences.get(sentenceOf[i]).firstToken() == i) {
        // "..., the officer informed.", "..., Ruzic observed, while ...", "..., observes Ms Alexander.", "Observes Mr Hadi: “...”"
        return true;
      }
      for (int j = i + 1; j < n && j <= i + 8; j++) {
        if (t.isIgnoreCase(j, "that") || t.is(j, ":")) {
          return true; // "informed reporters that", "observed: “...”"
        }
        if (t.kind(j) == TokenKind.PUNCT || t.kind(j) == TokenKind.QUOTE || cueAt[j] != null) {
          return false;
        }
      }
      return false;
    }

    /**
     * Whether the cue form at {@code i} is a noun: plural ({@code The two Gulf states were also
     * joined}, {@code Iranian media reports say}; not {@code the reforms he states are needed}) or
     * singular before its verb ({@code The IAEA report comes as ...}).
     */
    private boolean nounCue(int i) {
      if (i > 0 && isWord(i - 1) && NOUN_PREPOSITIONS.contains(lower(i - 1)) && lower(i).endsWith("s")) {
        return true; // "said in remarks broadcast by ...", "amid claims that ...": no finite verb follows a preposition
      }
      if (i > 0 && isWord(i - 1) && MEDIA_NOUNS.contains(lower(i - 1)) && PLURAL_NOUN_CUES.contains(lower(i))
          && !(i > 1 && isWord(i - 2) && !Character.isLowerCase(t.first(i - 2))
               && sentences.get(sentenceOf[i]).firstToken() != i - 1)) {
        // "referred to media reports and said", "according to local press reports", "refused to discuss
        // weekend newspaper reports that ...", "Media reports in both countries described": a noun;
        // but "Belgian media reports four ministers are ..." (a name before it)
        return true;
      }
      if (i + 1 < n && isWord(i + 1) && SINGULAR_VERBS.contains(t.text(i + 1)) && SINGULAR_NOUN_CUES.contains(lower(i))
          && determinedNounPhraseBefore(i)) {
        return true; // the singular too: "The IAEA report comes as ...", "The police report was published"
      }
      return i + 1 < n && isWord(i + 1) && (PLURAL_AUXILIARIES.contains(t.text(i + 1)) || cueAt[i + 1] != null)
          && PLURAL_NOUN_CUES.contains(lower(i))
          && i > 0 && isWord(i - 1) && !PRONOUNS.contains(lower(i - 1)) && !STOP.contains(lower(i - 1));
    }

    /**
     * Whether a determiner or a possessive opens the words before {@code i}, so that they and the
     * word at {@code i} make one noun phrase: {@code The IAEA report}, {@code Friday's growth
     * report}; not {@code which investigators claim}, {@code which its makers claim is}.
     */
    private boolean determinedNounPhraseBefore(int i) {
      for (int k = i - 1; k >= 0 && i - k <= 4; k--) {
        if (t.kind(k) == TokenKind.POSSESSIVE || isWord(k) && DETERMINERS.contains(lower(k))) {
          int before = t.kind(k) == TokenKind.POSSESSIVE ? k - 2 : k - 1;
          return !(before >= 0 && isWord(before) && RELATIVES.contains(lower(before))); // not "which its makers claim is"
        }
        if (!isWord(k) || PRONOUNS.contains(lower(k)) || STOP.contains(lower(k)) || cueAt[k] != null) {
          return false;
        }
      }
      return false;
    }

    /** Nouns for a person of an armed group who speaks for it: {@code a senior Ansar Dine figure}. */
    private static final Set<String> GROUP_PEOPLE = Set.of("figure", "commander", "leader", "official", "member",
        "militant", "fighter", "chief", "emir", "representative");

    /** Relative pronouns, after which a noun phrase and a cue form make a clause with a gap: {@code which investigators claim was}. */
    private static final Set<String> RELATIVES = Set.of("which", "that", "who", "what");

    /** Cue forms that are also singular nouns: {@code report}, {@code claim}. */
    private static final Set<String> SINGULAR_NOUN_CUES = Set.of("report", "claim", "estimate", "comment", "remark",
        "promise", "pledge", "reply", "protest", "tweet", "vow", "note", "forecast");

    /** Verbs that agree with a singular subject and so make the cue form before them its noun. */
    private static final Set<String> SINGULAR_VERBS = Set.of("is", "was", "has", "comes", "came", "shows", "showed",
        "says", "said", "found", "finds", "suggests", "suggested", "follows", "followed");

    /** Nouns that make a plural cue form after them a noun: {@code media reports}, {@code press claims}. */
    private static final Set<String> MEDIA_NOUNS = Set.of("media", "news", "press", "newspaper", "intelligence");

    /**
     * A bare spokesman the resolver could not place speaks for the body or person that opens what
     * he said: {@code A spokesman said Downing Street had no comment}, {@code A spokesman later said
     * Mr Galloway had friends in common with her}.
     */
    private Speaker spokesmanFor(Speaker sp, int contentStart) {
      if (sp == null || sp.isResolved()) {
        return sp;
      }
      int a = t.indexAtOrAfter(sp.start());
      int b = t.indexAtOrAfter(sp.end());
      if (a < b && isWord(a) && DETERMINERS.contains(lower(a))) {
        a++;
      }
      if (b - a != 1 || !SpeakerResolver.isSpokesWord(t, a)) {
        return sp;
      }
      int c = t.indexAtOrAfter(contentStart);
      if (c + 1 < n && owner[c] == null && (t.is(c, "the") || t.isCapitalized(c)) && owner[c + 1] != null) {
        c++; // "the Home Office", "Mr Galloway"
      }
      Mention m = c < n ? owner[c] : null;
      if (m == null || m.start() != t.start(c) || m.type() == EntityType.COUNTRY || m.type() == EntityType.GROUP) {
        return sp;
      }
      int after = t.indexAtOrAfter(m.end());
      if (after >= n || !isWord(after) || !Character.isLowerCase(t.first(after))) {
        return sp; // the name must be the clause's subject, a verb after it
      }
      return new Speaker(sp.start(), sp.end(), sp.text(), Optional.of(m.entity()));
    }

    /**
     * Whether the cue word at {@code i} is a singular noun after "a" and a modifier ({@code a
     * monthly report}), or a channel noun after a determiner and up to three modifiers ({@code at
     * a news briefing}, {@code at the regular daily briefing}).
     */
    private boolean modifiedNoun(int i) {
      if (i > 1 && isWord(i - 1) && Character.isLowerCase(t.first(i - 1)) && cueAt[i - 1] == null
          && isWord(i - 2) && (t.isIgnoreCase(i - 2, "a") || t.isIgnoreCase(i - 2, "an"))
          && lower(i).equals(cues.lemma(t.text(i))) && !t.isIgnoreCase(i, "point")) { // a cue only in "point out"
        return true;
      }
      if (!CHANNEL_NOUNS.contains(lower(i))) {
        return false;
      }
      for (int j = i - 1; j >= 0 && i - j <= 4 && isWord(j) && Character.isLowerCase(t.first(j)); j--) {
        if (DETERMINERS.contains(lower(j))) {
          return j < i - 1;
        }
        if (cueAt[j] != null) {
          return false;
        }
      }
      return false;
    }

    /** Whether token {@code i} is joined by a hyphen to the word before or after it. */
    private boolean compoundPart(int i) {
      return i + 1 < n && t.kind(i + 1) == TokenKind.HYPHEN && !t.spaceBefore(i + 1)
          || i > 0 && t.kind(i - 1) == TokenKind.HYPHEN && !t.spaceBefore(i);
    }

    /** Whether the word at {@code i} is a past tense form, never a noun: {@code said}, {@code warned}. */
    private boolean pastTense(int i) {
      String w = lower(i);
      return w.endsWith("ed") || w.equals("said") || w.equals("told") || w.equals("thought") || IRREGULAR_PAST.contains(w);
    }

    private boolean isParticiple(int i) {
      return lower(i).endsWith("ing");
    }

    /**
     * Whether a sentence's first word opens a participle clause that a comma closes before the
     * subject: {@code Rejecting the report, Carlos Fernandez de Cossio ... said}, {@code Speaking
     * to reporters, the minister said}. Not a name ({@code Manning said}): an unnamed word whose
     * next word is a lower-case word that is no cue.
     */
    private boolean openingParticiple(int a, int limit) {
      return owner[a] == null && t.isCapitalized(a) && t.length(a) > 5 && isParticiple(a) && a + 1 < limit
          && isWord(a + 1) && Character.isLowerCase(t.first(a + 1)) && cue(a + 1) == null;
    }

    /** Whether the cue at {@code i} is negated, passive or used as a noun. */
    private boolean blocked(int i, int sentenceStart) {
      int p = i - 1;
      while (p >= sentenceStart && isWord(p) && skippable(p) && !lower(p).equals("did")) {
        p--;
      }
      if (p >= sentenceStart) {
        String w = lower(p);
        if (PASSIVE.contains(w) || DETERMINERS.contains(w) || t.kind(p) == TokenKind.POSSESSIVE
            || t.kind(p) == TokenKind.NUMBER
            || w.equals("to") && !isParticiple(i) && p - 1 >= sentenceStart && NOT_YET_SAID.contains(lower(p - 1))) {
          return true; // "difficult to say", "declined to confirm", "wants to deny": no report ("defected to reveal" is one)
        }
        if (isWord(p) && Character.isLowerCase(t.first(p)) && w.endsWith("ed") && !isParticiple(i)
            && cues.strength(t, p) == null && !SKIP_BACK.contains(w) && p == i - 1) {
          return true; // an adjective before a noun use: "stated aim"
        }
      }
      for (int k = i - 1; k >= Math.max(sentenceStart, i - 3) && t.kind(k) != TokenKind.PUNCT; k--) {
        // back to a comma at most: "house arrest without trial, saying ..." is not negated
        String w = lower(k);
        if (w.equals("not") || w.endsWith("n't") || w.endsWith("n\u2019t") || w.equals("never")
            || w.equals("declined") || w.equals("refused") || w.equals("without")) {
          return true;
        }
      }
      // "the report released", "his assessment" are caught above; "claims, which" as a noun:
      return false;
    }

    /** Records the subject of a cue that made no claim, for later pronouns. */
    private void noteSubject(Sentence se, int cue) {
      int[] subj = subjectBefore(cue, se);
      if (subj != null && subj[1] - subj[0] <= 6) {
        Speaker sp = resolve(subj[0], subj[1]);
        if (sp != null) {
          sp.entity().filter(e -> e.type() != EntityType.OFFICIAL).ifPresent(e -> salience.lastSubjectThing = e);
        }
      }
    }

    private void remember(Speaker sp, int paragraph) {
      if (sp == null) {
        return;
      }
      int head = t.indexAtOrAfter(sp.end()) - 1;
      boolean thing = head >= 0 && isWord(head) && THING_HEADS.contains(lower(head)); // "the president's office"
      salience.lastSubjectThing = sp.entity().filter(e -> thing || e.type() != EntityType.OFFICIAL).orElse(null);
      if (sp.entity().isPresent()) {
        if (sp.entity().get().type() == EntityType.OFFICIAL) {
          salience.unknownPersonLast = false;
        }
      } else {
        int a = t.indexAtOrAfter(sp.start());
        int b = t.indexAtOrAfter(sp.end());
        if (SpeakerResolver.looksLikePersonName(t, a, b)) {
          salience.unknownPersonLast = true;
        }
      }
      lastSpeaker = sp;
      lastSpeakerParagraph = paragraph;
      sentenceSpeaker = sp;
      sp.entity().ifPresent(e -> {
        salience.lastSpeaker = e;
        if (!e.homeCountry().isEmpty()) {
          salience.lastSpeakerCountry = e.homeCountry();
          salience.countSpeakerCountry(e.homeCountry());
        }
        if (e.type() == EntityType.AGENCY && "prosecutor".equals(e.kind())) {
          salience.lastProsecution = e;
        }
        if (e.type() == EntityType.OFFICIAL || spokesmanOf(sp, e)) {
          salience.lastPersonSpeaker = e; // "The spokesperson for the Houthis, Yahya Saree, stated ... he said": the group
          salience.unknownPersonLast = false;
        }
      });
    }

    /** Whether the speaker is a person who speaks for the body or group it resolved to. */
    private boolean spokesmanOf(Speaker sp, Entity e) {
      int a = t.indexAtOrAfter(sp.start());
      int b = t.indexAtOrAfter(sp.end());
      return spokesWordIn(a, b) >= 0
          || b - a == 1 && isWord(a) && e.equals(spokesmen.get(t.text(a))) // a member remembered by surname: "Londono said"
          || e.type() == EntityType.GROUP && (SpeakerResolver.looksLikePersonName(t, a, b) // a group's spokesman by name
              || b > a && isWord(b - 1) && GROUP_PEOPLE.contains(lower(b - 1)) // "A senior Ansar Dine figure"
              || roleOfGroup(a, b)); // "a representative of the Houthi authorities"
    }

    /** Whether the phrase opens with a group's role word and {@code of} or {@code for}: {@code a senior commander of X}. */
    private boolean roleOfGroup(int a, int b) {
      for (int k = a; k < b - 1 && k - a <= 3; k++) {
        if (isWord(k) && GROUP_PEOPLE.contains(lower(k)) && (t.is(k + 1, "of") || t.is(k + 1, "for"))) {
          return true;
        }
      }
      return false;
    }

    private Speaker resolve(int from, int to) {
      while (to - 1 > from && isWord(to - 1) && owner[to - 1] == null && SPEAKER_TIME_TAILS.contains(lower(to - 1))) {
        to--; // "North Korea yesterday said", "said ICEFCOM yesterday": the time is no part of the speaker
        if (to - 1 > from && t.isIgnoreCase(to - 1, "on")) {
          to--; // "the ministry on Monday said"
        }
      }
      if (from >= to) {
        return null;
      }
      if (subjectKnownFor != currentSentence) {
        subjectKnownFor = currentSentence; // found only for sentences that have a speaker to resolve
        previousSubject(currentSentence);
      }
      Speaker sp = resolver.resolve(t, from, to, owner, mentions, salience, date);
      if (sp != null && sp.isResolved() && namedOnlyInApposition(from, to, sp.entity().get())) {
        // "Oleksiy Arestovich, an adviser to president Volodymyr Zelensky": a person the gazetteer lacks, not Zelensky
        return new Speaker(sp.start(), sp.end(), sp.text(), Optional.empty());
      }
      Mention named = sp != null && !sp.isResolved() ? namedBeforeUnclosedApposition(from, to) : null;
      if (named == null && sp != null) {
        Mention after = namedAfterDescription(from, to);
        // "The press secretary of Russian President Vladimir Putin, Dmitry Peskov, said": the official in
        // apposition to the description, not the one it names on the way
        named = after != null && (!sp.isResolved() || !sp.entity().get().equals(after.entity())) ? after : null;
      }
      if (named != null) {
        return new Speaker(sp.start(), sp.end(), sp.text(), Optional.of(named.entity()));
      }
      Mention clauseSubject = sp != null && !sp.isResolved() ? clauseOpener(from, to) : null;
      if (clauseSubject != null) {
        return new Speaker(sp.start(), sp.end(), sp.text(), Optional.of(clauseSubject.entity()));
      }
      int head = sp != null && !sp.isResolved() ? participleModifier(from, to) : -1;
      if (head > 0) {
        // "The group commanded by Iyad Ag Ghali announced", "the alliance based in Brussels said": the noun
        // before the participle is the head; the span stays as written
        Speaker headed = resolver.resolve(t, from, head, owner, mentions, salience, date);
        if (headed != null && headed.isResolved()) {
          return new Speaker(sp.start(), sp.end(), sp.text(), headed.entity());
        }
      }
      if (sp != null && !sp.isResolved() && to - from == 2 && (t.isIgnoreCase(from, "his") || t.isIgnoreCase(from, "her"))
          && SpeakerResolver.isSpokesWord(t, from + 1)) {
        Entity opener = personOpening(sentences.get(currentSentence), from, t.isIgnoreCase(from, "her"));
        if (opener != null) {
          return new Speaker(sp.start(), sp.end(), sp.text(), Optional.of(opener)); // "X condemned ..., his spokesperson said"
        }
      }
      Entity opener = sp != null && to == from + 1 && from > 0 && t.isIgnoreCase(from - 1, "what") && isWord(from)
          ? clauseOpener(sentences.get(currentSentence), from - 1, lower(from)) : null;
      if (opener != null) {
        return new Speaker(sp.start(), sp.end(), sp.text(), Optional.of(opener)); // "the Ministry acknowledged what they called"
      }
      if (sp != null && !sp.isResolved() && lastSpeaker != null && lastSpeaker.isResolved()
          && (sameAsBefore(from, to) || theyAfterABody(from, to))) {
        // "According to the same source"; "the federal prosecutors' office said. They said ..."
        return new Speaker(sp.start(), sp.end(), sp.text(), lastSpeaker.entity());
      }
      if (sp != null && !sp.isResolved() && lastSpeaker != null && lastSpeaker.isResolved() && spokesmanNamedNext(from, to)) {
        // "A spokesman for the M23 rebels said ... "We can withdraw now," Amani Kabasha said": that spokesman
        return new Speaker(sp.start(), sp.end(), sp.text(), lastSpeaker.entity());
      }
      if (sp != null && !sp.isResolved()) {
        Entity spokenFor = to < n && t.is(to, ",") ? spokesmanInApposition(to + 1) : null;
        if (spokenFor == null) {
          spokenFor = spokesmanBefore(from);
        }
        int last = t.indexAtOrAfter(sp.end()) - 1;
        if (spokenFor == null && last >= 0 && isWord(last) && t.isCapitalized(last)) {
          spokenFor = spokesmen.get(t.text(last)); // "said Mohamed Ould Hicham, a leader of MUJAO ... Hicham said"
        }
        if (spokenFor != null) {
          if (last >= 0 && isWord(last) && t.isCapitalized(last)
              && SpeakerResolver.looksLikePersonName(t, t.indexAtOrAfter(sp.start()), last + 1)) {
            spokesmen.put(t.text(last), spokenFor);
          }
          return new Speaker(sp.start(), sp.end(), sp.text(), Optional.of(spokenFor));
        }
      }
      if (sp != null && sp.isResolved() && sp.entity().get().type() == EntityType.OFFICIAL && to < n && t.is(to, ",")
          && owner[to - 1] != null && owner[to - 1].form() == MentionForm.INTRODUCED) {
        Entity group = spokesmanInApposition(to + 1);
        if (group != null && group.type() == EntityType.GROUP) {
          // "Col. Lam Paul Gabriel, the spokesperson for SPLA-IO, denied ...": a rank makes no state official of
          // a group's spokesman the gazetteer lacks; he speaks for the group, as an unranked one does
          spokesmen.put(t.text(to - 1), group);
          return new Speaker(sp.start(), sp.end(), sp.text(), Optional.of(group));
        }
      }
      if (sp != null && sp.isResolved()) {
        rememberSpokesman(sp);
      }
      return sp;
    }

    /**
     * Whether the speaker phrase opens with an unknown person's name and a comma, and the official
     * it resolved to is only named in the apposition after the comma, which is no spokesman's:
     * {@code Oleksiy Arestovich, an adviser to president Volodymyr Zelensky}. A spokesman speaks for
     * whom his apposition names ({@code X, a spokesman for Prime Minister Y}).
     */
    private boolean namedOnlyInApposition(int from, int to, Entity resolved) {
      int comma = from;
      while (comma < to && !t.is(comma, ",")) {
        if (owner[comma] != null || isWord(comma) && SpeakerResolverRoles.isRole(lower(comma))) {
          return false; // the name before the comma is known, or a title: "Acting Detective Chief Superintendent, Mick Deats"
        }
        comma++;
      }
      if (comma >= to - 1 || resolved.type() != EntityType.OFFICIAL
          || !SpeakerResolver.looksLikePersonName(t, from, comma)) {
        return false;
      }
      boolean namedAfter = false;
      for (int k = comma + 1; k < to; k++) {
        if (SpeakerResolver.isSpokesWord(t, k)) {
          return false;
        }
        namedAfter |= owner[k] != null && owner[k].entity().equals(resolved);
      }
      return namedAfter;
    }

    /**
     * The official named right after a description that ends the sentence's speaker phrase at a
     * comma, he and nothing else up to the end of the clause: {@code according to the governor of
     * the region, Abdiqadir Mohamed Siidi.}
     */
    private Mention namedAfterDescription(int from, int to) {
      if (to + 1 >= n || !t.is(to, ",") || owner[to + 1] == null || owner[to + 1].type() != EntityType.OFFICIAL) {
        return null;
      }
      int after = t.indexAtOrAfter(owner[to + 1].end());
      if (after < n && !t.is(after, ".") && !t.is(after, ",") && !t.is(after, ";")) {
        return null;
      }
      return roleWordWithin(from, to, 4) ? owner[to + 1] : null;
    }

    /** Whether a role word of a speaker phrase stands among the first {@code count} tokens of {@code [from, to)}. */
    private boolean roleWordWithin(int from, int to, int count) {
      for (int k = from; k < to && k < from + count; k++) {
        if (isWord(k) && SpeakerResolverRoles.isRole(lower(k))) {
          return true;
        }
      }
      return false;
    }

    /**
     * The official named right before a comma that opens the speaker phrase, when the phrase is
     * his post, an apposition left unclosed before the cue: {@code Vladimer Bortsvadze, Deputy
     * Interior Minister said}, {@code Kakhaber Kemoklidze, chief of staff of Georgia's National
     * Security Council (NSC) said}.
     */
    private Mention namedBeforeUnclosedApposition(int from, int to) {
      if (from < 2 || !t.is(from - 1, ",") || owner[from - 2] == null || owner[from - 2].type() != EntityType.OFFICIAL
          || owner[from] != null && owner[from].type() == EntityType.OFFICIAL) {
        return null; // not a second person: "X, Y said"; but a state may open the post: "X, Georgia's Deputy Foreign Minister said"
      }
      return roleWordWithin(from, to, 5) ? owner[from - 2] : null;
    }

    /** Whether a mention of a group stands in the sentence. */
    private boolean namesAGroup(Sentence se) {
      for (int i = se.firstToken(); i < se.endToken(); i++) {
        if (owner[i] != null && owner[i].type() == EntityType.GROUP) {
          return true;
        }
      }
      return false;
    }

    /**
     * Remembers the members of armed groups the sentence names in its narration, by surname and
     * by the alias or nickname it gives, so that they speak for their group when they speak later:
     * {@code the accord with FARC leader Rodrigo Londono, alias Timoleon "Timochenko" Jimenez. ...
     * "...," Timochenko said}, {@code Abu Musab Jalal, a commander of al-Qaeda, was seen}. A
     * surname remembered earlier keeps its first group.
     */
    private void rememberGroupMembersNamed(Sentence se) {
      if (!hasGroup || !namesAGroup(se)) {
        return; // most sentences name no group: nothing to look for
      }
      for (int i = se.firstToken(); i < se.endToken(); i++) {
        Mention m = owner[i];
        if (m != null && m.type() == EntityType.GROUP && (i + 1 == n || owner[i + 1] != m)) {
          int role = groupRoleAfter(i + 1, se.endToken());
          if (role >= 0) {
            rememberMemberNamed(role + 1, se.endToken(), m.entity()); // "FARC leader Rodrigo Londono"
          }
        } else if (m == null && t.is(i, ",") && i > se.firstToken() && owner[i - 1] == null && isWord(i - 1)
            && t.isCapitalized(i - 1)) {
          Entity group = spokesmanInApposition(i + 1);
          int start = i - 1;
          while (start > se.firstToken() && owner[start - 1] == null && isWord(start - 1) && t.isCapitalized(start - 1)
              && i - start < 4) {
            start--;
          }
          if (group != null && group.type() == EntityType.GROUP) {
            rememberMemberNamed(start, i, group); // "Abu Musab Jalal, a commander of al-Qaeda,"
          }
        }
      }
    }

    /**
     * The group role word ({@code leader}, {@code spokesman}, {@code commander}) that ends the
     * lower-case words right after a group's mention, perhaps after its possessive, and comes
     * right before a capitalised word ({@code FARC leader Rodrigo}, {@code al-Shabaab's military
     * operations spokesman Sheikh}); else -1.
     */
    private int groupRoleAfter(int k, int end) {
      if (k < end && t.kind(k) == TokenKind.POSSESSIVE) {
        k++;
      }
      for (int j = k; j < end && j < k + 3 && owner[j] == null && isWord(j) && !t.isCapitalized(j); j++) {
        if ((GROUP_ROLES.contains(lower(j)) || SpeakerResolver.isSpokesWord(t, j)) && j + 1 < end && isWord(j + 1)
            && t.isCapitalized(j + 1)) {
          return j;
        }
      }
      return -1;
    }

    /**
     * Remembers the person named from {@code from} (capitalised words, a nickname in quotation
     * marks among them) as a member of {@code group}, under the surname and under the nickname or
     * the alias given after {@code alias} or {@code known as}.
     */
    private void rememberMemberNamed(int from, int end, Entity group) {
      int k = nameRunEnd(from, end);
      int last = k - 1;
      while (last >= from && !isWord(last)) {
        last--;
      }
      if (last < from || !SpeakerResolver.looksLikePersonName(t, from, last + 1) && !nicknameIn(from, last + 1)) {
        return;
      }
      spokesmen.putIfAbsent(t.text(last), group);
      rememberNicknames(from, last + 1, group);
      int alias = k < end && t.is(k, ",") ? k + 1 : k;
      if (alias < end && (t.isIgnoreCase(alias, "alias") || t.isIgnoreCase(alias, "aka"))) {
        alias++;
      } else if (alias + 1 < end && (t.isIgnoreCase(alias, "known") || t.isIgnoreCase(alias, "called"))
          && t.isIgnoreCase(alias + 1, "as")) {
        alias += 2;
      } else {
        return;
      }
      int aliasEnd = nameRunEnd(alias, end);
      for (int a = aliasEnd - 1; a >= alias; a--) {
        if (isWord(a)) {
          spokesmen.putIfAbsent(t.text(a), group); // "alias Timoleon "Timochenko" Jimenez": Jimenez
          break;
        }
      }
      rememberNicknames(alias, aliasEnd, group);
    }

    /**
     * The end of the run of capitalised words from {@code from} that no mention owns, up to six
     * tokens, with a nickname in quotation marks among them ({@code Timoleon "Timochenko" Jimenez})
     * but not a quotation that follows.
     */
    private int nameRunEnd(int from, int end) {
      int k = from;
      while (k < end && k < from + 6 && owner[k] == null) {
        if (isWord(k) && t.isCapitalized(k)) {
          k++;
        } else if (t.kind(k) == TokenKind.QUOTE && k + 2 < end && isWord(k + 1) && t.isCapitalized(k + 1)
            && t.kind(k + 2) == TokenKind.QUOTE) {
          k += 3;
        } else {
          break;
        }
      }
      return k;
    }

    /** Whether a single word stands in quotation marks within {@code [from, to)}: {@code "Timochenko"}. */
    private boolean nicknameIn(int from, int to) {
      for (int k = from + 1; k + 1 < to; k++) {
        if (isNickname(k)) {
          return true;
        }
      }
      return false;
    }

    /** Remembers each single word in quotation marks within {@code [from, to)} as a member of {@code group}. */
    private void rememberNicknames(int from, int to, Entity group) {
      for (int k = from + 1; k + 1 < to; k++) {
        if (isNickname(k)) {
          spokesmen.putIfAbsent(t.text(k), group);
        }
      }
    }

    /** Whether the word at {@code k} stands alone between quotation marks. */
    private boolean isNickname(int k) {
      return isWord(k) && t.kind(k - 1) == TokenKind.QUOTE && t.kind(k + 1) == TokenKind.QUOTE;
    }

    /**
     * Remembers the surname of a spokesman the gazetteer lacks, named after his body or group's
     * spokes- word ({@code BLA spokesperson Jeand Baloch stated}), so that {@code Jeand Baloch said}
     * later speaks for the same group.
     */
    private void rememberSpokesman(Speaker sp) {
      EntityType type = sp.entity().get().type();
      if (type != EntityType.GROUP && type != EntityType.AGENCY) {
        return;
      }
      int last = t.indexAtOrAfter(sp.end()) - 1;
      int k = spokesWordIn(t.indexAtOrAfter(sp.start()), last);
      if (k >= 0 && owner[last] == null && isWord(last) && t.isCapitalized(last)
          && SpeakerResolver.looksLikePersonName(t, k + 1, last + 1)) {
        spokesmen.put(t.text(last), sp.entity().get());
      }
    }

    /**
     * Whether the phrase is a person's name the text gives for the first time right after an
     * unnamed spokesman of a body or group spoke ({@code A spokesman for the M23 rebels said}),
     * within the next two paragraphs: news names the spokesman when he speaks again.
     */
    private boolean spokesmanNamedNext(int from, int to) {
      if (!SpeakerResolver.looksLikePersonName(t, from, to) || lastSpeakerParagraph < 0
          || sentences.get(sentenceOf[from]).paragraph() - lastSpeakerParagraph > 2) {
        return false;
      }
      EntityType type = lastSpeaker.entity().get().type();
      int a = t.indexAtOrAfter(lastSpeaker.start());
      int b = t.indexAtOrAfter(lastSpeaker.end());
      if (type != EntityType.GROUP && type != EntityType.AGENCY || !(t.isIgnoreCase(a, "a") || t.isIgnoreCase(a, "an"))
          || spokesWordIn(a, b) < 0) {
        return false;
      }
      int firstNamed = text.indexOf(text.substring(t.start(from), t.end(to - 1)));
      return firstNamed >= lastSpeaker.end(); // not a resident the text named before
    }

    /** The first spokes- word in {@code [a, b)}, or -1. */
    private int spokesWordIn(int a, int b) {
      for (int k = a; k < b; k++) {
        if (SpeakerResolver.isSpokesWord(t, k)) {
          return k;
        }
      }
      return -1;
    }

    /**
     * The named subject of a whole clause the subject search took for a speaker, or null: {@code
     * The Israel Defence Forces (IDF) strongly rejected Iranian media reports, describing them as
     * "fake news"} is the IDF's. The phrase opens with the mention (after {@code the}), an acronym
     * in brackets may follow it, then a verb in {@code -ed} or an adverb in {@code -ly}.
     */
    private Mention clauseOpener(int from, int to) {
      int k = from < to && t.isIgnoreCase(from, "the") ? from + 1 : from;
      if (to - from < 4 || k >= to || owner[k] == null) {
        return null;
      }
      Mention m = owner[k];
      int next = t.indexAtOrAfter(m.end());
      if (next + 2 < to && t.is(next, "(") && t.is(next + 2, ")")) {
        next += 3; // "(IDF)"
      }
      if (next >= to || !isWord(next) || !Character.isLowerCase(t.first(next))) {
        return null;
      }
      String w = lower(next);
      return w.length() > 4 && (w.endsWith("ed") || w.endsWith("ly")) ? m : null;
    }

    /** Whether {@code [from, to)} is {@code they} right after a claim of a body or group, in the same or the last paragraph. */
    private boolean theyAfterABody(int from, int to) {
      if (to - from != 1 || !t.isIgnoreCase(from, "they") || lastSpeakerParagraph < 0
          || sentences.get(sentenceOf[from]).paragraph() - lastSpeakerParagraph > 1) {
        return false;
      }
      EntityType type = lastSpeaker.entity().get().type();
      if (type != EntityType.AGENCY && type != EntityType.GROUP || claims.isEmpty()) {
        return false;
      }
      Claim last = claims.get(claims.size() - 1);
      // the words after the claim, not its content's own: "firmly denying claims that the landmine ... was laid by
      // Cambodian troops. They described the claims as ..." is still the ministry
      int after = t.indexAtOrAfter(last.cue() == null ? last.content().end() : Math.max(last.cue().end(), last.content().end()));
      for (int k = after; k < from; k++) {
        // not when people are named between: "The Cabinet Office has confirmed it ..., prompting unions to
        // threaten action. They believe ..."
        if (isWord(k) && owner[k] == null && Character.isLowerCase(t.first(k)) && t.length(k) >= 4
            && lower(k).endsWith("s") && !lower(k).endsWith("ss") && !lower(k).endsWith("us")
            && cueAt[k] == null && !AUXILIARIES.contains(lower(k)) && !inQuote(k)) { // quoted words name no rival
          return false;
        }
      }
      return true;
    }

    /** Whether {@code [from, to)} is {@code the same source}, {@code the same official} or {@code the source}: the last speaker again. */
    private boolean sameAsBefore(int from, int to) {
      return to - from == 3 && t.isIgnoreCase(from, "the") && t.isIgnoreCase(from + 1, "same")
          && isWord(from + 2) && (SpeakerResolverRoles.isRole(lower(from + 2)) || t.isIgnoreCase(from + 2, "spokesman"))
          || to - from == 2 && t.isIgnoreCase(from, "the") && t.is(from + 1, "source"); // "according to the source"
    }

    /**
     * The group or body whose spokesman the words before a speaker's name make it: {@code ISIS
     * spokesman [Abu Omar Bakr]} when the phrase is cut at the name, as after a fronted adverbial.
     */
    private Entity spokesmanBefore(int from) {
      int p = from - 1;
      if (p < 0 || !SpeakerResolver.isSpokesWord(t, p)) {
        return null;
      }
      for (int q = p - 1; q >= 0 && q >= p - 3; q--) {
        if (owner[q] != null) {
          return owner[q].type() == EntityType.GROUP || owner[q].type() == EntityType.AGENCY ? owner[q].entity() : null;
        }
        if (!isWord(q) && t.kind(q) != TokenKind.POSSESSIVE) {
          return null;
        }
      }
      return null;
    }

    /**
     * The group or body whose spokesman the apposition opening at {@code k} makes the name before
     * it: {@code Zabiullah Mujahid, a Taliban spokesman, said}. A name the gazetteer lacks speaks for
     * the body it is the spokesman of (SPEC: the agency said; a group's spokesman speaks for it).
     */
    private Entity spokesmanInApposition(int k) {
      Entity body = null;
      boolean spokes = false;
      boolean member = false; // "a leader of MUJAO", "a commander of al-Shabaab": a group's own speaks for it
      for (int q = k; q < n && q < k + 24; q++) {
        if (t.is(q, ",") && body == null && member && q + 1 < n && owner[q + 1] != null
            && owner[q + 1].type() == EntityType.GROUP) {
          continue; // "Pape Sané, Operations commander, MFDC, noted": the group in an apposition of its own
        }
        if (t.is(q, ",") || t.kind(q) == TokenKind.PUNCT && !t.is(q, "(") && !t.is(q, ")")) {
          boolean closed = t.is(q, ",") || t.is(q, ".") && (q == n - 1 || sentenceOf[q + 1] != sentenceOf[q]);
          return (spokes || member && body != null && body.type() == EntityType.GROUP) && closed ? body : null;
        }
        if (owner[q] != null) {
          if (owner[q].type() == EntityType.OFFICIAL || owner[q].type() == EntityType.COUNTRY) {
            return null;
          }
          body = body == null ? owner[q].entity() : body;
        } else if (isWord(q)) {
          spokes |= SpeakerResolver.isSpokesWord(t, q);
          member |= GROUP_ROLES.contains(lower(q));
          if (cueAt[q] != null && !spokes) {
            return null;
          }
        }
      }
      return null;
    }

    private Cue cueOf(int first, int last) {
      int s = t.start(first);
      int e = t.end(last);
      return new Cue(s, e, text.substring(s, e));
    }

    private boolean overlapsClaim(int s, int e) {
      // claims are added sentence by sentence and never span paragraphs: only the latest can overlap
      for (int k = claims.size() - 1; k >= 0 && k >= claims.size() - 64; k--) {
        Claim c = claims.get(k);
        boolean inside = c.kind() == ClaimKind.DIRECT && s <= c.content().start() && c.content().end() <= e;
        if (c.content().start() < e && s < c.content().end() && !inside) {
          return true;
        }
      }
      return false;
    }

    private void emit(ClaimKind kind, Speaker sp, Cue cue, int s, int e, boolean unclosed) {
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      if (e <= s) {
        return;
      }
      int ft = t.indexAtOrAfter(s);
      int lt = t.indexAtOrAfter(e);
      claims.add(new Claim(kind, sp, cue, new Content(s, e, text.substring(s, e)),
          QuantityExtractor.extract(t, ft, lt, owner), unclosed, cue == null ? null : channel(cue, s, e)));
    }

    // ---- channels --------------------------------------------------------------------------

    /**
     * Where the claim was made: the recipient of {@code told} when it is a name ({@code told
     * Politico}), or a phrase in the cue's sentence outside the content such as {@code in an
     * interview with the BBC}, {@code in a video}, {@code on Telegram}, {@code at a news conference}.
     */
    private Channel channel(Cue cue, int contentStart, int contentEnd) {
      int c = t.indexAtOrAfter(cue.start());
      Sentence se = sentences.get(sentenceOf[c]);
      if ("tell".equals(cues.lemma(cue.text())) && c + 1 < se.endToken()
          && (t.isCapitalized(c + 1) || t.is(c + 1, "the") && c + 2 < se.endToken() && t.isCapitalized(c + 2))) {
        int end = c + 1;
        while (end < se.endToken() && (t.isCapitalized(end) || t.kind(end) == TokenKind.POSSESSIVE
            || t.is(end, "the") && end == c + 1 || owner[end] != null)) {
          end++;
        }
        if (end > c + 1 && !(t.start(c + 1) < contentEnd && contentStart < t.end(end - 1))) {
          return channelOf(c + 1, end - 1);
        }
      }
      for (int i = se.firstToken(); i < se.endToken(); i++) {
        if (t.start(i) >= contentStart && t.start(i) < contentEnd || !isWord(i)) {
          continue;
        }
        String w = lower(i);
        if (!(w.equals("in") || w.equals("on") || w.equals("at") || w.equals("during") || w.equals("via"))) {
          continue;
        }
        int from = i + 1;
        for (int j = from; j < Math.min(se.endToken(), from + 5); j++) {
          if (t.start(j) >= contentStart && t.start(j) < contentEnd) {
            break;
          }
          if (isWord(j) && CHANNEL_NOUNS.contains(lower(j))) {
            int end = j;
            while (end + 1 < se.endToken() && isWord(end + 1) && CHANNEL_NOUNS.contains(lower(end + 1))
                && !(t.start(end + 1) >= contentStart && t.start(end + 1) < contentEnd)) {
              end++; // "a press conference", "a television interview": the head is the last noun
            }
            j = end;
            if (lower(j).equals("interview") && j + 2 < se.endToken() && t.is(j + 1, "with")) {
              end = j + 2;
              while (end + 1 < se.endToken() && (t.isCapitalized(end + 1) || t.kind(end + 1) == TokenKind.POSSESSIVE)) {
                end++;
              }
            }
            return channelOf(from, end);
          }
        }
      }
      return null;
    }

    private Channel channelOf(int first, int last) {
      int s = t.start(first);
      int e = t.end(last);
      return new Channel(s, e, text.substring(s, e));
    }

    // ---- noun phrases ------------------------------------------------------------------------

    /** Whether token {@code k} may be part of a speaker phrase. */
    private boolean npToken(int k) {
      if (owner[k] != null) {
        return true;
      }
      TokenKind kind = t.kind(k);
      if (kind == TokenKind.POSSESSIVE || kind == TokenKind.HYPHEN || kind == TokenKind.ABBREVIATION
          || kind == TokenKind.NUMBER || kind == TokenKind.QUOTE && pluralPossessive(k)) {
        return true;
      }
      if (kind == TokenKind.PUNCT) {
        return t.is(k, "(") || t.is(k, ")") || t.is(k, "%") && k + 1 < n && t.is(k + 1, "of"); // "Only 42% of them say"
      }
      if (kind != TokenKind.WORD) {
        return false;
      }
      String w = lower(k);
      if (STOP.contains(w) && !(NAME_LIKE_ADVERBS.contains(w) && t.isCapitalized(k) && k > 0 && t.kind(k - 1) == TokenKind.WORD
          && t.isCapitalized(k - 1))) {
        return false; // but "Brian May", "Christine May": a name
      }
      return cueAt[k] == null || compoundPart(k) || modifiedNoun(k) || nounCue(k)
          || k > 0 && (DETERMINERS.contains(lower(k - 1)) || QUANTIFIERS.contains(lower(k - 1))
              || t.kind(k - 1) == TokenKind.POSSESSIVE); // the report, some reports
    }

    /**
     * The subject of {@code X issued a statement [on Monday] saying ...} for the participle at
     * {@code saying} (or {@code warning}, {@code calling}), as {@code [from, to)}, or null: the body
     * that issued what says it.
     */
    private int[] statementIssuer(int saying, Sentence se) {
      int first = se.firstToken();
      int j = saying - 1 > first && t.is(saying - 1, ",") ? saying - 2 : saying - 1; // "a statement on the blasts, claiming"
      while (j > first && saying - j <= 16 && !(isWord(j) && ISSUED_NOUNS.contains(lower(j)))) {
        if (!isWord(j) && !t.is(j, "-") && t.kind(j) != TokenKind.NUMBER && t.kind(j) != TokenKind.ABBREVIATION
            && !t.is(j, "(") && !t.is(j, ")") && !t.is(j, ":")) {
          return null; // no punctuation but a time's between: "a statement around 11:30 p.m. (4:30 p.m. ET) Sunday saying"
        }
        j--;
      }
      if (j <= first + 1 || !ISSUED_NOUNS.contains(lower(j)) || !isParticiple(saying)) {
        return null;
      }
      int verb = j - 1;
      while (verb > first && j - verb <= 3 && isWord(verb) && !ISSUE_VERBS.contains(lower(verb))) {
        verb--; // "a short statement", "its own statement"
      }
      if (!isWord(verb) || !ISSUE_VERBS.contains(lower(verb))) {
        return null;
      }
      int[] subj = subjectBefore(verb, se);
      return subj == null || subj[1] > verb ? null : subj;
    }

    /**
     * {@code X issued an announcement that CLAUSE}, {@code X released a statement that CLAUSE}: X's
     * claim of the clause, with the verb and the noun as the cue. Whether it was one.
     */
    private boolean issuedThat(Sentence se, int i, int end) {
      int noun = issuedNounBeforeThat(i, end);
      if (noun < 0 || inQuote(i)) {
        return false;
      }
      int[] subj = subjectBefore(i, se);
      Speaker sp = subj == null ? null : resolve(subj[0], subj[1]);
      int from = noun + 2;
      int to = cut(from, end);
      if (sp == null || to - from < 3) {
        return false;
      }
      addIndirect(sp, i, noun, t.start(from), t.end(to - 1), se);
      return true;
    }

    /** For the issuing verb at {@code i} in {@code issued an announcement that}: the noun's index, else -1. */
    private int issuedNounBeforeThat(int i, int end) {
      if (!isWord(i) || !ISSUE_VERB_WORDS.contains(t, i)) { // no lower-case copy for every word of the text
        return -1;
      }
      for (int j = i + 1; j + 1 < end && j <= i + 4 && isWord(j); j++) {
        if (ISSUED_NOUNS.contains(lower(j))) {
          return t.isIgnoreCase(j + 1, "that") && j + 2 < end && opensClause(j + 2) ? j : -1;
        }
      }
      return -1;
    }

    /**
     * Whether a clause with its own subject starts at {@code k}: a determiner, a pronoun, a name, a
     * number or a quotation ({@code that the men}, {@code that they}, {@code that "The Bank}); not a
     * relative clause's verb ({@code a bulletin that patched}, {@code a report that was}).
     */
    private boolean opensClause(int k) {
      if (t.kind(k) == TokenKind.QUOTE || t.kind(k) == TokenKind.NUMBER) {
        return true;
      }
      if (!isWord(k)) {
        return false;
      }
      String w = lower(k);
      return t.isCapitalized(k) || DETERMINERS.contains(w) || PRONOUNS.contains(w) || w.equals("there");
    }

    /** Whether token {@code i} is a dash that sets off an aside: {@code —}, or a hyphen with spaces around it. */
    private boolean parentheticalDash(int i) {
      return t.kind(i) == TokenKind.DASH || t.is(i, "-") && t.spaceBefore(i) && i + 1 < n && t.spaceBefore(i + 1);
    }

    /** The subject phrase that ends right before the cue at {@code cue}, as {@code [from, to)}, or null. */
    private int[] subjectBefore(int cue, Sentence se) {
      int j = cue - 1;
      boolean goesOn = false;
      while (j >= se.firstToken() && isWord(j) && (skippable(j) || lower(j).equals("not")
          || lower(j).equals("never") || lower(j).endsWith("n't") || lower(j).endsWith("n\u2019t")
          || goesOn && PASSIVE.contains(lower(j))
          || lower(j).equals("to") && j - 1 >= se.firstToken()
             && (GOES_ON.contains(lower(j - 1)) || PASSIVE.contains(lower(j - 1))
                 || (HEARSAY.contains(lower(j - 1)) || EAGER.contains(lower(j - 1)))
                    && j - 2 >= se.firstToken() && PASSIVE.contains(lower(j - 2)))
          || atPainsTo(j, se))) {
        // "went on to say", "is to tell", "are said to believe", "was keen to point out"
        if (lower(j).equals("to") && (HEARSAY.contains(lower(j - 1)) || EAGER.contains(lower(j - 1)))) {
          j -= 3; // skip "are said to" / "was keen to" to the subject
          continue;
        }
        if (atPainsTo(j, se)) {
          j -= 4; // "was at pains to point out"
          continue;
        }
        if (lower(j).equals("to")) {
          goesOn = true; // "is continuing to insist", "went on to say": skip to the subject
          j -= 2;
          if (j >= se.firstToken() && lower(j + 1).equals("on") && GOES_ON.contains(lower(j))) {
            j--;
          }
        } else {
          j--;
        }
      }
      if (j < se.firstToken()) {
        return null;
      }
      if (j - 2 >= se.firstToken() && NAME_SUFFIXES.contains(t.text(j)) && t.is(j - 1, ",")
          && (owner[j - 2] != null || t.isCapitalized(j - 2))) {
        int[] name = subjectBefore(j - 1, se); // "Gen. Romeo Brawner, Jr. said": the name and its suffix
        return name == null ? null : new int[] {name[0], j + 1};
      }
      if (t.is(j, ",") || t.is(j, ")") && j > se.firstToken() && t.is(j - 1, ",")) {
        int[] opening = openingPhrase(se, j);
        if (opening != null && opening[1] - opening[0] == 1 && lonelyAdverb(opening[0])) {
          return null; // "Specifically, there are findings ..., said X": an adverb speaks for no one
        }
        if (opening != null && !(isWord(opening[0]) && FRONTED.contains(lower(opening[0])))) {
          return opening;
        }
        int[] relative = beforeRelativeClause(se, j); // the opening is an adverbial: "On the question of ..., X, who ..., said"
        return relative != null ? relative : opening;
      }
      if (parentheticalDash(j)) {
        // an aside between dashes: "Richard Marles - also the deputy prime minister - said"
        for (int k = j - 2; k > se.firstToken() && j - k <= 14; k--) {
          if (parentheticalDash(k)) {
            boolean nounBefore = k - 1 >= se.firstToken() && isWord(k - 1) && (owner[k - 1] != null
                || t.isCapitalized(k - 1) || SpeakerResolverRoles.isRole(lower(k - 1)));
            return nounBefore ? subjectBefore(k, se) : null; // not "Bombs went off - the third this week - said police"
          }
          if (t.kind(k) == TokenKind.QUOTE || cueAt[k] != null || t.is(k, ".")) {
            break;
          }
        }
        return null;
      }
      if (t.kind(j) == TokenKind.QUOTE || t.kind(j) == TokenKind.PUNCT && !t.is(j, ")")) {
        return null;
      }
      int budget = j; // a name's gloss in brackets does not count: "Director-General Kuo Yung-fa (郭永發) said"
      if (t.is(j, ")")) {
        for (int k = j - 1; k > se.firstToken() && j - k <= 6; k--) {
          if (t.is(k, "(")) {
            budget = k - 1;
            break;
          }
        }
      }
      int a = j;
      while (a - 1 >= se.firstToken() && budget - a < 12 && npToken(a - 1)
          && !(t.is(a - 1, "and") && !(a - 2 >= se.firstToken() && t.isCapitalized(a - 2))
               && !rolesJoined(a, j))) {
        a--;
      }
      if (!npToken(j)) {
        return null;
      }
      if (a - 1 >= se.firstToken() && j - a >= 12 && owner[a - 1] != null && owner[a - 1].type() == EntityType.OFFICIAL
          && isWord(a) && PHRASE_PREPOSITIONS.contains(lower(a))) {
        a = t.indexAtOrAfter(owner[a - 1].start()); // "Markus Caspers of the ... prosecutor's office said": the name heads it
      }
      while (a < j && t.is(a, ")")) {
        a++;
      }
      if (a == se.firstToken() && a < j && isWord(a) && FRONTED_ADVERBS.contains(lower(a))
          && (owner[a + 1] != null || t.isCapitalized(a + 1))) {
        a++; // "Meanwhile Pakistan's military said": an adverb with no comma
      }
      if (a < j && t.is(a, "with")) {
        return new int[] {a + 1, j + 1}; // "with Kiev's Western allies claiming": the phrase after "with"
      }
      if (a > se.firstToken() && a < j && isWord(a) && ADVERBIAL_HEADS.contains(lower(a))) {
        // "China has in the past said": the phrase is an adverbial; the subject stands before it
        int[] before = subjectBefore(a, se);
        if (before != null && before[1] <= a) {
          return before;
        }
      }
      for (int k = j; k > a; k--) {
        if (isWord(k) && PRONOUNS.contains(lower(k))) {
          return new int[] {k, j + 1}; // "Earlier this week he said": the pronoun is the subject
        }
      }
      if (a == se.firstToken() && isWord(a) && FRONTED.contains(lower(a))) {
        int[] after = subjectAfterFrontedPhrase(a, j);
        if (after != null) {
          return after;
        }
      }
      if (a > se.firstToken() && isWord(a) && PHRASE_PREPOSITIONS.contains(lower(a))) {
        // the phrase is a prepositional tail: "A National Audit Office report on the 20 biggest
        // projects says", "A senior barrister who has resigned in protest over the laws says"
        int[] head = headBefore(a, se);
        if (head != null) {
          return head;
        }
      }
      if (a - 2 >= se.firstToken() && t.is(a - 1, "who") && isWord(a) && Character.isLowerCase(t.first(a))
          && !PRONOUNS.contains(lower(a)) // not "photographers who she claims left her fearful"
          && !(cue + 1 < t.size() && isWord(cue + 1) && AUXILIARIES.contains(lower(cue + 1)))) { // nor "groups who analysts say are"
        // "A police officer who survived the attack told BBC Urdu": the phrase before the relative clause
        int[] before = subjectBefore(a - 1, se);
        if (before != null && before[1] <= a - 1) {
          return before;
        }
      }
      int[] named = unclosedApposition(a, j, se);
      return named != null ? named : new int[] {a, j + 1};
    }

    /**
     * The person whose apposition runs up to the cue without its closing comma: {@code Maj Gen Dick
     * Olum, the UPDF commander of mountain division and Operation Shujaa in DR Congo said} is Olum's.
     * Only when the phrase before the cue names no person, the apposition opens with an article
     * and holds a role noun, and nothing between it and the cue is quoted or a cue.
     */
    private int[] unclosedApposition(int a, int j, Sentence se) {
      for (int k = a; k <= j; k++) {
        if (owner[k] != null && owner[k].type() == EntityType.OFFICIAL) {
          return null;
        }
      }
      boolean role = false;
      for (int k = j; k > se.firstToken() + 1 && j - k < 16; k--) {
        if (t.kind(k) == TokenKind.QUOTE || inQuote(k) || k < j && cueAt[k] != null) {
          return null;
        }
        role |= isWord(k) && SpeakerResolverRoles.isRole(lower(k));
        if (t.is(k, ",")) {
          Mention person = owner[k - 1];
          boolean article = isWord(k + 1) && (lower(k + 1).equals("the") || lower(k + 1).equals("a"));
          if (person == null || person.type() != EntityType.OFFICIAL || !article || !role) {
            return null;
          }
          int first = t.indexAtOrAfter(person.start());
          int before = first - 1;
          while (before >= se.firstToken() && (t.kind(before) == TokenKind.ABBREVIATION
              || isWord(before) && t.isCapitalized(before) && RANKS.contains(lower(before)))) {
            before--; // the person's titles: "Maj Gen Dick Olum"
          }
          boolean attributed = before > se.firstToken() && t.isIgnoreCase(before, "to") && t.isIgnoreCase(before - 1, "attributed");
          if (before >= se.firstToken() && !t.is(before, ",") && !attributed) { // "Reports attributed to Col. X, the spokesperson ... indicate"
            return null; // the person opens no clause: "Echoing the US Secretary of State Condoleezza Rice, the prime minister said"
          }
          return new int[] {first, k};
        }
      }
      return null;
    }

    /**
     * The subject whose tail starts with the preposition at {@code prep}: the noun phrase that a
     * relative "who" clause follows ({@code A senior barrister who has resigned in protest over
     * ...}), or the noun use of a cue word the walk stopped at ({@code A National Audit Office
     * report on ...}).
     */
    private int[] headBefore(int prep, Sentence se) {
      for (int w = prep - 1; w > se.firstToken() && prep - w < 16; w--) {
        if (inQuote(w) || t.kind(w) == TokenKind.QUOTE || t.is(w, ",") || t.is(w, ";")) {
          break;
        }
        if (t.is(w, "who")) {
          int a = phraseStart(w, se.firstToken(), 8, null);
          return a < w ? new int[] {a, w} : null; // "A senior barrister"
        }
      }
      int k = prep - 1;
      String lemma = isWord(k) ? cues.lemma(t.text(k)) : null;
      if (k >= se.firstToken() && cueAt[k] != null && lemma != null && (k > se.firstToken() && lower(k).equals(lemma)
          || k == se.firstToken() && t.isCapitalized(k) && lower(k).equals(lemma + "s"))) { // "Reports in the WSJ suggested"
        int a = phraseStart(k, se.firstToken(), 8, null);
        // the noun use of a cue's base form, in a phrase that opens with an article or a name
        boolean opens = isWord(a) && (DETERMINERS.contains(lower(a)) || t.isCapitalized(a)) || owner[a] != null;
        return (a < k || a == se.firstToken()) && opens && !inQuote(a) ? new int[] {a, k + 1} : null; // "A National Audit Office report", "Reports"
      }
      return null;
    }

    /**
     * The noun phrase before a relative clause that closes at {@code close}: {@code On the question
     * of ..., Tory MP Michael Mates, who is a member of the committee, said}. The phrase must hold a
     * name or a capitalised word, so {@code the papers, which ...} is left to the other rules.
     */
    private int[] beforeRelativeClause(Sentence se, int close) {
      for (int c = close - 2; c > se.firstToken() && close - c < 30; c--) {
        if (inQuote(c) || t.is(c, ";") || t.kind(c) == TokenKind.QUOTE) {
          return null;
        }
        if (t.is(c, ",") && (t.is(c + 1, "who") || t.is(c + 1, "whose"))) {
          int b = c;
          int a = phraseStart(b, se.firstToken(), 8, "and");
          boolean named = false;
          for (int k = a; k < b; k++) {
            named |= owner[k] != null || t.isCapitalized(k) && k > se.firstToken();
          }
          return a < b && named ? new int[] {a, b} : null;
        }
      }
      return null;
    }

    /**
     * Whether the "and" before {@code a} joins two roles of one person ({@code the former UN
     * commissioner for human rights and Irish president}), not two speakers ({@code the police and
     * the army}): no determiner after it, the phrase ends in a role, and a word stands before it.
     */
    private boolean rolesJoined(int a, int j) {
      return a <= j && isWord(a) && !DETERMINERS.contains(lower(a)) && isWord(j)
          && SpeakerResolverRoles.isRole(lower(j)) && !lower(j).endsWith("s") && a - 2 >= 0 && isWord(a - 2)
          && Character.isLowerCase(t.first(a - 2));
    }

    /** The sentence's opening phrase up to its first comma: {@code Moore, who has ..., said}. */
    private int[] openingPhrase(Sentence se, int limit) {
      int[] subj = sentenceSubject(se, limit);
      if (subj == null) {
        return null;
      }
      int b = subj[0];
      while (b < limit && b - subj[0] < 14 && !t.is(b, ",") && t.kind(b) != TokenKind.QUOTE) {
        b++;
      }
      if (b < limit && t.is(b, ",")) {
        int[] named = namedInApposition(subj[0], b, limit);
        return named != null ? named : new int[] {subj[0], b};
      }
      return subj;
    }

    /**
     * The apposition that names the person a description opens with: {@code The head of the unit,
     * Detective Chief Superintendent Mick Deats, said} is Deats. The apposition holds only titles
     * and the name, which ends it ({@code The agency, headed by X, said} and {@code The agency,
     * which X led, said} are the agency's).
     */
    private int[] namedInApposition(int from, int comma, int limit) {
      for (int k = from; k < comma; k++) {
        if (owner[k] != null && owner[k].type() == EntityType.OFFICIAL) {
          int after = t.indexAtOrAfter(owner[k].end());
          if (after < comma && t.kind(after) == TokenKind.POSSESSIVE) {
            k = after; // a possessor: "Biden's pick for secretary of state, Antony Blinken, said" is Blinken
            continue;
          }
          return null; // the opening phrase names its person
        }
      }
      int last = limit - 1;
      if (last <= comma || limit - comma > 10 || owner[last] == null || owner[last].type() != EntityType.OFFICIAL) {
        return null;
      }
      for (int k = comma + 1; k < limit && t.start(k) < owner[last].start(); k++) {
        boolean title = t.kind(k) == TokenKind.ABBREVIATION || t.is(k, ",")
            || isWord(k) && (t.isCapitalized(k) || SpeakerResolverRoles.isRole(lower(k))
               || lower(k).equals("the") || lower(k).equals("its") || lower(k).equals("former")
               || lower(k).equals("acting") || lower(k).equals("deputy"));
        if (!title) {
          return null;
        }
      }
      return new int[] {comma + 1, limit};
    }

    /** The sentence's opening noun phrase, ending before {@code limit}. */
    private int[] sentenceSubject(Sentence se, int limit) {
      return subjectFrom(se.firstToken(), limit);
    }

    /**
     * The subject of the last subordinate clause before {@code limit}, for a participle: {@code The
     * comments come after Tony Blair defended his plans, warning that ...} is Blair's warning.
     */
    private int[] clauseSubject(Sentence se, int limit) {
      for (int k = limit - 1; k > se.firstToken(); k--) {
        if (inQuote(k)) {
          return null;
        }
        if (isWord(k) && SUBORDINATORS.contains(lower(k))) {
          int[] subj = subjectFrom(k + 1, limit);
          return subj != null && owner[subj[0]] != null ? subj : null;
        }
      }
      return null;
    }

    /** Whether token {@code k} is an adverb in -ly that names nothing: {@code Specifically}, not {@code Italy}. */
    private boolean lonelyAdverb(int k) {
      return isWord(k) && owner[k] == null && t.length(k) > 4 && lower(k).endsWith("ly") && !LY_NOUNS.contains(lower(k));
    }

    /**
     * Whether the cue form at {@code k} is a gerund used as a noun, after a determiner and at most one
     * modifier: {@code During a press briefing, X said} (not {@code he was briefing}).
     */
    private boolean determinedGerund(int k) {
      if (!lower(k).endsWith("ing") || k < 1 || !isWord(k - 1)) {
        return false;
      }
      return DETERMINERS.contains(lower(k - 1)) || k >= 2 && isWord(k - 2) && DETERMINERS.contains(lower(k - 2))
          && Character.isLowerCase(t.first(k - 1));
    }

    /** The noun phrase that opens at {@code from}, ending before {@code limit}. */
    private int[] subjectFrom(int from, int limit) {
      int a = from;
      if (a < limit && isWord(a) && (FRONTED.contains(lower(a)) || openingParticiple(a, limit))) {
        // a fronted adverbial: "In December, the EU pledged ... but said"
        for (int k = a + 1; k < limit && k - a <= 10; k++) {
          if (t.is(k, ",")) {
            int name = k;
            while (name - 1 > a && (owner[name - 1] != null || t.isCapitalized(name - 1))) {
              name--;
            }
            // "After the ruling Carla Ferstman, legal director of Redress, said": a name, then its apposition;
            // "After the announcement WLGA spokesman Bob Wellington, of Torfaen, said": a name, then where he is from
            a = k - name >= 2 && (appositionAt(k + 1, limit)
                || k + 1 < limit && isWord(k + 1) && APPOSITION_PREPOSITIONS.contains(lower(k + 1))) ? name : k + 1;
            while (a + 1 < limit && isWord(a) && FRONTED.contains(lower(a)) && t.is(a + 1, ",")) {
              a += 2; // "On Thursday, however, he cited": a second adverb set off by commas
            }
            break;
          }
          if (t.kind(k) == TokenKind.QUOTE || cue(k) != null && !(k == a + 1 && t.isIgnoreCase(a, "to"))
              && !determinedGerund(k)) {
            break; // but "To add insult to injury, X ...": the infinitive's verb may be a cue form
          }
        }
      }
      if (a == from) {
        a = afterDateline(a, limit); // "DUBAI, United Arab Emirates (AP) -- Iran blamed ..."
      }
      if (a == from && a + 1 < limit && isWord(a) && FRONTED_ADVERBS.contains(lower(a))
          && (owner[a + 1] != null || t.isCapitalized(a + 1))) {
        a++; // "Earlier Tory leader Michael Howard sent ...": an adverb with no comma
      }
      while (a < limit && (t.kind(a) == TokenKind.QUOTE || t.kind(a) == TokenKind.PUNCT
          || t.kind(a) == TokenKind.DASH)) {
        a++;
      }
      if (a < limit && (t.is(a, "But") || t.is(a, "And") || t.is(a, "So"))) {
        a++;
      }
      if (a < limit && isWord(a) && PRONOUNS.contains(lower(a))) {
        return new int[] {a, a + 1}; // "He strongly condemned ...": the pronoun alone
      }
      int b = a;
      while (b < limit && b - a < 14 && npToken(b)) {
        if (isWord(b) && owner[b] == null && Character.isLowerCase(t.first(b)) && b > a
            && !DETERMINERS.contains(lower(b)) && (lower(b).endsWith("ed") || IRREGULAR_PAST.contains(lower(b)))) {
          break; // a verb: "claimed", "warned", "sent"
        }
        b++;
      }
      return b > a ? new int[] {a, b} : null;
    }

    /**
     * The first token after a dateline that opens at {@code a} ({@code DUBAI, United Arab Emirates
     * (AP) --}, {@code WASHINGTON —}): a place in capitals, then place words, commas or an agency in
     * brackets, then a dash. {@code a} itself when there is none.
     */
    private int afterDateline(int a, int limit) {
      if (a >= limit || !isWord(a) || t.length(a) < 3 || !t.isAllCaps(a)) {
        return a;
      }
      if (a + 1 < limit && t.is(a + 1, "(")) {
        for (int k = a + 2; k < limit && k - a <= 20; k++) {
          if (t.is(k, ")")) { // "MOSCOW (UrduPoint News / Sputnik - 09th July, 2020) Ramzan Kadyrov ...": the agency and date
            int after = k + 1 < limit && (t.kind(k + 1) == TokenKind.DASH || t.is(k + 1, "-")) ? k + 2 : k + 1;
            return after < limit ? after : a;
          }
          if (t.is(k, "(") || t.kind(k) == TokenKind.QUOTE) {
            break;
          }
        }
      }
      for (int k = a + 1; k < limit && k - a <= 12; k++) {
        if (t.kind(k) == TokenKind.DASH || t.is(k, "-") || t.is(k, "--")) {
          return k + 1 < limit ? k + 1 : a;
        }
        if (!(isWord(k) && (t.isCapitalized(k) || owner[k] != null) || t.is(k, ",") || t.is(k, "(") || t.is(k, ")")
            || t.is(k, "."))) {
          return a;
        }
      }
      return a;
    }

    /**
     * Whether a described common noun ends right before {@code k}: {@code the organisation}, {@code
     * the UN's refugee agency}; not a name or a day ({@code the US}, {@code Friday}).
     */
    private boolean describedNounBefore(int k) {
      return k > 1 && isWord(k - 1) && owner[k - 1] == null && Character.isLowerCase(t.first(k - 1))
          && determinedNounPhraseBefore(k - 1);
    }

    /**
     * Whether a relative clause about the speaker opens at {@code k} and runs to the end of the
     * sentence, or to a comma and a participle: {@code said the group, which ...}, {@code said the
     * organisation that assists EU members, adding that ...}, {@code said the organisation, which is
     * based in Lyon, France}; {@code that} only when {@code thatToo}.
     */
    private boolean relativeClauseAt(int k, int end, boolean thatToo) {
      int q = k < end && t.is(k, ",") ? k + 1 : k;
      // no comma before a restrictive "that"; only after "said"-like cues: "told CNN that ..." is what was told
      boolean that = thatToo && q == k && q + 1 < end && t.is(q, "that") && describedNounBefore(k);
      if (!(q + 1 < end && (t.is(q, "which") || t.is(q, "who") || t.is(q, "whose") || that))) {
        return false;
      }
      for (int j = q + 1; j < end; j++) {
        if (t.is(j, ",")) {
          if (j + 1 < end && isWord(j + 1) && isParticiple(j + 1) && Character.isLowerCase(t.first(j + 1))) {
            return true; // "..., adding that ...": the relative clause has ended
          }
          if (j + 1 < end && (owner[j + 1] != null || t.isCapitalized(j + 1))) {
            continue; // "based in Lyon, France"
          }
          return false; // "admits Gerrard, who has been linked with Chelsea, will have ...": the clause goes on
        }
      }
      return true;
    }

    /**
     * A speaker phrase that starts at {@code k} and runs forward: {@code said Interior Minister X}.
     * After a quotation, or after a cue that news inverts ({@code quoted}), the structure is plain,
     * so a phrase that opens with a determiner may end in any noun ({@code "...," said the 30-year-old}, {@code said the group in
     * a statement}) and stops at a verb; it never ends with the determiner alone.
     */
    private int forwardPhraseEnd(int k, int limit, boolean quoted) {
      int b = k;
      boolean determined = quoted && k < limit && isWord(k) && SPEAKER_DETERMINERS.contains(lower(k));
      while (b < limit && b - k < 12) {
        if (owner[b] != null || t.kind(b) == TokenKind.POSSESSIVE || t.kind(b) == TokenKind.HYPHEN
            || t.kind(b) == TokenKind.ABBREVIATION) {
          b++;
          continue;
        }
        if (isWord(b)) {
          String w = lower(b);
          if (t.isCapitalized(b) || DETERMINERS.contains(w) || SpeakerResolverRoles.isRole(w)
              || w.equals("and") && b > k && t.isCapitalized(b - 1) && owner[b - 1] == null && b + 1 < limit
                 && isWord(b + 1) && t.isCapitalized(b + 1) && owner[b + 1] == null // "Minister of Justice and Security"
              || (w.equals("of") || w.equals("for")) && b > k && b + 1 < limit
                 && (t.isCapitalized(b + 1) || owner[b + 1] != null || DETERMINERS.contains(lower(b + 1)))) {
            b++;
            continue;
          }
          if (Character.isLowerCase(t.first(b)) && b > k && !ADVERBIAL_HEADS.contains(w)
              && !(determined && b > k + 1 && (w.endsWith("ed") || IRREGULAR_PAST.contains(w)))
              && b + 1 < limit && (owner[b + 1] != null || SpeakerResolverRoles.isRole(lower(b + 1))
                  || b + 2 < limit && isWord(b + 1) && Character.isLowerCase(t.first(b + 1))
                     && !ADVERBIAL_HEADS.contains(lower(b + 1)) && cueAt[b + 1] == null
                     && SpeakerResolverRoles.isRole(lower(b + 2)) && (owner[b - 1] != null || t.isCapitalized(b - 1)))) {
            b++; // an adjective before a role or name: "senior", "military operation", "BBC labour affairs correspondent"
            continue;
          }
          if (b == k && Character.isLowerCase(t.first(b)) && !ADVERBIAL_HEADS.contains(w) && !STOP.contains(w)
              && cueAt[b] == null && b + 2 < limit && isWord(b + 1) && SpeakerResolverRoles.isRole(lower(b + 1))
              && (owner[b + 2] != null || t.isCapitalized(b + 2))) {
            b++; // "said government spokesman Roberto Izurieta", "said army chief X"
            continue;
          }
          if (b > k && Character.isLowerCase(t.first(b)) && isWord(b - 1) && SpeakerResolverRoles.isRole(lower(b - 1))
              && b + 1 < limit && isWord(b + 1) && t.isCapitalized(b + 1) && !ADVERBIAL_HEADS.contains(w)
              && !STOP.contains(w) && cueAt[b] == null) {
            b++; // a two-word title before a name: "said chief executive Steven Theede"
            continue;
          }
          if (determined && Character.isLowerCase(t.first(b)) && !ADVERBIAL_HEADS.contains(w) && !STOP.contains(w)
              && !NOT_A_CLAUSE.contains(w) && !w.equals("and") && !IRREGULAR_PAST.contains(w)
              && (!w.endsWith("ed") || t.kind(b - 1) == TokenKind.HYPHEN || b == k + 1) // "the retired officer"
              && !(b > k + 1 && w.endsWith("s") && b + 1 < limit && isWord(b + 1)
                   && Character.isLowerCase(t.first(b + 1)) && !ADVERBIAL_HEADS.contains(lower(b + 1))) // "the strategy shows frustration"
              && (cueAt[b] == null || DETERMINERS.contains(lower(b - 1)))) {
            b++;
            continue;
          }
        } else if (determined && t.kind(b) == TokenKind.NUMBER) {
          b++;
          continue;
        } else if (t.is(b, ",") && b > k && b + 1 < limit && owner[b + 1] != null
            && owner[b + 1].type() == EntityType.OFFICIAL && owner[b - 1] == null) {
          int after = t.indexAtOrAfter(owner[b + 1].end());
          if (after >= limit || t.is(after, ",") || t.is(after, ".")) {
            b = after; // "declared the Minister of Justice and Security, Gustavo Villatoro, to ..."
          }
          break;
        } else if (t.is(b, "(") && b > k) {
          int close = b + 1;
          while (close < limit && close - b <= 6 && !t.is(close, ")")) {
            close++;
          }
          if (close < limit && close + 1 < limit && t.is(close, ")") && owner[close + 1] != null
              && owner[close + 1].type() == EntityType.OFFICIAL) {
            b = close + 1; // "said Special DG (anti-Maoist operation) D M Awasthi"
            continue;
          }
        }
        break;
      }
      while (quoted && b > k && isWord(b - 1) && DETERMINERS.contains(lower(b - 1))) {
        b--; // a phrase does not end with a determiner: "said no."
      }
      return b;
    }

    // ---- quotations --------------------------------------------------------------------------

    private void direct(Quotation q) {
      int words = wordCount(q.start(), q.end());
      if (!q.doubleMark() && words < 4 || words == 0) {
        return;
      }
      Sentence openSentence = sentences.get(sentenceOf[q.open()]);
      boolean introduced = q.open() > 0 && t.is(q.open() - 1, ":");
      // 1. after the closing mark: ," X said / ," said X / , according to X
      //    (not when a colon introduced it, and not across a sentence end: '..." He added: "...')
      if (q.close() >= 0 && !introduced && !endsSentenceBeforeNewOne(q)) {
        int k = q.close() + 1;
        if (k < n && t.is(k, ",")) {
          k++;
        }
        if (k < n && !t.newlineBefore(k)) {
          Sentence se = sentences.get(sentenceOf[k]);
          int end = se.endToken();
          if (t.isIgnoreCase(k, "according") && k + 1 < n && t.isIgnoreCase(k + 1, "to")
              && startsClaim(q, openSentence)) {
            int pe = phraseToClauseEnd(k + 2, end);
            attribute(q, k, k + 1, resolve(k + 2, pe), se);
            return;
          }
          if (cue(k) != null && startsClaim(q, openSentence)) {
            Speaker sp = isParticiple(k) ? inherited() : resolve(k + 1, forwardPhraseEnd(k + 1, end, true));
            if (sp != null) {
              attribute(q, k, k, sp, se);
              return;
            }
          }
          // X said: scan to a cue within a short window
          for (int j = k; j < end && j - k < 20; j++) {
            if (cue(j) != null && QUOTING_VERBS.contains(lower(j)) && quotesAsSaying(j, end)) {
              continue; // '," Reuters reported BaFin as saying': BaFin speaks, at "saying"
            }
            if (cue(j) != null && j > k && !t.is(j - 1, "to")) { // not an infinitive: "” to suggest a motive, X said"
              boolean newSentence = endsWithStop(q) && !onlyAdverbials(j + 1, contentEnd(se));
              if (j - 1 > k && t.is(j - 1, ",") && INVERTED_CUES.contains(lower(j)) && !t.is(q.close() - 1, ",")
                  && !t.is(q.close() + 1, ",") && prepositionalTail(k) && startsClaim(q, openSentence) && !newSentence) {
                // '"..." between soldiers and separatists, said Joseph Beti Assomo': the quoted clause
                // runs on to the comma, and the speaker follows the inverted cue
                Speaker sp = resolve(j + 1, forwardPhraseEnd(j + 1, end, true));
                if (sp != null) {
                  attribute(q, j, j, sp, se);
                  return;
                }
              }
              int[] cited = activeQuotedAs(j, k);
              if (cited != null && startsClaim(q, openSentence) && !newSentence) {
                Speaker sp = resolve(cited[0], cited[1]);
                if (sp != null) {
                  attribute(q, j, j, sp, se); // '," the newspaper quoted Geoff Dixon as saying'
                  return;
                }
              }
              int quotedAt = quotedAsStart(j, k);
              int head = quotedAt >= 0 ? quotedAt : j; // '," the cardinal will ask', '," he later said': the phrase ends before them
              while (head - 1 > k && isWord(head - 1) && skippable(head - 1)
                  && !DO_FORMS.contains(lower(head - 1))) {
                head--;
              }
              if (startsClaim(q, openSentence) && phraseBetween(k, head) && !newSentence) {
                int from = k;
                if (head - 2 >= k && t.is(head - 2, ",") && isWord(head - 1) && PRONOUNS.contains(lower(head - 1))) {
                  from = head - 1; // '"We're analysing the reason" it disappeared, he added': the pronoun speaks
                } else if (!t.is(q.close() + 1, ",")) {
                  // '"We will share any travel developments" concerning Perthes, Dujarric said', '"..." in
                  // the coming days, the minister said': the words before the comma carry on the quoted
                  // clause; the name or phrase after it speaks
                  int comma = lastCommaBetween(k, head);
                  if (comma > k && comma + 1 < head && (owner[comma + 1] != null
                      || isWord(k) && Character.isLowerCase(t.first(k)) && !PRONOUNS.contains(lower(k)))) {
                    from = comma + 1;
                  }
                }
                attribute(q, j, j, resolve(from, head), se);
                return;
              }
              break;
            }
            if (t.kind(j) == TokenKind.QUOTE && !pluralPossessive(j) || t.is(j, ".") || t.is(j, ";")) {
              break;
            }
          }
        }
      }
      // 2. before the opening mark: X said: “Q” / adding: “Q” / X told the BBC: “Q”
      int p = q.open() - 1;
      if (p >= 0 && (t.is(p, ":") || t.is(p, ","))) {
        p--;
        if (p >= 0 && cue(p) == null && t.is(q.open() - 1, ":")) {
          for (int k = p - 1; k >= 0 && k >= p - 8 && sentenceOf[k] == sentenceOf[p]; k--) {
            if (t.kind(k) == TokenKind.QUOTE || t.is(k, ",") || t.is(k, ".")) {
              break;
            }
            if (cue(k) != null) {
              String lemma = cues.lemma(t.text(k));
              if (k == sentences.get(sentenceOf[k]).firstToken() && Character.isUpperCase(t.first(k))
                  && !isParticiple(k) && k + 1 < p + 1) {
                // a fronted cue: "Observes Mr Hadi: “...”", "Adds the report: “...”"
                Speaker sp = resolve(k + 1, p + 1);
                if (sp != null) {
                  attribute(q, k, k, sp, sentences.get(sentenceOf[k]));
                  return;
                }
              }
              if ("tell".equals(lemma) || "say".equals(lemma) && !isParticiple(k)) {
                p = k; // the tokens between are the recipient or a time: "told BBC One's Breakfast with Frost:"
              }
              break;
            }
          }
        } else if (p >= 1 && cue(p) == null) {
          p = cueBeforeTimeOrRecipient(p);
        }
      }
      if (p >= 0 && cue(p) != null && (t.is(q.open() - 1, ":") || t.is(q.open() - 1, ",")
          || p == q.open() - 1 && words >= 4)) {
        Sentence se = sentences.get(sentenceOf[p]);
        Speaker sp;
        if (isParticiple(p)) {
          // "Archbishop Tutu criticised the measures, saying: “...”": the sentence's subject speaks
          int[] subj = sentenceSpeaker == null && p - 1 > se.firstToken() && t.is(p - 1, ",")
              ? sentenceSubject(se, p - 1) : null;
          Speaker own = subj == null || subj[1] >= p - 1 ? null : resolve(subj[0], subj[1]);
          int[] issuer = subj == null ? statementIssuer(p, se) : null;
          if (issuer == null && subj == null && READ_FORMS.contains(lower(p))) {
            issuer = sentenceSubject(se, p - 1); // "X responded with a statement reading, “...”": X
          }
          Speaker issuing = issuer == null ? null : resolve(issuer[0], issuer[1]);
          // "The FSB issued a statement reading: “...”": the body that issued it
          sp = own != null && subjectVerbFollows(subj[1], p) ? own : issuing != null ? issuing : inherited();
        } else if (p - 1 > se.firstToken() && (t.is(p - 1, "and") || t.is(p - 1, "but"))) {
          // "He said oil ... was exported through Turkey, and warned: “...”": the sentence's subject
          int[] subj = sentenceSubject(se, p - 1);
          Speaker own = subj == null || subj[1] >= p - 1 ? null : resolve(subj[0], subj[1]);
          sp = own != null && subjectVerbFollows(subj[1], p) ? own : inherited();
        } else {
          int[] subj = subjectBefore(p, se);
          sp = subj == null ? null : resolve(subj[0], subj[1]);
        }
        if (sp != null && !blocked(p, se.firstToken())) {
          attribute(q, p, p, sp, se);
          return;
        }
      }
      // 3. a quotation that is a whole sentence or paragraph continues the last speaker
      boolean opensSentence = q.open() == openSentence.firstToken() || t.newlineBefore(q.open())
          || q.open() > 0 && (t.kind(q.open() - 1) == TokenKind.ELLIPSIS || t.is(q.open() - 1, "."))
             && sentenceOf[q.open() - 1] == sentenceOf[q.open()]; // "... is lifted... "It gives ..."

      if (lastSpeaker != null && words >= 3 && (wholeSentence(q) && q.paragraph() - lastSpeakerParagraph <= 3
          || opensSentence && q.paragraph() == lastSpeakerParagraph && words >= 4)) {
        emit(ClaimKind.DIRECT, lastSpeaker, null, q.start(), q.end(), q.unclosed());
        lastSpeakerParagraph = q.paragraph();
      }
    }

    /**
     * The say or tell cue that {@code last} ends with its time or recipient, or {@code last}:
     * {@code X said Monday, “...”}, {@code X said on Monday, “...”}, {@code X told reporters, “...”}.
     * Only such words may stand between the cue and the comma before a quotation; anything else
     * ({@code X said the plan failed, “...”}) is a clause of its own.
     */
    private int cueBeforeTimeOrRecipient(int last) {
      for (int k = last - 1; k >= 0 && last - k <= 10 && sentenceOf[k] == sentenceOf[last]; k--) {
        if (t.kind(k) == TokenKind.QUOTE || t.is(k, ",") || t.is(k, ".")) {
          break;
        }
        if (cue(k) != null) {
          String lemma = cues.lemma(t.text(k));
          boolean tell = "tell".equals(lemma);
          if (!(tell || "say".equals(lemma) || "add".equals(lemma) || "write".equals(lemma)) || isParticiple(k)) {
            break;
          }
          int b = skipAdverbials(k + 1, last + 1);
          if (tell) {
            b = skipAdverbials(skipRecipient(b, last + 1), last + 1);
          }
          b = skipAdverbials(skipChannel(b, last + 1), last + 1); // "said in a statement on Friday, “...”"
          return b == last + 1 ? k : last;
        }
      }
      return last;
    }

    /**
     * After a cue, the end of a channel phrase at {@code b} ({@code in a statement}, {@code in an
     * interview with the BBC}, {@code on Telegram}), or {@code b} when none starts there.
     */
    private int skipChannel(int b, int end) {
      if (!(b < end && isWord(b) && (t.is(b, "in") || t.is(b, "on") || t.is(b, "at") || t.is(b, "via")))) {
        return b;
      }
      int noun = -1;
      for (int j = b + 1; j < end && j - b <= 4 && isWord(j); j++) {
        if (CHANNEL_NOUNS.contains(lower(j))) {
          noun = j;
        }
      }
      if (noun < 0) {
        return b;
      }
      int after = noun + 1;
      if (after + 1 < end && (t.is(after, "with") || t.is(after, "to") || t.is(after, "on"))) {
        int j = after + 1; // "in an interview with the BBC", "in a post on X"
        while (j < end && j - after <= 4 && (owner[j] != null || t.isCapitalized(j) || t.is(j, "the"))) {
          j++;
        }
        after = j > after + 1 ? j : after;
      }
      return after;
    }

    /**
     * Whether the mark at {@code j} is the apostrophe of a plural possessive, outside any
     * quotation: {@code the federal prosecutors' office said}.
     */
    private boolean pluralPossessive(int j) {
      return !inQuote(j) && j > 0 && j + 1 < n && !t.spaceBefore(j) && t.spaceBefore(j + 1) && isWord(j - 1)
          && (t.is(j, "'") || t.is(j, "\u2019")) && lower(j - 1).endsWith("s") && isWord(j + 1)
          && Character.isLowerCase(t.first(j + 1));
    }

    /** Whether the quoted words end with a full stop, question or exclamation mark (a new sentence may follow). */
    private boolean endsWithStop(Quotation q) {
      int last = q.close() - 1;
      return last > q.open() && (t.is(last, ".") || t.is(last, "?") || t.is(last, "!"));
    }

    /** Whether the quotation ends its sentence and a new sentence starts after the closing mark. */
    private boolean endsSentenceBeforeNewOne(Quotation q) {
      int last = q.close() - 1;
      if (last <= q.open() || !(t.is(last, ".") || t.is(last, "!") || t.is(last, "?"))) {
        return false;
      }
      int k = q.close() + 1;
      return k < n && isWord(k) && Character.isUpperCase(t.first(k)) && cue(k) == null
          && (t.is(k, "He") || t.is(k, "She") || t.is(k, "They") || t.is(k, "It") || t.is(k, "We")
              || k + 1 < n && cue(k + 1) != null && t.is(k + 2 < n ? k + 2 : k, ":"));
    }

    /** Whether the tokens {@code [k, j)} can be a speaker phrase. */
    private boolean phraseBetween(int k, int j) {
      for (int i = k; i < j; i++) {
        if (i > k && t.is(i - 1, ",") && (t.is(i, "who") || t.is(i, "which"))) {
          int close = i + 1;
          while (close < j && !t.is(close, ",") && cueAt[close] == null && t.kind(close) != TokenKind.QUOTE) {
            close++;
          }
          if (close < j && t.is(close, ",")) {
            i = close; // a relative clause in apposition: "Hossein Salami, who commands Iran's Revolutionary Guard,"
            continue;
          }
        }
        if (!(npToken(i) || t.is(i, ",") || t.kind(i) == TokenKind.NUMBER)) {
          return false;
        }
      }
      return true;
    }

    private int phraseToClauseEnd(int k, int end) {
      int b = k;
      while (b < end && b - k < 14 && !t.is(b, ",") && !t.is(b, ".") && t.kind(b) != TokenKind.QUOTE) {
        b++;
      }
      return b;
    }

    /** Whether the quotation opens its sentence (or follows a colon or a dash). */
    private boolean startsClaim(Quotation q, Sentence se) {
      int p = q.open() - 1;
      if (q.open() == se.firstToken() || p < 0) {
        return true;
      }
      return t.is(p, ":") || t.kind(p) == TokenKind.DASH || t.kind(p) == TokenKind.QUOTE
          || t.newlineBefore(q.open());
    }

    private boolean wholeSentence(Quotation q) {
      Sentence se = sentences.get(sentenceOf[q.open()]);
      if (q.open() != se.firstToken() && !t.newlineBefore(q.open())) {
        return false;
      }
      if (q.close() < 0) {
        return true;
      }
      int k = q.close() + 1;
      while (k < n && !t.newlineBefore(k) && (t.kind(k) == TokenKind.PUNCT && !t.is(k, ",")
          || t.kind(k) == TokenKind.QUOTE)) {
        k++;
      }
      return k >= n || t.newlineBefore(k) || sentenceOf[k] != sentenceOf[q.close()]
          || t.kind(k) == TokenKind.QUOTE;
    }

    private Speaker inherited() {
      return sentenceSpeaker != null ? sentenceSpeaker : lastSpeaker;
    }

    private void attribute(Quotation q, int cueFirst, int cueLast, Speaker sp, Sentence se) {
      if (sp == null) {
        return;
      }
      for (int i = cueFirst; i <= cueLast; i++) {
        usedCue[i] = true;
      }
      sp = citedSource(sp, cueLast, se);
      emit(ClaimKind.DIRECT, sp, cueOf(cueFirst, cueLast), q.start(), q.end(), q.unclosed());
      remember(sp, q.paragraph());
    }

    /**
     * The source an outlet's cue cites, when it resolves: {@code “...,” TASS reported, citing the
     * FSB} is the FSB's claim, relayed. Otherwise {@code sp}.
     */
    private Speaker citedSource(Speaker sp, int cue, Sentence se) {
      int end = se.endToken();
      int k = skipAdverbials(cue + 1, end); // "reported on Monday, citing"
      if (k + 2 >= end || !t.is(k, ",") || !t.isIgnoreCase(k + 1, "citing")) {
        return sp;
      }
      int from = k + 2;
      int to = from;
      while (to < end && to - from < 8 && npToken(to)) {
        to++;
      }
      Speaker cited = to > from ? resolve(from, to) : null;
      return cited != null && cited.isResolved() ? cited : sp;
    }

    /**
     * Where a participle that modifies the noun before it opens in the subject {@code [from, to)}:
     * the index of {@code commanded} in {@code The group commanded by ...}, of {@code based} in
     * {@code the alliance based in Brussels}; else -1. The noun before it is a common noun after
     * {@code the} (a named body needs no such help).
     */
    private int participleModifier(int from, int to) {
      if (to - from < 4 || !t.isIgnoreCase(from, "the")) {
        return -1;
      }
      for (int k = from + 2; k + 1 < to && k <= from + 4; k++) {
        if (isWord(k) && Character.isLowerCase(t.first(k)) && (lower(k).endsWith("ed") || lower(k).equals("led"))
            && isWord(k + 1) && MODIFIER_PREPOSITIONS.contains(lower(k + 1)) && isWord(k - 1) && owner[k - 1] == null) {
          return k;
        }
      }
      return -1;
    }

    /** Prepositions after a participle that modifies a noun: {@code commanded by}, {@code based in}, {@code charged with}. */
    private static final Set<String> MODIFIER_PREPOSITIONS = Set.of("by", "in", "with");

    /** Whether token {@code i} lies inside the content of a claim already found in its sentence or before. */
    private boolean inClaimedContent(int i) {
      int at = t.start(i);
      for (int k = claims.size() - 1; k >= 0 && k >= claims.size() - 4; k--) {
        Content c = claims.get(k).content();
        if (c.start() <= at && at < c.end()) {
          return true;
        }
      }
      return false;
    }

    // ---- reported speech ---------------------------------------------------------------------

    private void indirect(Sentence se) {
      if (!se.terminated()) {
        return;
      }
      int first = se.firstToken();
      int end = contentEnd(se);
      int trailing = trailingCue(first, end);
      if (trailing >= 0 && !blocked(trailing, first)) {
        reported(se, trailing, end); // "The group claimed ..., the group said.": the outer claim first
      }
      for (int i = first; i < se.endToken(); i++) {
        if (inQuote(i) || usedCue[i] || !isWord(i) || i == trailing) {
          continue;
        }
        if (t.isIgnoreCase(i, "according") && i + 1 < se.endToken() && t.isIgnoreCase(i + 1, "to")) {
          according(se, i, end);
          i++;
          continue;
        }
        if (i == first && t.isIgnoreCase(i, "in") && statementBy(se, i, end)) {
          continue; // "In a statement by the Rwandan army on Monday, the rockets landed ...": as "according to"
        }
        if ((t.first(i) | 0x20) == 'p' && t.isIgnoreCase(i, "per") && perSource(se, i, end)) {
          continue;
        }
        if (whatTheyCalled(se, i, end)) {
          continue; // "what it described as Kabore's inability to ...", "what Santos had called the most peaceful ..."
        }
        if (issuedThat(se, i, end)) {
          continue; // "The FSB released a statement that ..."
        }
        CueLexicon.Strength strength = cue(i);
        boolean call = strength != null && "call".equals(cues.lemma(t.text(i)));
        if (call && i == se.firstToken() && isParticiple(i) && callingOpens(se, i, end)) {
          continue; // "Calling the attack a violation of international law, the ministry said"
        }
        int quoted = call && judgementVerb(i) ? quotedComplement(i, end) : -1; // "called the attack "dangerous and escalatory""
        if (quoted >= 0 && strength != CueLexicon.Strength.STRONG) {
          calledSo(se, i, quoted);
          continue;
        }
        if (call && calledItSo(se, i, end)) {
          continue; // "condemned the bombing, calling it a terrorist attack"
        }
        if (strength != CueLexicon.Strength.STRONG && !(strength != null && i + 1 < end && askedWhether(i, i + 1))) {
          continue; // weak cues report speech only with a quotation, or a question: "asked whether"
        }
        if ((t.first(i) | 0x20) == 'p' && "point".equals(cues.lemma(t.text(i))) && !(i + 1 < se.endToken() && t.is(i + 1, "out"))) {
          continue; // only the phrase "point out" reports speech
        }
        if (adjectivalParticiple(i, first)) {
          continue; // "raids over alleged Russian-backed efforts", "the reported attack": an adjective
        }
        boolean judgement = CueLexicon.AS_LEMMAS.contains(cues.lemma(t.text(i)));
        if (judgement && judgedFirst(se, i, end)) {
          continue; // "dismissed as “nonsense” suggestions that ...": the judgement, then what it judges
        }
        if (judgement && (!asFollows(i, end) || !judgementVerb(i))) {
          continue; // "described the incident at length", "condemned the attack": no judgement reported
        }
        if (actNotSpeech(i, end)) {
          noteSubject(se, i); // "declared a state of emergency", "claimed the lives of two soldiers": an act, no
          continue; // speech; but still what "it" will mean
        }
        if ((t.first(i) | 0x20) == 'n' && "named".equals(cues.lemma(t.text(i))) && !namedAsName(i, end)) {
          continue; // "named Ken McCallum as its new head": an appointment, not who someone is
        }
        if (blocked(i, first)) {
          if (!inClaimedContent(i)) {
            noteSubject(se, i); // "The FSB did not say where ...": still what "it" will mean
          } // but not "the IAEA said that Iran's estimated stockpile ...": Iran is no subject of a cue
          continue;
        }
        if (quotingRelay(se, i, end)) {
          continue;
        }
        reported(se, i, end);
      }
    }

    /**
     * {@code CLAUSE, a CNN report said quoting prosecutor X as saying on Monday.}: the clause is X's
     * claim, which the outlet relays, as {@code according to} relays it; only with {@code as saying}
     * ({@code ..., the paper added, citing security sources} and {@code ..., BBC reports, quoting a
     * statement} are the outlet's). Whether it was one.
     */
    private boolean quotingRelay(Sentence se, int i, int end) {
      int q = i + 1 < end && t.is(i + 1, ",") ? i + 2 : i + 1;
      if (!(q + 1 < end && (t.isIgnoreCase(q, "quoting") || t.isIgnoreCase(q, "citing")))) {
        return false;
      }
      int first = startOfContent(se);
      int[] subj = subjectBefore(i, se);
      if (subj == null || subj[1] > i || subj[0] - 2 <= first || !t.is(subj[0] - 1, ",")) {
        return false;
      }
      int np = q + 1;
      int npEnd = np;
      while (npEnd < end && npEnd - np < 10 && !t.is(npEnd, ",") && !t.is(npEnd, "as") && !t.is(npEnd, "on")) {
        npEnd++;
      }
      boolean asSaying = npEnd + 1 < end && t.is(npEnd, "as") && t.isIgnoreCase(npEnd + 1, "saying");
      if (!asSaying) {
        return false; // "..., the newspaper added, citing security sources", "..., BBC reports, quoting a statement": the outlet's
      }
      return addIfSpeaker(np, npEnd, i, q, t.start(first), t.end(subj[0] - 2), se);
    }

    /**
     * The strong cue of an attribution that closes the sentence after a comma, when the clause
     * before it holds another cue ({@code The group claimed the attack, the group said in a
     * statement.}, {@code ..., said the group.}), or -1. The closing attribution reports the whole
     * clause, so it is read before the cues inside the clause.
     */
    private int trailingCue(int first, int end) {
      int comma = -1;
      for (int j = end - 1; j > first + 3 && end - j < 20; j--) { // "..., Press Secretary of Belarus' State Border Committee X told the media"
        if (inQuote(j) || t.kind(j) == TokenKind.QUOTE) {
          return -1;
        }
        if (t.is(j, ",")) {
          comma = j;
          break;
        }
      }
      if (comma < 0) {
        return -1;
      }
      int cueAtEnd = -1;
      for (int j = comma + 1; j < end; j++) {
        if (isWord(j) && cue(j) == CueLexicon.Strength.STRONG) {
          cueAtEnd = j;
          break;
        }
      }
      if (cueAtEnd < 0 || isParticiple(cueAtEnd) || cueAtEnd + 1 < end && t.is(cueAtEnd + 1, "by")) {
        return -1; // ", adding that ...": a second claim; ", a claim denied by ...": a passive
      }
      // cue() already turned down nouns right after a determiner ("a claim") or "a" and a modifier
      if (lower(cueAtEnd).equals(cues.lemma(t.text(cueAtEnd))) && cueAtEnd - 2 > comma && isWord(cueAtEnd - 2)
          && DETERMINERS.contains(lower(cueAtEnd - 2)) && Character.isLowerCase(t.first(cueAtEnd - 1))) {
        return -1; // a noun after a modifier: "will have the final say"
      }
      if (cueAtEnd == comma + 1) {
        int pe = forwardPhraseEnd(cueAtEnd + 1, end, INVERTING.contains(cues.lemma(t.text(cueAtEnd))));
        if (pe <= cueAtEnd + 1
            || !onlyAdverbials(pe, end) && !relativeClauseAt(pe, end, INVERTED_CUES.contains(lower(cueAtEnd)))) {
          return -1;
        }
      } else if (!onlyAdverbials(cueAtEnd + 1, end)) {
        return -1;
      }
      for (int j = comma + 1; j < cueAtEnd; j++) {
        if (t.isIgnoreCase(j, "according")) {
          return -1; // ", according to officials told ABC News": no plain subject
        }
      }
      int previousComma = -1;
      for (int j = comma - 1; j > first; j--) {
        if (t.is(j, ",")) {
          previousComma = j;
          break;
        }
      }
      for (int j = previousComma + 1; previousComma > first && j < comma; j++) {
        if (!inQuote(j) && isWord(j) && cue(j) == CueLexicon.Strength.STRONG) {
          return -1; // "CLAUSE, Zarif wrote in a tweet, IRNA reported.": the inner attribution is the claim's
        }
      }
      for (int j = first; j < comma; j++) {
        if (!inQuote(j) && isWord(j) && cue(j) != null) {
          String inner = cues.lemma(t.text(j));
          if ("say".equals(inner) || "tell".equals(inner)) {
            return -1; // "North Korea's foreign ministry said ..., KCNA reported": the ministry's claim, relayed
          }
          return cueAtEnd; // a cue inside the clause: read the closing one first
        }
      }
      return -1;
    }

    /**
     * {@code CLAUSE ... a "quoted phrase," X said.}: a clause that ends in a short quotation whose
     * closing mark follows the comma. The quotation does not open the sentence, so it is no
     * {@code "Q," X said} quotation of its own; the whole clause is X's, the quotation inside it
     * (SPEC). Adds the claim and returns true, or returns false if the sentence is not built so.
     */
    private boolean clauseEndingInQuote(Sentence se, int i, int end) {
      int a = i;
      while (a - 1 >= se.firstToken() && i - a < 10 && (npToken(a - 1) || isWord(a - 1) && skippable(a - 1))) {
        a--;
      }
      int close = a - 1;
      int first = startOfContent(se);
      if (a == i || close - 1 <= first || t.kind(close) != TokenKind.QUOTE || !t.is(close - 1, ",")
          || quoteOf[close - 1] < 0 || !onlyAdverbials(i + 1, cut(i, end))) {
        return false;
      }
      Quotation q = quotes.get(quoteOf[close - 1]);
      int before = q.open() - 1;
      if (q.open() <= first || !isWord(before) || cue(before) != null) {
        return false; // '"Q," X said' and 'X said: "Q," he added': quotations of their own
      }
      Speaker sp = resolve(a, i);
      if (sp == null) {
        return false;
      }
      addIndirect(sp, i, i, t.start(first), t.end(close - 2), se);
      return true;
    }

    /** Whether the {@code -ed} cue at {@code i} follows a determiner or a preposition, so qualifies a noun. */
    private boolean adjectivalParticiple(int i, int first) {
      if (i <= first || !lower(i).endsWith("ed") || !isWord(i - 1)) {
        return false;
      }
      String w = lower(i - 1);
      return DETERMINERS.contains(w) || ADJECTIVE_PREPOSITIONS.contains(w)
          || adverb(i - 1) && i - 2 >= first && isWord(i - 2) && DETERMINERS.contains(lower(i - 2)); // "The newly announced sanctions"
    }

    /** Whether token {@code i} is a lower-case adverb in -ly: {@code initially}, {@code newly}; not {@code family}. */
    private boolean adverb(int i) {
      String w = lower(i);
      return isWord(i) && w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(t.first(i))
          && !LY_NOUNS.contains(w);
    }

    /**
     * Whether the judgement cue at {@code i} is a verb: a past or present participle, or a present
     * form after a name ({@code Labour slams}); not a noun ({@code brand names such as},
     * {@code food brands and its position as}). {@code describe} keeps every form.
     */
    private boolean judgementVerb(int i) {
      String w = lower(i);
      if ("describe".equals(cues.lemma(t.text(i))) || w.endsWith("ed") || w.endsWith("ing")) {
        return true;
      }
      return w.endsWith("s") && i > 0 && (owner[i - 1] != null || t.isCapitalized(i - 1) || PRONOUNS.contains(lower(i - 1)));
    }

    /**
     * Where a list of sources that ends with the phrase at {@code a} starts: {@code police, residents
     * and a teacher said} after {@code and}, back over short phrases that commas set off; {@code a}
     * itself if the phrase is no list's last item.
     */
    private int listStart(int a, int first) {
      if (a - 2 <= first || !t.is(a - 1, "and")) {
        return a;
      }
      int start = a;
      int k = a - 2; // the last token of the item before "and"
      while (k > first) {
        int b = k;
        while (b >= first && k - b < 3 && isWord(b) && cueAt[b] == null && (owner[b] != null || t.isCapitalized(b)
            || DETERMINERS.contains(lower(b)) || SpeakerResolver.PLURAL_SOURCES.contains(lower(b))
            || SpeakerResolverRoles.isRole(lower(b)))) {
          b--; // sources only: "police", "residents", "a teacher", "Reuters"
        }
        if (b == k || b < first || !t.is(b, ",")) {
          break;
        }
        start = b + 1;
        k = b - 1;
      }
      return start < a && t.is(start - 1, ",") ? start : a;
    }

    /**
     * {@code what X called Y} / {@code what X described as Y}: a judgement quoted in the narration,
     * X's claim with Y as its content, up to the next comma or the sentence end. Adds it and returns
     * true, or returns false if the cue at {@code i} is not built so.
     */
    private boolean whatTheyCalled(Sentence se, int i, int end) {
      if (cueAt[i] == null || !WHAT_CUES.contains(cues.lemma(t.text(i))) || isParticiple(i)) {
        return false;
      }
      int w = i - 1;
      while (w > se.firstToken() && i - w <= 6 && !t.isIgnoreCase(w, "what")) {
        if (!isWord(w) && t.kind(w) != TokenKind.POSSESSIVE && owner[w] == null) {
          return false;
        }
        w--;
      }
      if (!t.isIgnoreCase(w, "what") || w + 1 >= i || isWord(w + 1) && (AUXILIARIES.contains(lower(w + 1))
          || lower(w + 1).equals("been"))) {
        return false; // "in what are called ...", "what has been called ...": no one speaks
      }
      int subjEnd = i;
      while (subjEnd - 1 > w + 1 && isWord(subjEnd - 1) && AUXILIARIES.contains(lower(subjEnd - 1))) {
        subjEnd--; // "what Santos had called"
      }
      int from = i + 1;
      if (from < end && t.is(from, "as")) {
        from++;
      }
      if (from < end && t.kind(from) == TokenKind.QUOTE && inQuote(from)) {
        Quotation q = quotes.get(quoteOf[from]);
        if (wordCount(q.start(), q.end()) < 4) {
          return false; // scare quotes alone: "what critics call "spy mania""
        }
      }
      int to = from;
      while (to < end && !t.is(to, ",") && !t.is(to, ";")) {
        to++;
      }
      if (to - from < 2) {
        return false;
      }
      return addIfSpeaker(w + 1, subjEnd, i, i, t.start(from), t.end(to - 1), se);
    }

    /**
     * The official who opens the sentence's subject before token {@code before}, of the pronoun's
     * gender where the gazetteer knows it: {@code U.N. Secretary-General Antonio Guterres condemned
     * the attack, his spokesperson said}.
     */
    private Entity personOpening(Sentence se, int before, boolean female) {
      int[] subj = sentenceSubject(se, before);
      if (subj == null || subj[0] >= before || inQuote(subj[0])) {
        return null;
      }
      for (int k = subj[0]; k < subj[1] && k < before; k++) {
        if (owner[k] != null && owner[k].type() == EntityType.OFFICIAL) {
          Gender g = owner[k].entity().gender();
          return g == Gender.UNKNOWN || (g == Gender.FEMALE) == female ? owner[k].entity() : null;
        }
      }
      return null;
    }

    /**
     * The entity that opens the sentence's main clause before token {@code before}, when the pronoun
     * can stand for it: a name outside quotation marks, after no preposition, followed by a word in
     * lower case, its verb ({@code In a statement, the Russian Ministry of Defense acknowledged what
     * they called}, {@code Putin accused Ukraine of what he called}: Putin). {@code he} and {@code
     * she} fit a person, {@code it} and {@code they} a body, a country or a group. Null otherwise.
     */
    private Entity clauseOpener(Sentence se, int before, String pronoun) {
      boolean person = pronoun.equals("he") || pronoun.equals("she");
      if (!person && !pronoun.equals("it") && !pronoun.equals("they")) {
        return null;
      }
      for (int k = se.firstToken(); k < before; k++) {
        Mention m = owner[k];
        if (m == null || inQuote(k)) {
          continue;
        }
        int last = t.indexAtOrAfter(m.end()) - 1;
        int p = k - 1;
        while (p >= se.firstToken() && isWord(p) && DETERMINERS.contains(lower(p))) {
          p--;
        }
        boolean afterPreposition = p >= se.firstToken() && isWord(p) && PHRASE_PREPOSITIONS.contains(lower(p));
        boolean verbNext = last + 1 < before && isWord(last + 1) && Character.isLowerCase(t.first(last + 1));
        if (!afterPreposition && verbNext) {
          boolean fits = person ? m.type() == EntityType.OFFICIAL : m.type() != EntityType.OFFICIAL;
          return fits ? m.entity() : null;
        }
        k = last;
      }
      return null;
    }

    /**
     * Whether the cue at {@code i} names an act rather than speech by its object: {@code declared a
     * state of emergency}, {@code declared war on}, {@code declared two diplomats persona non grata},
     * {@code claimed the lives of two soldiers}. Not {@code declared that ...}.
     */
    private boolean actNotSpeech(int i, int end) {
      String lemma = cues.lemma(t.text(i));
      if ("claim".equals(lemma)) {
        int j = i + 1;
        while (j < end && j - i <= 3 && isWord(j) && (DETERMINERS.contains(lower(j)) || t.kind(j) == TokenKind.NUMBER
            || QUANTIFIERS.contains(lower(j)))) {
          j++;
        }
        return j < end && isWord(j) && (t.is(j, "lives") || t.is(j, "life"));
      }
      if (!"declare".equals(lemma)) {
        return false;
      }
      for (int j = i + 1; j < end && j - i <= 12; j++) {
        if (t.isIgnoreCase(j, "that") || t.is(j, ",") || t.is(j, ";") || t.is(j, ":") || cueAt[j] != null && j > i + 1) {
          return false;
        }
        if (isWord(j) && DECLARED_ACTS.contains(lower(j))) {
          return true;
        }
      }
      return false;
    }

    /** Whether a capitalised name follows the {@code as} after the cue at {@code i}: {@code named the man as John Smith}. */
    private boolean namedAsName(int i, int end) {
      for (int k = i + 2; k + 1 < end && k - i <= 12; k++) {
        if (t.is(k, "as")) {
          return !t.is(k - 1, "such") && isWord(k + 1) && t.isCapitalized(k + 1) && !t.is(k + 1, "The") && owner[k + 1] == null
              || owner[k + 1] != null && owner[k + 1].type() == EntityType.OFFICIAL;
        }
      }
      return false;
    }

    /**
     * A judgement in a participle clause that opens the sentence is the main clause's speaker's:
     * {@code Describing the incident as a “terrible massacre,” the Pope said that ...} adds {@code the
     * incident as a “terrible massacre,”} to the Pope's claims. Only for cues that report a
     * judgement with {@code as} ({@code describing}, {@code condemning}, {@code branding}), and when
     * the main clause's claim in this sentence has its speaker after the clause's comma.
     */
    private void frontedJudgement(Sentence se, int firstClaim) {
      int a = se.firstToken();
      if (claims.size() == firstClaim || !isWord(a) || !t.isCapitalized(a) || !isParticiple(a) || inQuote(a)
          || cue(a) == null || !CueLexicon.AS_LEMMAS.contains(cues.lemma(t.text(a)))) {
        return;
      }
      int end = -1; // the char offset where the participle clause ends
      boolean as = false;
      for (int k = a + 1; k < se.endToken() && k - a <= 30; k++) {
        as |= t.isIgnoreCase(k, "as");
        if (t.is(k, ",")) {
          end = k + 1 < se.endToken() && t.kind(k + 1) == TokenKind.QUOTE && inQuote(k) ? t.end(k + 1) : t.start(k);
          break;
        }
      }
      if (end < 0 || !as || overlapsClaim(t.end(a), end)) {
        return;
      }
      for (int c = firstClaim; c < claims.size(); c++) {
        Claim main = claims.get(c);
        if (main.cue() != null && main.cue().start() > end && main.speaker() != null && main.speaker().start() >= end) {
          emit(ClaimKind.INDIRECT, main.speaker(), cueOf(a, a), t.end(a), end, false);
          return;
        }
      }
    }

    /**
     * {@code X dismissed as “nonsense” suggestions that CLAUSE}: a judgement verb with {@code as}
     * right after it and a quotation next, the judged thing after the quotation. X's claim is the
     * rest of the sentence. Whether it was one.
     */
    private boolean judgedFirst(Sentence se, int i, int end) {
      if (!(i + 3 < end && t.is(i + 1, "as") && t.kind(i + 2) == TokenKind.QUOTE && judgementVerb(i))
          || blocked(i, se.firstToken())) {
        return false;
      }
      int[] subj = subjectBefore(i, se);
      return subj != null && subj[1] <= i && addIfSpeaker(subj[0], subj[1], i, i + 1, t.start(i + 2), t.end(end - 1), se);
    }

    /** Whether {@code as} or a quotation follows the cue at {@code i} within its object: {@code described the incident as ...}. */
    private boolean asFollows(int i, int end) {
      for (int k = i + 1; k < end && k - i <= 12; k++) {
        if (t.is(k, "as") && (t.is(k - 1, "known") || t.is(k - 1, "such"))) {
          return false; // "identified the account known as "wallet"": a name, not the judgement's "as"
        }
        if (t.is(k, "as") && !inQuote(k) || t.kind(k) == TokenKind.QUOTE) {
          return true;
        }
        if (t.is(k, ",") || t.is(k, ";") || t.is(k, ":") || t.is(k, "that")
            || cueAt[k] != null && k > i + 1 && !determinedNounPhraseBefore(k)) { // but "dismissed the Saudi claims as"
          return false;
        }
      }
      return false;
    }

    /**
     * Adds {@code X called the attack "dangerous"}: the object and the quoted judgement, from the
     * cue at {@code i} up to the closing mark of the quotation that opens at {@code open}.
     */
    private void calledSo(Sentence se, int i, int open) {
      if (blocked(i, se.firstToken()) || overlapsClaim(t.start(i), t.end(i))) {
        return; // not inside another's claim: "She said a colleague called all women "Betty""
      }
      Speaker sp = judgeOf(se, i);
      if (sp == null) {
        return;
      }
      int last = quotes.get(quoteOf[open]).close() - 1;
      while (last > open && t.kind(last) == TokenKind.PUNCT) {
        last--;
      }
      addIndirect(sp, i, i, t.start(i + 1), t.end(last), se);
    }

    /**
     * Who passes the judgement at the cue {@code i}: the subject before it ({@code X called the
     * attack ...}), or for a participle after a comma the sentence's speaker or subject ({@code He
     * condemned the strike, calling it ...}).
     */
    private Speaker judgeOf(Sentence se, int i) {
      int[] issuer = statementIssuer(i, se);
      if (issuer != null) {
        return resolve(issuer[0], issuer[1]); // "The association issued a statement calling Davis "an icon""
      }
      if (isParticiple(i) && i - 1 > se.firstToken() && (t.is(i - 1, ",")
          || isWord(i - 1) && GERUND_PREPOSITIONS.contains(lower(i - 1)))) {
        // "He condemned the strike, calling it ...", "X has been fined for calling a referee \"a disgrace\""
        return sharedSubject(se, i - 1, true);
      }
      if (i - 1 > se.firstToken() && t.is(i - 1, "and")) {
        // "Lithuania said it suspects Russia ... and called the incident "terrorism"", "The police arrested him and called"
        return sharedSubject(se, i - 1, false);
      }
      int[] subj = subjectBefore(i, se);
      return subj == null ? null : resolve(subj[0], subj[1]);
    }

    /** The first comma outside quotation marks in {@code [from, to)}, or {@code to}. */
    private int firstCommaOr(int from, int to) {
      for (int k = from; k < to; k++) {
        if (t.is(k, ",") && !inQuote(k)) {
          return k;
        }
      }
      return to;
    }

    /**
     * Whether the words right after a closing quotation mark open a prepositional phrase that carries
     * on the quoted clause: {@code "..." concerning Perthes, Dujarric said}; not {@code "The emir of the
     * group" was X, said Khiam}, where the quotation is the subject of a clause.
     */
    private boolean prepositionalTail(int k) {
      return isWord(k) && Character.isLowerCase(t.first(k)) && TAIL_PREPOSITIONS.contains(lower(k));
    }

    /** The last comma in {@code (from, to)}, or -1. */
    private int lastCommaBetween(int from, int to) {
      for (int k = to - 1; k > from; k--) {
        if (t.is(k, ",")) {
          return k;
        }
      }
      return -1;
    }

    /** The speaker of the claim made at the cue token {@code k}, among the last claims, or null. */
    private Speaker speakerOfCueAt(int k) {
      for (int c = claims.size() - 1; c >= 0 && c >= claims.size() - 8; c--) {
        Cue cue = claims.get(c).cue();
        if (cue != null && cue.start() == t.start(k)) {
          return claims.get(c).speaker();
        }
      }
      return null;
    }

    /**
     * Who speaks a clause that has no subject of its own ({@code ..., saying}, {@code ..., calling it},
     * {@code and warned}): the sentence's speaker so far, else (for a participle) the subject of the
     * clause that ends at {@code prev}, else the sentence's subject.
     */
    private Speaker sharedSubject(Sentence se, int prev, boolean participle) {
      Speaker sp = sentenceSpeaker;
      if (sp == null && !participle && prev - 1 >= se.firstToken() && cueAt[prev - 1] != null && !inQuote(prev - 1)) {
        // "“... At the same time, no one informed Russia,” Peskov said and recalled that ...": whoever spoke at the
        // cue before "and", though the sentence opened inside the quotation
        sp = speakerOfCueAt(prev - 1);
      }
      if (sp == null && participle && t.is(prev, ",") && prev - 2 >= se.firstToken() && cueAt[prev - 1] != null
          && !inQuote(prev - 1)) {
        // "“Q,” Rutte said, adding that ...": the subject of the cue just before, whose quotation is read later
        Mention named = owner[prev - 2];
        if (named != null && !inQuote(prev - 2) && named.type() != EntityType.COUNTRY) {
          sp = resolve(t.indexAtOrAfter(named.start()), prev - 1);
        }
      }
      if (sp == null && participle && t.is(prev, ",")) {
        // "“Q,” assured Chakib Benmoussa, stressing that ...": the speaker after the inverted cue
        int a = prev;
        while (a - 1 > se.firstToken() && prev - a < 8 && npToken(a - 1) && cueAt[a - 1] == null && !inQuote(a - 1)) {
          a--;
        }
        if (a < prev && a - 2 >= se.firstToken() && cueAt[a - 1] != null && !inQuote(a - 1)
            && t.kind(a - 2) == TokenKind.QUOTE && inQuote(a - 2)) {
          sp = resolve(a, prev);
        }
      }
      if (sp == null && participle) {
        int[] subj = clauseSubject(se, prev);
        sp = subj == null ? null : resolve(subj[0], subj[1]);
      }
      if (sp == null) {
        int[] subj = sentenceSubject(se, prev);
        sp = subj == null ? null : resolve(subj[0], subj[1]);
      }
      return sp;
    }

    /**
     * Whether a pronoun at {@code k} is the object of the cue before it, not the subject of a
     * reported clause: {@code disclosed this in a statement}, {@code said so.}; not {@code said
     * this was wrong}.
     */
    private boolean pronounObject(int k, int end) {
      if (k >= end || !isWord(k) || !OBJECT_PRONOUNS.contains(lower(k))) {
        return false;
      }
      return k + 1 >= end || !isWord(k + 1) || AFTER_OBJECT.contains(lower(k + 1));
    }

    /**
     * {@code ..., calling it a terrorist attack}: a judgement without quotation marks, reported
     * with its object up to the clause's end. Only the participle after a comma, with a pronoun
     * or {@code the} opening the object, so "calling for talks" and "called it a day" stay out.
     */
    private boolean calledItSo(Sentence se, int i, int end) {
      if (!isParticiple(i) || i - 1 <= se.firstToken() || !t.is(i - 1, ",") || i + 3 >= end) {
        return false;
      }
      boolean pronoun = (t.is(i + 1, "it") || t.is(i + 1, "them") || t.is(i + 1, "this"))
          && isWord(i + 2) && (t.is(i + 2, "a") || t.is(i + 2, "an") || t.is(i + 2, "the"));
      if (!pronoun && !judgedNounPhrase(i + 1, end)) {
        return false;
      }
      int to = cut(i + 1, end);
      Speaker sp = to - (i + 1) >= 3 ? judgeOf(se, i) : null;
      if (sp == null) {
        return false;
      }
      addIndirect(sp, i, i, t.start(i + 1), t.end(to - 1), se);
      return true;
    }

    /**
     * {@code Calling the Israeli attack a violation of international law, Iran's foreign ministry
     * said ...}: a sentence that opens with the participle, its object and a judgement (or a
     * quotation), a comma, and the subject that made it. Adds the judgement as the subject's claim.
     */
    private boolean callingOpens(Sentence se, int i, int end) {
      int comma = -1; // the comma that closes the participle clause
      int after = -1; // where the main clause starts
      boolean quoted = false;
      for (int k = i + 1; k < end && k - i <= 30; k++) {
        if (t.kind(k) == TokenKind.QUOTE && t.is(k - 1, ",") && k - 1 > i + 1) {
          comma = k - 1; // Calling China “an authoritarian state,” he said
          after = k + 1;
          quoted = true;
          break;
        }
        if (inQuote(k) || t.kind(k) == TokenKind.QUOTE) {
          quoted = true;
          continue;
        }
        if (t.is(k, ",")) {
          comma = k;
          after = k + 1;
          break;
        }
      }
      if (comma < i + 3 || !(quoted || judgedNounPhrase(i + 1, comma) || judgement(i + 2, comma))) {
        return false;
      }
      int[] subj = subjectFrom(after, end);
      Speaker sp = subj == null ? null : resolve(subj[0], subj[1]);
      if (sp == null) {
        return false;
      }
      addIndirect(sp, i, i, t.start(i + 1), t.end(comma - 1), se);
      return true;
    }

    /**
     * Whether a definite noun phrase and then a judgement of it follow at {@code from}, up to the
     * clause's end: {@code the FSB's claims fictitious}, {@code the move extremely worrying}, {@code
     * the vote an act of aggression}; not {@code the police} nor {@code the Kremlin's bluff}.
     */
    private boolean judgedNounPhrase(int from, int end) {
      if (!(t.is(from, "the") || isWord(from) && POSSESSIVE_DETERMINERS.contains(lower(from)))) {
        return false;
      }
      int to = from + 1;
      while (to < end && to - from < 16 && !t.is(to, ",") && !t.is(to, ";") && t.kind(to) != TokenKind.QUOTE) {
        to++;
      }
      boolean clauseEnds = to == end || t.is(to, ",") || t.is(to, ";");
      return clauseEnds && to - from >= 3 && judgement(from + 2, to);
    }

    /**
     * Whether {@code [from, to)} ends in a judgement: a second article ({@code an act of aggression})
     * or a last word that reads as an adjective of judgement ({@code fictitious}, {@code worrying},
     * {@code unacceptable}, {@code groundless}, {@code politically motivated}).
     */
    private boolean judgement(int from, int to) {
      for (int k = from; k < to; k++) {
        if (t.is(k, "a") || t.is(k, "an")) {
          return true; // "the vote an act of aggression"
        }
      }
      int last = to - 1;
      if (last < from || !isWord(last) || t.isCapitalized(last)) {
        return false;
      }
      String w = lower(last);
      if (JUDGEMENT_WORDS.contains(w)) {
        return true;
      }
      for (String suffix : JUDGEMENT_SUFFIXES) {
        if (w.endsWith(suffix) && w.length() > suffix.length() + 3) {
          return true;
        }
      }
      return w.endsWith("ed") && last - 1 >= from && adverb(last - 1); // "politically motivated"
    }

    /**
     * Where the quotation opens when a short object and then a closed quotation follow the cue at
     * {@code i} ({@code called the attack "dangerous and escalatory"}, {@code called it a "state
     * aggression"}: a judgement in the speaker's quoted words, reported with its object), or -1.
     */
    private int quotedComplement(int i, int end) {
      if (i + 1 < end && isWord(i + 1) && (PHRASE_PREPOSITIONS.contains(lower(i + 1)) || lower(i + 1).equals("upon")
          || lower(i + 1).equals("off") || lower(i + 1).equals("up") || lower(i + 1).equals("back"))) {
        return -1; // "called for a "pause"", "called on Russians "who are silently"": requests, not judgements
      }
      if (i + 1 < end && isWord(i + 1) && lower(i + 1).endsWith("self") || i + 1 < end && t.is(i + 1, "themselves")) {
        return -1; // "a group calling itself 'Jaish ul-Adl'": a name, not a judgement
      }
      for (int k = i + 1; k < end && k - i <= 8; k++) {
        if (t.kind(k) == TokenKind.QUOTE) {
          boolean opens = k > i + 1 && inQuote(k) && quotes.get(quoteOf[k]).open() == k && quotes.get(quoteOf[k]).close() >= 0;
          return opens ? k : -1;
        }
        if (!(npToken(k) || isWord(k) && (PRONOUNS.contains(lower(k)) || lower(k).equals("them") || lower(k).equals("him")
            || lower(k).equals("her") || k > i + 2 && lower(k).equals("of")))) { // "the incident an act of "political terrorism""
          return -1;
        }
      }
      return -1;
    }

    /** Whether {@code as saying} (or another participle cue) follows the quoting verb at {@code i} in its clause. */
    private boolean quotesAsSaying(int i, int end) {
      for (int j = i + 2; j + 1 < end && j - i <= 24; j++) {
        if (t.kind(j) == TokenKind.QUOTE || t.is(j, ".") || t.is(j, ";") || t.is(j, ":")) {
          return false;
        }
        if (t.is(j, "as") && isParticiple(j + 1) && cueAt[j + 1] != null) {
          return true;
        }
      }
      return false;
    }

    /**
     * {@code OUTLET cited X as saying CLAUSE} and {@code CLAUSE, OUTLET quoted X as saying}: X's claim
     * of the clause.
     */
    private void citedAsSaying(Sentence se, int i, int end, int[] cited) {
      Speaker sp = resolve(cited[0], cited[1]);
      if (sp == null) {
        return;
      }
      int from = afterCue(i, end);
      if (from > 0 && from < end && !(isWord(from) && ADVERBIAL_HEADS.contains(lower(from)))) {
        int to = cut(from, end);
        if (to - from >= 3) {
          addIndirect(sp, i, i, t.start(from), t.end(to - 1), se);
        }
        return;
      } // else "as saying in evidence given during the trial": what was said comes before
      int[] outlet = subjectBefore(cited[0] - 1, se);
      int s0 = startOfContent(se);
      if (outlet != null && outlet[0] - 1 > s0 && t.is(outlet[0] - 1, ",")) {
        addIndirect(sp, i, i, t.start(s0), t.end(outlet[0] - 2), se);
      }
    }

    /**
     * For the participle cue at {@code i} in {@code OUTLET quoted X as saying}, {@code cited X as saying}
     * or {@code reported X as saying}: X's phrase as {@code [from, to)} (its name, without an apposition set off by
     * commas), or null.
     */
    private int[] activeQuotedAs(int i, int first) {
      if (!isParticiple(i) || i - 3 < first || !t.is(i - 1, "as")) {
        return null;
      }
      int v = i - 2;
      while (v > first && i - v <= 24 && !(isWord(v) && QUOTING_VERBS.contains(lower(v)))) {
        if (t.kind(v) == TokenKind.QUOTE || t.is(v, ".") || t.is(v, ";") || t.is(v, ":") || cueAt[v] != null) {
          return null;
        }
        v--;
      }
      if (!QUOTING_VERBS.contains(lower(v)) || v + 1 >= i - 1 || t.is(v + 1, "by") || t.is(v + 1, "as")
          || v - 1 >= first && isWord(v - 1) && (PASSIVE.contains(lower(v - 1)) || AUXILIARIES.contains(lower(v - 1)))) {
        return null; // "was quoted as saying" is the passive layout
      }
      int to = i - 1;
      for (int k = v + 1; k < i - 1; k++) {
        if (t.is(k, ",")) {
          to = k; // "cited Vladimir Dzhabarov, first deputy head of ..., as saying": the name
          break;
        }
      }
      return to > v + 1 ? new int[] {v + 1, to} : null;
    }

    /**
     * For the participle cue at {@code i} in {@code X was quoted [by OUTLET] as saying}: the index of
     * the auxiliary before {@code quoted}, where the speaker's phrase ends; else -1.
     */
    private int quotedAsStart(int i, int first) {
      if (!isParticiple(i) || i - 3 < first || !t.is(i - 1, "as")) {
        return -1;
      }
      int q = i - 2;
      while (q > first && i - q <= 10 && !t.isIgnoreCase(q, "quoted")) {
        if (t.kind(q) == TokenKind.PUNCT || t.kind(q) == TokenKind.QUOTE) {
          return -1;
        }
        q--;
      }
      if (!t.isIgnoreCase(q, "quoted") || q + 1 < i - 1 && !t.is(q + 1, "by")) {
        return -1; // only "quoted as saying" and "quoted by the agency as saying"
      }
      int a = q;
      while (a - 1 >= first && isWord(a - 1) && (PASSIVE.contains(lower(a - 1)) || AUXILIARIES.contains(lower(a - 1)))) {
        a--;
      }
      return a < q ? a : -1;
    }

    /**
     * The sentence's opening name when the phrase before the cue is the object of a preposition
     * that an adjunct after the name began: in {@code Duterte in an interview after a ceremony for
     * the new hospital said}, Duterte speaks, not the hospital. Else {@code subj} itself.
     */
    private int[] frontedName(Sentence se, int[] subj) {
      int first = se.firstToken();
      int before = isWord(subj[0]) && PHRASE_PREPOSITIONS.contains(lower(subj[0])) ? subj[0] : subj[0] - 1;
      Mention m = owner[first];
      if (before <= first || !isWord(before) || !ADJUNCT_PREPOSITIONS.contains(lower(before))
          && !PHRASE_PREPOSITIONS.contains(lower(before)) || m == null
          || m.type() == EntityType.COUNTRY) {
        return subj;
      }
      int after = t.indexAtOrAfter(m.end());
      if (after >= before || !isWord(after) || !ADJUNCT_PREPOSITIONS.contains(lower(after))) {
        return subj;
      }
      for (int k = after; k < before; k++) {
        if (t.kind(k) == TokenKind.PUNCT || t.kind(k) == TokenKind.QUOTE
            || cueAt[k] != null && !(isWord(k - 1) && DETERMINERS.contains(lower(k - 1)))) {
          return subj; // a comma or a cue verb between ("at a briefing" is a noun): not one adjunct
        }
      }
      return new int[] {first, after};
    }

    /** The end of the sentence's content: before the final punctuation. */
    private int contentEnd(Sentence se) {
      int last = se.endToken() - 1;
      while (last > se.firstToken() && (t.kind(last) == TokenKind.PUNCT
          || t.kind(last) == TokenKind.QUOTE && last - 1 >= se.firstToken() && t.kind(last - 1) == TokenKind.PUNCT)) {
        last--;
      }
      return last + 1; // token index after the content
    }

    private void reported(Sentence se, int i, int end) {
      int first = se.firstToken();
      int[] cited = activeQuotedAs(i, first);
      if (cited != null) {
        citedAsSaying(se, i, end, cited);
        return;
      }
      if (QUOTING_VERBS.contains(lower(i)) && quotesAsSaying(i, end)) {
        return; // "Reuters reported BaFin as saying": BaFin's claim, made at "saying"
      }
      int quotedAt = quotedAsStart(i, first); // "X was quoted as saying": X ends before "was"
      boolean participle = quotedAt < 0 && isParticiple(i);
      int prev = (quotedAt >= 0 ? quotedAt : i) - 1;
      while (prev >= first && isWord(prev) && skippable(prev)) {
        prev--;
      }
      boolean afterAnd = prev >= first && (t.is(prev, "and") || t.is(prev, "but"));
      boolean afterComma = prev >= first && (t.is(prev, ",")
          || participle && (t.kind(prev) == TokenKind.QUOTE || t.kind(prev) == TokenKind.DASH));
      Speaker sp = null;
      int contentFrom;
      int contentTo = end;
      int subjectStart = -1;
      if (participle && !afterAnd) {
        int[] issuer = statementIssuer(i, se);
        Speaker by = issuer == null ? null : resolve(issuer[0], issuer[1]);
        int from = by == null ? -1 : afterCue(i, end);
        if (from > 0) {
          int to = cut(from, end);
          if (to - from >= 3) {
            addIndirect(by, i, i, t.start(from), t.end(to - 1), se); // "X issued a statement on Monday saying ..."
          }
          return;
        }
      }
      if (participle && !afterAnd && !afterComma && prev >= first && isWord(prev) && ADJUNCT_OPENERS.contains(lower(prev))) {
        return; // "Despite saying there are no oversights, Duterte said ...": a fronted adjunct, no subject of its own
      }
      if (participle && !afterAnd && !afterComma && prev >= first && (t.isCapitalized(prev) && owner[prev] == null
          || t.kind(prev) == TokenKind.WORD && SpeakerResolverRoles.isRole(lower(prev)) && lower(prev).endsWith("s"))) {
        participle = false; // "with Kiev's Western allies claiming Moscow is ...": a subject before it
      } else if (participle && !afterAnd && !afterComma && withSubject(prev, first)) {
        participle = false; // "with Kiev's Western allies claiming ...": the noun phrase after "with" speaks
      }
      if (participle || afterAnd) {
        if (!(afterAnd || afterComma)) {
          return; // "Speaking to Politico, ..."
        }
        sp = sharedSubject(se, prev, participle);
        if (sp == null) {
          return;
        }
        contentFrom = afterCue(i, end);
      } else {
        // inverted: CLAUSE, said X.
        if (afterComma && pronounObject(i + 1, end)) {
          return; // "The Director, Army Public Relations, X, disclosed this in a statement": no claim
        }
        if (afterComma) {
          int pe = forwardPhraseEnd(i + 1, end, INVERTING.contains(cues.lemma(t.text(i))));
          if (pe > i + 1 && (onlyAdverbials(pe, cut(i, end)) || relativeClauseAt(pe, end, INVERTED_CUES.contains(lower(i)))
              || toAnOutlet(pe, end)
              || appositionToEnd(pe, end))) {
            sp = resolve(i + 1, pe);
            int s = startOfContent(se);
            if (sp != null && prev > s) {
              addIndirect(sp, i, i, t.start(s), t.end(prev - 1), se);
            }
            return;
          }
        }
        if (clauseEndingInQuote(se, i, end)) {
          return; // 'CLAUSE seen as a "threat to peace," his spokesman said.'
        }
        int[] subj = subjectBefore(quotedAt >= 0 ? quotedAt : platformPhraseStart(i, first), se);
        if (subj == null && prev >= first + 2 && (t.is(prev, "who") || t.is(prev, "which")) && t.is(prev - 1, ",")) {
          // a cue in a relative clause: "Mr Mubanga, who insists he does not feel bitter, said: ..."
          int b = prev - 1; // the comma before "who"
          int a = phraseStart(b, first, 8, "by"); // not back over "by": "denied by Mr Mandelson, who said"
          if (a < b) {
            Speaker rel = resolve(a, b);
            int from = afterCue(i, end);
            int to = from;
            while (to < end && !t.is(to, ",")) {
              if (inQuote(to)) {
                Quotation qu = quotes.get(quoteOf[to]);
                if (qu.open() <= from || qu.close() < 0 || qu.close() >= end) {
                  break; // "who said: “...”" is a quotation of its own
                }
                to = qu.close(); // "who has described the vote as the “most consequential election” in ..."
              }
              to++;
            }
            if (rel != null && from > 0 && to - from >= 3) {
              addIndirect(rel, i, i, t.start(from), t.end(to - 1), se);
            }
          }
          return;
        }
        if (subj == null || subj[1] - subj[0] == 1 && isWord(subj[0])
            && (FRONTED.contains(lower(subj[0])) || NOUN_PREPOSITIONS.contains(lower(subj[0])))) {
          return; // no subject, or a lone function word: "To add insult to injury, ..."
        }
        subj = frontedName(se, subj);
        if (onlyAdverbials(i + 1, end) && ("say".equals(cues.lemma(t.text(i))) || lower(i).endsWith("ed"))) {
          subj[0] = listStart(subj[0], first); // "CLAUSE, police, residents and a teacher said."
        }
        sp = resolve(subj[0], subj[1]);
        if (sp == null) {
          return;
        }
        subjectStart = subj[0];
        int before = subj[0] - 1;
        boolean commaBefore = before >= first && t.is(before, ",") && subj[0] > first + 1;
        int rest = cut(i, end); // a trailing ", according to X" or ", adding that" is a claim of its own
        String lemma = cues.lemma(t.text(i));
        int afterRecipient = "tell".equals(lemma) ? skipRecipient(i + 1, end)
            : "point".equals(lemma) && i + 1 < end && t.is(i + 1, "out") ? i + 2 : i + 1;
        if (commaBefore && i + 1 < rest && t.is(i + 1, ",")) {
          int s = startOfContent(se);
          if (adjunctAt(i + 2, end) && before > s && wordCount(t.start(s), t.end(before - 1)) >= 6
              && !(isWord(before - 1) && (AUXILIARIES.contains(lower(before - 1)) || DETERMINERS.contains(lower(before - 1))
                  || PHRASE_PREPOSITIONS.contains(lower(before - 1)) || lower(before - 1).equals("to")))) {
            // not "the agency is, he said, on a mission": the clause must be whole before the comma
            // CLAUSE, X said, without giving details: the clause alone
            addIndirect(sp, i, i, t.start(s), t.end(before - 1), se);
            return;
          }
          // A, X said, B: the whole sentence
          addIndirect(sp, i, i, t.start(s), t.end(end - 1), se);
          return;
        }
        if (commaBefore && !"describe".equals(lemma) && onlyAdverbials(afterRecipient, rest)) {
          // CLAUSE, X said.
          int s = startOfContent(se);
          if (before > s && wordCount(t.start(s), t.end(before - 1)) >= 3) { // "In December, X said" is no clause
            addIndirect(sp, i, i, t.start(s), t.end(before - 1), se);
          }
          return;
        }
        contentFrom = afterCue(i, end);
      }
      if (contentFrom < 0 || contentFrom >= end) {
        return;
      }
      contentTo = cut(contentFrom, end);
      if (subjectStart - 1 == first && isWord(first) && SUBORDINATORS.contains(lower(first))
          && !(isWord(subjectStart) && lower(subjectStart).endsWith("ing"))) { // not "While addressing the media X said"
        contentTo = firstCommaOr(contentFrom, contentTo); // "While the ministry said it had evidence, it did not ..."
      }
      if (contentTo - contentFrom < 3) {
        if (!participle && !afterAnd && sp.entity().isPresent()) {
          remember(sp, se.paragraph()); // "McKee said as much.": still the one speaking
        }
        return;
      }
      if (t.kind(contentFrom) == TokenKind.PUNCT) {
        return; // "said on Thursday, as ..." is no clause
      }
      boolean afterThat = contentFrom > 0 && t.isIgnoreCase(contentFrom - 1, "that")
          || contentFrom > 1 && t.is(contentFrom - 1, ",") && t.isIgnoreCase(contentFrom - 2, "that");
      if (contentFrom > 0 && !afterThat && !t.is(contentFrom - 1, ":")
          && NOT_A_CLAUSE.contains(lower(contentFrom)) && !askedWhether(i, contentFrom)
          && !conditionalClause(i, contentFrom, contentTo)
          && !(contentFrom + 1 < n && (lower(contentFrom + 1).equals("least") || lower(contentFrom + 1).equals("most")))) {
        return; // explains how ..., insists on ..., warned about ...
      }
      // X said: “Q” is a quotation, handled as DIRECT
      if (t.kind(contentFrom) == TokenKind.QUOTE && inQuote(contentFrom)
          && quotes.get(quoteOf[contentFrom]).open() == contentFrom) {
        Quotation q = quotes.get(quoteOf[contentFrom]);
        if (q.close() >= 0 && q.close() >= contentTo - 2) {
          if (afterThat && q.start() < q.end()) {
            // X said that “Q”: a clause wholly quoted, which the quotation rules leave alone
            addIndirect(sp, i, i, q.start(), q.end(), se);
          }
          return;
        }
      }
      if (!sp.isResolved() && outlet(sp) && attributedWithin(contentFrom, contentTo, se)) {
        return; // "IRNA reported that Kerman Prosecutor Mahdi Bakhshi has said that ...": the prosecutor's claim
      }
      addIndirect(sp, i, i, t.start(contentFrom), t.end(contentTo - 1), se);
    }

    /** Whether the speaker is a news outlet: {@code Iran's official news agency IRNA}, {@code state media}, {@code TASS}. */
    private boolean outlet(Speaker sp) {
      int a = t.indexAtOrAfter(sp.start());
      int b = t.indexAtOrAfter(sp.end());
      if (b - a == 1 && t.isAllCaps(a) && t.length(a) >= 3) {
        return true; // an acronym the gazetteer does not know: IRNA, TASS, WAM
      }
      for (int k = a; k < b; k++) {
        if (isWord(k) && OUTLET_WORDS.contains(lower(k))) {
          return true;
        }
      }
      return false;
    }

    /** Whether {@code [k, end)} is only {@code to} and a name: {@code explained agent Poirier to Radio-Canada.} */
    private boolean toAnOutlet(int k, int end) {
      if (k + 1 >= end || !t.is(k, "to") || end - k > 5) {
        return false;
      }
      for (int j = k + 1; j < end; j++) {
        if (!(isWord(j) && t.isCapitalized(j) || t.kind(j) == TokenKind.HYPHEN || t.kind(j) == TokenKind.PUNCT)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Where the subject's verb phrase starts when the cue at {@code i} follows a platform phrase:
     * {@code took to Twitter to confirm}, {@code went on Facebook to deny}; else {@code i}.
     */
    private int platformPhraseStart(int i, int first) {
      if (i - 4 >= first && t.is(i - 1, "to") && isWord(i - 2) && t.isCapitalized(i - 2)
          && (t.is(i - 3, "to") || t.is(i - 3, "on")) && isWord(i - 4)
          && PLATFORM_VERBS.contains(lower(i - 4))) {
        return i - 4;
      }
      return i;
    }

    /**
     * Whether the words at {@code k} open an adjunct of the attribution rather than the rest of
     * the reported clause: {@code said, without giving details}, {@code said, citing ...}.
     */
    private boolean adjunctAt(int k, int end) {
      if (k >= end || !isWord(k) || !Character.isLowerCase(t.first(k))) {
        return false;
      }
      String w = lower(k);
      return ADJUNCT_OPENERS.contains(w) || w.endsWith("ing") && w.length() > 5;
    }

    private int startOfContent(Sentence se) {
      int s = se.firstToken();
      // a dateline such as "MOGADISHU:" or "Moscow, Dec 2 (...) :" is not part of the claim
      for (int k = s; k < Math.min(se.endToken(), s + 30); k++) {
        if (t.is(k, ":") && k + 1 < se.endToken() && !inQuote(k)) {
          boolean caps = true;
          for (int j = s; j < k && caps; j++) {
            caps = !isWord(j) || !Character.isLowerCase(t.first(j));
          }
          if (caps || t.isAllCaps(s)) {
            return k + 1;
          }
          break;
        }
      }
      // a dateline such as "LONDON, 14 March 2024 -" or "CINCINNATI —"
      if (t.isAllCaps(s) && t.length(s) >= 3) {
        for (int k = s + 1; k < Math.min(se.endToken() - 1, s + 12); k++) {
          if (t.kind(k) == TokenKind.DASH || t.kind(k) == TokenKind.PUNCT && t.is(k, "-")) {
            return k + 1;
          }
        }
      }
      while (s < se.endToken() && t.kind(s) == TokenKind.QUOTE && !inQuote(s)) {
        s++;
      }
      return s;
    }

    /** Whether the tokens {@code [k, end)} are only time, place and channel phrases. */
    private boolean onlyAdverbials(int k, int end) {
      // a trailing subordinate clause is not reported: ", as NATO allies weighed ..."
      for (int j = k; j + 1 < end; j++) {
        if (t.is(j, ",") && SUBORDINATORS.contains(lower(j + 1))) {
          end = j;
          break;
        }
      }
      if (end - k > 10) {
        return false;
      }
      for (int j = k; j < end; j++) {
        if (t.kind(j) == TokenKind.QUOTE) {
          return false;
        }
        String w = lower(j);
        if (w.equals("that")) {
          return false;
        }
      }
      if (k + 1 < end && t.is(k, "according") && t.is(k + 1, "to")) {
        return true; // "..., he said according to The Malta Independent.": the outlet relays his claim
      }
      if (k < end && isWord(k) && Character.isLowerCase(t.first(k)) && !ADVERBIAL_HEADS.contains(lower(k))
          && owner[k] == null) {
        return false; // said his staff are ...
      }
      int after = k >= end ? -1 : owner[k] != null ? t.indexAtOrAfter(owner[k].end())
          : isWord(k) && t.isCapitalized(k) ? k + 1 : -1;
      if (after > 0 && after + 1 < end && lowerNonAdverbial(after) && lowerNonAdverbial(after + 1)) {
        return false; // said Pakistani troops responded ...: a clause with a subject, not "said Tuesday night in"
      }
      for (int j = k + 1; j < end; j++) {
        if (isWord(j) && AUXILIARIES.contains(lower(j))) {
          return false; // said Ho had left: a clause of its own, not "said Tuesday"
        }
      }
      return true;
    }

    /** Whether token {@code k} is a lower-case word that opens no adverbial nor names a time: {@code troops}, {@code responded}. */
    private boolean lowerNonAdverbial(int k) {
      return isWord(k) && Character.isLowerCase(t.first(k)) && !ADVERBIAL_HEADS.contains(lower(k))
          && !TIME_NOUNS.contains(lower(k));
    }

    /** The first token of the reported clause after the cue at {@code i}, or -1. */
    private int afterCue(int i, int end) {
      int k = i + 1;
      if (k < end && t.is(k, "out") && "point".equals(cues.lemma(t.text(i)))) {
        k++; // pointed out that ...
      }
      // "that" within a short window, unless it follows a noun the cue governs: "said the strikes that killed"
      String cueLemma = cues.lemma(t.text(i));
      boolean judged = false; // "condemned the arrest as a violation of the agreement that formed ...": a relative "that"
      for (int j = k; j < end && j - k < 12; j++) {
        judged |= j > k && t.is(j, "as") && CueLexicon.AS_LEMMAS.contains(cueLemma); // an object, then "as"
        if (t.isIgnoreCase(j, "that") && !inQuote(j) && !judged && !relativeThat(k, j, cueLemma)) {
          return j + 1 < end && t.is(j + 1, ",") ? parentheticalEnd(j + 1, end) : j + 1;
        }
        if (t.kind(j) == TokenKind.QUOTE || t.is(j, ";") || cue(j) != null && j > k) {
          break;
        }
      }
      if (k < end && t.is(k, ":")) {
        return k + 1;
      }
      String lemma = cues.lemma(t.text(i));
      if ("tell".equals(lemma) || "brief".equals(lemma) || "inform".equals(lemma)) {
        k = skipRecipient(k, end);
      }
      if (k + 1 < end && isWord(k) && Character.isLowerCase(t.first(k)) && !NOT_A_CLAUSE.contains(lower(k))
          && RECIPIENT_TOPIC.contains(lower(k + 1)) && OBJECT_CUES.contains(lemma)) {
        return k + 1; // "tell people how ...", "warn citizens of ...": a topic, no reported clause
      }
      return skipAdverbials(k, end);
    }

    /**
     * After {@code that} and the comma at {@code comma}: where the clause starts if a parenthesis
     * follows, closed by a second comma ({@code said that, in his view, ...}), else {@code end}, as
     * {@code that} was a pronoun ({@code Having said that, ...}, {@code believe that, simply because}).
     */
    private int parentheticalEnd(int comma, int end) {
      for (int k = comma + 2; k < end && k - comma <= 15; k++) {
        if (t.is(k, ",")) {
          return comma + 1;
        }
        if (t.kind(k) == TokenKind.QUOTE || t.is(k, ";") || t.is(k, ":")) {
          break;
        }
      }
      return end;
    }

    /**
     * Whether the {@code that} at {@code j} opens a relative clause on a noun phrase that starts
     * the reported clause right after the cue ({@code said the strikes that killed ...}), not the
     * reported clause itself ({@code said in a statement that}, {@code told the BBC that}).
     */
    private boolean relativeThat(int k, int j, String lemma) {
      if (j == k || OBJECT_CUES.contains(lemma) || !isWord(k) || !DETERMINERS.contains(lower(k))) {
        return false;
      }
      for (int q = k + 1; q < j; q++) {
        if (!isWord(q) || PHRASE_PREPOSITIONS.contains(lower(q)) || cueAt[q] != null) {
          return false; // "said the day after that", "said the report on Monday that ..."
        }
      }
      return Character.isLowerCase(t.first(j - 1));
    }

    private int skipRecipient(int k, int end) {
      int b = k;
      boolean determiner = false;
      while (b < end && (b == k && DETERMINERS.contains(lower(b)) || owner[b] != null || t.isCapitalized(b)
          || t.kind(b) == TokenKind.POSSESSIVE
          || t.kind(b) == TokenKind.NUMBER && b > k && t.isCapitalized(b - 1) && t.length(b) <= 2
             && !(b + 1 < end && isWord(b + 1) && Character.isLowerCase(t.first(b + 1))))) {
        // Radio 4, Channel 4; not "told Reuters 16 soldiers had been killed"
        determiner |= DETERMINERS.contains(lower(b));
        b++;
      }
      if (!determiner && b > k && b < end && isWord(b) && CHANNEL_NOUNS.contains(lower(b))
          && (t.isCapitalized(b - 1) || owner[b - 1] != null)) {
        b++; // "told Radio 4's Today programme"
      }
      if (b < end && determiner && isWord(b) && Character.isLowerCase(t.first(b)) && !t.is(b, "that")
          && !DETERMINERS.contains(lower(b))) {
        b++; // the Russian president, the BBC News website
        if (b + 1 < end && (t.is(b, "of") || t.is(b, "for"))
            && (t.isCapitalized(b + 1) || owner[b + 1] != null || t.is(b + 1, "the"))) {
          b++; // a meeting of the Metropolitan Police Authority
          while (b < end && (t.is(b, "the") || t.isCapitalized(b) || owner[b] != null
              || t.kind(b) == TokenKind.POSSESSIVE)) {
            b++;
          }
        }
      }
      if (b < end && isWord(b) && RECIPIENTS.contains(lower(b))) {
        b++; // "told reporters", "told jurors"
      }
      return b;
    }

    private int skipAdverbials(int k, int end) {
      int b = k;
      while (b < end) {
        if (b + 1 < end && t.kind(b + 1) == TokenKind.POSSESSIVE) {
          break; // "described Sunday's vote as ...": the object, not a time
        }
        String w = lower(b);
        if ((w.equals("at") || w.equals("over")) && b + 2 < end && t.is(b + 1, "the") && t.is(b + 2, "weekend")) {
          b += 3; // "said at the weekend Australia was ..."
          continue;
        }
        if (w.equals("on") || w.equals("last") || w.equals("this") || w.equals("late") || w.equals("early")) {
          int j = b + 1;
          while (j < end && j - b <= 3 && (t.isCapitalized(j) || t.kind(j) == TokenKind.NUMBER
              || lower(j).equals("week") || lower(j).equals("month") || lower(j).equals("year")
              || lower(j).equals("night") || lower(j).equals("morning"))) {
            j++;
          }
          if (j == b + 1) {
            break;
          }
          if (j + 1 < end && t.is(j, ",") && t.kind(j - 1) == TokenKind.NUMBER && t.kind(j + 1) == TokenKind.NUMBER
              && t.length(j + 1) == 4) {
            j += 2; // "on Nov. 22, 2018": the year after the day
          }
          b = j;
        } else if (w.equals("yesterday") || w.equals("today") || w.equals("tonight") || w.equals("earlier")
            || w.equals("monday") || w.equals("tuesday") || w.equals("wednesday") || w.equals("thursday")
            || w.equals("friday") || w.equals("saturday") || w.equals("sunday") || w.equals("also")) {
          b++;
        } else {
          break;
        }
      }
      return b;
    }

    /** The end of a reported clause: before {@code , according to}, {@code , adding}, {@code and said}. */
    private int cut(int from, int end) {
      for (int j = from + 1; j < end; j++) {
        boolean dashOrQuote = t.kind(j) == TokenKind.DASH || t.kind(j) == TokenKind.QUOTE && !t.spaceBefore(j);
        if (dashOrQuote && j + 1 < end && !inQuote(j + 1) && cueAt[j + 1] != null && isParticiple(j + 1)) {
          return t.kind(j) == TokenKind.QUOTE ? j + 1 : j; // "... pace” adding that" (the mark closes a quotation), "-- adding that"
        }
        if (j > from && t.kind(j) == TokenKind.QUOTE && inQuote(j) && quotes.get(quoteOf[j]).close() == j
            && t.is(j - 1, ",") && j + 1 < end && closingAttributionAt(j + 1, end)) {
          return j - 1; // 'X said that “Q,” the state news agency reported.': the relay is a claim of its own
        }
        if (inQuote(j)) {
          continue;
        }
        if (dashThenNewClause(j, end)) {
          return j; // "Mr Chirac denied there was any snub - he is going to a memorial service"
        }
        if (t.is(j, ",") && j + 1 < end) {
          if (t.isIgnoreCase(j + 1, "according") || closingAttributionAt(j + 1, end)) {
            return j; // "..., the state news agency KCNA reported."
          }
          int k = j + 1;
          while (k < end && isWord(k) && skippable(k)) {
            k++;
          }
          if (k < end && cueAt[k] != null && isParticiple(k)) {
            return j; // ", adding that ...", also when "adding:" already introduced a quotation
          }
          if (j > from + 2 && isWord(j + 1) && NARRATOR_PARTICIPLES.contains(lower(j + 1))) {
            return j; // "Iran shot down a Navy drone, heightening tensions": the writer's comment, not the claim
          }
        }
        if ((t.is(j, "and") || t.is(j, "but")) && j + 1 < end && cue(j + 1) != null && !isParticiple(j + 1)
            && (lower(j + 1).endsWith("d") || lower(j + 1).endsWith("s") || lower(j + 1).equals("told"))
            && !(IDENTIFYING.contains(cues.lemma(t.text(j + 1))) && !asFollows(j + 1, end))
            && !("continue".equals(cues.lemma(t.text(j + 1))) && !(j + 2 < end && (t.is(j + 2, ":") || t.kind(j + 2) == TokenKind.QUOTE)))) {
          return j; // not "investigators tracked the coins and identified the account": an act, no claim;
        } // nor "the attack began at 1500 and continued until 1815": only "and continued: ..." goes on speaking
        if (j > from + 1 && (t.is(j, "after") || t.is(j, "before") || t.is(j, "because") || t.is(j, "although"))
            && !inQuote(j) && subjectThenCue(j + 1, end) && j + 1 < end && (owner[j + 1] != null || t.is(j + 1, "the"))
            && sayFollows(j + 1, end)) {
          return j; // "denounced the strikes as a hostile act after the Pentagon said it had ...": two claims
        }
        if (j > from + 1 && t.is(j, "and") && j + 2 < end && (owner[j + 1] != null || t.is(j + 1, "the") && owner[j + 2] != null)
            && subjectThenCue(j + 1, end) && sayFollows(j + 1, end)) {
          return j; // "X said he was concerned and the Foreign Office said it had summoned ...": two claims
        }
        if (j > from + 1 && (t.is(j, "but") || t.is(j, "while") || t.is(j, "whereas") || t.is(j, "where") && clauseMark(j - 1)
            || t.is(j, "and") && (clauseMark(j - 1) || pronounThenCue(j + 1, end))) && subjectThenCue(j + 1, end)) {
          // "..., where Israel confirmed an operation targeted ...": the place's clause is another's claim
          // "groups say the code is not binding - but Mr Straw said it would be": two claims
          return clauseMark(j - 1) ? j - 1 : j;
        }
      }
      return end;
    }

    /** Whether {@code [k, end)} is a closing attribution: a noun phrase, a finite cue and adverbials only. */
    private boolean closingAttributionAt(int k, int end) {
      int j = k;
      while (j < end && j - k < 8 && npToken(j) && cueAt[j] == null) {
        j++;
      }
      if (j == k || j >= end || !isWord(j) || cue(j) != CueLexicon.Strength.STRONG || isParticiple(j)) {
        return false;
      }
      return onlyAdverbials(j + 1, end) && !(j + 1 < end && t.is(j + 1, "that"));
    }

    /** Whether a form of {@code say} comes within a few tokens after {@code k}: {@code after the Pentagon said}. */
    private boolean sayFollows(int k, int end) {
      for (int j = k; j < end && j - k < 6; j++) {
        if (cueAt[j] != null) {
          return "say".equals(cues.lemma(t.text(j)));
        }
      }
      return false;
    }

    /**
     * Whether a spaced dash at {@code j} opens a clause of the narrator's own: a subject pronoun
     * and a lower-case verb after it, and no second dash that would close a parenthesis.
     */
    private boolean dashThenNewClause(int j, int end) {
      boolean dash = t.kind(j) == TokenKind.DASH || t.is(j, "-") && t.spaceBefore(j);
      if (!dash || j + 2 >= end || !isWord(j + 1) || !PRONOUNS.contains(lower(j + 1))
          || !isWord(j + 2) || !Character.isLowerCase(t.first(j + 2))) {
        return false;
      }
      for (int k = j + 1; k < end; k++) {
        if (t.kind(k) == TokenKind.DASH || t.is(k, "-") && t.spaceBefore(k)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Where the noun phrase that ends before {@code end} starts: back over at most {@code max} tokens
     * that can stand in one ({@link #npToken}), not before {@code floor} and not over the word
     * {@code stop} ({@code null} for none).
     */
    private int phraseStart(int end, int floor, int max, String stop) {
      int a = end;
      while (a - 1 >= floor && end - a < max && npToken(a - 1) && (stop == null || !t.is(a - 1, stop))) {
        a--;
      }
      return a;
    }

    /** Whether {@code [?, last]} is a noun phrase right after "with": the subject of an absolute participle. */
    private boolean withSubject(int last, int first) {
      int a = phraseStart(last, first, 6, "with");
      return a > first && a <= last && t.is(a - 1, "with") && npToken(last);
    }

    /** Whether a finite verb follows the subject ending at {@code end} before the participle at {@code p}. */
    private boolean subjectVerbFollows(int end, int p) {
      return end < p && isWord(end) && Character.isLowerCase(t.first(end)) && !inQuote(end);
    }

    /**
     * Whether a long apposition runs from the comma at {@code k} to the end of the clause, with no
     * cue or quotation in it: {@code said Ahn-Za Hagström, head of the National Centre for Terror
     * Threat Assessment (NCT).} (shorter ones pass as adverbials), or up to a short adverbial after a
     * comma ({@code , in Berlin.}).
     */
    private boolean appositionToEnd(int k, int end) {
      if (!(k + 1 < end && t.is(k, ",") && appositionAt(k + 1, end)) || end - k > 20) {
        return false;
      }
      for (int j = k + 1; j < end; j++) {
        if (t.is(j, ",") && j + 2 < end && t.isIgnoreCase(j + 1, "according") && t.isIgnoreCase(j + 2, "to")) {
          return true; // "..., said X, head of Y, according to The War Zone": the apposition ends at the relay
        }
        if (t.is(j, ",") && j + 1 < end && j + 5 >= end && onlyAdverbials(j + 1, end)) {
          return true; // "..., said X, spokesman for the Federal Ministry of the Interior, in Berlin."
        }
        if (t.kind(j) == TokenKind.QUOTE || cueAt[j] != null || t.is(j, ",") || t.is(j, ";")) {
          return false;
        }
      }
      return true;
    }

    /** Whether a role in apposition opens at {@code k}: {@code legal director of Redress,}, {@code a former spy,}. */
    private boolean appositionAt(int k, int limit) {
      for (int q = k; q < limit && q - k < 5; q++) {
        if (!isWord(q) || t.isCapitalized(q) && q > k) {
          return false;
        }
        if (SpeakerResolverRoles.isRole(lower(q))) {
          return true;
        }
      }
      return false;
    }

    /** A comma, semicolon or dash between clauses ({@code  - but}: a spaced hyphen is a dash). */
    private boolean clauseMark(int k) {
      return t.kind(k) == TokenKind.DASH || t.is(k, ",") || t.is(k, ";")
          || t.is(k, "-");
    }

    /** A question reported as such: {@code asked whether ministers had looked at ...} (SPEC: what was asked). */
    private boolean askedWhether(int cue, int contentFrom) {
      return t.is(contentFrom, "whether") && asks(cue);
    }

    /** Whether the cue at {@code cue} reports a question: {@code ask}, {@code question}, {@code wonder}. */
    private boolean asks(int cue) {
      String lemma = cues.lemma(t.text(cue));
      return "ask".equals(lemma) || "question".equals(lemma) || "wonder".equals(lemma);
    }

    /**
     * Whether the content is a whole conditional sentence, {@code if} or {@code unless} and a clause
     * before a comma and the main clause after it: {@code May said if there is no credible response
     * by Tuesday, the UK would conclude ...}; not after {@code asked}, where it is a question.
     */
    private boolean conditionalClause(int cue, int contentFrom, int contentTo) {
      if (!(t.is(contentFrom, "if") || t.is(contentFrom, "unless")) || asks(cue)) {
        return false;
      }
      return firstCommaOr(contentFrom + 3, contentTo - 3) < contentTo - 3;
    }

    /** Whether a subject pronoun and a finite cue open at {@code k}: {@code ... and he asked whether}. */
    private boolean pronounThenCue(int k, int end) {
      return k + 1 < end && (t.is(k, "he") || t.is(k, "she") || t.is(k, "they") || t.is(k, "it"))
          && cue(k + 1) != null && !isParticiple(k + 1);
    }

    /** Whether a named subject of at most six tokens (or a pronoun) opens at {@code k} and a finite cue follows it. */
    private boolean subjectThenCue(int k, int end) {
      if (pronounThenCue(k, end)) {
        return true;
      }
      int b = k;
      boolean named = false;
      while (b < end && b - k < 10 && npToken(b) && cue(b) == null) { // "Japan's Chief Cabinet Secretary Yoshihide Suga"
        named |= owner[b] != null || t.isCapitalized(b);
        b++;
      }
      return named && b > k && b < end && cue(b) != null && !isParticiple(b) && !t.is(b - 1, "to"); // not "but critical of X's failure to tell"
    }

    /**
     * Whether {@code [first, comma)} is a quotation with its attribution: a DIRECT claim made in it,
     * and a cue between the quotation's end and the comma.
     */
    private boolean quotationAttributedBefore(int first, int comma) {
      int from = t.start(first);
      int to = t.end(comma - 1);
      for (int k = claims.size() - 1; k >= 0 && k >= claims.size() - 16; k--) {
        Claim c = claims.get(k);
        if (c.kind() == ClaimKind.DIRECT && c.content().start() >= from && c.content().end() <= to && c.cue() != null
            && c.cue().start() >= c.content().end() && c.cue().end() <= to) {
          return true;
        }
      }
      return false;
    }

    /**
     * {@code CLAUSE, per the statement.}: {@code per} as {@code according to}, after a comma and
     * closing the sentence with its source, a described one or a name alone; not {@code 40
     * dollars per barrel}, nor an outlet that holds a name ({@code per USA Today}).
     */
    private boolean perSource(Sentence se, int i, int end) {
      int first = startOfContent(se);
      if (i - 2 <= first || !t.is(i - 1, ",") || i + 1 >= end) {
        return false;
      }
      int npEnd = phraseToClauseEnd(i + 1, end);
      if (npEnd < end) {
        return false;
      }
      boolean named = owner[i + 1] != null && t.indexAtOrAfter(owner[i + 1].end()) >= npEnd; // "per MI6", not "per USA Today"
      if (!(t.isIgnoreCase(i + 1, "the") || named)) {
        return false;
      }
      return addIfSpeaker(i + 1, npEnd, i, i, t.start(first), t.end(i - 2), se);
    }

    private void according(Sentence se, int i, int end) {
      int first = startOfContent(se);
      int npStart = i + 2;
      int npEnd = phraseToClauseEnd(npStart, end);
      if (npEnd <= npStart) {
        return;
      }
      Speaker sp = resolve(npStart, npEnd);
      if (sp == null) {
        return;
      }
      int prev = i - 1;
      if (prev < first || prev >= first && t.kind(prev) == TokenKind.QUOTE) {
        // According to X, CLAUSE; but "According to AP, officials have said that ..." is the officials' claim
        if (npEnd < end && t.is(npEnd, ",")) {
          int from = npEnd + 1;
          if (attributedWithin(from, end, se)) {
            return;
          }
          int to = cut(from, end);
          if (to > from + 2) {
            addIndirect(sp, i, i + 1, t.start(from), t.end(to - 1), se);
          }
        }
        return;
      }
      if (t.is(prev, ",") && prev - 2 >= first && t.isIgnoreCase(prev - 1, "that") && cue(prev - 2) != null) {
        return; // "X said that, according to the evidence, ...": inside X's clause, which holds it
      }
      if (t.is(prev, ",") && quotationAttributedBefore(first, prev)) {
        return; // '"Q," Wray warned the committee, according to excerpts obtained by CBS': Wray's, relayed
      }
      if (t.is(prev, ",")) {
        if (npEnd >= end) {
          // CLAUSE, according to X.
          if (prev > first) {
            addIndirect(sp, i, i + 1, t.start(first), t.end(prev - 1), se);
          }
        } else {
          addIndirect(sp, i, i + 1, t.start(first), t.end(end - 1), se);
        }
      } else if (npEnd < end && t.is(npEnd, ",")) {
        // "Among other things, according to X, CLAUSE" or mid-sentence: take the clause after it
        int from = npEnd + 1;
        if (attributedWithin(from, end, se)) {
          return;
        }
        int to = cut(from, end);
        if (to > from + 2) {
          addIndirect(sp, i, i + 1, t.start(from), t.end(to - 1), se);
        }
      }
    }

    /**
     * {@code In a statement by X, CLAUSE.} (also {@code from X}, {@code a joint statement}): the
     * clause is X's claim, as after {@code according to X,}, when it holds no cue of its own ({@code
     * In a statement from the ministry, officials said ...} is the officials'). Whether it was one.
     */
    private boolean statementBy(Sentence se, int i, int end) {
      int k = i + 1;
      if (!(k < end && (t.isIgnoreCase(k, "a") || t.isIgnoreCase(k, "an")))) {
        return false;
      }
      k++;
      while (k < end && k < i + 5 && isWord(k) && Character.isLowerCase(t.first(k)) && !ISSUED_NOUNS.contains(lower(k))) {
        k++; // "a joint statement", "a brief written statement"
      }
      if (!(k + 2 < end && isWord(k) && ISSUED_NOUNS.contains(lower(k))
          && (t.isIgnoreCase(k + 1, "by") || t.isIgnoreCase(k + 1, "from")))) {
        return false;
      }
      int npStart = k + 2;
      int npEnd = phraseToClauseEnd(npStart, end);
      if (!(npEnd < end && t.is(npEnd, ","))) {
        return false;
      }
      int from = npEnd + 1;
      for (int c = from; c < end; c++) {
        if (!inQuote(c) && cue(c) == CueLexicon.Strength.STRONG) {
          return false; // the clause reports its own speech
        }
      }
      Speaker sp = resolve(npStart, npEnd);
      if (sp == null) {
        return false;
      }
      int to = cut(from, end);
      if (to > from + 2) {
        addIndirect(sp, k, k + 1, t.start(from), t.end(to - 1), se);
      }
      return true;
    }

    /**
     * Whether the clause after {@code according to X,} names its own source: {@code According to
     * AP, officials have said that ...}, {@code ..., the ministry issued a statement saying ...}.
     * That source's claim is the one to keep.
     */
    private boolean attributedWithin(int from, int end, Sentence se) {
      for (int k = from; k < end; k++) {
        if (issuedNounBeforeThat(k, end) > 0) {
          return true; // "X issued an announcement that ..., ERR reported"
        }
        if (!inQuote(k) && cue(k) == CueLexicon.Strength.STRONG && !blocked(k, from) && k + 1 < end
            && (t.isIgnoreCase(k + 1, "that") || isParticiple(k) && statementIssuer(k, se) != null)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Adds the reported claim {@code [s, e)} of the speaker phrase {@code [from, to)} with the cue
     * {@code [cueFirst, cueLast]}, when the phrase resolves to a speaker. Whether it did.
     */
    private boolean addIfSpeaker(int from, int to, int cueFirst, int cueLast, int s, int e, Sentence se) {
      Speaker sp = from < to ? resolve(from, to) : null;
      if (sp == null) {
        return false;
      }
      addIndirect(sp, cueFirst, cueLast, s, e, se);
      return true;
    }

    private void addIndirect(Speaker sp, int cueFirst, int cueLast, int s, int e, Sentence se) {
      if (e <= s || overlapsClaim(s, e) || wordCount(s, e) < 2 || noOne(sp)) {
        return;
      }
      sp = citedSource(spokesmanFor(sp, s), cueLast, se);
      for (int i = cueFirst; i <= cueLast; i++) {
        usedCue[i] = true;
      }
      emit(ClaimKind.INDIRECT, sp, cueOf(cueFirst, cueLast), s, e, false);
      remember(sp, se.paragraph());
    }

    /**
     * Whether the speaker phrase denies there is a speaker: {@code No group has claimed
     * responsibility}, {@code no one said}, {@code Nobody claimed}. Nothing was said, so no claim.
     */
    private boolean noOne(Speaker sp) {
      if (sp == null || sp.start() < 0) {
        return false;
      }
      int k = t.indexAtOrAfter(sp.start());
      if (k >= n || !isWord(k)) {
        return false;
      }
      String w = lower(k);
      if (w.equals("nobody") || w.equals("none") || w.equals("neither")) {
        return true;
      }
      if (!w.equals("no")) {
        return false;
      }
      int end = t.indexAtOrAfter(sp.end());
      for (int j = k + 1; j < end; j++) {
        if (!isWord(j) || !Character.isLowerCase(t.first(j))) {
          return false; // "No entry for ICC Presidential legal adviser Salvador Panelo said": a headline run into a name
        }
      }
      return end > k + 1;
    }
  }

  /** Role nouns that may head a speaker phrase that follows its cue. */
  static final class SpeakerResolverRoles {
    private static final Set<String> ROLES = Set.of("spokesman", "spokeswoman", "spokesperson",
        "official", "officials", "minister", "president", "chief", "head", "director", "officer",
        "diplomat", "source", "sources", "ambassador", "secretary", "statement", "commander",
        "general", "leader", "prosecutors", "police", "agent", "prosecutor", "constable", "inspector",
        "detective", "judge", "attorney", "correspondent", "editor", "reporter", "analyst", "expert",
        "economist", "professor", "lawyer", "executive", "chairman", "researcher", "authorities", "governor",
        "envoy", "commissioner", "mayor");

    private SpeakerResolverRoles() {}

    static boolean isRole(String w) {
      return ROLES.contains(w);
    }
  }
}
