package org.secnews.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.secnews.entity.Entity;
import org.secnews.entity.EntityType;
import org.secnews.entity.Gender;
import org.secnews.entity.Mention;
import org.secnews.entity.MentionForm;
import org.secnews.gazetteer.Alias;
import org.secnews.gazetteer.Gazetteer;
import org.secnews.gazetteer.GazetteerMatcher;
import org.secnews.internal.Folding;
import org.secnews.text.Sentence;
import org.secnews.text.TokenKind;
import org.secnews.text.Tokenizer;
import org.secnews.text.Tokens;

/**
 * Finds every mention in a document: gazetteer names, then what only the document itself tells.
 *
 * <p>Design, in passes over the tokens, each filling only tokens no earlier pass took:
 *
 * <ol>
 *   <li><b>Gazetteer</b>: {@link GazetteerMatcher}, longest match.
 *   <li><b>Introduced officials</b>: a run of two to four capitalised name words with a post
 *       before it ({@code Major Ibrahim Hassan}, {@code ministry spokesman Jeong Joon-hee}) or a
 *       role in apposition after it ({@code Yanjun Xu, a Deputy Regional Director for China's
 *       Ministry of State Security}) becomes an {@code OFFICIAL} with an id derived from the name.
 *   <li><b>Defined forms</b>: {@code NAME (ACRONYM)} after an agency or group defines the acronym
 *       for the rest of the document.
 *   <li><b>Generic bodies</b>: {@code Foreign Ministry}, {@code Defence Ministry} and the like
 *       resolve to that body of the nearest country mentioned before them.
 *   <li><b>Surnames</b>: after a person's full name, the surname alone ({@code Moore}), or the
 *       listed later-reference form ({@code De Bolle}), is a mention of the same person.
 * </ol>
 *
 * <p>Each pass is linear in the number of tokens. Immutable and thread-safe; the state of one
 * document lives in {@link Run}.
 *
 * @since 0.1
 */
public final class MentionFinder {
  private static final String[][] GENERIC_BODIES = {
      {"foreign-ministry", "Foreign Ministry"}, {"foreign-ministry", "Ministry of Foreign Affairs"},
      {"foreign-ministry", "Foreign Affairs Ministry"},
      {"defence-ministry", "Defence Ministry"}, {"defence-ministry", "Defense Ministry"},
      {"defence-ministry", "Ministry of Defence"}, {"defence-ministry", "Ministry of Defense"},
      {"defence-ministry", "Ministry of National Defence"}, {"defence-ministry", "Ministry of National Defense"},
      {"interior-ministry", "Interior Ministry"}, {"interior-ministry", "Ministry of Interior"},
      {"interior-ministry", "Ministry of the Interior"}, {"interior-ministry", "Home Ministry"},
      {"interior-ministry", "Ministry of Internal Affairs"}, {"interior-ministry", "Ministry of Home Affairs"},
      {"justice-ministry", "Justice Ministry"}, {"justice-ministry", "Ministry of Justice"},
      {"foreign-ministry", "MFA"}, // "MFA said" after "the Ministry of Foreign and Diaspora Affairs": the one named
  };

  private static final org.secnews.internal.WordSet GENERIC_FIRST_WORDS = org.secnews.internal.WordSet.exact(
      java.util.Arrays.stream(GENERIC_BODIES).map(g -> g[1].split(" ")[0]).toList());

  /**
   * Words that put a role in the state's service ({@code police spokesman}), or in elected
   * office ({@code Tory leader}, {@code the Liberal Democrats' foreign affairs spokesman}): SPEC
   * counts legislators and party leaders in parliament as officials, as the dev data does.
   */
  private static final Set<String> STATE_WORDS = Set.of("ministry", "police", "government", "embassy",
      "intelligence", "military", "army", "agency", "department", "service", "security", "state",
      "federal", "parliament", "parliamentary", "opposition", "shadow", "senate", "congressional",
      "party", "tory", "tories", "labour", "conservative", "conservatives", "liberal", "democrat",
      "democrats", "democratic", "republican", "republicans", "cabinet", "lib", "dem", "dems",
      "commons", "lords", "mp", "mps", "congress", "legislature", "prosecuting", "prosecution", "prosecutor",
      "prosecutors", "bureau", "judicial", "investigation", "investigations", "counterterrorism",
      "counter-terrorism", "border", "customs", "gendarmerie", "navy", "directorate", "province", "provincial",
      "defence", "defense");

  /** Verbs of saying after a speaker's name or a description: {@code Monirul Islam said}, {@code told reporters}. */
  private static final Set<String> SAYS = Set.of("said", "says", "told", "added", "stated", "explained", "confirmed",
      "announced", "warned");

  /** Nouns of public bodies that a {@code national} before them makes a state body: {@code national crisis management center}. */
  private static final Set<String> STATE_BODY_NOUNS = Set.of("center", "centre", "council", "commission",
      "committee", "bureau", "directorate", "inspectorate", "authority", "guard");

  /** Verbs of leading a body: {@code who heads the Justice Department's national security division}. */
  private static final Set<String> HEADS = Set.of("heads", "headed", "leads", "led", "runs", "ran", "directs",
      "directed", "chairs", "chaired", "commands", "commanded", "oversees", "oversaw");

  /** Titles of a state office named by its portfolio: {@code Minister of Justice and Security} (not {@code MP for Richmond}). */
  private static final Set<String> PORTFOLIO_TITLES = Set.of("Minister", "Secretary", "Director", "Director-General",
      "Commissioner", "Governor", "Ambassador", "Attorney", "Prosecutor", "Chief", "Head", "Undersecretary");

  /** Function words that an acronym of a name skips: {@code Ministry of State Security} is MSS. */
  private static final Set<String> INITIALS_SKIP = Set.of("of", "the", "for", "and", "on", "de", "du", "des", "la", "le", "al");

  /** Marks a first name that two people named in the text share. */
  private static final Entity AMBIGUOUS = new Entity("-", EntityType.OFFICIAL, "-", "", "", "", Gender.UNKNOWN);

  /** Nouns that make a city's name before them a treaty's or a process's: {@code Rome Statute}. */
  private static final Set<String> AGREEMENTS = Set.of("Statute", "Treaty", "Convention", "Conventions", "Protocol",
      "Agreement", "Agreements", "Accord", "Accords", "Declaration", "Charter", "Process", "Format", "Memorandum", "Summit");

  /** Honorifics that a surname follows: {@code Mr German said}. */
  private static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Miss");

  /** Verbs that may follow a surname spelt like a demonym: {@code Najib Danish said}. */
  private static final Set<String> SAY_FORMS = Set.of("said", "says", "told", "tells", "added", "adds", "wrote", "writes");

  /** The words of a body that also qualify other nouns: {@code military ruler}, {@code police state}. */
  private static final Set<String> LOWERED_BODY_WORDS = Set.of("military", "army", "navy", "police");

  /** Words after a body word that go on with the body as the subject or a conjunct: {@code the army says}. */
  private static final Set<String> BODY_CONTINUATIONS = Set.of("said", "says", "told", "tells", "has", "have",
      "had", "is", "was", "were", "are", "will", "would", "could", "can", "may", "might", "must", "should",
      "did", "does", "also", "which", "who", "that", "then", "claims", "warns", "denies", "insists",
      "confirms", "reports", "believes", "accuses", "alleges", "announces", "added", "adds", "stated",
      "states", "launched", "launches", "killed", "kills", "arrested", "arrests", "fired", "fires",
      "statement", "hackers",
      "later", "still", "now", "never", "already", "again", "itself", "against", "into", "since",
      "after", "before", "while", "when", "near", "under", "over", "about", "along", "within");

  /** Nouns of rule that a body word qualifies without naming the body: {@code military junta}. */
  private static final Set<String> RULE_NOUNS = Set.of("ruler", "rulers", "regime", "regimes", "junta",
      "juntas", "dictatorship", "dictator", "rule", "coup", "coups", "government", "governments",
      "strongman", "takeover", "state");

  /** Nouns for a state whose possessive puts the role after it in its service: {@code the country's top prosecutor}. */
  private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "kingdom", "republic");

  /** A government portfolio before a spokes- word: {@code Home Affairs spokesman}, {@code Health spokesman} (a party's, in parliament). */
  private static final Set<String> PORTFOLIOS = Set.of("affairs", "health", "defence", "defense", "education",
      "treasury", "justice", "transport", "environment", "trade", "industry", "culture", "interior", "finance",
      "economy", "energy", "immigration", "welfare", "work", "pensions", "housing", "agriculture", "home", "foreign",
      "constitutional", "europe", "international", "development", "communities");

  /** Portfolio words before a lower-case {@code ministry}: {@code the foreign ministry}. */
  private static final Set<String> PORTFOLIO_WORDS = Set.of("foreign", "defence", "defense", "interior",
      "home", "justice", "security", "national", "state");

  /** Words of sports and civil bodies, whose heads hold no state post: {@code Athletics Federation}. */
  private static final Set<String> CIVIL_BODY_WORDS = Set.of("federation", "association", "club", "league",
      "football", "athletics", "olympic", "sports", "sporting", "rugby", "cricket", "tennis");

  /** Nouns after a state word that make it private business: {@code security firm}, {@code intelligence company}. */
  private static final Set<String> PRIVATE_NOUNS = Set.of("firm", "firms", "company", "companies", "consultant",
      "consultants", "consultancy", "vendor", "vendors", "industry", "software", "specialist", "specialists",
      "researcher", "researchers", "expert", "experts", "analyst", "analysts", "contractor", "contractors");

  /** How far (in chars) after "the law lords" a peer is taken for one of them: the same story, a few paragraphs. */
  private static final int LAW_LORDS_GAP = 2000;

  /** How far apart (in chars) two peers may be named for the first to vouch for the second. */
  private static final int PEER_GAP = 600;

  /** Words that name a party in parliament: {@code for the Liberal Democrats}, {@code for Labour}. */
  private static final Set<String> PARTY_WORDS = Set.of("tory", "tories", "labour", "conservative",
      "conservatives", "liberal", "democrat", "democrats", "lib", "dem", "dems", "republican", "republicans",
      "snp", "ukip", "party", "democratic", "unionist", "unionists", "plaid", "cymru", "green", "greens");

  /**
   * Common Chinese, Korean and Vietnamese family names, which stand first in the names news gives
   * ({@code Foreign Ministry spokesperson Zhao Lijian ... Zhao said}, {@code Park Geun-hye}).
   */
  private static final Set<String> EAST_ASIAN_FAMILY_NAMES = Set.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang",
      "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo", "Liang",
      "Song", "Zheng", "Xie", "Han", "Tang", "Feng", "Yu", "Dong", "Xiao", "Cheng", "Cao", "Yuan", "Deng", "Fu",
      "Shen", "Zeng", "Peng", "Lu", "Su", "Jiang", "Cai", "Jia", "Ding", "Wei", "Xue", "Ye", "Yan", "Pan", "Du",
      "Dai", "Xia", "Zhong", "Tian", "Ren", "Fan", "Fang", "Shi", "Yao", "Tan", "Liao", "Zou", "Xiong", "Jin",
      "Hao", "Kong", "Bai", "Cui", "Kang", "Mao", "Qiu", "Qin", "Gu", "Hou", "Shao", "Meng", "Long", "Wan",
      "Duan", "Qian", "Yin", "Yi", "Chang", "Qiao", "Lai", "Gong", "Wen", "Geng", "Hua", "Lei", "Mei", "Xi",
      "Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Cho", "Yoon", "Jang", "Lim", "Oh", "Seo", "Shin", "Kwon",
      "Hwang", "Ahn", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Son", "Bae", "Baek", "Heo", "Nam", "Noh", "Roh",
      "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo", "Min", "Ryu", "Chung", "Nguyen", "Tran", "Le", "Pham", "Hoang",
      "Phan", "Vu", "Vo", "Dang", "Bui", "Ngo",
      // North Korean spellings: Jo Chol Su, Ri Son Gwon, Pak Jong Chon, Choe Son Hui
      "Jo", "Ri", "Pak", "Choe", "Ryom", "Thae", "Hyon", "Yun", "Ju", "Kye", "Rim",
      // Wade-Giles and Cantonese spellings used in Taiwan, Hong Kong and Singapore: Chiu Kuo-cheng, Tsai Ing-wen
      "Chiu", "Tsai", "Hsu", "Hsieh", "Tseng", "Chou", "Chiang", "Kuo", "Yeh", "Kao", "Lo", "Wong", "Tsang",
      "Leung", "Cheung", "Chan", "Ng", "Teo", "Goh", "Ong", "Hsiao", "Chien", "Chu", "Tsao", "Shih", "Hsiung");

  /** The Arabic article as it begins transliterated surnames: {@code al-Burhan}, {@code el-Sisi}, {@code ash-Sharaa}. */
  private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath");

  /** Nouns that make the name after them a media outlet's: {@code the broadcaster NHK}, {@code the daily Kommersant}. */
  private static final Set<String> MEDIA_NOUNS = Set.of("newspaper", "daily", "broadcaster", "tabloid",
      "magazine", "weekly", "website", "outlet", "channel", "wire");

  /** Nouns that describe an armed group before a spokes- word: {@code the group's spokesman}, {@code a rebel spokesman}. */
  private static final Set<String> GROUP_WORDS = Set.of("group", "group's", "militant", "militants", "rebel",
      "rebels", "insurgent", "insurgents", "militia", "militias", "jihadist", "jihadists", "guerrilla", "guerrillas");

  /** Nouns that make someone an agency's own when they follow its name: {@code FBI man}, {@code CIA veteran}. */
  private static final Set<String> AGENCY_PEOPLE = Set.of("man", "woman", "employee", "veteran",
      "contractor", "analyst", "insider", "informant", "mole", "staffer", "worker", "operative", "agent");

  private final Gazetteer gazetteer;
  private final GazetteerMatcher matcher;
  private final Map<String, Entity> bodyByCountryAndKind;
  private final String[][] genericTokens;
  private final String[] genericKinds;
  private final Map<String, List<Entity>> officialsBySurname;
  /** The last two words of officials' names of three words or more, without diacritics, lower case: {@code lópez obrador}. */
  private final Map<String, List<Entity>> officialsByLastTwoNames;
  private final Map<String, List<String>> surnamesByShape; // "F:5" -> the listed surnames of five letters opening with F
  private final Map<String, List<String>> surnamesBySkeleton; // "dbb" -> Dbeibeh: the listed surnames by consonant skeleton
  private final Map<String, Entity> bodyByQualifiedName; // "Joint Chiefs of Staff|KR" -> Joint Chiefs of Staff (South Korea)

  /**
   * A finder over {@code gazetteer}.
   *
   * @param gazetteer the gazetteer names are looked up in
   */
  public MentionFinder(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.matcher = new GazetteerMatcher(gazetteer);
    Map<String, Entity> bodies = new HashMap<>();
    for (Entity e : gazetteer.entities()) {
      if (e.type() == EntityType.AGENCY && !e.kind().isEmpty() && !e.country().isEmpty()) {
        String key = e.country() + "|" + e.kind();
        Entity old = bodies.get(key);
        if (old == null || conventional(e) && !conventional(old)) {
          bodies.put(key, e);
        }
      }
    }
    this.bodyByCountryAndKind = Map.copyOf(bodies);
    Map<String, List<Entity>> bySurname = new HashMap<>();
    Map<String, List<Entity>> byLastTwo = new HashMap<>();
    for (Entity e : gazetteer.entities()) {
      if (e.type() == EntityType.OFFICIAL) {
        List<String> listed = gazetteer.surnames(e.id());
        String surname = listed.isEmpty() ? e.name().substring(e.name().lastIndexOf(' ') + 1) : listed.get(0);
        int article = surname.indexOf('-');
        if (article > 0 && article <= 3 && ARABIC_ARTICLES.contains(surname.substring(0, article).toLowerCase(Locale.ROOT))) {
          surname = surname.substring(article + 1); // "al-Burhan" is written "Burhan" on its own
        }
        if (surname.length() > 2 && surname.indexOf(' ') < 0 && surname.chars().allMatch(Character::isLetter)) {
          bySurname.computeIfAbsent(surname, k -> new ArrayList<>(1)).add(e);
          String plain = withoutDiacritics(surname);
          if (!plain.equals(surname)) {
            bySurname.computeIfAbsent(plain, k -> new ArrayList<>(1)).add(e); // "Davutoglu" for Davutoğlu
          }
        }
        String[] words = e.name().split(" ");
        if (words.length >= 3) {
          String lastTwo = withoutDiacritics(words[words.length - 2] + " " + words[words.length - 1]).toLowerCase(Locale.ROOT);
          byLastTwo.computeIfAbsent(lastTwo, k -> new ArrayList<>(1)).add(e); // "López Obrador"
        }
      }
    }
    this.officialsBySurname = bySurname;
    this.officialsByLastTwoNames = byLastTwo;
    Map<String, List<String>> byShape = new HashMap<>();
    for (String surname : bySurname.keySet()) {
      if (surname.length() >= 5) {
        byShape.computeIfAbsent(shape(surname.charAt(0), surname.length()), k -> new ArrayList<>()).add(surname);
      }
    }
    this.surnamesByShape = byShape;
    Map<String, List<String>> bySkeleton = new HashMap<>();
    for (String surname : bySurname.keySet()) {
      String skeleton = skeleton(surname);
      if (skeleton.length() >= MIN_SKELETON) {
        bySkeleton.computeIfAbsent(skeleton, k -> new ArrayList<>(1)).add(surname);
      }
    }
    this.surnamesBySkeleton = bySkeleton;
    Map<String, Entity> qualified = new HashMap<>();
    for (Entity e : gazetteer.entities()) {
      if (e.type() != EntityType.AGENCY || e.country().isEmpty()) {
        continue;
      }
      String bare = Gazetteer.withoutQualifier(e.name());
      if (bare != null) {
        qualified.put(bare + "|" + e.country(), e);
      }
      for (Alias a : gazetteer.aliases(e.id())) {
        String bareAlias = Gazetteer.withoutQualifier(a.text()); // "Federal Intelligence Service (Switzerland)"
        if (bareAlias != null) {
          qualified.putIfAbsent(bareAlias + "|" + e.country(), e);
        }
      }
    }
    this.bodyByQualifiedName = Map.copyOf(qualified);
    genericTokens = new String[GENERIC_BODIES.length][];
    genericKinds = new String[GENERIC_BODIES.length];
    for (int g = 0; g < GENERIC_BODIES.length; g++) {
      genericKinds[g] = GENERIC_BODIES[g][0];
      Tokens t = Tokenizer.standard().tokenize(GENERIC_BODIES[g][1]);
      genericTokens[g] = t.stream().map(x -> x.text()).toArray(String[]::new);
    }
  }

  private static boolean conventional(Entity e) {
    String slug = e.id().substring(e.id().indexOf('/') + 1);
    return slug.equals("mfa") || slug.equals("mod") || slug.equals("interior-ministry")
        || slug.equals("justice-ministry") || slug.equals("police");
  }

  /**
   * The gazetteer names are looked up in.
   *
   * @return the gazetteer names are looked up in
   */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * All mentions of the document, in text order, never overlapping.
   *
   * @param tokens    the document's tokens
   * @param sentences the document's sentences, in text order
   * @return the mentions, in text order, never overlapping
   */
  public List<Mention> find(Tokens tokens, List<Sentence> sentences) {
    return find(tokens, sentences, null);
  }

  /**
   * All mentions of a document written on {@code date}, in text order, never overlapping. With a
   * date, a bare surname ({@code Stoltenberg told reporters}) may name the one official of that
   * surname who held a post on that day.
   *
   * @param tokens    the document's tokens
   * @param sentences the document's sentences, in text order
   * @param date      the document's date, or null if unknown
   * @return the mentions, in text order, never overlapping
   */
  public List<Mention> find(Tokens tokens, List<Sentence> sentences, java.time.LocalDate date) {
    return new Run(tokens, sentences, date).find();
  }

  /** The state of one document. */
  private final class Run {
    private final Tokens t;
    private final List<Sentence> sentences;
    private final String text;
    private final int n;
    private final Mention[] owner; // token -> mention covering it, or null
    private final List<Mention> mentions = new ArrayList<>();

    private final java.time.LocalDate date;

    Run(Tokens tokens, List<Sentence> sentences, java.time.LocalDate date) {
      this.date = date;
      this.t = tokens;
      this.sentences = sentences;
      this.text = tokens.text();
      this.n = tokens.size();
      this.owner = new Mention[n];
    }

    List<Mention> find() {
      Mention previous = null;
      for (Mention m : matcher.match(t, sentences)) {
        if (!otherPersonsSurname(m) && !personNamedLikeACity(m) && !acronymAsSurname(m) && !namedAsMedia(m)
            && !namesAnAgreement(m) && !tailOfAnotherBodysName(m)) {
          Mention own = ofTheCountryBefore(asModifierOfRule(definedAsAnother(m)), previous);
          add(withoutPeerage(own));
          previous = own;
        }
      }
      introducedOfficials();
      surnamesOfOthersNamedInFull();
      releaseCitiesNamedLikePeople();
      definedAcronyms();
      acronymVariants();
      initialsOfBodiesNamed();
      genericBodies();
      definedAcronyms(); // again, for the bodies just resolved: "Ministry of Defense (MoD) of Azerbaijan"
      surnamesAndDefinitions();
      mentions.sort(Comparator.comparingInt(Mention::start));
      return mentions;
    }

    /**
     * A name that the text extends with a place and defines by another entity's acronym names that
     * entity: {@code The National Liberation Army of West Papua (TPNPB)} is the TPNPB's name, not
     * Colombia's National Liberation Army. The span grows to the place's last word.
     */
    private Mention definedAsAnother(Mention m) {
      int j = t.indexAtOrAfter(m.end());
      if (m.type() == EntityType.COUNTRY || j + 4 >= n || !t.is(j, "of")) {
        return m;
      }
      int k = j + 1;
      while (k < n && k - j <= 3 && t.kind(k) == TokenKind.WORD && t.isCapitalized(k) && !t.isAllCaps(k)) {
        k++;
      }
      if (k == j + 1 || k + 2 >= n || !t.is(k, "(") || t.kind(k + 1) != TokenKind.WORD || !t.isAllCaps(k + 1)
          || !t.is(k + 2, ")")) {
        return m;
      }
      List<Entity> defined = gazetteer.withAcronym(t.text(k + 1));
      if (defined.size() != 1 || defined.get(0).equals(m.entity()) || defined.get(0).type() != m.type()) {
        return m;
      }
      return mention(defined.get(0), t.indexAtOrAfter(m.start()), k - 1, MentionForm.VARIANT);
    }

    /**
     * A peer listed by title ({@code Lord Goldsmith}) as the surname alone, since the span is the
     * name without its title (SPEC); the gazetteer keeps the title in the alias so that a bare
     * {@code Goldsmith} is not taken for him.
     */
    private Mention withoutPeerage(Mention m) {
      if (m.type() != EntityType.OFFICIAL) {
        return m;
      }
      int first = t.indexAtOrAfter(m.start());
      if (first + 1 < n && t.end(first + 1) <= m.end() && PEERAGE.contains(t.text(first))) {
        int s = t.start(first + 1);
        return new Mention(m.entity(), s, m.end(), text.substring(s, m.end()), m.form());
      }
      return m;
    }

    /**
     * A famous surname listed as an alias ({@code Bush} for George W. Bush) after the text named
     * another official of that surname in full ({@code Police Commissioner Mike Bush}) is that
     * official.
     */
    private void surnamesOfOthersNamedInFull() {
      Map<String, Mention> namedInFull = null; // surname -> where the text first named an official in full
      for (Mention m : mentions) {
        int space = m.text().lastIndexOf(' ');
        if (m.type() == EntityType.OFFICIAL && space > 0 && (m.form() == MentionForm.NAME || m.form() == MentionForm.INTRODUCED)) {
          if (namedInFull == null) {
            namedInFull = new HashMap<>();
          }
          namedInFull.merge(m.text().substring(space + 1), m, (a, b) -> a.start() <= b.start() ? a : b);
        }
      }
      if (namedInFull == null) {
        return;
      }
      for (int k = 0; k < mentions.size(); k++) {
        Mention m = mentions.get(k);
        if (m.type() != EntityType.OFFICIAL || m.form() != MentionForm.ALIAS || m.text().indexOf(' ') >= 0) {
          continue;
        }
        Mention full = namedInFull.get(m.text());
        if (full != null && full.start() < m.start() && !full.entity().equals(m.entity())) {
          Mention own = new Mention(full.entity(), m.start(), m.end(), m.text(), MentionForm.SURNAME);
          mentions.set(k, own);
          for (int i = t.indexAtOrAfter(m.start()); i < n && t.start(i) < m.end(); i++) {
            owner[i] = own;
          }
        }
      }
    }

    /**
     * A famous surname listed as an alias ({@code Blair} for Tony Blair) right after another
     * capitalised first name ({@code Sir Ian Blair}) names someone else.
     */
    private boolean otherPersonsSurname(Mention m) {
      if (m.type() != EntityType.OFFICIAL || m.form() != MentionForm.ALIAS || m.text().indexOf(' ') >= 0) {
        return false;
      }
      int i = t.indexAtOrAfter(m.start());
      int p = i - 1;
      return p >= 0 && t.kind(p) == TokenKind.WORD && t.isCapitalized(p) && !t.isAllCaps(p)
          && !RoleLexicon.isTitle(t, p) && !t.newlineBefore(i) && t.end(p) < m.start()
          && !(p == 0 || t.newlineBefore(p) || t.is(p - 1, ".") || t.kind(p - 1) == TokenKind.QUOTE);
    }

    /**
     * A body's acronym or name right after a media noun names a media outlet, which SPEC excludes:
     * {@code Polish state news agency PAP} (not China's People's Armed Police).
     */
    private boolean namedAsMedia(Mention m) {
      if (m.type() != EntityType.AGENCY && m.type() != EntityType.GROUP) {
        return false;
      }
      int p = t.indexAtOrAfter(m.start()) - 1;
      if (p < 0 || t.kind(p) != TokenKind.WORD || t.end(p) >= m.start() && t.end(p) > m.start()) {
        return false;
      }
      String w = t.text(p).toLowerCase(Locale.ROOT);
      if (w.equals("agency")) {
        return p > 0 && (t.is(p - 1, "news") || t.is(p - 1, "press"));
      }
      return MEDIA_NOUNS.contains(w);
    }

    /**
     * Whether token {@code i} is a noun that the body word before it qualifies: {@code helicopter},
     * {@code spokesman}, {@code ruler}; not a verb or a word that goes on with the body as subject
     * ({@code said}, {@code has}, {@code fired}, {@code and}).
     */
    private boolean qualifiedNoun(int i) {
      if (t.kind(i) != TokenKind.WORD || !Character.isLowerCase(t.first(i))) {
        return false;
      }
      String w = t.text(i);
      return RULE_NOUNS.contains(w) || !(w.endsWith("ed") || BODY_CONTINUATIONS.contains(w) || w.length() <= 3);
    }

    /**
     * The country alone where its {@code military}, {@code army}, {@code navy} or {@code police}
     * only qualifies a noun: {@code former Chilean military ruler Augusto Pinochet} names Chile, not
     * its armed forces, and so does {@code a Polish military helicopter}.
     */
    private Mention asModifierOfRule(Mention m) {
      if (m.type() != EntityType.AGENCY || m.entity().country().isEmpty()) {
        return m;
      }
      int first = t.indexAtOrAfter(m.start());
      int last = t.indexAtOrAfter(m.end()) - 1;
      int next = last + 1;
      if (last <= first || next >= n || !LOWERED_BODY_WORDS.contains(t.text(last)) || !qualifiedNoun(next)) {
        return m;
      }
      Entity country = gazetteer.entity(m.entity().country()).orElse(null);
      if (country == null) {
        return m;
      }
      String prefix = text.substring(t.start(first), t.end(last - 1));
      for (Alias a : gazetteer.aliases(country.id())) {
        if (a.text().equals(prefix)) {
          return mention(country, first, last - 1, a.form());
        }
      }
      return prefix.equals(country.name()) ? mention(country, first, last - 1, MentionForm.NAME) : m;
    }

    /**
     * A capital that names a treaty or a process after the city: {@code Rome Statute}, {@code Oslo
     * Accords}, {@code Vienna Convention}, which are no mention of the country.
     */
    private boolean namesAnAgreement(Mention m) {
      if (m.form() != MentionForm.CAPITAL) {
        return false;
      }
      int next = t.indexAtOrAfter(m.end());
      return next < n && t.kind(next) == TokenKind.WORD && t.isCapitalized(next) && AGREEMENTS.contains(t.text(next));
    }

    /**
     * A body's name that another state's body also bears, right after that state's name: {@code
     * South Korea's Joint Chiefs of Staff} is South Korea's, though the bare name is the US body's;
     * so is the name in apposition to a description of the state's body: {@code Switzerland's top
     * intelligence agency, the Federal Intelligence Service}.
     */
    private Mention ofTheCountryBefore(Mention m, Mention previous) {
      if (m.type() != EntityType.AGENCY || previous == null || previous.type() != EntityType.COUNTRY
          || previous.id().equals(m.entity().country())
          || m.start() - previous.end() > 3 && !inAppositionToItsDescription(previous, m)) {
        return m;
      }
      Entity own = bodyByQualifiedName.get(m.text() + "|" + previous.id());
      return own == null ? m : new Mention(own, m.start(), m.end(), m.text(), m.form());
    }

    /**
     * Whether {@code body} is in apposition to a description that opens with {@code country}: a
     * possessive or demonym, lower-case words, a comma and {@code the}, in one sentence: {@code
     * Switzerland's top intelligence agency, the Federal Intelligence Service}.
     */
    private boolean inAppositionToItsDescription(Mention country, Mention body) {
      int b = t.indexAtOrAfter(body.start());
      int k = t.indexAtOrAfter(country.end());
      if (k < n && t.kind(k) == TokenKind.POSSESSIVE) {
        k++;
      }
      int words = 0;
      while (k < b && t.kind(k) == TokenKind.WORD && !t.isCapitalized(k) && words < 6) {
        k++;
        words++;
      }
      return words > 0 && k + 2 == b && t.is(k, ",") && t.is(k + 1, "the");
    }

    /**
     * A body's name that opens with a generic word and follows a capitalised place word is the tail
     * of another body's name: {@code Busan Metropolitan Police}, {@code Tokyo Metropolitan Police
     * Department} are not London's; {@code the Metropolitan Police}, {@code Britain's Metropolitan
     * Police} still are.
     */
    private boolean tailOfAnotherBodysName(Mention m) {
      if (m.type() != EntityType.AGENCY || m.text().indexOf(' ') < 0) {
        return false;
      }
      int i = t.indexAtOrAfter(m.start());
      if (!GENERIC_NAME_OPENERS.contains(t.text(i)) || i == 0) {
        return false;
      }
      int p = i - 1;
      return t.kind(p) == TokenKind.WORD && owner[p] == null && t.isCapitalized(p) && !t.isAllCaps(p) && !t.newlineBefore(i)
          && t.end(p) < m.start() && !RoleLexicon.isNotName(t, p) && !RoleLexicon.isTitle(t, p)
          && !t.is(p, "New"); // "New Metropolitan Police Commissioner Sir Ian Blair"
    }

    /** Words that open the names of many bodies in many places: {@code Metropolitan Police}, {@code Regional Police}. */
    private static final Set<String> GENERIC_NAME_OPENERS = Set.of("Metropolitan", "Municipal", "Provincial",
        "Regional", "District");

    /**
     * A capital, a one-word country name, or a demonym that no noun follows, right after a given
     * name (perhaps with a particle between) is a surname: {@code Bob Wellington}, {@code Jaime
     * Santiago}, {@code Lisa Monaco}, {@code Najib Danish, a spokesman}, {@code Leila de Lima}.
     */
    private boolean personNamedLikeACity(Mention m) {
      boolean demonym = m.form() == MentionForm.DEMONYM && m.text().indexOf(' ') < 0;
      boolean country = m.form() == MentionForm.NAME && m.type() == EntityType.COUNTRY && m.text().indexOf(' ') < 0;
      if (m.form() != MentionForm.CAPITAL && !demonym && !country) {
        return false;
      }
      int i = t.indexAtOrAfter(m.start());
      int p = i - 1;
      if (demonym) {
        int next = i + 1; // "Najib Danish, a spokesman": a surname, unless a noun follows ("Najib's Danish friends")
        boolean modifies = next < n && t.kind(next) == TokenKind.WORD && !t.newlineBefore(next)
            && !(Character.isLowerCase(t.first(next)) && (t.text(next).endsWith("ed") || sayFormAt(next)));
        if (modifies) {
          return false;
        }
      }
      if (p >= 1 && t.kind(p) == TokenKind.WORD && Character.isLowerCase(t.first(p)) && RoleLexicon.isParticle(t, p)
          && !t.newlineBefore(p)) {
        p--; // "Leila de Lima": a particle between the given name and the surname
      }
      return p >= 0 && !t.newlineBefore(i) && (t.kind(p) == TokenKind.WORD || t.kind(p) == TokenKind.ABBREVIATION)
          && t.end(p) < m.start() && (GivenNames.genderOf(t.text(p)) != Gender.UNKNOWN || HONORIFICS.contains(t.text(p)));
    }

    /**
     * An acronym written with only its first letter upper case ({@code Carr} for CARR, as {@code
     * Nato} for NATO) is a surname ({@code Attorney General Chris Carr}) right after a given name:
     * a capitalised word that no mention owns, that is neither a title nor an adjective, that does
     * not open the sentence and that no other name word precedes, with no name word after the
     * acronym ({@code First Admiral Bakamla Octavianus} is the body). Every later such form of it in
     * the text is the surname too ({@code according to Carr}).
     */
    private boolean acronymAsSurname(Mention m) {
      if (m.form() != MentionForm.ACRONYM || m.text().indexOf(' ') >= 0 || m.text().length() < 2
          || !Character.isLowerCase(m.text().charAt(m.text().length() - 1))) {
        return false;
      }
      if (acronymsAsSurnames != null && acronymsAsSurnames.contains(m.text())) {
        return true;
      }
      int i = t.indexAtOrAfter(m.start());
      int p = i - 1;
      boolean nameBefore = p >= 1 && t.kind(p - 1) == TokenKind.WORD && t.isCapitalized(p - 1) && owner[p - 1] == null
          && !RoleLexicon.isTitle(t, p - 1) && !t.newlineBefore(p); // "Gabriel Wernstedt Säpo": a name, then the body
      boolean nameAfter = i + 1 < n && t.kind(i + 1) == TokenKind.WORD && t.isCapitalized(i + 1) && !t.newlineBefore(i + 1);
      boolean named = p >= 0 && !t.newlineBefore(i) && t.kind(p) == TokenKind.WORD && t.isCapitalized(p)
          && !t.isAllCaps(p) && owner[p] == null && t.end(p) < m.start() && !RoleLexicon.isTitle(t, p) && !nameBefore
          && !nameAfter // "First Admiral Bakamla Octavianus Budi Susanto": the body before a name
          && (GivenNames.genderOf(t.text(p)) != Gender.UNKNOWN || HONORIFICS.contains(t.text(p))
              || sentences.get(sentenceAt(i)).firstToken() < p && !t.text(p).endsWith("ern")
                  && !ACRONYM_MODIFIERS.contains(t.text(p)));
      if (named) {
        if (acronymsAsSurnames == null) {
          acronymsAsSurnames = new HashSet<>(4);
        }
        acronymsAsSurnames.add(m.text());
      }
      return named;
    }

    private Set<String> acronymsAsSurnames; // title-case acronyms the text uses as surnames, made on first use

    /**
     * Capitalised words that go before an acronym but are no given name: {@code Senior Nato officials}
     * (titles such as {@code Chief} or {@code Former} are {@link RoleLexicon#isTitle} already).
     */
    private static final Set<String> ACRONYM_MODIFIERS = Set.of("Senior", "Top", "New", "Fellow", "Other",
        "Central", "Rival", "Allied", "Key", "Many", "Some", "All", "Both", "Several", "Said", "Says", "By", "From",
        "With", "For", "And", "The", "Of", "In", "On", "At", "To", "Pro", "Anti", "Ex", "Non");

    /**
     * A capital that is the surname of a person the text names in full is that person: after
     * {@code NBI Director Jaime Santiago}, {@code Santiago said} is not Chile's capital. The
     * tokens are freed for {@link #surnamesAndDefinitions()}.
     */
    private void releaseCitiesNamedLikePeople() {
      Set<String> surnames = new HashSet<>();
      for (Mention m : mentions) {
        int space = m.text().lastIndexOf(' ');
        if (m.type() == EntityType.OFFICIAL && space > 0) {
          surnames.add(m.text().substring(space + 1));
        }
      }
      if (surnames.isEmpty()) {
        return;
      }
      for (java.util.Iterator<Mention> it = mentions.iterator(); it.hasNext(); ) {
        Mention m = it.next();
        if (m.form() == MentionForm.CAPITAL && surnames.contains(m.text())) {
          it.remove();
          for (int i = t.indexAtOrAfter(m.start()); i < n && t.start(i) < m.end(); i++) {
            owner[i] = null;
          }
        }
      }
    }

    private void add(Mention m) {
      int a = t.indexAtOrAfter(m.start());
      for (int i = a; i < n && t.start(i) < m.end(); i++) {
        owner[i] = m;
      }
      mentions.add(m);
    }

    private boolean free(int from, int to) {
      for (int i = from; i <= to; i++) {
        if (owner[i] != null) {
          return false;
        }
      }
      return true;
    }

    private Mention mention(Entity e, int first, int last, MentionForm form) {
      int s = t.start(first);
      int en = t.end(last);
      return new Mention(e, s, en, text.substring(s, en), form);
    }

    // ---- introduced officials -------------------------------------------------------------

    /** Whether an official already found before token {@code i} has its surname: {@code Neil Kinnock ... Lord Kinnock}. */
    private boolean namedBefore(int i) {
      for (Mention m : mentions) {
        if (m.type() == EntityType.OFFICIAL && m.end() <= t.start(i) && m.text().endsWith(t.text(i))
            && (m.text().length() == t.length(i) || m.text().charAt(m.text().length() - t.length(i) - 1) == ' ')) {
          return true;
        }
      }
      return false;
    }

    /** The one British official of the gazetteer with the surname at {@code i} and a fitting gender, if any. */
    private Entity britishOfficial(int i, Gender gender) {
      List<Entity> list = officialsBySurname.get(t.text(i));
      Entity found = null;
      for (Entity e : list == null ? List.<Entity>of() : list) {
        if (e.country().equals("GB") && fits(e, gender)) {
          if (found != null) {
            return null;
          }
          found = e;
        }
      }
      return found;
    }

    /**
     * Whether the text gives the peer a seat ({@code Lord Walker of Gestingthorpe}) while the
     * gazetteer's official of that surname sits for another ({@code Lord Walker of Aldringham}).
     */
    private boolean otherSeat(Entity known, int title, int surname) {
      if (!(surname + 2 < n && t.is(surname + 1, "of") && t.isCapitalized(surname + 2))) {
        return false;
      }
      String peer = t.text(title) + " " + t.text(surname) + " of ";
      String seat = peer + t.text(surname + 2);
      boolean sitsElsewhere = false;
      for (Alias a : gazetteer.aliases(known.id())) {
        if (a.text().startsWith(seat)) {
          return false;
        }
        sitsElsewhere |= a.text().startsWith(peer);
      }
      return sitsElsewhere;
    }

    /**
     * A lord or baroness with no role given is still a peer, and so a legislator, when a seat's
     * place follows ({@code Lord Nicholls of Birkenhead}) or the sentence is about the state
     * ({@code Lord Carlile told MPs}); not {@code Lord Voldemort} in a film review. A lady may
     * be a knight's wife or a singer, so she needs a role.
     */
    private boolean peerInPolitics(int surname) {
      if (lawLordsBefore(surname)) {
        return true; // "Law Lords rule ... Lady Hale said": a judge of the House of Lords
      }
      if (t.is(surname - 1, "Lady")) {
        return false;
      }
      if (surname + 2 < n && t.is(surname + 1, "of") && t.isCapitalized(surname + 2) && owner[surname + 2] == null) {
        return true;
      }
      Sentence s = sentences.get(sentenceAt(surname));
      return stateContext(s.firstToken(), s.endToken()) || peerBefore(surname);
    }

    /** Whether token {@code i} is followed by a possessive ending: {@code Lord Byron's poems}. */
    private boolean possessor(int i) {
      return i + 1 < n && t.kind(i + 1) == TokenKind.POSSESSIVE;
    }

    /** Whether a person's name, a known given name and a capitalised word, starts at {@code q} before {@code end}: {@code George Galloway}. */
    private boolean personNameAt(int q, int end) {
      return t.isCapitalized(q) && q + 1 < end && t.isCapitalized(q + 1) && owner[q] == null
          && GivenNames.genderOf(t.text(q)) != Gender.UNKNOWN;
    }

    /** Whether the text speaks of the law lords shortly before token {@code i}, which is not a possessor. */
    private boolean lawLordsBefore(int i) {
      if (possessor(i)) {
        return false;
      }
      for (int q = Math.max(0, t.indexAtOrAfter(t.start(i) - LAW_LORDS_GAP)); q + 1 < i; q++) {
        if (t.isIgnoreCase(q, "law") && (t.isIgnoreCase(q + 1, "lords") || t.isIgnoreCase(q + 1, "lord"))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether an official found shortly before token {@code i} is a peer named by title: law lords
     * are named together. Not a peer in possession ({@code Lord Byron's poem}).
     */
    private boolean peerBefore(int i) {
      if (possessor(i)) {
        return false;
      }
      for (Mention m : mentions) {
        if (m.type() == EntityType.OFFICIAL && m.end() <= t.start(i) && t.start(i) - m.end() < PEER_GAP) {
          int first = t.indexAtOrAfter(m.start());
          if (first > 0 && isPeerTitle(first - 1)) {
            return true;
          }
        }
      }
      return false;
    }

    /** A peer's title, which names a person with the surname alone ({@code Lord Butler}); not Sir or Dame, which take a given name. */
    private boolean isPeerTitle(int i) {
      return PEERAGE.contains(t.text(i)) && !t.is(i, "Sir") && !t.is(i, "Dame");
    }

    private boolean isNameWord(int i) {
      return t.kind(i) == TokenKind.WORD && t.isCapitalized(i) && owner[i] == null
          && !RoleLexicon.isTitle(t, i) && !RoleLexicon.isNotName(t, i) && t.length(i) >= 2;
    }

    private void introducedOfficials() {
      int i = 0;
      while (i < n) {
        if (!(t.kind(i) == TokenKind.WORD || t.kind(i) == TokenKind.ABBREVIATION) || owner[i] != null
            || !t.isCapitalized(i)) {
          i++;
          continue;
        }
        // titles first: Major, Attorney, Interior Minister ...
        int start = i;
        boolean post = false;
        Gender gender = Gender.UNKNOWN;
        while (i < n && owner[i] == null && (i == start || !t.newlineBefore(i))) {
          if (RoleLexicon.isTitle(t, i)) {
            post |= t.is(i, "Agent") && i > start && t.is(i - 1, "Special"); // an FBI or Secret Service rank; a bare "Agent" may be a footballer's
            post |= RoleLexicon.isPostWord(t, i)
                && (!RoleLexicon.isCorporateTitle(t, i) || stateContext(Math.max(0, start - 4), i));
            post |= t.is(i, "Leader") && i > start && (t.is(i - 1, "Majority") || t.is(i - 1, "Minority")); // a legislature's
            gender = genderOf(t.text(i), gender);
            i++;
          } else if (t.kind(i) == TokenKind.HYPHEN && i > start && i + 1 < n && RoleLexicon.isTitle(t, i + 1)) {
            i++; // Director-General
          } else if (t.is(i, "in") && i > start && i + 1 < n && t.is(i + 1, "Charge") && RoleLexicon.isTitle(t, i - 1)) {
            i += 2; // "Special Agent in Charge Brian Boetig": a law-enforcement post
            post = true;
            continue;
          } else if (t.is(i, "of") && i > start && i + 1 < n && RoleLexicon.isTitle(t, i + 1)) {
            i++; // "Inspector General of Police", "Chief of Staff"
          } else if (t.is(i, "of") && i > start && i + 2 < n && t.is(i + 1, "the") && RoleLexicon.isTitle(t, i + 2)) {
            i += 2; // "Minister of the Interior Francisco Jiménez"
          } else if (t.is(i, "for") && i > start && RoleLexicon.isTitle(t, i - 1) && portfolioAt(i + 1)) {
            i++; // "Secretary for Security John Lee", "Minister for Home Affairs K Shanmugam"
            while (i < n && (portfolioAt(i) || t.is(i, "and") && portfolioAt(i + 1))) {
              i++;
            }
            post = true;
            continue;
          } else if (t.is(i, "Tan") && i + 1 < n && t.is(i + 1, "Sri") && i + 2 < n && t.isCapitalized(i + 2)) {
            i += 2; // "Inspector-General of Police Tan Sri Khalid Abu Bakar": an honorific
          } else {
            break;
          }
        }
        if (i > start && i < n && t.kind(i) == TokenKind.POSSESSIVE) {
          i++; // "Queen's Lancashire Regiment", "King's Own Scottish Borderers": a title's possession, no person
          continue;
        }
        if (i > start && post) {
          i = afterParenthesis(i); // "Special DG (anti-Maoist operation) D M Awasthi", "Inspector General of Police (IGP) X"
        }
        int nameStart = i;
        int last = -1;
        int words = 0;
        while (i < n && (i == nameStart || !t.newlineBefore(i))) {
          if (isNameWord(i) && !(words > 0 && t.isAllCaps(i) && !t.isAllCaps(last))) { // not "Delfin Lorenzana INQUIRER PHOTO"
            words++;
            last = i;
            i++;
          } else if (t.kind(i) == TokenKind.HYPHEN && last == i - 1 && i + 1 < n
              && t.kind(i + 1) == TokenKind.WORD && owner[i + 1] == null) {
            last = i + 1; // Joon-hee
            i += 2;
          } else if (words > 0 && RoleLexicon.isParticle(t, i) && i + 1 < n && isNameWord(i + 1)) {
            i++;
          } else if (words > 0 && RoleLexicon.isParticle(t, i) && i + 2 < n && RoleLexicon.isParticle(t, i + 1)
              && isNameWord(i + 2)) {
            i += 2; // "Manuel Gómez de la Torre", "Johan van der Berg"
          } else if (words > 0 && RoleLexicon.isParticle(t, i) && i + 2 < n && t.kind(i + 1) == TokenKind.HYPHEN
              && !t.spaceBefore(i + 1) && isNameWord(i + 2)) {
            words++; // "Ali Mohammed al-Mohannadi"
            last = i + 2;
            i += 3;
          } else if (words > 0 && t.kind(i) == TokenKind.ABBREVIATION && t.length(i) == 2 && i + 1 < n
              && isNameWord(i + 1)) {
            i++; // Kenneth L. Parker
          } else if (words == 0 && nameStart > start && dottedInitials(i) && i + 1 < n && isNameWord(i + 1)
              && !t.newlineBefore(i + 1)) {
            words++; // "Sheriff T.K. Waters", "Detective J. Smith": initials with full stops, after a title
            last = i;
            i++;
          } else if (isInitial(i) && i + 1 < n && (isNameWord(i + 1) || isInitial(i + 1))
              && (words > 0 || nameStart > start)) {
            words++; // "D M Awasthi": initials without full stops, after a title
            last = i;
            i++;
          } else {
            break;
          }
        }
        if (words >= 2 && last >= nameStart && inTitleCaseHeadline(nameStart)) {
          last = namedAgainAfterSentence(nameStart, last); // "President Lasso Calls for ...": no longer than the article repeats it
          words = 0;
          for (int k = nameStart; k <= last; k++) {
            words += isNameWord(k) ? 1 : 0;
          }
        }
        if (words >= 2 && words <= 4 && last >= nameStart && !RoleLexicon.endsOrganisation(t, last)
            && !(t.isAllCaps(nameStart) && t.isAllCaps(last)) // not "INQUIRER PHOTO" after a name
            && !(last + 1 < n && RoleLexicon.isTitle(t, last + 1) && !RoleLexicon.isNotName(t, last + 1)
                && !t.newlineBefore(last + 1))) { // not "New York State Comptroller X"; but "Tom McCabe MSP"
          if (!post && !(nameStart > 0 && RoleLexicon.isMediaTitle(t, nameStart - 1))) { // not "Correspondent John Ray"
            post = roleBefore(start) || roleAfter(last) || describedInLead(start, last) || describedNext(nameStart, last)
                || ofABody(last) || titleApposition(start, last);
          }
          if (post && words >= 3 && isNameWord(nameStart + 1) && namesAPlace(nameStart)) {
            nameStart++; // "Deputy Commissioner, Reasi Vishesh Paul Mahajan" after "Reasi district": the post's district
          }
          if (post && words >= 3) {
            // a body's name runs into the person's: "Press Secretary of the State Border Committee Anton Bychkovsky"
            // or a place's: "Governor of Russia's Bryansk Oblast Alexander Bogomaz"
            for (int k = last - 2; k >= nameStart; k--) {
              if ((RoleLexicon.endsOrganisation(t, k) || PLACE_NOUNS.contains(t.text(k).toLowerCase(Locale.ROOT)))
                  && isNameWord(k + 1) && isNameWord(k + 2)) {
                nameStart = k + 1;
                break;
              }
            }
          }
          if (post) {
            String name = text.substring(t.start(nameStart), t.end(last));
            if (gender == Gender.UNKNOWN) {
              gender = GivenNames.genderOf(t.text(nameStart)); // Home Office minister Hazel Blears ... She
            }
            Entity named = words == 2 ? namedBeforeBySurnames(name, t.start(nameStart)) : null;
            Entity known = named == null && words == 2 ? knownUnderVariant(nameStart, last) : null;
            if (named == null && known == null && words == 2 && GivenNames.genderOf(t.text(nameStart)) == Gender.UNKNOWN) {
              known = servingUnderLastNames(name); // "President López Obrador": a double surname alone, not "Hossein Rahimi"
            }
            if (known != null && describedAsOtherCountrys(known, start, last)) {
              known = null; // "Ali Abbas, spokesperson of Iraq's Ministry of Migration" is not Syria's Ali Mahmoud Abbas
            }
            add(named != null ? mention(named, nameStart, last, MentionForm.SURNAME)
                : known != null ? mention(known, nameStart, last, MentionForm.VARIANT)
                : mention(introduced(name, gender), nameStart, last, MentionForm.INTRODUCED));
          }
        } else if (words == 1 && last == nameStart && nameStart > start && isPeerTitle(nameStart - 1)
            && t.length(last) >= 3 && !namedBefore(last)
            && (post || roleBefore(start) || roleAfter(last) || describedInLead(start, last) || peerInPolitics(last))) {
          // a peer known by title and surname: "former cabinet secretary Lord Butler"
          Entity known = britishOfficial(last, gender);
          if (known != null && otherSeat(known, nameStart - 1, last)) {
            known = null; // "Lord Walker of Gestingthorpe" is not Lord Walker of Aldringham
          }
          if (known != null) {
            add(mention(known, last, last, MentionForm.ALIAS)); // "Lord Kinnock" is Neil Kinnock
          } else {
            String name = t.text(nameStart - 1) + " " + t.text(last);
            add(mention(introduced(name, gender), last, last, MentionForm.INTRODUCED));
          }
        }
        if (i == start) {
          i++;
        }
      }
    }

    /** Reporting verbs that make a role noun before them the subject of a clause, not an apposition. */
    private static final Set<String> SPEECH_AFTER_ROLE = Set.of("said", "says", "told", "added", "stated",
        "confirmed", "announced", "reported", "explained", "noted");

    /** Nouns that, after a capitalised word, make it a place: {@code Reasi district}, {@code Bannu division}. */
    private static final Set<String> PLACE_NOUNS = Set.of("district", "province", "city", "region", "county",
        "town", "village", "division", "tehsil", "governorate", "prefecture", "oblast", "krai");

    /**
     * Whether the title before {@code [start, last]} or the description after it names countries
     * (or their bodies), none of them {@code e}'s: the person described is someone else.
     */
    private boolean describedAsOtherCountrys(Entity e, int start, int last) {
      if (e.country().isEmpty()) {
        return false;
      }
      boolean other = false;
      for (int q = Math.max(0, start - 6); q < Math.min(n, last + 14); q++) {
        if (q >= start && q <= last || owner[q] == null) {
          continue;
        }
        if (q > last && (t.is(q, ".") || t.kind(q) == TokenKind.QUOTE)) {
          break;
        }
        Mention m = owner[q];
        String country = m.entity().homeCountry();
        if (country.equals(e.country())) {
          return false;
        }
        other |= !country.isEmpty() && m.type() != EntityType.OFFICIAL;
      }
      return other;
    }

    /**
     * First words of a listed surname that never stand for it alone, besides the name particles
     * ({@link RoleLexicon#NAME_PARTICLES}: {@code Della}): {@code Saint}, and the Arabic {@code Abdel}
     * of {@code Abdel Hafez}.
     */
    private static final Set<String> NOT_ALONE = Set.of("saint", "abdel", "abdul", "abdal", "abdol");

    /**
     * Russian and Ukrainian spellings of one given name, as transliterations and translations
     * write them: a person is the same under any of a group's forms ({@code Dmitry}, {@code Dmytro}).
     */
    private static final Map<String, Integer> GIVEN_NAME_GROUPS = givenNameGroups(
        "dmitry dmitri dmitriy dmytro", "sergei sergey serhiy serhii sergiy", "alexander aleksandr oleksandr olexandr",
        "vladimir volodymyr", "alexei alexey aleksei aleksey oleksiy oleksii", "andrei andrey andriy andrii",
        "mikhail mykhailo", "yuri yuriy yurii", "nikolai nikolay mykola", "pavel pavlo", "yevgeny evgeny yevhen",
        "vitaly vitaliy vitalii", "viktor victor", "igor ihor", "grigory hryhoriy", "maxim maksym",
        "anatoly anatoliy anatolii", "valery valeriy valerii", "vasily vasyl", "kirill kyrylo", "denis denys",
        "oleg oleh", "georgy heorhiy", "fyodor fedir");

    private static Map<String, Integer> givenNameGroups(String... groups) {
      Map<String, Integer> m = new HashMap<>();
      for (int g = 0; g < groups.length; g++) {
        for (String name : groups[g].split(" ")) {
          m.put(name, g);
        }
      }
      return Map.copyOf(m);
    }

    private static boolean sameGivenName(String a, String b) {
      Integer ga = GIVEN_NAME_GROUPS.get(a.toLowerCase(Locale.ROOT));
      return ga != null && ga.equals(GIVEN_NAME_GROUPS.get(b.toLowerCase(Locale.ROOT)));
    }

    /** Posts whose holder a bare surname means before anyone else of that name: {@code Yoon}, {@code Park}. */
    private static final Set<String> LEADER_POSTS = Set.of("president", "prime-minister", "chancellor", "king",
        "supreme-leader", "head-of-state");

    /** Role nouns that make a state post only in apposition, not after {@code was}. */
    private static final Set<String> ADVISER_WORDS = Set.of("adviser", "advisor", "aide");

    /** Whether token {@code i} is a capitalised portfolio of a title: {@code Security}, {@code Home}, {@code Affairs}. */
    private boolean portfolioAt(int i) {
      if (i >= n || t.kind(i) != TokenKind.WORD || !t.isCapitalized(i) || owner[i] != null) {
        return false;
      }
      String w = t.text(i).toLowerCase(Locale.ROOT);
      return PORTFOLIOS.contains(w) || w.equals("security");
    }

    /** Whether the word at {@code i} is written elsewhere in the text before a place noun. */
    private boolean namesAPlace(int i) {
      for (int j = 0; j + 1 < n; j++) {
        if (j != i && t.length(j) == t.length(i) && t.text().regionMatches(t.start(j), t.text(), t.start(i), t.length(i))
            && PLACE_NOUNS.contains(t.text(j + 1))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether token {@code i} lies in a headline written in title case ("President Lasso Calls for
     * US FBI Assistance in Investigation"): a line without final punctuation whose longer words
     * all start with a capital, so capitals do not tell where a name ends.
     */
    private boolean inTitleCaseHeadline(int i) {
      Sentence s = sentences.get(sentenceAt(i));
      if (s.terminated()) {
        return false;
      }
      int capitalised = 0;
      for (int k = s.firstToken(); k < s.endToken(); k++) {
        if (t.kind(k) == TokenKind.WORD && t.length(k) >= 4) {
          if (!t.isCapitalized(k)) {
            return false;
          }
          capitalised++;
        }
      }
      return capitalised >= 4;
    }

    /**
     * The last token of the longest run of name words from {@code first} (at most to {@code last})
     * that the text repeats after the sentence of {@code first}, word for word; {@code first} when
     * it repeats none of two words or more.
     */
    private int namedAgainAfterSentence(int first, int last) {
      String[] words = new String[last - first + 1];
      for (int k = first; k <= last; k++) {
        words[k - first] = t.text(k);
      }
      int best = first;
      for (int k = sentences.get(sentenceAt(first)).endToken(); k + 1 < n; k++) {
        if (!t.is(k, words[0])) {
          continue; // compared in place: no string made for each later token
        }
        int w = 1;
        while (first + w <= last && k + w < n && t.is(k + w, words[w])) {
          w++;
        }
        if (w >= 2) {
          best = Math.max(best, first + w - 1);
        }
      }
      return best;
    }

    /**
     * Whether a capitalised title run ends right before a place after {@code in} that ends at {@code
     * last}: {@code The Commissioner of Police in Zamfara}.
     */
    private boolean titleRunBeforePlace(int last) {
      int in = placeAfterIn(last);
      return in > 0 && titleRunBefore(in - 1);
    }

    /**
     * The index of {@code in} before a place of one or two capitalised words that no mention owns
     * and that ends at {@code last} ({@code in Zamfara}, {@code in Ciudad Juarez}), or -1.
     */
    private int placeAfterIn(int last) {
      for (int q = last; q >= 1 && last - q < 2; q--) {
        if (owner[q] != null || t.kind(q) != TokenKind.WORD || !t.isCapitalized(q) || t.isAllCaps(q)) {
          return -1;
        }
        if (t.is(q - 1, "in")) {
          return q - 1;
        }
      }
      return -1;
    }

    /**
     * Whether a definite description of a state role ends at the comma at {@code comma}: {@code the
     * assistant chief constable for crime department,}; lower-case words back to {@code the}, a role
     * noun among them and a state word in them.
     */
    private boolean describedBeforeComma(int comma) {
      boolean role = false;
      boolean stateRole = false;
      for (int q = comma - 1; q >= 0 && comma - q <= 14; q--) {
        if (t.is(q, ")") && q >= 3 && t.is(q - 2, "(") && (owner[q - 3] != null || t.isCapitalized(q - 3))) {
          q -= 2; // "at Serbia's Security Intelligence Agency (BIA),", "of the Police Operations Battalion (BOPE),": the body's acronym
          continue;
        }
        Mention m = owner[q];
        if (t.kind(q) == TokenKind.POSSESSIVE && q > 0 && (owner[q - 1] != null && owner[q - 1].type() == EntityType.OFFICIAL
            || owner[q - 1] == null && namedBeforeAsOfficial(q - 1))) {
          return role; // an official's own staff: "Abadi's spokesman, Rafid Jaboori,"
        }
        if (m == null && t.kind(q) == TokenKind.WORD && t.isCapitalized(q) && q >= 2 && t.is(q - 1, "of")
            && PLACE_NOUNS.contains(t.text(q - 2))) {
          q--; // a place the post serves: "the police spokesperson of the southern Afghan province of Nimroze,"
          continue;
        }
        int in = m == null && t.kind(q) == TokenKind.WORD && t.isCapitalized(q) && q == comma - 1 ? placeAfterIn(q) : -1;
        if (in >= 0) {
          q = in; // a place the post serves: "The Commissioner of Police in Zamfara,"
          continue;
        }
        if (m != null && (m.type() == EntityType.AGENCY || m.type() == EntityType.COUNTRY)
            || t.kind(q) == TokenKind.POSSESSIVE && q > 0 && owner[q - 1] != null) {
          continue; // "The head of the Haiti's National Police, Leon Charles,": the body led
        }
        boolean article = t.is(q, "the") || t.is(q, "The") || t.is(q, "a") || t.is(q, "A") || t.is(q, "an") || t.is(q, "An");
        if (m == null && !article && t.kind(q) == TokenKind.WORD && t.isCapitalized(q) && RoleLexicon.isTitle(t, q)
            && (role || RoleLexicon.isPostWord(t, q)) && !RoleLexicon.isNotName(t, q)) {
          // a capitalised title in the description: "the General Commander of the Mozambican police, X,"
          role = true;
          stateRole |= RoleLexicon.isStateRole(t, q);
          if (q == 0 || t.kind(q - 1) != TokenKind.WORD && !t.is(q - 1, "-") || t.newlineBefore(q)) {
            // the description opens the sentence: "Spokesperson for the intelligence organisation, Dr. X,"
            return stateContext(q, comma) && !onlyCountries(q, comma);
          }
          continue;
        }
        if (m == null && !article && (t.kind(q) == TokenKind.POSSESSIVE || t.kind(q) == TokenKind.WORD
            && t.isCapitalized(q))) {
          // a body the gazetteer lacks, by its capitalised name: "the spokesperson for the Special Prosecutor's
          // Office,", "the general commander of the Police,", "The Kyrgyz Border Guard Service's chief of staff,"
          int a = articleBeforeBodyName(q);
          if (a >= 0 && t.isCapitalized(a)) {
            return role && stateContext(a, comma); // the body's possessive opens the description
          }
          if (a >= 0) {
            q = a; // on from the body's article, which the loop passes
            continue;
          }
        }
        if (t.kind(q) != TokenKind.WORD || t.isCapitalized(q) && !article || m != null) {
          // "Iran's ambassador to Syria, Hossein Akbari,": a state's possessive opens the description
          return role && q + 2 < comma && owner[q + 1] != null && owner[q + 1].type() == EntityType.COUNTRY
              && t.kind(t.indexAtOrAfter(owner[q + 1].end())) == TokenKind.POSSESSIVE
              && (t.kind(q) == TokenKind.PUNCT || t.kind(q) == TokenKind.QUOTE || t.newlineBefore(q + 1)) && !t.is(q, "(");
        }
        if (article && (role || t.isCapitalized(q))) {
          // also indefinite: "A senior superintendent of police operations, Muhammad Baloch,"
          // a country alone is no state context for any role: "the chairman of Spain's most powerful bank,
          // Santander,", but "the German ambassador to Russia, Alexander Graf Lambsdorff,"
          // a state role alone will do unless a civil body is named: "the governor of the region, X,"
          return role && q + 1 < comma - 1 && (stateContext(q, comma) && (stateRole || !onlyCountries(q, comma))
              || stateRole && !civilBody(q, comma));
        } // else the body's article: "the head of the National Police,"
        role |= RoleLexicon.isRoleNoun(t, q);
        stateRole |= RoleLexicon.isStateRole(t, q);
      }
      return false;
    }

    /** Whether the word at {@code q} ends an official's name found earlier in the text: {@code Varadkar}. */
    private boolean namedBeforeAsOfficial(int q) {
      if (t.kind(q) != TokenKind.WORD || !t.isCapitalized(q)) {
        return false;
      }
      for (int p = q - 1; p >= 0; p--) {
        Mention m = owner[p];
        if (m != null && m.type() == EntityType.OFFICIAL && t.indexAtOrAfter(m.end()) == p + 1
            && t.length(p) == t.length(q) && t.text().regionMatches(t.start(p), t.text(), t.start(q), t.length(q))) {
          return true;
        }
      }
      return false;
    }

    /**
     * The article before a capitalised body name that ends at {@code q} (its possessive ending
     * included): {@code the} after {@code of}, {@code for}, {@code at} or {@code to} ({@code for the
     * Special Prosecutor's Office}), or {@code The} opening the sentence before a possessive ({@code
     * The Kyrgyz Border Guard Service's}); else -1.
     */
    private int articleBeforeBodyName(int q) {
      boolean possessive = t.kind(q) == TokenKind.POSSESSIVE;
      int p = possessive ? q - 1 : q;
      int words = 0;
      while (p >= 0 && q - p < 8 && (t.kind(p) == TokenKind.WORD && t.isCapitalized(p) && !t.is(p, "The")
          && (owner[p] == null || owner[p].type() == EntityType.COUNTRY || owner[p].type() == EntityType.AGENCY)
          || t.kind(p) == TokenKind.POSSESSIVE && p < q || (t.is(p, "of") || t.is(p, "and")) && words > 0
          || t.is(p, "for") && words > 0 && p > 0 && RoleLexicon.endsOrganisation(t, p - 1))) { // "State Agency for Security"
        words += t.kind(p) == TokenKind.WORD && t.isCapitalized(p) ? 1 : 0;
        p--;
      }
      if (words == 0 || p < 0 || t.is(p + 1, "of") || t.is(p + 1, "and") || t.is(p + 1, "for")) {
        return -1;
      }
      if (t.is(p, "the") && p > 0 && (t.is(p - 1, "of") || t.is(p - 1, "for") || t.is(p - 1, "at") || t.is(p - 1, "to"))) {
        return p;
      }
      boolean opens = p == 0 || t.kind(p - 1) == TokenKind.PUNCT || t.kind(p - 1) == TokenKind.QUOTE || t.newlineBefore(p);
      return possessive && t.is(p, "The") && opens ? p : -1;
    }

    /**
     * A capitalised title with its portfolio, a comma (or a district between commas), and the name
     * closed by a comma, a full stop or a speech verb: {@code the Minister of Justice and Security,
     * Gustavo Villatoro,} (not {@code Minister
     * for Children, Young People and Families}, nor {@code MP for Richmond, North Yorks}).
     */
    private boolean titleApposition(int start, int last) {
      if (!(last + 1 >= n || t.is(last + 1, ",") || t.is(last + 1, ".")
          || TELLS.contains(t.text(last + 1)))) {
        return false;
      }
      if (start >= 2 && t.is(start - 1, ",") && titleWithPortfolioBefore(start - 2)) {
        return true;
      }
      // "Senior Superintendent of Police, Reasi, Mohita Sharma told": the post's district between commas
      return start >= 4 && t.is(start - 1, ",") && isNameWord(start - 2) && t.is(start - 3, ",")
          && titleWithPortfolioBefore(start - 4);
    }

    /** Speech verbs that may close a name after its title and a comma: {@code ..., Mohita Sharma told reporters}. */
    private static final Set<String> TELLS = Set.of("said", "says", "told", "tells", "added", "stated");

    /**
     * Whether a capitalised title with its portfolio ends at {@code p}: {@code Minister of Justice
     * and Security}, {@code Secretary of State for Defence}; the post word must stand first.
     */
    private boolean titleWithPortfolioBefore(int p) {
      for (int q = p; q >= 0 && p - q < 8 && !t.newlineBefore(q + 1 > p ? p : q + 1); q--) {
        if (t.kind(q) != TokenKind.WORD || owner[q] != null && owner[q].type() != EntityType.COUNTRY
            && owner[q].type() != EntityType.AGENCY) {
          return false;
        }
        if (t.isCapitalized(q) && RoleLexicon.isPostWord(t, q) && owner[q] == null
            && !(q > 0 && (t.is(q - 1, "of") || t.is(q - 1, "for") || t.is(q - 1, "and")))) { // not "of Justice"
          // "the Minister of Justice and Security,"; "The General Commander of the Mozambican Police,"
          return (PORTFOLIO_TITLES.contains(t.text(q)) || capitalStateWordIn(q + 1, p + 1)) && q < p
              && (t.is(q + 1, "of") || t.is(q + 1, "for"));
        }
        if (!t.isCapitalized(q) && !t.is(q, "of") && !t.is(q, "and") && !t.is(q, "for") && !t.is(q, "the")) {
          return false;
        }
      }
      return false;
    }

    /**
     * Whether a state body that the person belongs to or leads follows the name: {@code John
     * MacFarlane of the Public Prosecution Service of Canada}, {@code Matthew G. Olsen, who heads the
     * Justice Department's national security division}.
     */
    private boolean ofABody(int last) {
      int p = last + 1;
      if (p + 1 < n && (t.is(p, "of") || t.is(p, "at") || t.is(p, "from"))) { // "Jens Jespersen at the Copenhagen police"
        int q = t.is(p + 1, "the") ? p + 2 : p + 1;
        if (q < n && owner[q] != null && owner[q].type() == EntityType.AGENCY) {
          return true;
        }
        // "Markus Caspers of the anti-terrorism department of the general public prosecutor's office"
        int end = q;
        while (end < n && end - q < 10 && (t.kind(end) == TokenKind.WORD && !t.isCapitalized(end)
            || end == q && owner[end] != null && owner[end].type() == EntityType.COUNTRY // "the Copenhagen police"
            || t.kind(end) == TokenKind.HYPHEN || t.kind(end) == TokenKind.POSSESSIVE)) {
          end++;
        }
        boolean place = owner[q] != null; // "the Copenhagen police", not "Andy Roddick of the US"
        boolean body = false;
        for (int k = q; k < end && !body; k++) {
          body = owner[k] == null && STATE_WORDS.contains(t.text(k).toLowerCase(Locale.ROOT));
        }
        return t.is(p + 1, "the") && end > q + 1 && (!place || body)
            && (stateContext(q, end) || containsWord(q, end, "prosecutor"));
      }
      if (p + 3 < n && t.is(p, ",") && t.is(p + 1, "who") && HEADS.contains(t.text(p + 2))) {
        int q = t.is(p + 3, "the") ? p + 4 : p + 3;
        return q < n && owner[q] != null && owner[q].type() == EntityType.AGENCY;
      }
      return false;
    }

    private boolean containsWord(int from, int to, String word) {
      for (int q = from; q < to; q++) {
        if (t.is(q, word)) {
          return true;
        }
      }
      return false;
    }

    /** Whether token {@code i} is one or more initials with full stops: {@code J.}, {@code T.K.}. */
    private boolean dottedInitials(int i) {
      if (t.kind(i) != TokenKind.ABBREVIATION || owner[i] != null || t.length(i) > 8) {
        return false;
      }
      String w = t.text(i);
      for (int k = 0; k < w.length(); k += 2) {
        if (k + 1 >= w.length() || !Character.isUpperCase(w.charAt(k)) || w.charAt(k + 1) != '.') {
          return false;
        }
      }
      return true;
    }

    /** A single capital letter written as an initial without its full stop: the {@code D} of {@code D M Awasthi}. */
    private boolean isInitial(int i) {
      return t.kind(i) == TokenKind.WORD && t.length(i) == 1 && owner[i] == null && !t.newlineBefore(i)
          && Character.isUpperCase(t.first(i)) && t.first(i) != 'A' && t.first(i) != 'I';
    }

    /**
     * The token after a short parenthesis at {@code i} that a title's holder follows: {@code (IGP)}
     * in {@code Inspector General of Police (IGP) Chandana Wickremaratne}; else {@code i}.
     */
    private int afterParenthesis(int i) {
      if (i >= n || !t.is(i, "(")) {
        return i;
      }
      for (int k = i + 1; k < n && k <= i + 6 && !t.newlineBefore(k); k++) {
        if (t.is(k, ")")) {
          return k + 1 < n && !t.newlineBefore(k + 1) && (isNameWord(k + 1) || isInitial(k + 1)) ? k + 1 : i;
        }
      }
      return i;
    }

    /**
     * Whether a capitalised title with its domain ends at {@code p} and opens its clause: {@code
     * Inspector General of Police}: titles joined by {@code of}, a post word among them, at a sentence
     * or clause start (not a lone {@code Queen} in a list of bands).
     */
    private boolean titleRunBefore(int p) {
      boolean post = false;
      boolean of = false;
      int q = p;
      while (q >= 0 && p - q < 8 && owner[q] == null && (RoleLexicon.isTitle(t, q) && t.isCapitalized(q)
          && !ROYALS.contains(t.text(q)) || t.is(q, "of") && q < p)) {
        post |= RoleLexicon.isPostWord(t, q);
        of |= t.is(q, "of");
        q--;
      }
      boolean opens = q < 0 || t.is(q, ".") || t.is(q, ",") || t.is(q, "the") || t.is(q, "The")
          || t.newlineBefore(q + 1);
      return post && of && !t.is(q + 1, "of") && opens;
    }

    /** A lower-case post right before: {@code ministry spokesman}, {@code the minister}. */
    private boolean roleBefore(int start) {
      if (start == 0 || t.newlineBefore(start)) {
        return false;
      }
      int before = start - 1;
      if (t.is(before, "for") || t.is(before, "of") || t.is(before, "to") || t.is(before, "in") || t.is(before, "from")
          || t.is(before, "the")) {
        return false; // "MP for Meirionnydd Nant Conwy": the name is the seat, not a person; "envoy for the Middle East"
      }
      if (t.is(before, ",") && describedBeforeComma(before)) {
        return true; // "the assistant chief constable for crime department, Mark McEwan,"
      }
      if (t.is(before, ",") && before > 0 && t.kind(before - 1) == TokenKind.WORD
          && RoleLexicon.isRoleNoun(t, before - 1) && !t.isCapitalized(before - 1)) {
        before--; // the role in apposition before the name: "the shadow foreign secretary, Michael Ancram,"
      } else if (t.is(before, ",") && before > 0 && owner[before - 1] == null && RoleLexicon.isPostWord(t, before - 1)
          && t.isCapitalized(before - 1) && !ROYALS.contains(t.text(before - 1))) {
        return true; // a title set off by a comma: "Acting Detective Chief Superintendent, Mick Deats,"
      } else if (t.is(before, ",") && (titleRunBefore(before - 1) || titleRunBeforePlace(before - 1))) {
        return true; // "Inspector General of Police, Vijay Kumar,"
      } else if (t.is(before, ",") && before > 1 && owner[before - 1] == null && t.kind(before - 1) == TokenKind.WORD
          && t.isCapitalized(before - 1) && RoleLexicon.isRoleNoun(t, before - 1)
          && stateContext(Math.max(0, before - 4), before - 1)) {
        return true; // a capitalised post of a state body: "the State Police Ombudsman, Claudio Aparecido da Silva,"
      }
      if (before > 0 && owner[before] == null && owner[before - 1] != null
          && owner[before - 1].type() == EntityType.AGENCY && AGENCY_PEOPLE.contains(t.text(before))) {
        return true; // "former FBI man Jeffrey Royer", "CIA veteran John Kiriakou"
      }
      // back over "of the", "to the Netherlands", mentions, to a post word: Ambassador to the Netherlands
      boolean bodyAfter = false; // "the deputy spokesperson for the foreign ministry Pham Thu Hang"
      for (int p = before, steps = 0; p >= 0 && steps < 6; p--, steps++) {
        if (t.is(p, ")") && p >= 3 && t.is(p - 2, "(") && t.kind(p - 1) == TokenKind.WORD && t.isAllCaps(p - 1)) {
          p -= 2; // a body's acronym: "head of the investigation department at the State Security Committee (KGB) X"
          continue;
        }
        if (t.is(p, "lord") && p > 0 && t.isIgnoreCase(p - 1, "law")) {
          return true; // "senior law lord Lord Bingham": a judge of the House of Lords (not "drug lord")
        }
        if (t.kind(p) == TokenKind.WORD && RoleLexicon.isRoleNoun(t, p) && !t.isCapitalized(p)) {
          if (spokes(p) && speaksForGroup(p)) {
            return false; // "TTP spokesman Ehsanullah Ehsan": a group's member, no state post
          }
          if (!RoleLexicon.isStateRole(t, p) && civilBody(orgNameStart(p), p)) {
            return false; // "Greek Athletics Federation boss Vassilli Sevastis": a sports body's head, no state post
          }
          return stateContext(orgNameStart(p), p) || (owner[p] == null && steps == 0 && spokes(p) && !privateBody(p))
              || bodyAfter && owner[p] == null // "the deputy spokesperson for the foreign ministry X", "director general of police X"
              || steps == 0 && RoleLexicon.isStateRole(t, p); // "former minister Clare Short"
        }
        if (RoleLexicon.isPostWord(t, p) && owner[p] == null && t.kind(p + 1) != TokenKind.POSSESSIVE) {
          return true;
        }
        boolean body = owner[p] == null && t.kind(p) == TokenKind.WORD && !t.isCapitalized(p) && p < before
            && (t.is(p + 1, "ministry") || t.is(p + 1, "police")) && PORTFOLIO_WORDS.contains(t.text(p));
        boolean bodyNoun = owner[p] == null && t.kind(p) == TokenKind.WORD && !t.isCapitalized(p)
            && (t.is(p, "ministry") || t.is(p, "police")) && p == before;
        // a lower-case portfolio after "of": "former minister of state security Ayanda Dlodlo"
        boolean portfolio = owner[p] == null && t.kind(p) == TokenKind.WORD && !t.isCapitalized(p)
            && PORTFOLIO_WORDS.contains(t.text(p)) && afterOf(p);
        bodyAfter |= body || bodyNoun || portfolio
            || owner[p] != null && owner[p].type() == EntityType.AGENCY; // "press secretary of X's Border Committee"
        if (owner[p] != null) {
          p = Math.min(p, t.indexAtOrAfter(owner[p].start())); // a mention counts as one step: "of Belarus’ State Border Committee"
        }
        boolean glue = owner[p] != null || t.kind(p) == TokenKind.POSSESSIVE || body || bodyNoun || portfolio
            || t.is(p, "of") || t.is(p, "to") || t.is(p, "the") || t.is(p, "for")
            || t.is(p, "staff") && p > 0 && t.is(p - 1, "of"); // "chief of staff Janat Saipoldayev"
        if (!glue || t.newlineBefore(p + 1) && p + 1 != start) {
          return false;
        }
      }
      return false;
    }

    /** Whether {@code p} is in a run of lower-case portfolio words after {@code of}: {@code of state security}. */
    private boolean afterOf(int p) {
      for (int q = p - 1; q >= 0 && q >= p - 3; q--) {
        if (t.is(q, "of")) {
          return true;
        }
        if (t.kind(q) != TokenKind.WORD || t.isCapitalized(q) || !PORTFOLIO_WORDS.contains(t.text(q))) {
          return false;
        }
      }
      return false;
    }

    /**
     * Where the context of the role noun at {@code p} starts: four tokens back, or further back
     * over a capitalised name right before it ({@code KNB Anti-Terrorism Centre chief of staff}).
     */
    private int orgNameStart(int p) {
      int q = p - 1;
      while (q >= 0 && p - q <= 8 && !t.newlineBefore(q + 1)
          && (t.kind(q) == TokenKind.HYPHEN || t.kind(q) == TokenKind.WORD && t.isCapitalized(q) || owner[q] != null)) {
        q--;
      }
      return Math.max(0, Math.min(p - 4, q + 1));
    }

    private boolean spokes(int p) {
      String w = t.text(p);
      return w.startsWith("spokes");
    }

    /**
     * Whether the spokes- word at {@code p} speaks for an armed group: a group's name before it,
     * perhaps with its possessive and a modifier or two ({@code al-Shabaab's military operations
     * spokesman}), or a group described as such ({@code the group's spokesman}, {@code a rebel
     * spokesman}). SPEC's officials hold state posts; the group is the speaker.
     */
    private boolean speaksForGroup(int p) {
      for (int b = p - 1, words = 0; b >= 0 && words < 3; b--) {
        if (owner[b] != null) {
          return owner[b].type() == EntityType.GROUP;
        }
        if (t.kind(b) == TokenKind.POSSESSIVE || t.kind(b) == TokenKind.HYPHEN) {
          continue;
        }
        if (t.kind(b) != TokenKind.WORD) {
          return false;
        }
        if (GROUP_WORDS.contains(t.text(b).toLowerCase(Locale.ROOT))) {
          return true;
        }
        words++;
      }
      return false;
    }

    /** Whether the spokes- word at {@code p} speaks for a named body that is none of ours: {@code Riggs spokesman}, {@code Microsoft's spokeswoman}. */
    private boolean privateBody(int p) {
      int b = p - 1;
      if (b >= 0 && t.kind(b) == TokenKind.POSSESSIVE) {
        b--;
      }
      return b >= 0 && t.kind(b) == TokenKind.WORD && t.isCapitalized(b) && owner[b] == null
          && !RoleLexicon.isTitle(t, b) && !(b == sentences.get(sentenceAt(b)).firstToken() && t.is(b, "A"))
          && !PORTFOLIOS.contains(t.text(b).toLowerCase(Locale.ROOT))
          && !STATE_WORDS.contains(t.text(b).toLowerCase(Locale.ROOT));
    }

    /**
     * A news lead that describes a person before naming them: the name opens a sentence and the
     * sentence before holds a state role with an article or possessive and no name of its own
     * ({@code ..., London's most senior police officer has said. Sir Ian Blair said ...}, {@code An
     * ex-Russian intelligence officer ... is entering ... Viktor Makarov, 50, claims ...}).
     */
    private boolean describedInLead(int start, int last) {
      int s = sentenceAt(start);
      if (sentences.get(s).firstToken() != start) {
        s = quotationOpenedBefore(start); // "“...,” Monirul Islam said": the speaker of a paragraph's quotation
      }
      if (s <= 0 || t.isAllCaps(start)) {
        return false;
      }
      Sentence prev = sentences.get(s - 1);
      if (sentences.get(s).paragraph() - prev.paragraph() > 1) {
        return false;
      }
      int from0 = s >= 2 ? sentences.get(s - 2).firstToken() : prev.firstToken();
      for (int p = from0; p < prev.endToken(); p++) {
        if (owner[p] != null && owner[p].type() == EntityType.OFFICIAL) {
          return false; // "X has denied ... The Tory leader said ...": the description is X's
        }
      }
      for (int p = prev.firstToken(); p < prev.endToken(); p++) {
        if (t.kind(p) != TokenKind.WORD || !RoleLexicon.isRoleNoun(t, p)
            || t.isCapitalized(p) && !afterCountrysPossessive(p)) {
          continue; // "a senior police officer", "Pakistan's High Commissioner to Britain"
        }
        boolean named = p + 1 < n && t.kind(p + 1) == TokenKind.WORD && t.isCapitalized(p + 1);
        int from = p;
        while (from > prev.firstToken() && p - from < 6 && t.kind(from - 1) != TokenKind.PUNCT
            && t.kind(from - 1) != TokenKind.DASH && t.kind(from - 1) != TokenKind.QUOTE) {
          from--; // the description alone: not "in Iran, the campaign's director"
        }
        boolean determined = false;
        for (int q = from; q < p; q++) {
          determined |= t.is(q, "a") || t.is(q, "an") || t.is(q, "An") || t.is(q, "A")
              || t.is(q, "the") || t.is(q, "The") || t.kind(q) == TokenKind.POSSESSIVE;
        }
        int after = p + 1;
        while (after < prev.endToken() && after - p < 9 && (t.kind(after) == TokenKind.WORD && !SAYS.contains(t.text(after))
            || t.kind(after) == TokenKind.POSSESSIVE || t.kind(after) == TokenKind.HYPHEN)) {
          after++; // "the head of the Bangladeshi police's counter-terrorist branch": the body comes after
        }
        if (!named && determined && (stateContext(from, p) || stateWordIn(p + 1, after))) {
          return true;
        }
      }
      return false;
    }

    /** Whether {@code [from, to)} has a body or a capitalised word of the state: {@code of the Mozambican Police}. */
    private boolean capitalStateWordIn(int from, int to) {
      for (int q = from; q < to; q++) {
        if (owner[q] != null && owner[q].type() == EntityType.AGENCY || t.kind(q) == TokenKind.WORD && t.isCapitalized(q)
            && owner[q] == null && STATE_WORDS.contains(t.text(q).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether {@code [from, to)} has a word of the state ({@code police}, {@code ministry}) and no
     * private noun ({@code firm}): {@code of the Bangladeshi police's counter-terrorist branch}, not
     * {@code at US telecoms firm WorldCom} nor {@code of the Police Federation}.
     */
    private boolean stateWordIn(int from, int to) {
      boolean state = false;
      for (int q = from; q < to; q++) {
        String w = t.text(q).toLowerCase(Locale.ROOT);
        if (PRIVATE_NOUNS.contains(w)) {
          return false;
        }
        state |= STATE_WORDS.contains(w) && !t.isCapitalized(q); // a named body is not known to be the state's
      }
      return state;
    }

    /** Whether a verb of saying follows the capitalised name at {@code start}: {@code Monirul Islam said}. */
    private boolean saysAfterName(int start) {
      int k = start;
      while (k < n && k - start < 4 && t.kind(k) == TokenKind.WORD && t.isCapitalized(k)) {
        k++;
      }
      return k < n && t.kind(k) == TokenKind.WORD && SAYS.contains(t.text(k));
    }

    /**
     * The sentence of the quotation that opens a paragraph and closes right before {@code start}
     * ({@code “...,” X said}), if X is followed by a verb of saying; else -1.
     */
    private int quotationOpenedBefore(int start) {
      int close = start - 1;
      if (close < 1 || t.kind(close) != TokenKind.QUOTE || start + 1 >= n || t.kind(start + 1) != TokenKind.WORD) {
        return -1;
      }
      for (int q = close - 1; q >= 0 && close - q < 200; q--) {
        if (t.kind(q) == TokenKind.QUOTE && t.newlineBefore(q)) {
          int s = sentenceAt(q);
          return sentences.get(s).firstToken() == q && saysAfterName(start) ? s : -1;
        }
        if (t.newlineBefore(q)) {
          return -1;
        }
      }
      return -1;
    }

    /**
     * A news lead that names a person and describes them in the next sentence: {@code ..., Mary
     * Robinson has said. The former UN commissioner for human rights and Irish president told
     * ...}. The name must end its sentence ({@code X has said.}) with no official named before it,
     * and the next sentence must open with a former holder's description ({@code The former},
     * {@code The ex-}) whose role is a state one.
     */
    private boolean describedNext(int first, int last) {
      int s = sentenceAt(last);
      if (s + 1 >= sentences.size()) {
        return false;
      }
      Sentence here = sentences.get(s);
      Sentence next = sentences.get(s + 1);
      if (next.paragraph() - here.paragraph() > 1) {
        return false;
      }
      boolean opens = first == here.firstToken(); // "Michael Howard has denied ... The Tory leader said"
      int words = 0;
      for (int q = last + 1; q < here.endToken() && !opens; q++) {
        if (t.kind(q) == TokenKind.WORD && (t.isCapitalized(q) || ++words > 2)) {
          return false; // otherwise only "..., X has said." ends a lead this way
        }
      }
      for (int q = here.firstToken(); q < here.endToken(); q++) {
        if (q != first && owner[q] != null && owner[q].type() == EntityType.OFFICIAL) {
          return false; // "Y ... X said. The former minister": the description may be Y's
        }
        if (opens && q > last && t.kind(q) == TokenKind.WORD && personNameAt(q, here.endToken())) {
          return false; // another person named in the lead may be the one described
        }
      }
      if (opensWithStateRole(next)) {
        return true;
      }
      // "Mariusz Kaminski made the announcement ... Kaminski added that ... The interior minister also
      // said": a later sentence opened by the surname alone, then the description
      for (int k = s + 1; k + 1 < sentences.size() && k <= s + 12; k++) {
        Sentence by = sentences.get(k);
        int f = by.firstToken();
        if (t.length(f) == t.length(last) && t.text().regionMatches(t.start(f), t.text(), t.start(last), t.length(last))
            && (f + 1 >= n || t.kind(f + 1) != TokenKind.POSSESSIVE) && !otherOfficialIn(by, f)
            && sentences.get(k + 1).paragraph() - by.paragraph() <= 1 && opensWithStateRole(sentences.get(k + 1))) {
          return true;
        }
      }
      return false;
    }

    /** Whether an official other than the one at {@code except} is named in {@code se}. */
    private boolean otherOfficialIn(Sentence se, int except) {
      for (int q = se.firstToken(); q < se.endToken(); q++) {
        if (q != except && owner[q] != null && owner[q].type() == EntityType.OFFICIAL) {
          return true;
        }
      }
      return false;
    }

    /** Whether {@code next} opens with a definite state role: {@code The Tory leader said}, {@code The former minister}. */
    private boolean opensWithStateRole(Sentence next) {
      int f = next.firstToken();
      if (f + 2 >= next.endToken() || !t.is(f, "The")) {
        return false;
      }
      boolean former = FORMER.contains(t.text(f + 1));
      int end = Math.min(next.endToken(), f + 14);
      for (int q = f + 1; q < end; q++) {
        if (t.kind(q) == TokenKind.PUNCT) {
          end = q;
          break;
        }
      }
      for (int q = f + 1; q < end && (former || q <= f + 4); q++) {
        if (t.kind(q) == TokenKind.WORD && RoleLexicon.isRoleNoun(t, q) && !t.isCapitalized(q)) {
          return stateContext(f, q + 1) || RoleLexicon.isStateRole(t, q) || former && stateContext(f, end);
        }
        if (!former && t.kind(q) == TokenKind.WORD && !t.isCapitalized(q) && !COPULA_MODIFIERS.contains(t.text(q))
            && !PORTFOLIOS.contains(t.text(q))) {
          return false; // "The company said": no role before the verb ("The interior minister" has one)
        }
      }
      return false;
    }

    /** Whether a capitalised title at {@code p} follows a country's possessive: {@code Pakistan's High Commissioner}. */
    private boolean afterCountrysPossessive(int p) {
      int q = p - 1;
      while (q > 0 && p - q < 3 && t.kind(q) == TokenKind.WORD && t.isCapitalized(q) && owner[q] == null) {
        q--; // "High"
      }
      return q > 0 && t.kind(q) == TokenKind.POSSESSIVE && owner[q - 1] != null
          && owner[q - 1].type() == EntityType.COUNTRY;
    }

    /** The index of the sentence holding token {@code i}. */
    private int sentenceAt(int i) {
      int lo = 0;
      int hi = sentences.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (sentences.get(mid).firstToken() <= i) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }

    /** A role in apposition: {@code , a Deputy Regional Director for China's Ministry of State Security}. */
    private boolean roleAfter(int last) {
      int p = last + 1;
      if (p >= n) {
        return false;
      }
      if (t.is(p, "is") || t.is(p, "was")) {
        return copulaRole(p);
      }
      if (!t.is(p, ",")) {
        return false;
      }
      int end = clauseEnd(p + 1, p + 14);
      if (speaksForParty(p + 1, end)) {
        return true;
      }
      if (!appositionOpens(p + 1)) {
        return false; // "Entering Westminster, he came to ...", "Loch Ness West, said the minister ..."
      }
      boolean role = false;
      boolean stateRole = false;
      boolean preposition = false;
      boolean articleOpens = t.is(p + 1, "a") || t.is(p + 1, "an") || t.is(p + 1, "the");
      for (int q = p + 1; q < end; q++) {
        if (t.kind(q) != TokenKind.WORD) {
          continue;
        }
        if (!preposition && personNameAt(q, end)) {
          return false; // another person: "Bethnal Green, former Labour MP George Galloway," (not "a spokesman for X")
        }
        if (role && articleOpens && SPEECH_AFTER_ROLE.contains(t.text(q).toLowerCase(Locale.ROOT))) {
          // a clause, its speaker after a place: "... over Bab al-Tebbaneh, a military spokesman told AFP"; but an
          // apposition left unclosed stays one: "Vladimer Bortsvadze, Deputy Interior Minister said"
          return false;
        }
        if (role && Character.isLowerCase(t.first(q)) && t.text(q).endsWith("ed") && q + 1 < end
            && CLAUSE_OBJECTS.contains(t.text(q + 1))) {
          return false; // a clause, not a description: "..., the prime minister conceded that ..."
        }
        preposition |= t.is(q, "for") || t.is(q, "of") || t.is(q, "to") || t.is(q, "at") || t.is(q, "from");
        if (spokes(q) && speaksForGroup(q)) {
          return false; // "Zabiullah Mujahid, a Taliban spokesman,": a group's member, no state post
        }
        role |= RoleLexicon.isRoleNoun(t, q);
        stateRole |= RoleLexicon.isStateRole(t, q);
      }
      if (role && !stateRole && !stateContext(p + 1, end) && end < n && t.is(end, ",")) {
        // a description with a list in it, closed before the verb: "X, the head of operations for drugs,
        // firearms and other commodities for the National Crime Agency, told the Guardian"
        int close = appositionCloseBeforeSpeech(end, p + 32);
        return close > 0 && stateContext(end, close);
      }
      return role && (stateRole || stateContext(p + 1, end));
    }

    /**
     * The comma in {@code (from, limit)} that a speech verb follows and no full stop, semicolon,
     * quotation mark or other person's name precedes: where a long apposition closes; else -1.
     */
    private int appositionCloseBeforeSpeech(int from, int limit) {
      for (int q = from + 1; q < Math.min(limit, n); q++) {
        if (t.is(q, ".") || t.is(q, ";") || t.kind(q) == TokenKind.QUOTE) {
          return -1;
        }
        if (t.is(q, ",") && q + 1 < n && SAYS.contains(t.text(q + 1))) {
          return q;
        }
        if (t.kind(q) == TokenKind.WORD && personNameAt(q, Math.min(limit, n))) {
          return -1;
        }
      }
      return -1;
    }

    /**
     * {@code for the Liberal Democrats} (or {@code for Labour}) as the whole apposition, closed by a
     * comma: the person speaks for a party in parliament, as its spokesman or leader would.
     */
    private boolean speaksForParty(int from, int end) {
      if (end >= n || !t.is(end, ",") || from >= end || !t.is(from, "for")) {
        return false;
      }
      int q = from + 1;
      if (q < end && t.is(q, "the")) {
        q++;
      }
      if (q >= end) {
        return false;
      }
      for (int k = q; k < end; k++) {
        if (t.kind(k) != TokenKind.WORD || !t.isCapitalized(k) || !PARTY_WORDS.contains(t.text(k).toLowerCase(Locale.ROOT))) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether a description of the name before can open at {@code q}: an article or possessive, a
     * modifier such as {@code former}, {@code who}, a role or a capitalised word; not a pronoun,
     * a verb or a preposition.
     */
    private boolean appositionOpens(int q) {
      if (q < n && owner[q] != null && (owner[q].type() == EntityType.COUNTRY || owner[q].type() == EntityType.AGENCY)) {
        return true; // "Donald Yamamoto, U.S. ambassador to Somalia,": a state's or body's name opens the description
      }
      if (q >= n || t.kind(q) != TokenKind.WORD) {
        return false;
      }
      String w = t.text(q);
      if (w.equals("who")) { // "who is a Labour peer", not "who conducted the study with ... MP"
        return q + 1 < n && (t.is(q + 1, "is") || t.is(q + 1, "was") || t.is(q + 1, "became") || t.is(q + 1, "served")
            || (t.is(q + 1, "has") || t.is(q + 1, "had")) && q + 2 < n && (t.is(q + 2, "been") || t.is(q + 2, "served")));
      }
      return t.isCapitalized(q) || COPULA_MODIFIERS.contains(w) || APPOSITION_OPENERS.contains(w)
          || RoleLexicon.isRoleNoun(t, q)
          || Character.isLowerCase(w.charAt(0)) && !PRONOUNS.contains(w)
             && (q + 1 < n && t.kind(q + 1) == TokenKind.WORD && RoleLexicon.isRoleNoun(t, q + 1)
                 || q + 2 < n && t.kind(q + 2) == TokenKind.WORD && RoleLexicon.isRoleNoun(t, q + 2)
                    && Character.isLowerCase(t.first(q + 1))); // "vice president", "managing director", "wildlife director"
    }

    /** The first comma, full stop or semicolon in {@code [from, limit)}, else {@code min(limit, n)}. */
    private int clauseEnd(int from, int limit) {
      int end = Math.min(n, limit);
      for (int q = from; q < end; q++) {
        if (t.kind(q) == TokenKind.PUNCT && (t.is(q, ",") || t.is(q, ".") || t.is(q, ";"))) {
          return q;
        }
      }
      return end;
    }

    /**
     * A role said of the name with a copula: {@code Amit Yoran was director of the National Cyber
     * Security Division}, {@code X is a former police officer}. The role must head the complement,
     * after at most articles and modifiers such as {@code former} or {@code deputy}, and the clause
     * must name a state body or country.
     */
    private boolean copulaRole(int verb) {
      int end = clauseEnd(verb + 1, verb + 16);
      for (int q = verb + 1; q < Math.min(end, verb + 5); q++) {
        if (t.kind(q) != TokenKind.WORD || t.isCapitalized(q) || owner[q] != null) {
          return false;
        }
        if (RoleLexicon.isRoleNoun(t, q)) {
          // an adviser only in apposition ("X, an advisor to Ukraine's Presidential Office,"): "Professor
          // Etzioni was a senior adviser to President Carter's White House" tells an academic's past
          return !ADVISER_WORDS.contains(t.text(q).toLowerCase(Locale.ROOT))
              && (stateContext(q, end) || RoleLexicon.isStateRole(t, q));
        }
        if (!COPULA_MODIFIERS.contains(t.text(q))) {
          return false; // "was named best new director": a verb, no description
        }
      }
      return false;
    }

    /** Whether the only mentions in {@code [from, to)} that make it a state context are countries. */
    private boolean onlyCountries(int from, int to) {
      boolean country = false;
      for (int q = from; q < to; q++) {
        Mention m = owner[q];
        if (m != null && m.type() == EntityType.AGENCY) {
          return false;
        }
        if (m == null && t.kind(q) == TokenKind.WORD && STATE_WORDS.contains(t.text(q).toLowerCase(Locale.ROOT))) {
          return false;
        }
        country |= m != null && m.type() == EntityType.COUNTRY;
      }
      return country;
    }

    /** Whether tokens {@code [from, to)} name a state body or country, and no armed group. */
    private boolean stateContext(int from, int to) {
      boolean state = false;
      for (int q = from; q < to; q++) {
        Mention m = owner[q];
        if (m != null) {
          if (m.type() == EntityType.GROUP) {
            return false;
          }
          if (m.type() == EntityType.AGENCY || m.type() == EntityType.COUNTRY) {
            state = true;
          }
        } else if (t.kind(q) == TokenKind.WORD) {
          String w = t.text(q).toLowerCase(Locale.ROOT);
          if (STATE_WORDS.contains(w) && !(q + 1 < to && PRIVATE_NOUNS.contains(t.text(q + 1)))) {
            state = true; // not "security firm Clearswift", "security consultant"
          } else if (w.equals("house") && q > from && (t.is(q - 1, "upper") || t.is(q - 1, "lower"))) {
            state = true; // "the upper house's international affairs committee"
          } else if (t.is(q, "national") && stateBodyAfter(q + 1, to)) {
            state = true; // "the national crisis management center", not "the national team" nor a named "National Council for Adoption"
          } else if (COUNTRY_NOUNS.contains(w) && q + 1 < to && t.kind(q + 1) == TokenKind.POSSESSIVE) {
            state = true; // "the Balkan country's chief special prosecutor"
          }
        }
      }
      return state;
    }

    /** Whether {@code [from, to)} names a sports or civil body by a word of {@link #CIVIL_BODY_WORDS}. */
    private boolean civilBody(int from, int to) {
      for (int q = from; q < to; q++) {
        if (owner[q] == null && t.kind(q) == TokenKind.WORD && CIVIL_BODY_WORDS.contains(t.text(q).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }

    /** Whether a noun of a public body follows in {@code [from, to)}: {@code center}, {@code council}. */
    private boolean stateBodyAfter(int from, int to) {
      for (int q = from; q < to && q < from + 4; q++) {
        if (STATE_BODY_NOUNS.contains(t.text(q).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }

    // ---- defined acronyms: Main Intelligence Directorate (GRU) -----------------------------

    private final Map<String, Entity> defined = new HashMap<>();

    private void definedAcronyms() {
      for (int i = 0; i + 3 < n; i++) {
        Mention m = owner[i];
        if (m == null || (m.type() != EntityType.AGENCY && m.type() != EntityType.GROUP)
            || owner[i + 1] == m || !t.is(i + 1, "(") || !t.is(i + 3, ")") || t.kind(i + 2) != TokenKind.WORD) {
          continue;
        }
        Mention other = owner[i + 2];
        boolean redefined = other != null && other.form() == MentionForm.ACRONYM && other.type() == m.type()
            && !other.entity().equals(m.entity()) && initials(m.text()).equals(capitals(i + 2));
        if (redefined) {
          mentions.remove(other); // "the Ministry of Defense (MoD) of Azerbaijan": defined here, not Britain's MoD
          owner[i + 2] = null;
        }
        if (owner[i + 2] != null) {
          continue;
        }
        int len = t.length(i + 2);
        if (redefined || (t.isAllCaps(i + 2) && len <= 10) || (len >= 8 && t.isCapitalized(i + 2))) {
          Mention d = mention(m.entity(), i + 2, i + 2, MentionForm.ACRONYM);
          add(d);
          defined.put(d.text(), m.entity());
          definedAt.putIfAbsent(d.text(), d.start());
        }
      }
      // later uses of an acronym the text defined mean what it defined, not the gazetteer's other body of
      // that acronym: "the National Bureau of Investigation (NBI) ... The NBI announced" is Finland's
      for (int k = 0; k < mentions.size() && !definedAt.isEmpty(); k++) {
        Mention m = mentions.get(k);
        Entity meant = m.form() == MentionForm.ACRONYM ? defined.get(m.text()) : null;
        if (meant != null && !meant.equals(m.entity()) && meant.type() == m.type() && m.start() > definedAt.get(m.text())) {
          Mention own = new Mention(meant, m.start(), m.end(), m.text(), MentionForm.ACRONYM);
          mentions.set(k, own);
          for (int i = t.indexAtOrAfter(m.start()); i < n && t.start(i) < m.end(); i++) {
            owner[i] = own;
          }
        }
      }
    }

    /** Where each acronym the text defines is first defined. */
    private final Map<String, Integer> definedAt = new HashMap<>();

    /** The capital letters of token {@code i}: {@code MD} for {@code MoD}. */
    private String capitals(int i) {
      StringBuilder b = new StringBuilder(t.length(i));
      for (int p = t.start(i); p < t.end(i); p++) {
        if (Character.isUpperCase(text.charAt(p))) {
          b.append(text.charAt(p));
        }
      }
      return b.toString();
    }

    // ---- acronyms misread with digits: M15 for MI5, 0 for O --------------------------------------

    private void acronymVariants() {
      for (int i = 0; i < n; i++) {
        if (owner[i] != null || t.kind(i) != TokenKind.WORD || t.length(i) < 2 || t.length(i) > 6
            || !Character.isUpperCase(t.first(i))) {
          continue;
        }
        boolean digit = false;
        boolean upper = false;
        boolean other = false;
        for (int p = t.start(i); p < t.end(i); p++) {
          char c = text.charAt(p);
          if (c == '0' || c == '1') {
            digit = true;
          } else if (Character.isUpperCase(c)) {
            upper = true;
          } else if (!Character.isDigit(c)) {
            other = true;
          }
        }
        if (!digit || !upper || other) {
          continue;
        }
        // each 0/1 may stand for O/I; try all readings (at most 2^6)
        char[] w = t.text(i).toCharArray();
        List<Integer> slots = new ArrayList<>();
        for (int p = 0; p < w.length; p++) {
          if (w[p] == '0' || w[p] == '1') {
            slots.add(p);
          }
        }
        Entity found = null;
        for (int mask = 1; mask < (1 << slots.size()) && found == null; mask++) {
          char[] v = w.clone();
          for (int b = 0; b < slots.size(); b++) {
            if ((mask & (1 << b)) != 0) {
              v[slots.get(b)] = v[slots.get(b)] == '0' ? 'O' : 'I';
            }
          }
          List<Entity> es = gazetteer.withAcronym(new String(v));
          if (es.size() == 1) {
            found = es.get(0);
          }
        }
        if (found != null) {
          add(mention(found, i, i, MentionForm.VARIANT));
        }
      }
    }

    /**
     * An acronym the text never defines that spells the initials of a body it named in full: after
     * {@code the National Police Agency}, {@code the NPA} is that agency (not the Philippines' New
     * People's Army, which the bare acronym would be ambiguous with).
     */
    private void initialsOfBodiesNamed() {
      Map<String, Entity> byInitials = new HashMap<>();
      for (Mention m : mentions) {
        if ((m.type() == EntityType.AGENCY || m.type() == EntityType.GROUP) && m.text().indexOf(' ') > 0) {
          String initials = initials(m.text());
          if (initials.length() >= 3) { // not "MP" for the Metropolitan Police
            byInitials.merge(initials, m.entity(), (a, b) -> a.equals(b) ? a : AMBIGUOUS);
          }
        }
      }
      if (byInitials.isEmpty()) {
        return;
      }
      for (int i = 0; i < n; i++) {
        if (owner[i] == null && t.kind(i) == TokenKind.WORD && t.isAllCaps(i) && t.length(i) <= 6) {
          Entity e = byInitials.get(t.text(i));
          if (e != null && e != AMBIGUOUS && namedBeforeAt(e, t.start(i))) {
            add(mention(e, i, i, MentionForm.ACRONYM));
          }
        }
      }
    }

    /** Whether {@code e} is mentioned before offset {@code at}. */
    private boolean namedBeforeAt(Entity e, int at) {
      for (Mention m : mentions) {
        if (m.start() < at && m.entity().equals(e)) {
          return true;
        }
      }
      return false;
    }

    /** The capitals that open the words of a name, function words left out: {@code National Police Agency} is NPA. */
    private static String initials(String name) {
      StringBuilder b = new StringBuilder();
      for (String w : name.split("[\\s\\-]+")) {
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
          b.append(w.charAt(0));
        } else if (!w.isEmpty() && !INITIALS_SKIP.contains(w)) {
          return ""; // a lower-case word of substance: no acronym is made so
        }
      }
      return b.toString();
    }

    // ---- generic bodies resolved from the nearest country ----------------------------------

    /** Nouns after a demonym that make it a language's name: {@code its Spanish initials}, {@code the Arabic word}. */
    private static final Set<String> LANGUAGE_NOUNS = Set.of("initials", "acronym", "abbreviation", "language", "languages",
        "translation", "name", "word", "words", "spelling", "version", "subtitles", "transcript", "speaking");

    /**
     * Whether a demonym names a language, not its country ({@code known by its Spanish initials EPP},
     * {@code a French-language daily}, {@code said in Arabic,}): no body after it is that country's.
     */
    private boolean namesALanguage(Mention m) {
      if (m.form() != MentionForm.DEMONYM || m.text().indexOf(' ') >= 0) {
        return false;
      }
      int i = t.indexAtOrAfter(m.start());
      int next = i + 1;
      if (next < n && t.kind(next) == TokenKind.HYPHEN && !t.spaceBefore(next)) {
        next++; // "French-language", "Russian-speaking"
      }
      if (next < n && t.kind(next) == TokenKind.WORD && !t.newlineBefore(next)) {
        return LANGUAGE_NOUNS.contains(t.text(next).toLowerCase(Locale.ROOT));
      }
      return i > 0 && t.is(i - 1, "in"); // "said in Arabic," with no noun after it
    }

    private void genericBodies() {
      // the last country mentioned so far; before the first one, the first one of the text, as in
      // "The Ministry of Defence has been criticised ... the MoD's performance"
      String country = firstCountry();
      Map<String, Entity> named = new HashMap<>(); // kind -> the body of that kind the text named last
      for (int i = 0; i < n; i++) {
        Mention m = owner[i];
        if (m != null) {
          String c = namesALanguage(m) ? null : countryOf(m);
          if (c != null) {
            country = c;
          }
          if (m.type() == EntityType.AGENCY && !m.entity().kind().isEmpty()) {
            named.put(m.entity().kind(), m.entity());
          }
          continue;
        }
        if (!t.isCapitalized(i)) {
          describedBody(i); // "Niger's foreign ministry"
          continue;
        }
        int g = GENERIC_FIRST_WORDS.contains(t, i) ? genericBodyAt(i, false) : -1;
        if (g < 0) {
          continue;
        }
        int words = genericTokens[g].length;
        String kind = genericKinds[g];
        String speaksFor = officialsCountryAfter(i + words); // "Foreign Ministry spokeswoman Hua Chunying"
        if (speaksFor == null) {
          speaksFor = countryPossessiveBefore(i); // "Taiwan's Defense Ministry", after Japan's
        }
        Entity body = speaksFor != null ? bodyByCountryAndKind.get(speaksFor + "|" + kind) : null;
        if (body == null) {
          body = named.get(kind); // "the Russian Foreign Ministry ... the Foreign Ministry": the same body
        }
        if (body == null && country != null) {
          body = bodyByCountryAndKind.get(country + "|" + kind);
        }
        if (body != null) {
          add(mention(body, i, i + words - 1, MentionForm.CONTEXTUAL));
          named.put(kind, body);
          i += words - 1;
        }
      }
    }

    /**
     * The first of the {@link #GENERIC_BODIES} whose words stand at {@code i}, none of them in a
     * mention, as written ({@code Foreign Ministry}) or, with {@code lowerCase}, in lower case
     * ({@code foreign ministry}; then never the one-word {@code MFA}); else -1.
     */
    private int genericBodyAt(int i, boolean lowerCase) {
      for (int g = 0; g < genericTokens.length; g++) {
        String[] words = genericTokens[g];
        if (i + words.length > n || lowerCase && words.length < 2) {
          continue;
        }
        boolean ok = true;
        for (int w = 0; w < words.length && ok; w++) {
          ok = owner[i + w] == null && (lowerCase ? t.isIgnoreCase(i + w, words[w]) && !t.isCapitalized(i + w)
              : t.is(i + w, words[w]));
        }
        if (ok) {
          return g;
        }
      }
      return -1;
    }

    /** The country whose possessive stands right before token {@code i} ({@code Niger's}), or null. */
    private String countryPossessiveBefore(int i) {
      return i >= 2 && t.kind(i - 1) == TokenKind.POSSESSIVE && owner[i - 2] != null
          && owner[i - 2].type() == EntityType.COUNTRY ? owner[i - 2].id() : null;
    }

    /**
     * A body of a generic kind written in lower case right after its country's possessive ({@code
     * Niger's foreign ministry}, {@code Russia's defence ministry}): that country's body, when the
     * gazetteer has one. Without the country right before it, a lower-case {@code the foreign
     * ministry} stays a description, which SPEC does not count as a mention.
     */
    private void describedBody(int i) {
      String cc = countryPossessiveBefore(i);
      if (cc == null || owner[i - 1] != null) {
        return; // "the Russian foreign ministry" is one name, which the gazetteer's derived forms match
      }
      int g = genericBodyAt(i, true);
      Entity body = g < 0 ? null : bodyByCountryAndKind.get(cc + "|" + genericKinds[g]);
      if (body != null) {
        add(mention(body, i, i + genericTokens[g].length - 1, MentionForm.CONTEXTUAL));
      }
    }

    /**
     * The country of the official named right after a body's name and a role word ({@code Foreign
     * Ministry spokeswoman Hua Chunying}), or null.
     */
    private String officialsCountryAfter(int i) {
      int k = i;
      while (k < n && k < i + 2 && t.kind(k) == TokenKind.WORD && owner[k] == null
          && RoleLexicon.isRoleNoun(t, k)) {
        k++;
      }
      if (k == i || k >= n || owner[k] == null || owner[k].type() != EntityType.OFFICIAL) {
        return null;
      }
      String cc = owner[k].entity().country();
      return cc.isEmpty() ? null : cc;
    }

    /** The first state the text names, by a country or one of its bodies (not {@code INT}); with none, the first group's. */
    private String firstCountry() {
      String group = null;
      for (int i = 0; i < n; i++) {
        String c = owner[i] == null ? null : countryOf(owner[i]);
        if (c != null && c.length() == 2) {
          return c;
        }
        if (group == null && owner[i] != null && owner[i].type() == EntityType.GROUP
            && owner[i].entity().country().length() == 2) {
          group = owner[i].entity().country();
        }
      }
      return group; // no country named: that of the first group with one ("Sinai Province ... The Interior Ministry")
    }

    /** The country a mention places the text in: a country itself, or an agency's country; else null. */
    private static String countryOf(Mention m) {
      if (m.type() == EntityType.COUNTRY) {
        return m.entity().id();
      }
      return m.type() == EntityType.AGENCY && !m.entity().country().isEmpty() ? m.entity().country() : null;
    }

    // ---- surnames and defined acronyms later in the text -----------------------------------

    private record LaterForm(String[] words, Entity entity, MentionForm form) {}

    private void surnamesAndDefinitions() {
      Map<String, List<LaterForm>> byFirstWord = new HashMap<>();
      for (Map.Entry<String, Entity> d : defined.entrySet()) {
        register(byFirstWord, new String[] {d.getKey()}, d.getValue(), MentionForm.ACRONYM);
      }
      List<Mention> people = new ArrayList<>();
      for (Mention m : mentions) {
        if (m.type() == EntityType.OFFICIAL && m.form() != MentionForm.SURNAME) {
          people.add(m);
        }
      }
      people.sort(Comparator.comparingInt(Mention::start));
      headlineSurnames(people);
      Map<String, Entity> firstNames = new HashMap<>(); // first name -> the one person named so with it, or a marker
      int next = 0;
      for (int i = 0; i < n; i++) {
        while (next < people.size() && people.get(next).end() <= t.start(i)) {
          Mention p = people.get(next++);
          for (String[] s : surnameForms(p)) {
            register(byFirstWord, s, p.entity(), MentionForm.SURNAME);
          }
          if (p.form() == MentionForm.INTRODUCED) {
            fullNameForms(byFirstWord, p); // "Moazzam Jah Ansari" again, not "Ansari" inside it
          }
          int space = p.text().indexOf(' ');
          if (space > 1 && p.form() != MentionForm.ALIAS) {
            firstNames.merge(p.text().substring(0, space), p.entity(), (a, b) -> a.equals(b) ? a : AMBIGUOUS);
          }
        }
        if (owner[i] != null || t.kind(i) != TokenKind.WORD
            || !Character.isUpperCase(t.first(i)) && !lowerCaseForms) {
          continue;
        }
        String word = t.text(i);
        List<LaterForm> candidates = byFirstWord.get(word);
        if (candidates == null && t.isAllCaps(i)) {
          candidates = byFirstWord.get(capitalize(word));
        }
        String bare = candidates == null && !byFirstWord.isEmpty() ? withoutAccents(word) : word;
        if (bare != word) {
          candidates = byFirstWord.get(bare); // "Rodriguez ... Rodríguez"
        }
        if (candidates == null) {
          Entity titled = titledOfficial(i);
          if (titled != null) {
            Mention m = mention(titled, i, i, MentionForm.SURNAME); // "Gen Musharraf" with no full name before
            add(m);
            register(byFirstWord, new String[] {word}, titled, MentionForm.SURNAME); // and "Musharraf" later
            continue;
          }
          Entity serving = servingOfficial(i);
          if (serving != null) {
            add(mention(serving, withArticle(i, MentionForm.SURNAME), i, MentionForm.SURNAME)); // "Stoltenberg told reporters" in 2016
            register(byFirstWord, new String[] {word}, serving, MentionForm.SURNAME);
            continue;
          }
          if (firstNameAlone(i, word, firstNames)) {
            continue; // "National Police chief Tito Karnavian ... Tito told Reuters"
          }
          if (byFirstWord.isEmpty()) {
            continue;
          }
          Entity near = nearMiss(byFirstWord, i);
          if (near != null) {
            add(mention(near, i, i, MentionForm.VARIANT)); // Fakhriadeh for Fakhrizadeh
          }
          continue;
        }
        if (COMMON_WORDS.contains(word.toLowerCase(Locale.ROOT)) && !(i > 0 && RoleLexicon.isTitle(t, i - 1))
            && !sayFormAt(i + 1)) {
          continue; // "in May", unless "Mrs May" or "Hunt said"
        }
        boolean matched = false;
        for (LaterForm c : candidates) {
          int last = i + c.words().length - 1;
          if (last >= n || !free(i, last)) {
            continue;
          }
          boolean ok = true;
          for (int w = 1; w < c.words().length && ok; w++) {
            ok = t.is(i + w, c.words()[w]);
          }
          if (ok) {
            add(mention(c.entity(), withArticle(i, c.form()), last, c.form()));
            i = last;
            matched = true;
            break;
          }
        }
        if (!matched) {
          firstNameAlone(i, word, firstNames); // a full name starts with it but does not follow: "Tito told Reuters"
        }
      }
    }

    /**
     * Adds the person the first name at {@code i} names when it stands alone before a cue and one
     * person the text named in full has it ({@code Tito told Reuters}); whether it did.
     */
    private boolean firstNameAlone(int i, String word, Map<String, Entity> firstNames) {
      Entity byFirstName = firstNames.get(word);
      if (byFirstName == null || byFirstName == AMBIGUOUS || !speaksHere(i)) {
        return false;
      }
      add(mention(byFirstName, i, i, MentionForm.SURNAME));
      return true;
    }


    /** Whether token {@code k} is a form of say, tell, add or write ({@link #SAY_FORMS}), without a substring. */
    private boolean sayFormAt(int k) {
      if (k >= n || t.kind(k) != TokenKind.WORD || t.length(k) < 4 || t.length(k) > 6) {
        return false;
      }
      for (String f : SAY_FORMS) {
        if (t.is(k, f)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the word at {@code i} stands alone as the subject or the inverted speaker of a
     * reporting verb: {@code Tito told Reuters}, {@code said Tito.}; only there is a first name
     * taken for the person the text named in full with it.
     */
    private boolean speaksHere(int i) {
      boolean alone = !(i + 1 < n && t.kind(i + 1) == TokenKind.WORD && t.isCapitalized(i + 1))
          && !(i > 0 && t.kind(i - 1) == TokenKind.WORD && t.isCapitalized(i - 1)
              && !RoleLexicon.isTitle(t, i - 1)); // but "Colonel Ekwarit said"
      if (!alone || COMMON_WORDS.contains(t.text(i).toLowerCase(Locale.ROOT))) {
        return false;
      }
      return sayFormAt(i + 1) || i > 0 && sayFormAt(i - 1) && i + 1 < n && (t.is(i + 1, ".") || t.is(i + 1, ","));
    }

    /**
     * The official a title and a surname name when the text never gives the full name: {@code
     * President Musharraf}, {@code Gen Musharraf}. The surname must point to one official of the
     * gazetteer (of the countries the text names, when several share it); after a mere honorific
     * ({@code Mr}, {@code Dr}) that official's country must be named in the text too.
     */
    private Entity titledOfficial(int i) {
      if (i == 0 || !t.isCapitalized(i) || !RoleLexicon.isTitle(t, i - 1)
          || i + 1 < n && t.kind(i + 1) == TokenKind.WORD && t.isCapitalized(i + 1)) {
        return null; // "President George W Bush" is a full name, for the matcher
      }
      if (t.is(i - 1, "Sir") || t.is(i - 1, "Dame")) {
        return null; // a knight is "Sir" and his given name: "Sir Paul" is no Senator Paul
      }
      List<Entity> list = officialsBySurname.get(t.text(i));
      if (list == null || COMMON_WORDS.contains(t.text(i).toLowerCase(Locale.ROOT))) {
        return null;
      }
      Gender gender = t.is(i - 1, "Mr") || t.is(i - 1, "Mr.") ? Gender.MALE
          : t.is(i - 1, "Mrs") || t.is(i - 1, "Mrs.") || t.is(i - 1, "Ms") || t.is(i - 1, "Ms.") ? Gender.FEMALE
          : Gender.UNKNOWN;
      Set<String> countries = countriesNamed();
      Entity only = null;
      int inText = 0;
      Entity fitting = null;
      int fits = 0;
      for (Entity e : list) {
        if (!fits(e, gender)) {
          continue;
        }
        fits++;
        fitting = e;
        if (countries.contains(e.country())) {
          inText++;
          only = e;
        }
      }
      Entity pick = inText == 1 ? only : fits == 1 && inText == 0 && RoleLexicon.isPostWord(t, i - 1) ? fitting : null;
      return pick != null && namedOtherwise(i, pick) ? null : pick;
    }

    /**
     * The one official of the gazetteer with the surname at {@code i} who held a post on the
     * document's date, when the text gives that surname alone: {@code Stoltenberg told reporters}
     * in October 2016 is NATO's secretary general. Not inside a longer name, not a common word, and
     * not where the text names someone else with that surname in full.
     */
    private Entity servingOfficial(int i) {
      if (date == null || t.kind(i) != TokenKind.WORD || !t.isCapitalized(i) || t.isAllCaps(i) || t.length(i) < 3
          || t.length(i) == 3 && !sayFormAt(i + 1) || i + 1 < n && t.kind(i + 1) == TokenKind.WORD && t.isCapitalized(i + 1)) {
        return null; // short surnames only as a speaker: "May told parliament" in 2018
      }
      boolean opens = i == 0 || sentences.get(sentenceAt(i)).firstToken() == i;
      if (!opens && t.kind(i - 1) == TokenKind.WORD && t.isCapitalized(i - 1) && !RoleLexicon.isTitle(t, i - 1)) {
        return null; // part of a longer name
      }
      if (i >= 3 && t.kind(i - 1) == TokenKind.HYPHEN && ARABIC_ARTICLES.contains(t.text(i - 2))
          && (t.kind(i - 3) == TokenKind.WORD && t.isCapitalized(i - 3) || t.kind(i - 3) == TokenKind.HYPHEN)) {
        return null; // "al-Haram al-Sharif", "Abd al-Sharif": part of a longer name
      }
      String word = t.text(i);
      List<Entity> list = officialsBySurname.get(word);
      if (list == null || COMMON_WORDS.contains(word.toLowerCase(Locale.ROOT)) && !sayFormAt(i + 1)) {
        return null; // "in May", but "May told parliament" in 2018
      }
      Entity found = null;
      Entity leader = null; // the one serving head of state or government of that name, if any
      Entity ofCountryNamed = null; // the one serving official of that name whose country the text names, if any
      boolean ambiguous = false;
      for (Entity e : list) {
        if (gazetteer.posts(e.id()).stream().anyMatch(p -> p.heldOn(date))) {
          ambiguous |= found != null;
          found = e;
          if (gazetteer.posts(e.id()).stream().anyMatch(p -> p.heldOn(date) && LEADER_POSTS.contains(p.post()))) {
            leader = leader == null ? e : AMBIGUOUS;
          }
          if (!e.country().isEmpty() && countriesNamed().contains(e.country())) {
            ofCountryNamed = ofCountryNamed == null ? e : AMBIGUOUS;
          }
        }
      }
      if (ambiguous) {
        // "Shah" in an Indian story is India's home minister, not a Pakistani chief minister of that name; with
        // several such, "Yoon" in 2022 is President Yoon Suk Yeol, not a ministry spokesman of that surname
        found = ofCountryNamed != null && ofCountryNamed != AMBIGUOUS ? ofCountryNamed
            : leader == AMBIGUOUS ? null : leader;
      }
      if (found != null && !sayFormAt(i + 1) && writtenInLowerCase(word)) {
        return null; // "Gang violence ... gang members": a word of the text, not Qin Gang
      }
      if (found != null && !sayFormAt(i + 1) && !found.country().isEmpty() && !countriesNamed().contains(found.country())) {
        return null; // "captured a Levy checkpost" in Balochistan is not Israel's police chief Danny Levy
      }
      return found == null || namedOtherwise(i, found, true) ? null : found;
    }

    /** Whether the text also writes {@code word} in lower case, as a common word: {@code gang}. */
    private boolean writtenInLowerCase(String word) {
      for (int q = 0; q < n; q++) {
        if (t.kind(q) == TokenKind.WORD && t.length(q) == word.length() && Character.isLowerCase(t.first(q))
            && text.regionMatches(true, t.start(q), word, 0, word.length())) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the text names, in full and before token {@code i}, someone else with its surname:
     * {@code Platon Lebedev ... Mr Lebedev} is not the gazetteer's Sergei Lebedev.
     */
    private boolean namedOtherwise(int i, Entity e) {
      return namedOtherwise(i, e, false);
    }

    /**
     * Whether the text names in full someone other than {@code e} with the surname at {@code i}
     * (after a given name, or before it where {@code e}'s name puts the surname first): before
     * {@code i}, or anywhere in the text; looking anywhere, a capitalised word that only
     * opens a sentence and is no given name ({@code Meanwhile Stoltenberg}) is no first name.
     */
    private boolean namedOtherwise(int i, Entity e, boolean anywhere) {
      for (int q = 1; q < (anywhere ? n : i); q++) {
        if (q != i && t.kind(q) == TokenKind.WORD && t.text(q).equals(t.text(i)) && t.kind(q - 1) == TokenKind.WORD
            && t.isCapitalized(q - 1) && !RoleLexicon.isTitle(t, q - 1) && !RoleLexicon.isNotName(t, q - 1)
            && !(anywhere && sentences.get(sentenceAt(q)).firstToken() == q - 1
                 && GivenNames.genderOf(t.text(q - 1)) == Gender.UNKNOWN)
            && !e.name().startsWith(t.text(q - 1) + " ")) {
          return true;
        }
        if (q != i && q + 1 < n && t.kind(q) == TokenKind.WORD && t.text(q).equals(t.text(i))
            && e.name().startsWith(t.text(i) + " ") && t.kind(q + 1) == TokenKind.WORD && t.isCapitalized(q + 1)
            && !e.name().startsWith(t.text(i) + " " + t.text(q + 1))) {
          return true; // surname first: "Huang Chu-jung ... Huang is charged" is not the gazetteer's Huang Xia
        }
      }
      return false;
    }

    private Set<String> countriesNamed() {
      if (countriesNamed == null) {
        countriesNamed = new java.util.HashSet<>();
        for (Mention m : mentions) {
          if (m.type() == EntityType.COUNTRY) {
            countriesNamed.add(m.entity().id());
          } else if (!m.entity().country().isEmpty()) {
            countriesNamed.add(m.entity().country());
          }
        }
      }
      return countriesNamed;
    }

    /** A capitalised word one edit away from a surname of seven letters or more already in play. */
    private Entity nearMiss(Map<String, List<LaterForm>> byFirstWord, int i) {
      int len = t.length(i);
      if (len < 7 || len > 30 || !t.isCapitalized(i)) {
        return null;
      }
      String w = t.text(i);
      for (int k = longSurnames.size() - 1; k >= 0; k--) {
        LaterForm f = longSurnames.get(k);
        String s = f.words()[0];
        if (s.charAt(0) == w.charAt(0) && Math.abs(s.length() - len) <= 1 && oneEdit(s, w)) {
          return f.entity();
        }
      }
      return null;
    }

    /**
     * Headlines name people by surname before the article names them in full ("Straw attacked
     * over ..."): in the lines without final punctuation that open the text (page furniture such
     * as "Advertisement", the headline, a standfirst, bullet points, a caption), a surname of a
     * person named in full after them counts too.
     */
    private void headlineSurnames(List<Mention> people) {
      int lines = 0;
      while (lines < sentences.size() && lines < MAX_HEADLINE_LINES && !sentences.get(lines).terminated()) {
        lines++;
      }
      if (lines == 0 || people.isEmpty()) {
        return;
      }
      int headEnd = sentences.get(lines - 1).end();
      Map<String, List<LaterForm>> forms = new HashMap<>();
      for (Mention p : people) {
        if (p.start() >= headEnd) {
          for (String[] s : surnameForms(p)) {
            List<LaterForm> taken = forms.get(s[0]);
            if (taken == null || taken.stream().allMatch(f -> f.entity().equals(p.entity()))) {
              register(forms, s, p.entity(), MentionForm.SURNAME); // "Sutaj" and "Sutaj Estok" of one person
            }
          }
          if (p.form() == MentionForm.INTRODUCED && !forms.containsKey(t.text(t.indexAtOrAfter(p.start())))) {
            fullNameForms(forms, p); // "... - Saifuddin Nasution" over "Saifuddin Nasution Ismail" named later
          }
        }
      }
      longSurnames.clear(); // near misses only after the full name, in the main pass
      int headEndToken = sentences.get(lines - 1).endToken();
      for (int i = sentences.get(0).firstToken(); i < headEndToken; i++) {
        if (owner[i] != null || t.kind(i) != TokenKind.WORD || !t.isCapitalized(i)) {
          continue;
        }
        List<LaterForm> candidates = forms.get(t.text(i));
        if (candidates == null || COMMON_WORDS.contains(t.text(i).toLowerCase(Locale.ROOT))) {
          continue;
        }
        for (LaterForm c : candidates) {
          int last = i + c.words().length - 1;
          boolean ok = last < headEndToken && free(i, last);
          for (int w = 1; w < c.words().length && ok; w++) {
            ok = t.is(i + w, c.words()[w]);
          }
          if (ok) {
            add(mention(c.entity(), withArticle(i, c.form()), last, c.form()));
            i = last;
            break;
          }
        }
      }
    }

    /**
     * The first token of a surname written with its Arabic article, as the span (SPEC) keeps it:
     * {@code al-Basri said} is a mention from {@code al}; otherwise {@code i}.
     */
    private int withArticle(int i, MentionForm form) {
      if (form == MentionForm.SURNAME && i >= 2 && t.kind(i - 1) == TokenKind.HYPHEN && !t.spaceBefore(i)
          && !t.spaceBefore(i - 1) && t.kind(i - 2) == TokenKind.WORD && owner[i - 2] == null && owner[i - 1] == null
          && ARABIC_ARTICLES.contains(t.text(i - 2).toLowerCase(Locale.ROOT))) {
        return i - 2;
      }
      return i;
    }

    /**
     * The official named before {@code at} whose listed later form is {@code name}: {@code
     * President López Obrador} after Andrés Manuel López Obrador, not a new person.
     */
    private Entity namedBeforeBySurnames(String name, int at) {
      for (Mention m : mentions) {
        if (m.type() == EntityType.OFFICIAL && m.end() <= at && gazetteer.surnames(m.id()).contains(name)) {
          return m.entity();
        }
      }
      return null;
    }

    /**
     * The one official of the gazetteer whose full name of three or more words ends with these two
     * and who held a post on the date: {@code President López Obrador} is Andrés Manuel López Obrador.
     * The caller makes sure the first word is no given name ({@code Hossein Rahimi} is someone else
     * than Amin Hossein Rahimi).
     */
    private Entity servingUnderLastNames(String name) {
      List<Entity> list = date == null ? null : officialsByLastTwoNames.get(withoutDiacritics(name).toLowerCase(Locale.ROOT));
      Entity found = null;
      for (Entity e : list == null ? List.<Entity>of() : list) {
        if (gazetteer.posts(e.id()).stream().anyMatch(p -> p.heldOn(date))) {
          if (found != null) {
            return null;
          }
          found = e;
        }
      }
      return found;
    }

    /**
     * The one listed official a two-word name misspells or transliterates otherwise by a letter in
     * one of its words, or names without a middle name: {@code Peter Fiala} for Petr Fiala, {@code
     * Volodymyr Zolensky} for Volodymyr Zelensky, {@code Recep Erdogan} for Recep Tayyip Erdogan;
     * null when none or several fit, or the words are short.
     */
    private Entity knownUnderVariant(int given, int surname) {
      String g = t.text(given);
      String s = t.text(surname);
      List<String> surnames = new ArrayList<>(4);
      if (officialsBySurname.containsKey(s)) {
        surnames.add(s);
      }
      if (s.length() >= 6) {
        for (int len = s.length() - 1; len <= s.length() + 1; len++) {
          for (String known : surnamesByShape.getOrDefault(shape(s.charAt(0), len), List.of())) {
            if (oneEdit(known, s)) {
              surnames.add(known);
            }
          }
        }
      }
      int edited = surnames.size();
      String gSkeleton = skeleton(g);
      if (gSkeleton.length() >= MIN_SKELETON) {
        for (String known : surnamesBySkeleton.getOrDefault(skeleton(s), List.of())) {
          if (!surnames.contains(known)) {
            surnames.add(known); // "Abdulhamid al-Dbaiba" for Abdul Hamid Dbeibeh: another transliteration
          }
        }
      }
      Entity found = null;
      for (int k = 0; k < surnames.size(); k++) {
        String known = surnames.get(k);
        boolean sameSurname = known.equals(s);
        for (Entity o : officialsBySurname.get(known)) {
          int space = o.name().indexOf(' ');
          String knownGiven = space > 0 ? o.name().substring(0, space) : "";
          boolean fits = sameSurname ? knownGiven.equals(g) // a middle name left out: Recep Erdogan
              || g.length() >= 4 && knownGiven.length() >= 4 && knownGiven.charAt(0) == g.charAt(0) && oneEdit(knownGiven, g)
              || oneLetterOffFolded(knownGiven, g) // "Paul Jonson" for Pål Jonson
              || sameGivenName(knownGiven, g) // "Dmytro Peskov": the Ukrainian spelling of Dmitry
              : k < edited ? knownGiven.equals(g)
              : ARABIC_SCRIPT_COUNTRIES.contains(o.country())
                  && (gSkeleton.equals(skeleton(knownGiven)) || gSkeleton.equals(skeleton(givenNames(o.name(), known))));
          if (fits) {
            if (found != null && found != o) {
              return null;
            }
            found = o;
          }
        }
      }
      return found;
    }

    /** How many unterminated lines at the top of a text {@link #headlineSurnames} reads as headline matter. */
    private static final int MAX_HEADLINE_LINES = 6;

    private boolean lowerCaseForms; // whether a later form starts in lower case (bin Salman)
    private Set<String> countriesNamed; // made on first use

    private final List<LaterForm> longSurnames = new ArrayList<>(); // the latest single-word surnames of 7+ letters

    private void register(Map<String, List<LaterForm>> map, String[] words, Entity e, MentionForm form) {
      lowerCaseForms |= !words[0].isEmpty() && Character.isLowerCase(words[0].charAt(0));
      if (words.length == 1 && form == MentionForm.SURNAME && words[0].length() >= 7 && map != null) {
        longSurnames.removeIf(x -> x.words()[0].equals(words[0]));
        longSurnames.add(new LaterForm(words, e, form));
        if (longSurnames.size() > 64) {
          longSurnames.remove(0); // near misses are checked against the people in play, not all ever named
        }
      }
      // a surname with accents is also found without them: "Rodríguez ... Rodriguez"
      String bare = withoutAccents(words[0]);
      for (String key : bare == words[0] ? new String[] {words[0]} : new String[] {words[0], bare}) {
        List<LaterForm> l = map.computeIfAbsent(key, k -> new ArrayList<>());
        l.removeIf(x -> java.util.Arrays.equals(x.words(), words));
        l.add(0, new LaterForm(words, e, form)); // the latest person with this surname wins
        l.sort(Comparator.comparingInt((LaterForm x) -> -x.words().length));
      }
    }

    /**
     * Registers the full name of a person the text introduced, and its first two words if it has
     * three ({@code Saifuddin Nasution} of {@code Saifuddin Nasution Ismail}), so that a later full
     * name is one mention rather than a surname inside it.
     */
    private void fullNameForms(Map<String, List<LaterForm>> byFirstWord, Mention person) {
      int first = t.indexAtOrAfter(person.start()); // the mention's own tokens: no second tokenization
      int end = t.indexAtOrAfter(person.end());
      if (end - first < 2) {
        return;
      }
      String[] words = new String[end - first];
      for (int k = first; k < end; k++) {
        words[k - first] = t.text(k);
      }
      register(byFirstWord, words, person.entity(), MentionForm.INTRODUCED);
      if (words.length == 3 && t.kind(first + 1) == TokenKind.WORD && t.kind(first + 2) == TokenKind.WORD) {
        register(byFirstWord, new String[] {words[0], words[1]}, person.entity(), MentionForm.INTRODUCED);
      }
    }

    private List<String[]> surnameForms(Mention person) {
      List<String[]> out = new ArrayList<>();
      for (String s : gazetteer.surnames(person.entity().id())) {
        String[] words = Tokenizer.standard().tokenize(s).stream().map(x -> x.text()).toArray(String[]::new);
        out.add(words);
        String[] spaced = java.util.Arrays.stream(words).filter(w -> !w.equals("-")).toArray(String[]::new);
        if (spaced.length != words.length && spaced.length >= 2) {
          out.add(spaced); // "Abdul-Mahdi" written "Abdul Mahdi"
          if (ARABIC_ARTICLES.contains(spaced[0].toLowerCase(Locale.ROOT))) {
            String[] withCapital = spaced.clone();
            withCapital[0] = capitalised(spaced[0]);
            out.add(withCapital); // "al-Sudani" written "Al Sudani"
          }
        }
        // two surnames that end the name, each used alone
        boolean twoEndingTheName = words.length == 2 && person.entity().name().endsWith(" " + s)
            && Character.isUpperCase(words[0].charAt(0)) && Character.isUpperCase(words[1].charAt(0))
            && !RoleLexicon.NAME_PARTICLES.contains(words[0].toLowerCase(Locale.ROOT));
        if (twoEndingTheName && words[0].length() >= 4 && !NOT_ALONE.contains(words[0].toLowerCase(Locale.ROOT))) {
          // the first: "García Harfuch ... Garcia wrote"; not a title ("Sheikh Tamim"), a whole name ("Than Shwe")
          // or an Arabic "Abdel"
          out.add(new String[] {words[0]});
        }
        if (twoEndingTheName && words[1].length() >= 4) {
          out.add(new String[] {words[1]}); // the last: "Anders Fogh Rasmussen ... Rasmussen said"
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
      Tokens pt = Tokenizer.standard().tokenize(person.text());
      int words = 0;
      int lastWord = -1;
      for (int k = 0; k < pt.size(); k++) {
        if (pt.kind(k) == TokenKind.WORD) {
          words++;
          lastWord = k;
        }
      }
      if (words == 1 && pt.length(lastWord) >= 3 && person.entity().name().endsWith(" " + pt.text(lastWord))) {
        out.add(new String[] {pt.text(lastWord)}); // "Goldsmith" of "Lord Goldsmith": the surname itself
      } else if (words >= 2 && lastWord >= 0 && pt.length(lastWord) >= 2) {
        // a hyphenated surname stays whole: Bijleveld-Schouten
        int first = lastWord;
        while (first >= 2 && pt.kind(first - 1) == TokenKind.HYPHEN && pt.kind(first - 2) == TokenKind.WORD
            && Character.isUpperCase(pt.text(first - 2).charAt(0)) && first - 2 > 0) {
          first -= 2;
        }
        List<String> w = new ArrayList<>();
        for (int k = first; k <= lastWord; k++) {
          w.add(pt.text(k));
        }
        out.add(w.toArray(new String[0]));
        int firstWord = 0;
        while (firstWord < pt.size() && pt.kind(firstWord) != TokenKind.WORD) {
          firstWord++;
        }
        int particle = firstWord + 1;
        while (particle < lastWord && !(pt.kind(particle) == TokenKind.WORD && Character.isLowerCase(pt.text(particle).charAt(0)))) {
          particle++;
        }
        if (particle < lastWord && particle - 1 > firstWord && pt.kind(particle - 1) == TokenKind.WORD) {
          List<String> family = new ArrayList<>();
          for (int k = particle - 1; k <= lastWord; k++) {
            family.add(pt.text(k));
          }
          out.add(family.toArray(new String[0])); // "Manuel Gómez de la Torre ... Gómez de la Torre said"
        }
        if (particle < lastWord && particle == lastWord - 1) {
          // "Leila de Lima ... De Lima said": the particle capitalised where it opens a sentence
          out.add(new String[] {capitalised(pt.text(particle)), pt.text(lastWord)});
        }
        if (lastWord - 1 > firstWord && pt.kind(lastWord - 1) == TokenKind.WORD
            && NOT_ALONE.contains(pt.text(lastWord - 1).toLowerCase(Locale.ROOT))) {
          out.add(new String[] {pt.text(lastWord - 1), pt.text(lastWord)}); // "Adel Abdul Mahdi ... Abdul Mahdi said"
        }
        if (lastWord - 2 > firstWord && pt.kind(lastWord - 1) == TokenKind.HYPHEN && pt.kind(lastWord - 2) == TokenKind.WORD
            && ARABIC_ARTICLES.contains(pt.text(lastWord - 2).toLowerCase(Locale.ROOT))) {
          // "Mohammed Shia al-Sudani ... Mr Al Sudani said": the article written apart and capitalised
          out.add(new String[] {capitalised(pt.text(lastWord - 2)), pt.text(lastWord)});
        }
        if (words <= 3 && firstWord < lastWord && EAST_ASIAN_FAMILY_NAMES.contains(pt.text(firstWord))) {
          out.add(new String[] {pt.text(firstWord)}); // "Zhao Lijian ... Zhao said": the family name comes first
        } else if (words == 3 && first == lastWord && lastWord == firstWord + 2 && pt.kind(firstWord + 1) == TokenKind.WORD
            && GivenNames.genderOf(pt.text(firstWord + 1)) == Gender.UNKNOWN && pt.length(firstWord + 1) >= 4
            && Character.isUpperCase(pt.text(firstWord + 1).charAt(0))) {
          // a given name and two surnames, as in Spanish and Portuguese: "Jesus Murillo Karam ... Murillo said",
          // and both together as one span: "Murillo Karam said"
          out.add(new String[] {pt.text(firstWord + 1)});
          out.add(new String[] {pt.text(firstWord + 1), pt.text(lastWord)});
        }
      }
      return out;
    }
  }

  /** Words after an {@code -ed} verb that show a clause, not a description: {@code conceded that}, {@code confirmed the}. */
  private static final Set<String> CLAUSE_OBJECTS = Set.of("that", "the", "a", "an", "his", "her", "its", "their",
      "it", "he", "she", "they", "this", "these");
  /** Subject pronouns, which open a clause rather than a description. */
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you");
  /** Words besides {@link #COPULA_MODIFIERS} that may open an apposition: {@code X, his deputy,}, {@code X, who is ...}. */
  private static final Set<String> APPOSITION_OPENERS = Set.of("his", "her", "its", "their", "our", "who", "ex",
      "newly", "outgoing", "incoming", "veteran", "junior", "shadow", "opposition");
  /** What may stand between a copula and the role it says of a name: {@code was a former deputy director}. */
  private static final Set<String> COPULA_MODIFIERS = Set.of("a", "an", "the", "former", "then", "acting",
      "deputy", "assistant", "senior", "chief", "also", "now", "once", "formerly", "previously", "currently",
      "still", "interim", "retired");

  /** Royal titles, which also end the names of bands and films ({@code Kings And Queen, Abdellatif Kechiche}). */
  private static final Set<String> ROYALS = Set.of("King", "Queen", "Kings", "Queens", "Prince", "Princess");

  /** Words that make a description a former holder's: {@code The former cabinet secretary}. */
  private static final Set<String> FORMER = Set.of("former", "ex", "ex-", "retired", "outgoing", "veteran");

  /** Titles of peers and knights that an alias may carry but a mention's span does not. */
  private static final Set<String> PEERAGE = Set.of("Lord", "Lady", "Baroness", "Baron", "Sir", "Dame", "Viscount", "Earl");

  /** Surnames that are also common words: taken only after a title ({@code Mrs May}). */
  private static final java.util.Set<String> COMMON_WORDS = java.util.Set.of("may", "march", "april",
      "june", "august", "will", "mark", "rich", "young", "black", "white", "green", "brown", "long",
      "little", "case", "hope", "bush", "rice", "price", "cook", "grant", "bill", "frank", "king",
      "may's", "moon", "sun", "park", "lee", "gray", "grey", "hunt", "best", "wise", "lamb", "field");

  /** Whether {@code a} and {@code b} differ by one insertion, deletion, substitution or swap. */
  static boolean oneEdit(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    int la = a.length();
    int lb = b.length();
    if (la == lb) {
      int first = -1;
      int diffs = 0;
      for (int k = 0; k < la; k++) {
        if (a.charAt(k) != b.charAt(k)) {
          if (++diffs == 1) {
            first = k;
          }
        }
      }
      if (diffs == 1) {
        return true;
      }
      return diffs == 2 && first + 1 < la && a.charAt(first) == b.charAt(first + 1)
          && a.charAt(first + 1) == b.charAt(first) && a.regionMatches(first + 2, b, first + 2, la - first - 2);
    }
    if (Math.abs(la - lb) != 1) {
      return false;
    }
    String longer = la > lb ? a : b;
    String shorter = la > lb ? b : a;
    int k = 0;
    while (k < shorter.length() && shorter.charAt(k) == longer.charAt(k)) {
      k++;
    }
    return shorter.regionMatches(k, longer, k + 1, shorter.length() - k);
  }

  /**
   * Whether two given names of three letters or more (one of four or more) are one letter apart
   * once their diacritics are folded, and open with the same letter: {@code Pål} and {@code Paul}.
   */
  private static boolean oneLetterOffFolded(String a, String b) {
    if (Math.min(a.length(), b.length()) < 3 || Math.max(a.length(), b.length()) < 4) {
      return false;
    }
    String plainA = withoutDiacritics(a);
    String plainB = withoutDiacritics(b);
    return plainA.charAt(0) == plainB.charAt(0) && oneEdit(plainA, plainB);
  }

  /** {@code w} with its first letter in upper case: {@code al} is {@code Al}. */
  private static String capitalised(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** The fewest letters a consonant skeleton needs before two names may be matched by it. */
  private static final int MIN_SKELETON = 3;

  /**
   * A name's consonant skeleton, which transliterations of one Arabic or Persian name share: lower
   * case without accents, a doubled letter once, vowels, {@code h}, {@code w} and {@code y}
   * dropped, {@code q} and {@code g} written {@code k} ({@code Dbaiba} and {@code Dbeibeh} are
   * {@code dbb}; {@code Qaddafi} and {@code Gaddafi} are {@code kdf}).
   */
  static String skeleton(String name) {
    String s = withoutAccents(name);
    StringBuilder b = new StringBuilder(s.length());
    char previous = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = Character.toLowerCase(s.charAt(k));
      boolean doubled = c == previous;
      previous = c;
      if (c < 'a' || c > 'z' || "aeiouyhw".indexOf(c) >= 0 || doubled) {
        continue;
      }
      b.append(c == 'q' || c == 'g' ? 'k' : c);
    }
    return b.toString();
  }

  /** The given names of {@code name} before {@code surname}, run together: {@code AbdulHamid} of {@code Abdul Hamid Dbeibeh}. */
  private static String givenNames(String name, String surname) {
    int at = name.lastIndexOf(surname);
    StringBuilder b = new StringBuilder();
    for (String w : (at > 0 ? name.substring(0, at) : "").split("[ -]")) {
      if (!ARABIC_ARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
        b.append(w); // "Abdel Fattah al-" of "Abdel Fattah al-Burhan": AbdelFattah
      }
    }
    return b.toString();
  }

  /**
   * Countries whose officials' names are transliterated from the Arabic script, in many spellings:
   * only their names are matched by {@link #skeleton}, since a European name's vowels tell people apart.
   */
  private static final Set<String> ARABIC_SCRIPT_COUNTRIES = Set.of("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW",
      "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "IR", "AF", "PK", "TD");

  /**
   * The word with its letters' accents removed ({@code Rodríguez} to {@code Rodriguez}), case kept;
   * {@code w} itself when it has no letter beyond ASCII, so that most words cost no copy.
   */
  private static String withoutAccents(String w) {
    for (int k = 0; k < w.length(); k++) {
      if (w.charAt(k) >= 0x80) {
        String d = java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int j = 0; j < d.length(); j++) {
          if (Character.getType(d.charAt(j)) != Character.NON_SPACING_MARK) {
            b.append(d.charAt(j));
          }
        }
        return b.toString();
      }
    }
    return w;
  }

  /** The key of {@link #surnamesByShape}: a surname's first letter and length. */
  private static String shape(char first, int length) {
    return first + ":" + length;
  }

  /**
   * The word with its Latin diacritics removed and its case kept, by the look-up folding table:
   * {@code Davutoğlu} is {@code Davutoglu}. Unlike {@link #withoutAccents}, which strips only
   * combining marks, it also plains letters that do not decompose ({@code Błaszczak}, {@code Støre},
   * {@code Yıldırım}); the surname index uses it, the older later-surname match still the other.
   */
  private static String withoutDiacritics(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      char f = Folding.fold(c);
      b.append(Character.isUpperCase(c) ? Character.toUpperCase(f) : f);
    }
    return b.toString();
  }

  /** A person the gazetteer lacks, introduced by the text with a role: id from the name, no country. */
  private static Entity introduced(String name, Gender gender) {
    return new Entity(slug(name), EntityType.OFFICIAL, name, "", "", "", gender);
  }

  /** Whether an official may be of {@code gender}: either is unknown, or they agree. */
  private static boolean fits(Entity e, Gender gender) {
    return gender == Gender.UNKNOWN || e.gender() == Gender.UNKNOWN || e.gender() == gender;
  }

  private static Gender genderOf(String title, Gender current) {
    return switch (title) {
      case "Mr", "Mr.", "Sir", "Lord", "Baron", "Viscount", "Earl", "King", "Prince", "Spokesman", "Congressman" ->
          Gender.MALE;
      case "Mrs", "Mrs.", "Ms", "Ms.", "Dame", "Lady", "Baroness", "Queen", "Spokeswoman", "Congresswoman" ->
          Gender.FEMALE;
      default -> current;
    };
  }

  private static String capitalize(String w) {
    return w.isEmpty() ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
  }

  /**
   * The id of a person absent from the gazetteer: the slug of the name ({@code kenneth-parker}).
   *
   * @param name the person's name as written
   * @return the folded name's letters and digits joined by hyphens, or {@code person} if none remain
   */
  public static String slug(String name) {
    String folded = org.secnews.internal.Folding.fold(name);
    StringBuilder b = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
        dash = false;
      } else if (c != '\'' && !dash && b.length() > 0) {
        b.append('-');
        dash = true;
      }
    }
    int len = b.length();
    if (len > 0 && b.charAt(len - 1) == '-') {
      b.setLength(len - 1);
    }
    return b.length() == 0 ? "person" : b.toString();
  }
}
