package org.secnews.claim;

import java.time.LocalDate;
import java.util.List;
import org.secnews.gazetteer.Alias;
import java.util.ArrayList;
import java.util.Map;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.secnews.entity.Entity;
import org.secnews.entity.EntityType;
import org.secnews.entity.Gender;
import org.secnews.entity.Mention;
import org.secnews.entity.MentionForm;
import org.secnews.gazetteer.Gazetteer;
import org.secnews.gazetteer.Post;
import org.secnews.text.TokenKind;
import org.secnews.text.Tokens;

/**
 * Resolves a speaker phrase ({@code he}, {@code the agency}, {@code the head of the UK's domestic
 * intelligence agency}, {@code a Kremlin spokesman}) to an entity.
 *
 * <p>Design, in order: a person named in the phrase; a pronoun, to the most recent fitting speaker
 * or person; a role noun with a body or country in the phrase, through the date-aware post
 * records ({@code the MI6 chief} on 2023-07-19 is Richard Moore); a body or document noun with a
 * body named ({@code a White House statement}); a bare description ({@code the agency}, {@code the
 * minister}), to the most recent entity of that type; a plural source ({@code U.S. officials}) or
 * an unknown name resolves to no entity, and the span is kept as written. Stateless apart from the
 * per-document {@link Salience} it is given.
 */
final class SpeakerResolver {
  private static final Set<String> PERSON_ROLES = Set.of("head", "chief", "boss", "director",
      "director-general", "leader", "spymaster", "minister", "president", "spokesman", "spokeswoman",
      "spokesperson", "secretary", "ambassador", "commander", "official", "diplomat", "envoy", "parliamentarian",
      "prosecutor", "attorney", "chairman", "chancellor", "premier", "officer", "spy", "general",
      "deputy", "man", "woman", "senator", "congressman", "congresswoman", "lawmaker", "legislator",
      "mp", "mep", "judge", "adviser", "advisor", "taoiseach", "rapporteur", "negotiator");
  /**
   * Role nouns that, after {@code the}, name the person the text gave that title: {@code Governor
   * Deben Tchoffo ... the governor said}, {@code RCMP Commissioner Mike Duheme ... the commissioner}.
   */
  private static final Set<String> TITLED_ROLES = Set.of("governor", "commissioner", "prosecutor", "mayor",
      "inspector", "superintendent", "sheriff", "commander", "chief", "director", "governor-general");

  /** Heads of a description that news gives an intergovernmental body: {@code the bloc}, {@code the alliance}. */
  private static final Set<String> INTERNATIONAL_HEADS = Set.of("bloc", "alliance", "watchdog");

  /** Heads that fit any body, which news gives an intergovernmental one just named: {@code the body}, {@code the organisation}. */
  private static final Set<String> GENERIC_BODY_HEADS = Set.of("body", "organisation", "organization");

  /** The watchdogs news names by their field: {@code the UN nuclear watchdog} is the IAEA. */
  private static final Map<String, String> WATCHDOGS = Map.of("nuclear", "int/iaea", "atomic", "int/iaea",
      "chemical", "int/opcw");

  /** Military ranks that may stand between a post's defined acronym and its holder's name. */
  private static final Set<String> RANKS = Set.of("General", "Gen.", "Gen", "Lieutenant", "Lt", "Lt.", "Admiral", "Adm.",
      "Air", "Marshal", "Vice", "Rear", "Major", "Maj.", "Brigadier", "Colonel", "Col.", "Commodore");

  /** Words before a title that make it another post: {@code Deputy Mayor}, {@code Assistant Commissioner}. */
  private static final Set<String> LESSER_TITLES = Set.of("deputy", "vice", "assistant", "acting", "former", "ex",
      "associate", "junior", "shadow");

  /** Role nouns that, after {@code the} and a demonym, point back to that country's official just named: {@code the Russian diplomat}. */
  private static final Set<String> BACK_POINTING_ROLES = Set.of("diplomat", "envoy", "ambassador", "official");

  /** How far before {@code the Russian diplomat} (in characters) its official may have been named. */
  private static final int BACK_POINTING_WINDOW = 600;

  /** Role nouns for a body's unnamed staff, who speak neither for it nor as its head. */
  private static final Set<String> RANK_AND_FILE = Set.of("officer", "diplomat", "spy",
      "man", "woman", "agent", "employee", "staffer", "insider", "analyst", "operative");
  static final Set<String> PLURAL_SOURCES = Set.of("officials", "sources", "authorities",
      "investigators", "prosecutors", "services", "agencies", "residents", "witnesses", "diplomats",
      "analysts", "experts", "officers", "police", "people", "leaders", "members", "accounts",
      "reports", "media", "researchers", "lawmakers", "allies", "spokesmen", "ministers", "critics",
      "they", "them", "others", "governments", "militants", "activists");
  private static final Set<String> BODY_NOUNS = Set.of("agency", "ministry", "service", "department",
      "bureau", "government", "organisation", "organization", "office", "directorate", "committee",
      "administration", "force", "forces", "army", "navy", "military", "regime", "group", "movement", "militia", "embassy",
      "command", "council", "court", "unit", "presidency", "junta", "secretariat");
  private static final Set<String> DOCUMENT_NOUNS = Set.of("statement", "report", "release",
      "readout", "video", "message", "assessment", "document", "letter", "communique", "post",
      "tweet", "indictment", "complaint", "filing", "announcement", "briefing", "notice");
  /** Documents only a body issues, whose words are its own: {@code the statement}, not {@code the report}. */
  private static final Set<String> ISSUED_STATEMENTS = Set.of("statement", "communique", "release", "readout",
      "announcement");
  /** Relatives and representatives who speak for themselves, not for the person they belong to. */
  private static final Set<String> KIN = Set.of("nephew", "niece", "son", "daughter", "wife", "husband", "brother",
      "sister", "father", "mother", "uncle", "aunt", "cousin", "family", "widow", "widower", "partner", "lawyer",
      "lawyers", "solicitor", "solicitors", "attorney", "attorneys", "barrister", "friend", "friends", "relatives",
      "parents", "children", "biographer", "grandson", "granddaughter", "fiancee", "girlfriend", "boyfriend");
  private static final Set<String> SPEAKER_DETERMINERS = Set.of("a", "an", "the", "its", "their");
  /** Body words news writes in lower case after a country's adjective: {@code the Kenyan army}. */
  private static final Set<String> BODY_WORDS = Set.of("military", "army", "navy", "police");

  /** Role nouns after such a body word that speak for the body: {@code a Cambodian army spokesman}. */
  private static final Set<String> ROLE_AFTER_BODY = Set.of("spokesman", "spokeswoman", "spokesperson",
      "statement", "official", "officials", "source", "sources", "command", "headquarters");

  /** How far into a text (in characters) a dateline may stand: below headlines and a byline. */
  private static final int DATELINE_REACH = 800;

  /** Nouns for the story's state whose possessive names its body: {@code the country's main spy agency}. */
  private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "kingdom", "republic");
  private static final Set<String> PREPOSITIONS = Set.of("of", "for", "at", "in", "to", "from", "with", "on");

  private final Gazetteer gazetteer;
  private final Roles roles;

  SpeakerResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.roles = Roles.of(gazetteer);
    Map<String, List<BodyName>> byCountry = new HashMap<>();
    Map<String, Set<String>> countryWords = new HashMap<>(); // "DE" -> germany, german, ...: what a body's name may open with
    for (Entity e : gazetteer.entities()) {
      if (e.type() == EntityType.COUNTRY) {
        Set<String> words = new HashSet<>();
        for (Alias a : gazetteer.aliases(e.id())) {
          if (a.form() != MentionForm.CAPITAL) { // "Berlin prosecutors" are the city's
            words.add(a.text().toLowerCase(Locale.ROOT).split(" ")[0]);
          }
        }
        countryWords.put(e.id(), words);
      }
    }
    for (Entity e : gazetteer.entities()) {
      if (e.type() == EntityType.AGENCY && !e.country().isEmpty()) {
        Set<String> opens = countryWords.getOrDefault(e.country(), Set.of());
        for (Alias a : gazetteer.aliases(e.id())) {
          if (a.ambiguous() || a.text().indexOf(' ') <= 0) {
            continue;
          }
          String lower = a.text().toLowerCase(Locale.ROOT);
          String[] words = lower.split(" ");
          // a name that opens with its country's name or adjective: "German prosecutors" is Germany's office,
          // while "Berlin prosecutors" is a city's and stays out of the look-up by country
          if (opens.contains(words[0])) {
            byCountry.computeIfAbsent(e.country(), k -> new ArrayList<>()).add(new BodyName(lower, words.length, e));
          }
        }
      }
    }
    this.bodyNamesByCountry = Map.copyOf(byCountry);
    Map<String, List<Entity>> branches = new HashMap<>();
    for (Entity e : gazetteer.entities()) {
      if (e.type() == EntityType.GROUP && !e.parent().isEmpty() && !e.country().isEmpty()) {
        branches.computeIfAbsent(e.parent() + "@" + e.country(), k -> new ArrayList<>()).add(e);
      }
    }
    Map<String, Entity> onlyBranch = new HashMap<>();
    // one branch per parent and country, else none: the phrase would not say which
    branches.forEach((k, list) -> {
      if (list.size() == 1) {
        onlyBranch.put(k, list.get(0));
      }
    });
    this.branchByParentAndCountry = Map.copyOf(onlyBranch);
    Map<String, List<Post>> spokes = new HashMap<>();
    for (Post p : gazetteer.posts()) {
      if (!p.post().equals("spokesperson")) {
        continue;
      }
      Entity org = gazetteer.entity(p.org()).orElse(null);
      if (org != null && (org.type() == EntityType.COUNTRY
          || org.type() == EntityType.AGENCY && ("government".equals(org.kind()) || "junta".equals(org.kind()))
             && !org.country().isEmpty())) {
        spokes.computeIfAbsent(org.type() == EntityType.COUNTRY ? org.id() : org.country(), k -> new ArrayList<>()).add(p);
      }
    }
    this.governmentSpokespeople = Map.copyOf(spokes);
  }

  /** Country code -> the spokesperson posts of its government or its leader's office: the Kremlin's, the White House's. */
  private final Map<String, List<Post>> governmentSpokespeople;

  /**
   * The one spokesperson of the leader's government on the date ({@code Putin's spokesman} is
   * Dmitry Peskov), if the gazetteer has exactly one; else null.
   */
  private Entity leadersSpokesperson(Entity leader, LocalDate date) {
    Entity found = null;
    for (Post p : governmentSpokespeople.getOrDefault(leader.country(), List.of())) {
      if (p.since().isPresent() && (date != null ? p.heldOn(date) : p.until().isEmpty())) { // a post of unknown start proves nothing
        Entity e = gazetteer.entity(p.person()).orElse(null);
        if (e == null || found != null && !found.equals(e)) {
          return null;
        }
        found = e;
      }
    }
    return found;
  }

  /** Words for a group's part in one country: {@code Al Qaeda's Yemen branch}. */
  private static final Set<String> BRANCH_WORDS = Set.of("branch", "affiliate", "franchise", "offshoot", "wing",
      "chapter", "arm");

  /** "parent group id@country code" -> the parent's one branch in that country, for {@code the Yemeni branch of al Qaeda}. */
  private final Map<String, Entity> branchByParentAndCountry;

  /** A multi-word name of a state's body, lower case, with its number of words. */
  private record BodyName(String text, int words, Entity body) {}

  /** Country code -> the multi-word names of its bodies, for {@code China's coast guard}. */
  private final Map<String, List<BodyName>> bodyNamesByCountry;

  /**
   * The country of the last country, body or official mention before {@code from} in its
   * sentence (back to a full stop, question or exclamation mark, or a line break), or null.
   */
  private static String countryEarlierInSentence(Tokens t, int from, Mention[] owner) {
    for (int i = from - 1; i >= 0 && from - i <= 60; i--) {
      if (t.newlineBefore(i + 1) && i + 1 < from || t.is(i, ".") || t.is(i, "?") || t.is(i, "!")) {
        return null;
      }
      Mention m = owner[i];
      if (m != null) {
        String cc = m.entity().homeCountry();
        if (cc.length() == 2) {
          return cc;
        }
      }
    }
    return null;
  }

  /**
   * The body of {@code cc} whose name ends with the words of {@code [from, to)}: {@code China's
   * coast guard} is the China Coast Guard, {@code Israel's military} the Israeli military; or null
   * if none or several bodies fit.
   */
  private Entity bodyNamedLike(Tokens t, int from, int to, String cc) {
    if (from >= to) {
      return null;
    }
    String words = " " + t.text().substring(t.start(from), t.end(to - 1)).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    int wordCount = words.trim().split(" +").length; // words, not tokens: "prosecutor's" is one
    if (words.endsWith(" coastguard")) {
      words = words.substring(0, words.length() - "coastguard".length()) + "coast guard";
      wordCount++; // "China's coastguard" is the China Coast Guard
    }
    Entity found = null;
    for (BodyName a : bodyNamesByCountry.getOrDefault(cc, List.of())) {
      // the country's adjective or name and these words: "Chinese Coast Guard" for "China's coast guard"
      if (a.words() == wordCount + 1 && a.text().endsWith(words)) {
        if (found != null && found != a.body()) {
          return null;
        }
        found = a.body();
      }
    }
    if (found == null) {
      List<String> kinds = Roles.kindsOf(words.trim());
      return kinds == null ? null : roles.bodyOf(words.trim(), cc); // "Moldova's police", "Pakistan's army"
    }
    return found;
  }

  /** What the document has said so far that pronouns and descriptions refer back to. */
  static final class Salience {
    Entity lastPersonSpeaker; // most recent speaker that is a person
    boolean unknownPersonLast; // the most recent person speaker is a named person the gazetteer lacks
    Entity lastSpeaker;
    String lastSpeakerCountry; // the country of the last speaker that has one: whose forces "the army" are
    private final java.util.Map<String, Integer> speakerCountries = new java.util.HashMap<>(4);
    private String topSpeakerCountry; // the country whose voices have made the most claims so far (the first on a tie)
    Entity lastSubjectThing; // the last body, group or country that was the subject of a cue, even a negated one
    Entity subjectPerson; // the official who opened the previous sentence, or null
    Entity subjectBody; // the body or group that opened the previous sentence, or null
    Entity lastSpokes; // whom the last spokesman named as such spoke for
    Entity lastPluralBodies; // what the last "intelligence agencies" resolved to
    Entity lastProsecution; // the prosecution office that spoke last: whom a later bare "prosecutors" are
    int lastSpokesAt = -1; // where that spokesman was named
    boolean subjectUnknownPerson; // the previous sentence opened with a person the gazetteer lacks
    boolean subjectDescribed; // the previous sentence opened with a person described, not named: "the police spokesman"
    Entity subjectDescribedEntity; // whom that description resolved to, or null
    private final List<Mention> mentions;
    private Set<String> officialsNamed; // made on first use
    private String mainCountry;
    private boolean countryKnown;
    private String dateline;
    private boolean datelineKnown;

    Salience(List<Mention> mentions) {
      this.mentions = mentions;
    }

    /** The officials the document names: in an undated document, a post's holder is looked for among them first. */
    Set<String> officialsNamed() {
      if (officialsNamed == null) {
        Set<String> ids = new java.util.HashSet<>();
        for (Mention m : mentions) {
          if (m.type() == EntityType.OFFICIAL) {
            ids.add(m.id());
          }
        }
        officialsNamed = ids;
      }
      return officialsNamed;
    }

    /** Counts a claim made by a voice of country {@code cc}. */
    void countSpeakerCountry(String cc) {
      int c = speakerCountries.merge(cc, 1, Integer::sum);
      if (topSpeakerCountry == null || c > speakerCountries.get(topSpeakerCountry)) {
        topSpeakerCountry = cc;
      }
    }

    /** The country whose voices have made the most claims so far, or null. */
    String topSpeakerCountry() {
      return topSpeakerCountry;
    }

    /**
     * The country the document is most about (the first of equals), or null: {@code the home
     * secretary} is its. Each mention of a country counts, and so does each mention of one of its
     * officials or bodies: a story about British ministers' Iraq advice is British however often
     * it names Iraq. A story that names no state is its groups' country.
     */
    String mainCountry() {
      if (!countryKnown) {
        countryKnown = true;
        java.util.Map<String, Integer> countries = new java.util.LinkedHashMap<>();
        for (Mention m : mentions) {
          if (m.type() == EntityType.COUNTRY) {
            countries.merge(m.id(), 1, Integer::sum);
          } else if ((m.type() == EntityType.OFFICIAL || m.type() == EntityType.AGENCY)
              && m.entity().country().length() == 2) {
            countries.merge(m.entity().country(), 1, Integer::sum);
          }
        }
        if (countries.isEmpty()) {
          for (Mention m : mentions) {
            if (m.type() == EntityType.GROUP && m.entity().country().length() == 2) {
              countries.merge(m.entity().country(), 1, Integer::sum); // no state named: the groups' countries
            }
          }
        }
        int most = 0;
        for (java.util.Map.Entry<String, Integer> e : countries.entrySet()) {
          if (e.getValue() > most) {
            mainCountry = e.getKey();
            most = e.getValue();
          }
        }
      }
      return mainCountry;
    }

    /**
     * The country of the text's dateline, or null: a capital that opens a line near the top and is
     * followed by a colon, comma, bracket or dash ({@code New Delhi:}, {@code KYIV, Ukraine (AP) --}).
     * The story is reported from there, so its unnamed army is that country's.
     */
    String datelineCountry(Tokens t) {
      if (!datelineKnown) {
        datelineKnown = true;
        for (Mention m : mentions) {
          if (m.start() > DATELINE_REACH) {
            break;
          }
          int i = t.indexAtOrAfter(m.start());
          int after = t.indexAtOrAfter(m.end());
          if (m.type() == EntityType.COUNTRY && m.form() == MentionForm.CAPITAL
              && (i == 0 || t.newlineBefore(i)) && after < t.size()
              && (t.is(after, ":") || t.is(after, ",") || t.is(after, "(") || t.kind(after) == TokenKind.DASH)) {
            dateline = m.id();
            break;
          }
        }
      }
      return dateline;
    }
  }

  /**
   * Resolves the phrase {@code [from, to)} (token indices); {@code mentions} is the mention
   * covering each token or null.
   */
  Speaker resolve(Tokens t, int from, int to, Mention[] owner, List<Mention> mentionsInOrder,
      Salience s, LocalDate date) {
    // trim punctuation at both ends
    while (from < to && (t.kind(from) == TokenKind.PUNCT || t.kind(from) == TokenKind.QUOTE
        || t.kind(from) == TokenKind.DASH)) {
      from++;
    }
    while (to > from && (t.kind(to - 1) == TokenKind.PUNCT && !closesBracketInside(t, from, to - 1)
        || t.kind(to - 1) == TokenKind.QUOTE || t.kind(to - 1) == TokenKind.DASH
        || t.kind(to - 1) == TokenKind.POSSESSIVE)) {
      to--;
    }
    if (from >= to) {
      return null;
    }
    String text = t.text();
    int s0 = t.start(from);
    int e0 = t.end(to - 1);
    // "the President" after "President Irfaan Ali assured ...": the person the text gave that title and who spoke
    // last, before whom the role names (the story's country's); not "President Vladimir Putin" whom he met
    Entity titled = to - from == 2 ? titledAgain(t, from, to, owner, mentionsInOrder) : null;
    Optional<Entity> entity = Optional.ofNullable(titled != null && titled.equals(s.lastPersonSpeaker) ? titled : null);
    if (entity.isEmpty()) {
      entity = Optional.ofNullable(entityOf(t, from, to, owner, mentionsInOrder, s, date));
    }
    if (entity.isEmpty()) {
      entity = Optional.ofNullable(to - from == 2 ? titled : titledAgain(t, from, to, owner, mentionsInOrder));
    }
    if (entity.isEmpty()) {
      int and = conjunctionAfterBody(t, from, to, owner);
      if (and > 0) {
        // "The Shin Bet domestic security agency and police said": several bodies, the first named
        entity = Optional.ofNullable(entityOf(t, from, and, owner, mentionsInOrder, s, date));
      }
    }
    if (entity.isPresent()) {
      if (namesSpokesperson(t, from, to)) {
        s.lastSpokes = entity.get(); // "the prime minister's official spokesman urged ... the spokesman said"
        s.lastSpokesAt = s0;
      }
    }
    return new Speaker(s0, e0, text.substring(s0, e0), entity);
  }

  /**
   * The {@code and} that joins a phrase naming a body or group to another ({@code The Shin Bet
   * domestic security agency and police}), or -1; not where a person is named.
   */
  private static int conjunctionAfterBody(Tokens t, int from, int to, Mention[] owner) {
    boolean body = false;
    for (int i = from; i < to; i++) {
      Mention m = owner[i];
      if (m != null) {
        if (m.type() == EntityType.OFFICIAL) {
          return -1;
        }
        body |= m.type() == EntityType.AGENCY || m.type() == EntityType.GROUP;
      } else if (body && i > from && t.is(i, "and")) {
        return i;
      }
    }
    return -1;
  }

  /** Whether token {@code close} is a ")" whose "(" lies in {@code [from, close)}: "the Service (ZSIS)". */
  private static boolean closesBracketInside(Tokens t, int from, int close) {
    if (!t.is(close, ")")) {
      return false;
    }
    for (int i = close - 1; i >= from; i--) {
      if (t.is(i, "(")) {
        return true;
      }
    }
    return false;
  }

  private Entity entityOf(Tokens t, int from, int to, Mention[] owner, List<Mention> mentions,
      Salience s, LocalDate date) {
    if (to - from == 1 && t.kind(from) == TokenKind.WORD) {
      String w = t.text(from).toLowerCase(Locale.ROOT);
      switch (w) {
        case "he", "him" -> {
          return person(t, from, owner, mentions, s, Gender.MALE);
        }
        case "she", "her" -> {
          return person(t, from, owner, mentions, s, Gender.FEMALE);
        }
        case "it" -> {
          if (s.lastSubjectThing != null) {
            return s.lastSubjectThing; // "The FSB did not say where ... It said ..."
          }
          Entity e = lastOf(mentions, t.start(from), EntityType.AGENCY);
          if (e == null) {
            e = lastOf(mentions, t.start(from), EntityType.GROUP);
          }
          return e != null ? e : lastOf(mentions, t.start(from), EntityType.COUNTRY);
        }
        case "they", "them", "we", "i", "you" -> {
          return null;
        }
        default -> { }
      }
    }
    for (int i = from; i + 1 < to; i++) {
      if ((t.isIgnoreCase(i, "news") || t.isIgnoreCase(i, "press")) && t.isIgnoreCase(i + 1, "agency") && owner[i + 1] == null
          && (i + 2 >= to || owner[i + 2] == null)) {
        return null; // "the state news agency": an outlet, which SPEC does not count
      }
    }
    Mention person = null;
    Mention body = null;
    Mention country = null;
    Mention group = null;
    int head = -1; // the phrase's head word: the last word before a preposition
    boolean afterPreposition = false;
    for (int i = from; i < to; i++) {
      Mention m = owner[i];
      if (m != null) {
        switch (m.type()) {
          case OFFICIAL -> person = m;
          case AGENCY -> body = body == null ? m : body;
          case COUNTRY -> country = country == null ? m : country;
          case GROUP -> group = group == null ? m : group;
          default -> { }
        }
        if (!afterPreposition) {
          head = i;
        }
        continue;
      }
      if (t.kind(i) == TokenKind.WORD) {
        String w = t.text(i).toLowerCase(Locale.ROOT);
        if (PREPOSITIONS.contains(w) && i > from) {
          afterPreposition = true;
        } else if (!afterPreposition) {
          head = i;
        }
      } else if (t.is(i, ",")) {
        afterPreposition = true; // an apposition follows: Sheikh X, al Shabaab's spokesman
        // but an apposition's role noun may be the better head
      }
    }
    if (person != null) {
      Mention named = namedPerson(t, from, to, owner, person);
      if (named != person) {
        return named.entity(); // "Dmitry Peskov, spokesman for Russian President Vladimir Putin": Peskov
      }
      if (namesSpokesperson(t, from, to) && (possessor(t, person, to) || spokesmanFor(t, from, owner, person))
          && !hasWord(t, from, to, LESSER_TITLES) && leads(person.entity(), date)) { // not "the deputy spokesman for X"
        Entity spokesperson = leadersSpokesperson(person.entity(), date);
        if (spokesperson != null) {
          return spokesperson; // "the spokesman for Russian President Vladimir Putin", "Putin's spokesman": Peskov
        }
      }
      if (possessor(t, person, to) && head >= 0 && t.start(head) > person.end() && owner[head] == null) {
        String h = t.text(head).toLowerCase(Locale.ROOT);
        if (GOVERNMENT_HEADS.contains(h)) {
          return gazetteer.entity(person.entity().country()).orElse(null); // "Maduro's government": the state
        }
        if (AIDE_HEADS.contains(h) || KIN.contains(h)
            || t.isCapitalized(head) && head > t.indexAtOrAfter(person.end()) + 1) {
          // "Putin's chief adviser", "Duterte's former legal counsel Salvador Panelo": not Putin, not Duterte
          // (his spokesman speaks for him)
          return null;
        }
      }
      return kinOf(t, person, to) ? null : person.entity();
    }
    if (body == null && country == null && group == null && to - from == 2 && isHonorific(t, from)
        && t.isCapitalized(from + 1)) {
      // "Sir John" after "Sir John Stevens": a title and a first name
      String first = t.text(from + 1) + " ";
      Entity byFirstName = lastBefore(mentions, t.start(from),
          m -> m.type() == EntityType.OFFICIAL && m.entity().name().startsWith(first));
      if (byFirstName != null) {
        return byFirstName;
      }
    }
    String headWord = head < 0 ? "" : t.text(head).toLowerCase(Locale.ROOT);
    if ((headWord.equals("headquarters") || headWord.equals("hq")) && head == to - 1 && head - 1 > from
        && owner[head] == null) {
      return entityOf(t, from, head, owner, mentions, s, date); // "the army headquarters said": the army
    }
    if (group != null && country != null && person == null && body == null && BRANCH_WORDS.contains(headWord)) {
      Entity branch = branchByParentAndCountry.get(group.entity().id() + "@" + country.entity().id());
      if (branch != null) {
        return branch; // "Al Qaeda's Yemen branch", "the Yemeni branch of al Qaeda": AQAP
      }
    }
    if (head >= 0 && owner[head] != null) {
      return owner[head].entity(); // the FSB, Russia, the MİT
    }
    if (head == to - 1 && head > from && t.isIgnoreCase(from, "the") && COUNTRY_NOUNS.contains(headWord)
        && body == null && group == null && s.mainCountry() != null) {
      // "The Nordic country, which had announced ...", "The kingdom vowed ...": a state described, not
      // named, is the one written into the phrase, else the story's
      return country != null ? country.entity() : gazetteer.entity(s.mainCountry()).orElse(null);
    }
    if (country != null && body == null && group == null && person == null && to - from == 3 && head == to - 1
        && t.isIgnoreCase(from, "the") && owner[from + 1] == country && BODY_HEADS.contains(headWord)) {
      String cc = country.entity().id();
      Entity named = lastBefore(mentions, t.start(from),
          m -> isBodyCalled(m.entity(), headWord) && cc.equals(m.entity().country()));
      if (named == null && s.lastSpeaker != null && isBodyCalled(s.lastSpeaker, headWord)
          && cc.equals(s.lastSpeaker.country())) {
        named = s.lastSpeaker; // described, not named: "Russia's defence ministry said ... the Russian ministry said"
      }
      if (named != null) {
        return named; // "Russia's defence ministry said ... the Russian ministry said": that country's body just named
      }
    }
    if (country == null && body == null && group == null && person == null && head >= 0 && s.mainCountry() != null) {
      for (int i = from; i + 2 < to && i < head; i++) {
        if (t.kind(i + 1) == TokenKind.POSSESSIVE && COUNTRY_NOUNS.contains(t.text(i).toLowerCase(Locale.ROOT))
            && !(i > from && t.isCapitalized(i - 1) && owner[i - 1] == null && !t.isIgnoreCase(i - 1, "the"))) { // not "the Balkan country's": a region's
          int end = i + 2;
          while (end < to && t.kind(end) == TokenKind.WORD && Character.isLowerCase(t.first(end))
              && !PREPOSITIONS.contains(t.text(end).toLowerCase(Locale.ROOT))) {
            end++;
          }
          String near = countryEarlierInSentence(t, from, owner);
          Entity named = end == to && near != null ? bodyNamedLike(t, i + 2, end, near) : null;
          if (named == null && end == to) {
            named = bodyNamedLike(t, i + 2, end, s.mainCountry());
          }
          if (named != null) {
            return named; // "..., prompting the South Korean military to ..., the country's defense ministry said":
                          // the country named last before it in the sentence, else the story's country
          }
          break;
        }
      }
    }
    if (DOCUMENT_NOUNS.contains(headWord) && head + 2 < to && body == null && group == null && person == null) {
      String p = t.text(head + 1).toLowerCase(Locale.ROOT);
      int by = head + 2;
      if (p.equals("attributed") && head + 3 < to && t.isIgnoreCase(head + 2, "to")) {
        p = "by"; // "Reports attributed to Col. Paul Njuguna, the Spokesperson ..., indicate"
        by = head + 3;
      }
      if (p.equals("by") || p.equals("from") || p.equals("of")) {
        Entity issuer = entityOf(t, by, to, owner, mentions, s, date);
        if (issuer != null && issuer.type() != EntityType.COUNTRY) {
          return issuer; // "a report from the agency", "a statement by the army's command"
        }
      }
    }
    if (DOCUMENT_NOUNS.contains(headWord) && head == to - 1 && country != null && body == null && group == null
        && person == null && country.end() <= t.start(head) && !headWord.equals("report")
        && Character.isLowerCase(t.first(head))) { // not "the South China Morning Post"
      return country.entity(); // "the British statement said": the country's government; not "a Russian media report"
    }
    if (country != null && body == null && group == null && person == null) {
      int word = t.indexAtOrAfter(country.end());
      if (word < to && word > 0 && t.kind(word) == TokenKind.WORD && BODY_WORDS.contains(t.text(word))
          && (word == to - 1 || (word + 1 == head && ROLE_AFTER_BODY.contains(t.text(head).toLowerCase(Locale.ROOT)))
              || word + 1 == to - 1 && t.is(word + 1, "forces"))) {
        Entity named = bodyNamedLike(t, word, word + 1, country.entity().id());
        if (named != null) {
          return named; // "a Cambodian army spokesman", "Kenyan military forces": the country's army, its armed forces
        }
      }
    }
    if (country != null && body == null && group == null && person == null && head >= from && t.end(head) < country.start()
        && t.indexAtOrAfter(country.start()) == head + 2 && (t.isIgnoreCase(head + 1, "in") || t.isIgnoreCase(head + 1, "of"))
        && t.indexAtOrAfter(country.end()) == to && bareDescription(t, from, head + 1)) {
      Entity named = bodyNamedLike(t, SPEAKER_DETERMINERS.contains(t.text(from).toLowerCase(Locale.ROOT)) ? from + 1 : from,
          head + 1, country.entity().id());
      if (named != null) {
        return named; // "The army in Sri Lanka says", "Police in Slovakia said": the country's army, its police
      }
    }
    if (country != null && body == null && group == null && head >= 0 && t.start(head) >= country.end()) {
      Entity named = bodyAfterCountry(t, country, to);
      if (named != null) {
        return named; // "China's coast guard", "Israel's military"
      }
    }
    if (ageDescription(t, from, to) || formerDescription(t, from, to)) {
      // "Police arrested John Smith ... The 52-year-old said": the person just named, often an object;
      // "The former cabinet secretary told": someone who held the post, so not today's holder
      Mention last = null;
      int here = firstAtOrAfter(mentions, t.start(from));
      for (int k = here - 1; k >= 0 && t.start(from) - mentions.get(k).end() < 300; k--) {
        if (mentions.get(k).type() == EntityType.OFFICIAL) {
          last = mentions.get(k);
          break;
        }
      }
      return last == null ? null : last.entity();
    }
    if (to - from == 2 && t.isIgnoreCase(from, "the") && owner[from + 1] == null
        && (t.isAllCaps(from + 1) && t.length(from + 1) <= 5
            || t.kind(from + 1) == TokenKind.WORD && TITLED_ROLES.contains(t.text(from + 1).toLowerCase(Locale.ROOT)))) {
      Entity titled = titledSoBefore(t, from + 1, mentions);
      if (titled != null) {
        return titled; // "said Special DG (anti-Maoist operation) D M Awasthi ... the DG added"
      }
    }
    String roleWord = roleWord(t, from, to, owner);
    if (roleWord != null && person == null && to + 2 < t.size() && t.is(to, ",")) {
      // the post's district may stand before the name: "Deputy Commissioner, Reasi Vishesh Paul Mahajan, ... said"
      int name = owner[to + 1] == null && to + 3 < t.size() && t.isCapitalized(to + 1) ? to + 2 : to + 1;
      if (owner[name] != null && owner[name].type() == EntityType.OFFICIAL) {
        int after = t.indexAtOrAfter(owner[name].end());
        if (after < t.size() && t.is(after, ",")) {
          return owner[name].entity(); // "The country's Defence Minister, Jaroslav Nad, ... wrote": the name in apposition
        }
      }
    }
    if (roleWord != null && (headWord.equals("office") || headWord.equals("prosecution")) && body == null
        && country == null && group == null && person == null) {
      String phrase = phrase(t, from, to);
      List<String> kinds = Roles.kindsOf(phrase);
      if (kinds != null) {
        return bodyOfKindNamed(t, phrase, kinds, t.start(from), mentions, s); // "the federal prosecutors' office": not the person the role names
      }
    }
    if (headWord.equals("prosecutors") && head == to - 1 && country == null && body == null && group == null
        && bareProsecutors(t, from, head)) {
      Entity office = s.lastProsecution != null ? s.lastProsecution
          : lastBefore(mentions, t.start(from), m -> m.type() == EntityType.AGENCY && "prosecutor".equals(m.entity().kind()));
      if (office != null) {
        return office; // "German prosecutors said ... Prosecutors said": the prosecution office that spoke or was named
      }
    }
    if ((headWord.equals("prosecutors") || headWord.equals("prosecutor")) && head == to - 1 && head > from
        && t.isIgnoreCase(head - 1, "federal") && (head - 1 == from || head - 2 == from && t.isIgnoreCase(from, "the"))
        && country == null && body == null && group == null && s.mainCountry() != null) {
      Entity office = bodyNamedLike(t, head - 1, head + 1, s.mainCountry());
      if (office != null) {
        return office; // "Federal prosecutors said", "the Federal Prosecutor confirmed": the story's country's office
      }
    }
    if (headWord.equals("police") && head > from && (t.isIgnoreCase(head - 1, "national") || t.isIgnoreCase(head - 1, "federal"))
        && country == null && body == null && group == null && bareDescription(t, from, to) && s.mainCountry() != null) {
      Entity force = bodyNamedLike(t, head - 1, head + 1, s.mainCountry());
      if (force != null) {
        return force; // "the national police said": the story's country's (bare "police" stays no one, as in SPEC's examples)
      }
    }
    if (group == null && body == null && groupsMediaArm(t, from, to)) {
      Entity g = lastOf(mentions, t.start(from), EntityType.GROUP);
      if (g != null) {
        return g; // "the statement from the terrorist group's media arm": the group just named
      }
    }
    if (headWord.equals("police") && head > from && t.isIgnoreCase(head - 1, "secret") && body == null && group == null
        && country == null) {
      String phrase = phrase(t, from, to); // "according to the secret police": the security service named before
      return bodyOfKindNamed(t, phrase, Roles.kindsOf(phrase), t.start(from), mentions, s);
    }
    if ((headWord.equals("agencies") || headWord.equals("services")) && body == null && group == null && person == null) {
      return pluralBodies(t, from, to, country, mentions, s); // "Dutch intelligence agencies say", "the agencies said"
    }
    if (headWord.equals("police") && head == to - 1 && (head == from || head == from + 1 && t.isIgnoreCase(from, "the"))
        && body == null && group == null && country == null) {
      return namedPolice(t.start(from), mentions, s); // "Maldives Police said ... the police said": the force named
    }
    if (PLURAL_SOURCES.contains(headWord)) {
      return group != null && body == null ? group.entity() : null; // militants from al Shabaab
    }
    if (roleWord != null && body != null && (roleWord.equals("ambassador") || roleWord.equals("envoy"))) {
      int b = t.indexAtOrAfter(body.start());
      if (b > from && (t.is(b - 1, "to") || b > from + 1 && t.is(b - 1, "the") && t.is(b - 2, "to"))) {
        body = null; // "the Iranian Ambassador to the United Nations": the UN is where, not whose
      }
    }
    if (roleWord != null) {
      boolean spokes = roleWord.startsWith("spokes");
      if (body != null) {
        if (spokes) {
          return body.entity(); // a spokesman speaks for the body (SPEC: the agency said)
        }
        if (roleWord.equals("official") || roleWord.equals("source")) {
          // "says a CSIS official", "An ISPR official confirmed": the body, through someone unnamed;
          // "a former CIA official" speaks for no one
          return hasWord(t, from, to, PAST_WORDS) ? null : body.entity();
        }
        if (RANK_AND_FILE.contains(roleWord)) {
          return null; // "a CIA officer", "an MI6 spy": someone unnamed who does not speak for the body
        }
        if (roleWord.equals("envoy") || roleWord.equals("representative")) {
          Entity envoy = envoyFor(body.entity().id(), phrase(t, from, to), country, date);
          return envoy != null ? envoy : body.entity(); // "the UN envoy to Yemen": not the Secretary-General
        }
        Entity holder = holder(body.entity().id(), "head", date, s);
        if (holder == null && HEAD_ROLES.contains(roleWord)) {
          holder = headNamedWith(t, body.entity(), t.start(from), owner, mentions);
        }
        return holder != null ? holder : body.entity();
      }
      if (group != null) {
        return group.entity();
      }
      if (country != null) {
        String cc = country.entity().id();
        Entity r = byCountryRole(t, from, to, cc, roleWord, date, s);
        if (r == null) {
          r = titledInDocument(t, from, to, roleWord, mentions, cc);
        }
        if (r == null && BACK_POINTING_ROLES.contains(roleWord) && t.isIgnoreCase(from, "the") && to - from == 3
            && t.indexAtOrAfter(country.start()) == from + 1) {
          // "Russia's UN ambassador Vassily Nebenzia ... The Russian diplomat said": the last official of that
          // country named within a paragraph or so
          r = lastBefore(mentions, t.start(from), m -> m.type() == EntityType.OFFICIAL && t.start(from) - m.end() < BACK_POINTING_WINDOW
              && (m.entity().country().equals(cc) || m.entity().country().isEmpty()));
        }
        if (r == null && (roleWord.equals("ambassador") || roleWord.equals("envoy")) && !bareDescription(t, from, to)) {
          r = country.entity(); // "the Iranian Ambassador to the United Nations said": Iran, through its envoy
        }
        int countryAt = t.indexAtOrAfter(country.start());
        if (r == null && spokes && countryAt > from && t.isIgnoreCase(countryAt - 1, "for")) {
          r = bodyAfterCountry(t, country, to); // "A spokesperson for Iran's armed forces": the forces
        }
        if (r == null && spokes && s.lastSpokes != null && t.start(from) - s.lastSpokesAt < SAME_SPOKESMAN_GAP
            && (s.lastSpokes.country().isEmpty() || s.lastSpokes.country().equals(cc))) {
          r = s.lastSpokes; // "Iran's foreign ministry spokesman Bahram Ghassemi said ... the Iranian spokesman said"
        }
        if (r == null && spokes && to - from == 3 && SPEAKER_DETERMINERS.contains(t.text(from).toLowerCase(Locale.ROOT))
            && t.indexAtOrAfter(country.start()) == from + 1 && t.indexAtOrAfter(country.end()) == from + 2) {
          r = country.entity(); // "the Mongolian spokesperson said": the state's voice, whichever ministry
        }
        return r; // or null: a Saudi embassy spokeswoman, a person we cannot name
      }
      if (spokes && to - from == 2 && (t.isIgnoreCase(from, "his") || t.isIgnoreCase(from, "her"))) {
        // "Olaf Scholz lauded the operation. His spokesman said": the person who opened the sentence
        // before speaks through him; no one when that was someone else ("The 52-year-old said ...")
        Gender g = t.isIgnoreCase(from, "his") ? Gender.MALE : Gender.FEMALE;
        return s.subjectPerson != null && fits(s.subjectPerson, g) ? s.subjectPerson : null;
      }
      if (spokes && s.lastSpokes == null && t.isIgnoreCase(from, "the")
          && Roles.forcesOfSpokesman(phrase(t, from, to)) != null) {
        return spokesperson(t, from, to, mentions, s); // "The Spokesperson for the Armed Forces": capitalised as a title
      }
      if (spokes && groupsOwn(t, from, to)) {
        Entity g = lastOf(mentions, t.start(from), EntityType.GROUP);
        if (g != null) {
          return g; // "the group's spokesperson Shahidullah Shahid": the group just named
        }
      }
      if (spokes) {
        Entity described = bodyAfterFor(t, from, to, owner, mentions, s, date);
        if (described != null) {
          return described; // "A spokesman for the foreign ministry said": as "A foreign ministry spokesman"
        }
      }
      if (namesPerson(t, from, to, owner)) {
        return null; // "Liberal Democrat leader Charles Kennedy": a named person the gazetteer lacks
      }
      Entity byPost = byDocumentPost(t, from, to, roleWord, mentions, date, s);
      if (byPost != null) {
        return byPost;
      }
      if (!bareDescription(t, from, to) && !legislatorDescription(t, from, to, roleWord)) {
        if ((t.is(from, "The") || t.is(from, "the")) && s.subjectPerson != null
            && gazetteer.entity(s.subjectPerson.id()).isEmpty()
            && !namedAfter(t, to, owner)) { // not "The Lord Chief Justice, Lord Woolf,"
          // "Michael Howard has denied ... The Tory leader said": the person the text introduced
          // just before, whose posts we do not know, so the description cannot name anyone else
          return s.subjectPerson;
        }
        Entity next = t.isIgnoreCase(from, "the") ? introducedNext(t, to, mentions) : null;
        if (next != null) {
          return next; // "..., the Balkan country's chief special prosecutor said. Milivoje Katnic said ..."
        }
        return null; // "legal director of the human rights organisation Redress": no one we know
      }
      if (spokes) {
        return spokesperson(t, from, to, mentions, s);
      }
      if (t.isIgnoreCase(from, "a") || t.isIgnoreCase(from, "an") || t.isIgnoreCase(from, "another")) {
        return null; // "a prosecutor said", "another senior adviser": someone new, not the last person named
      }
      // the minister, the secretary: the most recent person; the woman: the most recent woman
      Gender g = roleWord.equals("woman") ? Gender.FEMALE : roleWord.equals("man") ? Gender.MALE : Gender.UNKNOWN;
      return person(t, from, owner, mentions, s, g);
    }
    if (GENERIC_BODY_HEADS.contains(headWord) && body == null && country == null && group == null
        && t.isIgnoreCase(from, "the") && bareDescription(t, from, to)) {
      // "West Africa bloc ECOWAS has suspended Guinea ... the body said": a generic head points back to the
      // last body or group named only when that is an intergovernmental one; a national body's would need its name
      Entity last = lastBefore(mentions, t.start(from), m -> m.type() == EntityType.AGENCY || m.type() == EntityType.GROUP);
      if (last != null && (last.id().startsWith("int/")
          || last == s.subjectBody && last == s.lastSpeaker && last.type() == EntityType.AGENCY)) {
        // or the national body that spoke in the sentence before, as its subject: "South Korea's Joint Chiefs
        // of Staff said ... The body said" (not "MI5 has opened an inquiry ... the body said")
        return last;
      }
    }
    boolean watchdogOfABody = headWord.equals("watchdog") && body != null && body.entity().id().startsWith("int/");
    if (INTERNATIONAL_HEADS.contains(headWord) && (body == null || watchdogOfABody) && country == null && group == null
        && t.isIgnoreCase(from, "the") && to - from <= 6) {
      // "the bloc", "the alliance", "the UN's nuclear watchdog", "the United Nations nuclear watchdog": an
      // intergovernmental body
      if (headWord.equals("watchdog")) {
        String phrase = phrase(t, from, to);
        for (Map.Entry<String, String> w : WATCHDOGS.entrySet()) {
          Optional<Entity> e = phrase.contains(w.getKey()) ? gazetteer.entity(w.getValue()) : Optional.empty();
          if (e.isPresent()) {
            return e.get();
          }
        }
        return null; // a bare watchdog may be any regulator
      }
      // a bloc or an alliance is an organisation of states, no body within one; or an armed groups'
      // alliance named so: "the Three Brotherhood Alliance ... the alliance said"
      String named = " " + Character.toUpperCase(headWord.charAt(0)) + headWord.substring(1);
      return lastBefore(mentions, t.start(from), m -> m.type() == EntityType.AGENCY
          && m.entity().id().startsWith("int/") && m.entity().parent().isEmpty()
          || m.type() == EntityType.GROUP && (" " + m.entity().name()).contains(named));
    }
    if (headWord.equals("mission") && (body != null || bareDescription(t, from, to) || t.isIgnoreCase(from, "the"))) {
      Entity mission = missionNamed(t, from, body, mentions);
      if (mission != null) {
        return mission; // "the UN peacekeeping mission in Mali", "the Mission added": MINUSMA, named in the text
      }
    }
    if (to - from == 2 && head == from + 1 && t.isIgnoreCase(from, "the") && t.isCapitalized(head)
        && from > 0 && !t.newlineBefore(from) && (BODY_HEADS.contains(headWord) || FORCE_HEADS.contains(headWord))) {
      Entity named = lastAgencyNamed(mentions, t.start(from), headWord);
      if (named != null) {
        return named; // "The Russian Prosecutor General's Office has decided ..., the Office said": capitalised, it names it
      }
    }
    String guardKind = guardKind(t, from, head, headWord); // "the coastguard", "the border guards"
    boolean guard = guardKind != null;
    if (BODY_NOUNS.contains(headWord) || DOCUMENT_NOUNS.contains(headWord) || guard) {
      if (body != null) {
        return body.entity();
      }
      if (group != null) {
        return group.entity();
      }
      if (headWord.equals("junta") || headWord.equals("government") && head > from && t.isIgnoreCase(head - 1, "military")) {
        return junta(mentions, t.start(from), country == null ? null : country.entity().id(), s);
      }
      if (country != null && (headWord.equals("government") || headWord.equals("administration"))) {
        return country.entity(); // the US government
      }
      if (country == null && body == null && group == null && headWord.equals("government")
          && bareDescription(t, from, to) && s.mainCountry() != null) {
        return gazetteer.entity(s.mainCountry()).orElse(null); // the government: the story's country
      }
      boolean armedForces = headWord.equals("forces") && head > from && t.isIgnoreCase(head - 1, "armed");
      if (country == null && body == null && group == null
          && (headWord.equals("army") || headWord.equals("navy") || headWord.equals("military") || armedForces || guard)
          && bareDescription(t, from, to) && s.mainCountry() != null) {
        // "the army said", "the armed forces described": the military that spoke last or was named
        // last ("Pakistan's military said ... the military said in a statement"), else the story's country's
        if (!headWord.equals("army") && !headWord.equals("navy")) {
          String kind = guard ? guardKind : "military";
          if (s.lastSpeaker != null && kind.equals(s.lastSpeaker.kind())) {
            return s.lastSpeaker;
          }
          Entity named = lastBefore(mentions, t.start(from),
              m -> m.type() == EntityType.AGENCY && kind.equals(m.entity().kind()));
          if (named != null) {
            return named;
          }
        }
        // "Taiwan's defense ministry said ... The navy said": the navy of the country whose voice spoke last (an army
        // is the story's country's: "a US official said ... the army said" in Gaza is Israel's)
        String home = s.datelineCountry(t);
        String cc = (headWord.equals("navy") || guard) && s.lastSpeakerCountry != null ? s.lastSpeakerCountry
            : home != null ? home : s.mainCountry(); // "New Delhi: ... the army said": the dateline's country's
        int force = armedForces || guard && !headWord.equals("coastguard") ? head - 1 : head;
        Entity forces = bodyNamedLike(t, force, head + 1, cc);
        if (forces == null && !cc.equals(s.mainCountry())) {
          forces = bodyNamedLike(t, force, head + 1, s.mainCountry());
        }
        if (forces != null) {
          return forces;
        }
      }
      if (country != null && BODY_NOUNS.contains(headWord)) {
        return byCountryKind(t, from, to, country.entity().id());
      }
      if (DOCUMENT_NOUNS.contains(headWord) && head - 1 > from && t.kind(head - 1) == TokenKind.POSSESSIVE
          && country == null && body == null && group == null) {
        return entityOf(t, from, head - 1, owner, mentions, s, date); // "The agency's statement": the agency
      }
      if ((headWord.equals("office") || headWord.equals("service")) && head - 2 > from && t.isIgnoreCase(head - 1, "press")
          && t.kind(head - 2) == TokenKind.POSSESSIVE && country == null && body == null && group == null) {
        return entityOf(t, from, head - 2, owner, mentions, s, date); // "the Committee's press office": the Committee
      }
      if (to - from == 3 && head == to - 1 && t.isIgnoreCase(from, "the") && owner[from + 1] == null
          && t.isCapitalized(from + 1) && Character.isLowerCase(t.first(head))
          && (headWord.equals("group") || headWord.equals("movement") || headWord.equals("militia"))) {
        return lastOf(mentions, t.start(from), EntityType.GROUP); // "the Shiite group said", "the Islamist movement"
      }
      if (!bareDescription(t, from, to)) {
        // "the Police Service" after "the Metropolitan Police Service"; else "the Interfax news agency", a body the gazetteer lacks
        return country == null && body == null && group == null ? shortenedName(t, from, to, mentions) : null;
      }
      if (DOCUMENT_NOUNS.contains(headWord)) {
        int modifier = SPEAKER_DETERMINERS.contains(t.text(from).toLowerCase(Locale.ROOT)) ? from + 1 : from;
        if (modifier < head && s.mainCountry() != null) {
          Entity issuer = bodyNamedLike(t, modifier, head, s.mainCountry());
          if (issuer != null) {
            return issuer; // "a security service statement said": the story's country's security service
          }
        }
        for (int i = from; i < to; i++) {
          if (t.isIgnoreCase(i, "another") || t.isIgnoreCase(i, "separate") || t.isIgnoreCase(i, "other")) {
            return null; // "another report in the Sunday Telegraph": not the one just cited
          }
        }
        if (s.lastSpeaker == null && ISSUED_STATEMENTS.contains(headWord) && t.isIgnoreCase(from, "the")) {
          // "... was reported by the press center of the GKNB. “...,” the statement reads.": the body last named
          return lastOf(mentions, t.start(from), EntityType.AGENCY);
        }
        return s.lastSpeaker;
      }
      if (headWord.equals("administration")) {
        // "the Coast Guard Administration said ... the administration said": that body, when it is the last
        // agency named or speaking; else a government, which this phrase does not name
        Entity lastAgency = lastOf(mentions, t.start(from), EntityType.AGENCY);
        if (lastAgency != null && isBodyCalled(lastAgency, headWord)) {
          return lastAgency;
        }
        return s.lastSpeaker != null && isBodyCalled(s.lastSpeaker, headWord) ? s.lastSpeaker : null;
      }
      if (to - from == 3 && t.isIgnoreCase(from, "the") && t.isIgnoreCase(from + 1, "press") && PRESS_HEADS.contains(headWord)) {
        // "the Federal Security Service said ... the press office said": the body that spoke last, else the last named
        if (s.lastSpeaker != null && (s.lastSpeaker.type() == EntityType.AGENCY || s.lastSpeaker.type() == EntityType.GROUP)) {
          return s.lastSpeaker;
        }
        return lastOf(mentions, t.start(from), EntityType.AGENCY);
      }
      if (NAMED_HEADS.contains(headWord)) {
        // "the military command", "The committee": the body of that name just named or just speaking, else no one
        Entity named = lastAgencyNamed(mentions, t.start(from), headWord);
        return named != null || s.lastSpeaker == null || !isBodyCalled(s.lastSpeaker, headWord) ? named : s.lastSpeaker;
      }
      if (BODY_HEADS.contains(headWord)) {
        String phrase = phrase(t, from, to);
        List<String> kinds = Roles.kindsOf(phrase);
        if (kinds != null) {
          return bodyOfKindNamed(t, phrase, kinds, t.start(from), mentions, s); // "the foreign ministry", "the intelligence agency"
        }
        if (headWord.equals("office") || headWord.equals("prosecution")) {
          return null;
        }
        Entity named = lastAgencyNamed(mentions, t.start(from), headWord);
        if (named == null && s.lastSpeaker != null && isBodyCalled(s.lastSpeaker, headWord)) {
          named = s.lastSpeaker; // "North Korea's foreign ministry said ... the ministry was quoted as saying"
        }
        if (named == null && headWord.equals("ministry")) {
          named = ministryOfMinisterNamed(mentions, t.start(from), date); // "Defense Minister Onodera ... the ministry"
        }
        if (named == null && (headWord.equals("agency") || headWord.equals("service"))) {
          // "the agency": the last agency proper, not the army or a ministry named since
          named = lastBefore(mentions, t.start(from), m -> m.type() == EntityType.AGENCY && !NOT_AGENCIES.contains(m.entity().kind()));
        }
        return named != null ? named : lastOf(mentions, t.start(from), EntityType.AGENCY);
      }
      if (headWord.equals("group") || headWord.equals("movement") || headWord.equals("militia")
          || headWord.equals("outfit")) {
        return lastOf(mentions, t.start(from), EntityType.GROUP); // "the group", "the movement said"
      }
      return null;
    }
    if (body != null) {
      return body.entity();
    }
    if (group != null) {
      return group.entity();
    }
    if (country != null && to - from <= 2) {
      return country.entity();
    }
    return country == null ? shortenedName(t, from, to, mentions) : null; // "the Security Cell" after "the Iraqi Security Media Cell"
  }

  /**
   * The country's body that the lower-case words after the country name and its possessive, up to
   * {@code to}, describe ({@code China's coast guard}, {@code Iran's armed forces}), or null; null
   * also when they end with a person's role ({@code London's most senior police officer}).
   */
  private Entity bodyAfterCountry(Tokens t, Mention country, int to) {
    int after = t.indexAtOrAfter(country.end());
    if (after < to && (t.kind(after) == TokenKind.POSSESSIVE || t.kind(after) == TokenKind.QUOTE && !t.spaceBefore(after)
        && country.text().endsWith("s"))) {
      after++; // "China's coast guard", "Honduras’ police"
    }
    int end = after;
    while (end < to && (t.kind(end) == TokenKind.WORD && Character.isLowerCase(t.first(end))
        && !PREPOSITIONS.contains(t.text(end).toLowerCase(Locale.ROOT))
        || end > after && t.kind(end) == TokenKind.POSSESSIVE)) { // "Chile's prosecutor's office"
      end++;
    }
    return end == to && !PERSON_ROLES.contains(t.text(to - 1).toLowerCase(Locale.ROOT))
        ? bodyNamedLike(t, after, end, country.entity().id()) : null;
  }

  /**
   * Who {@code the spokesman} speaks for: the body that opened the sentence before ({@code But the
   * Home Office defended the measures. A spokesman said}); the body of the kind the phrase names in
   * the document's main country ({@code the police spokesman}); else the last person named with a
   * spokesman's title or post ({@code Kremlin spokesman Dmitry Peskov}); else no one, since a
   * spokesman is rarely the last person named.
   */
  private Entity spokesperson(Tokens t, int from, int to, List<Mention> mentions, Salience s) {
    if (s.lastSpokes != null && s.lastSpokes.type() == EntityType.OFFICIAL && s.lastSpokesAt >= 0
        && t.start(from) - s.lastSpokesAt < SAME_SPOKESMAN_GAP) {
      return s.lastSpokes; // "his spokesman Stephane Dujarric said ... said the spokesman": the one just named
    }
    if (s.subjectBody != null) {
      return s.subjectBody;
    }
    String phrase = phrase(t, from, to);
    List<String> kinds = Roles.kindsOf(phrase);
    String forces = kinds == null && s.lastSpokes == null ? Roles.forcesOfSpokesman(phrase) : null;
    if (forces != null) {
      phrase = forces; // "The army spokesman said", no spokesman named before: the army
      kinds = Roles.kindsOf(forces);
    }
    if (kinds != null) {
      // the last body of that kind named ("Scotland Yard said ... The police spokesman said"), else the country's
      Entity body = bodyOfKindNamed(t, phrase, kinds, t.start(from), mentions, s);
      if (body != null) {
        return body;
      }
    }
    if (s.lastSpokes != null) {
      return s.lastSpokes; // the same spokesman again
    }
    return lastBefore(mentions, t.start(from),
        m -> m.type() == EntityType.OFFICIAL && (titledSpokes(t, m) || holdsSpokesPost(m.entity())));
  }

  /**
   * The body a spokes- word speaks for when {@code for} or {@code of} and a description of a known
   * kind follow it ({@code a spokesman for the foreign ministry}): the last body of that kind named,
   * else the story's country's; or a bare {@code the agency} or {@code the ministry}, which means what
   * it would mean as the speaker ({@code The Russian defense ministry denied the strike. A
   * spokesperson for the agency told ...}); null when none follows.
   */
  private Entity bodyAfterFor(Tokens t, int from, int to, Mention[] owner, List<Mention> mentions, Salience s,
      LocalDate date) {
    for (int k = from; k + 1 < to; k++) {
      if (isSpokesWord(t, k) && (t.is(k + 1, "for") || t.is(k + 1, "of")) && k + 2 < to) {
        String described = phrase(t, k + 2, to);
        List<String> kinds = Roles.kindsOf(described);
        if (kinds != null) {
          return bodyOfKindNamed(t, described, kinds, t.start(from), mentions, s);
        }
        boolean bare = to - k == 4 && t.isIgnoreCase(k + 2, "the") && owner[k + 3] == null
            && BODY_NOUNS.contains(t.text(k + 3).toLowerCase(Locale.ROOT));
        return bare ? entityOf(t, k + 2, to, owner, mentions, s, date) : null;
      }
    }
    return null;
  }

  /** Whether the phrase has a spokes- word: {@code the prime minister's official spokesman}. */
  private static boolean namesSpokesperson(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isSpokesWord(t, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} is a spokes- word: {@code spokesman}, {@code spokeswoman}, {@code spokesperson}. */
  static boolean isSpokesWord(Tokens t, int i) {
    return t.kind(i) == TokenKind.WORD && t.length(i) > 6 && t.text(i).toLowerCase(Locale.ROOT).startsWith("spokes");
  }

  /**
   * Whether the mention follows a spokes- word ({@code ministry spokesman Jeong Joon-hee}) or has one
   * in an apposition after it ({@code Colonel Ekwarit Chobchuphon, spokesman for the ISOC}).
   */
  private static boolean titledSpokes(Tokens t, Mention m) {
    int i = t.indexAtOrAfter(m.start());
    for (int p = i - 1; p >= 0 && p >= i - 3; p--) {
      if (isSpokesWord(t, p)) {
        return true;
      }
    }
    int after = t.indexAtOrAfter(m.end());
    if (after < t.size() && t.is(after, ",")) {
      for (int p = after + 1; p < t.size() && p <= after + 3 && t.kind(p) == TokenKind.WORD; p++) {
        if (isSpokesWord(t, p)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean holdsSpokesPost(Entity e) {
    for (Post p : gazetteer.posts(e.id())) {
      if (p.post().equals("spokesperson")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the phrase is a determiner and lower-case words only: {@code the agency}, {@code the same report}. */
  private static boolean bareDescription(Tokens t, int from, int to) {
    if (to - from >= 5 && t.is(to - 1, ")") && t.is(to - 3, "(") && t.isAllCaps(to - 2)) {
      to -= 3; // "the ministry of home affairs (MOHA)": the acronym it defines
    }
    int words = 0;
    boolean headNoun = to > from && BODY_HEADS.contains(t.text(to - 1).toLowerCase(Locale.ROOT));
    boolean bodyHead = headNoun && Roles.kindsOf(phrase(t, from, to)) != null; // a body of a known kind, not "the prime minister's office"
    // "The Ministry also said", "the Committee said": news capitalises a body's head noun
    String last = to > from ? t.text(to - 1).toLowerCase(Locale.ROOT) : "";
    boolean capitalHead = to - from == 2 && (headNoun || NAMED_HEADS.contains(last)
        || (last.equals("army") || last.equals("navy")) && t.isIgnoreCase(from, "the")); // "The Army said"
    for (int i = from; i < to; i++) {
      if (bodyHead && i > from && !t.spaceBefore(i) && (t.kind(i) == TokenKind.POSSESSIVE
          || t.kind(i) == TokenKind.QUOTE && t.text(i - 1).endsWith("s"))) {
        continue; // "the federal prosecutors' office"; not "the charity's director", a person unnamed
      }
      if (t.kind(i) != TokenKind.WORD || Character.isUpperCase(t.first(i)) && i > from && !(i == to - 1 && capitalHead)) {
        return false;
      }
      words++;
    }
    // "the ministry of foreign affairs", "the ministry of the interior": a body of a known kind by its full name
    boolean bodyOfPortfolio = from + 2 < to && BODY_HEADS.contains(t.text(from + 1).toLowerCase(Locale.ROOT))
        && t.isIgnoreCase(from + 2, "of") && Roles.kindsOf(phrase(t, from, to)) != null;
    return words <= 4 || bodyOfPortfolio && words <= 6;
  }

  /**
   * Whether the phrase describes one person without naming anyone: a determiner, lower-case words
   * and a role noun at the end ({@code The police spokesman}, {@code a senior official}).
   */
  static boolean describesPerson(Tokens t, int from, int to) {
    if (to - from < 2 || t.kind(from) != TokenKind.WORD) {
      return false;
    }
    String first = t.text(from).toLowerCase(Locale.ROOT);
    if (!first.equals("the") && !first.equals("a") && !first.equals("an")) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      if (t.kind(i) != TokenKind.WORD || !Character.isLowerCase(t.first(i))) {
        return false;
      }
    }
    String head = t.text(to - 1).toLowerCase(Locale.ROOT);
    return PERSON_ROLES.contains(head) && !head.equals("man") && !head.equals("woman");
  }

  /** Legislators news describes by seat or party once named: {@code the Salford MP}. */
  private static final Set<String> LEGISLATORS = Set.of("mp", "mep", "senator", "congressman",
      "congresswoman", "lawmaker", "legislator", "peer");

  /**
   * {@code the Salford MP}, {@code the Democrat senator}, {@code the veteran Labour MP}: a
   * legislator described by one or two words of seat, party or standing, which refers back to a
   * person named before, unlike {@code the Labour leader} (a post someone else may hold).
   */
  private static boolean legislatorDescription(Tokens t, int from, int to, String roleWord) {
    if (!LEGISLATORS.contains(roleWord) || to - from < 3 || to - from > 4
        || !t.text(from).equalsIgnoreCase("the") || !t.text(to - 1).equalsIgnoreCase(roleWord)) {
      return false;
    }
    for (int i = from + 1; i < to - 1; i++) {
      if (t.kind(i) != TokenKind.WORD) {
        return false;
      }
    }
    return true;
  }

  /** {@code the 52-year-old}: an age that stands for the person just named. */
  private static boolean ageDescription(Tokens t, int from, int to) {
    return to - from == 6 && t.text(from).equalsIgnoreCase("the") && t.kind(from + 1) == TokenKind.NUMBER
        && t.kind(from + 2) == TokenKind.HYPHEN && t.is(from + 3, "year")
        && t.kind(from + 4) == TokenKind.HYPHEN && t.is(from + 5, "old");
  }

  /** Words that make a post one held in the past: {@code a former CIA official}. */
  private static final Set<String> PAST_WORDS = Set.of("former", "ex", "ex-", "retired", "onetime", "one-time");

  /** Whether a word of {@code words} (lower case) is in {@code [from, to)}. */
  private static boolean hasWord(Tokens t, int from, int to, Set<String> words) {
    for (int i = from; i < to; i++) {
      if (t.kind(i) == TokenKind.WORD && words.contains(t.text(i).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code the former cabinet secretary}, {@code the ex-minister}, {@code the Labour peer and former
   * minister}: a description of a former holder.
   */
  private static boolean formerDescription(Tokens t, int from, int to) {
    if (to - from < 3 || !(t.is(from, "the") || t.is(from, "The"))) {
      return false;
    }
    for (int i = from + 1; i < to - 1; i++) {
      if (t.is(i, "former") || t.is(i, "ex") || t.is(i, "ex-")) {
        return true;
      }
    }
    return false;
  }

  /** The first role noun of the phrase, lower case, or null. */
  private static String roleWord(Tokens t, int from, int to, Mention[] owner) {
    for (int i = from; i < to; i++) {
      if (owner[i] == null && t.kind(i) == TokenKind.WORD) {
        String w = t.text(i).toLowerCase(Locale.ROOT);
        if (PERSON_ROLES.contains(w)) {
          if (i + 1 < to && owner[i + 1] == null && t.kind(i + 1) == TokenKind.WORD
              && BODY_HEADS.contains(t.text(i + 1).toLowerCase(Locale.ROOT))) {
            continue; // "the spy agency": a body the role word qualifies, not a person
          }
          if (w.equals("chief") && i + 2 < to && t.isIgnoreCase(i + 1, "of") && t.isIgnoreCase(i + 2, "staff")) {
            return "staffer"; // a chief of staff is not the body's chief, nor its voice
          }
          return w;
        }
        if (w.equals("pm") && t.isAllCaps(i)) {
          return "premier"; // "asserted the Sri Lankan PM"
        }
      }
    }
    return null;
  }

  private Entity holder(String org, String post, LocalDate date, Salience s) {
    return roles.holder(org, post, date, s.officialsNamed()).flatMap(x -> gazetteer.entity(x.person())).orElse(null);
  }

  /**
   * The special envoy or representative of {@code org} on {@code date} whose post's note names the
   * place the phrase or its country names ({@code the UN Special Envoy to Yemen}: the post noted
   * {@code Yemen}), or null.
   */
  private Entity envoyFor(String org, String phrase, Mention country, LocalDate date) {
    String said = " " + phrase.toLowerCase(Locale.ROOT) + " ";
    String countryName = country == null ? null : country.entity().name().toLowerCase(Locale.ROOT);
    for (Post p : gazetteer.postsOf(org)) {
      if (!(p.post().equals("special-envoy") || p.post().equals("special-representative"))
          || date != null && !p.heldOn(date)) {
        continue;
      }
      String where = p.note().toLowerCase(Locale.ROOT);
      int cut = where.indexOf('(');
      where = (cut >= 0 ? where.substring(0, cut) : where).split(";")[0].trim();
      if (where.length() > 3 && (said.contains(" " + where + " ") || where.equals(countryName))) {
        return gazetteer.entity(p.person()).orElse(null);
      }
    }
    return null;
  }

  /** A role of a country: {@code Russia's foreign minister}, {@code the head of the UK's domestic intelligence agency}. */
  private Entity byCountryRole(Tokens t, int from, int to, String cc, String roleWord, LocalDate date,
      Salience s) {
    String phrase = phrase(t, from, to);
    Optional<Roles.Role> role = roles.resolve(phrase, roleWord, null, cc, date, s.officialsNamed());
    if (role.isPresent()) {
      return role.get().official();
    }
    if (roleWord.equals("spokesman") || roleWord.equals("spokeswoman") || roleWord.equals("spokesperson")) {
      return phrase.contains("government") ? gazetteer.entity(cc).orElse(null) : null;
    }
    if (Roles.HEAD_WORDS.contains(roleWord) || roleWord.equals("prosecutor") && Roles.topProsecutor(phrase)) {
      return roles.bodyOf(phrase, cc); // the body itself when its head on that date is not on record
    }
    return null;
  }

  /**
   * A country post named without its country ({@code the home secretary}, {@code the prime
   * minister}): the official the document names who held that post (on the date, if there is
   * one), the nearest before the phrase, else the first after it; else the holder of that post in the country the document
   * mentions most.
   */
  private Entity byDocumentPost(Tokens t, int from, int to, String roleWord, List<Mention> mentions,
      LocalDate date, Salience s) {
    String phrase = phrase(t, from, to);
    String post = Roles.countryPost(phrase, roleWord);
    if (post == null && !Roles.namesAHeadOfItsKind(phrase) || !phraseIsTitle(t, from, to)) {
      return null;
    }
    int here = firstAtOrAfter(mentions, t.start(from));
    for (int k = here - 1; post != null && k >= 0 && k >= here - LOOK_BACK; k--) {
      Mention m = mentions.get(k);
      if (m.type() == EntityType.OFFICIAL && held(m.entity().id(), post, date)) {
        return m.entity();
      }
    }
    for (int k = here; post != null && k < mentions.size() && k < here + LOOK_BACK; k++) { // bounded as looking back is: linear
      Mention m = mentions.get(k);
      if (m.type() == EntityType.OFFICIAL && held(m.entity().id(), post, date)) {
        return m.entity(); // "The home secretary said ... Home Secretary Charles Clarke told ..."
      }
    }
    String cc = Roles.countryOfTitle(roleWord); // "the Taoiseach" is Ireland's, whatever country the story is about
    if (cc == null) {
      cc = s.mainCountry();
    }
    if (cc == null) {
      return null;
    }
    Optional<Roles.Role> role = roles.resolve(phrase, roleWord, null, cc, date, s.officialsNamed());
    return role.map(Roles.Role::official).orElseGet(() -> titledInDocument(t, from, to, roleWord, mentions, null));
  }

  /**
   * The official the document itself gives the post that the description names, nearest before
   * it: {@code Sri Lankan Prime Minister Ranil Wickremesinghe ... asserted the Sri Lankan PM}. For
   * posts whose holder on the date the gazetteer does not record; a former holder ({@code former
   * Prime Minister X}) does not count.
   */
  private Entity titledInDocument(Tokens t, int from, int to, String roleWord, List<Mention> mentions, String cc) {
    String post = Roles.countryPost(expandPm(phrase(t, from, to)), roleWord);
    if (post == null || BODY_NOUNS.contains(t.text(to - 1).toLowerCase(Locale.ROOT))) {
      return null; // not "the prime minister's office": a body
    }
    return lastBefore(mentions, t.start(from), m -> m.type() == EntityType.OFFICIAL
        && (cc == null || m.entity().country().isEmpty() || m.entity().country().equals(cc))
        && post.equals(titleBefore(t, m)));
  }

  /**
   * The official nearest before token {@code title} whose name follows that same abbreviated
   * title, perhaps with a parenthesis between: {@code Special DG (anti-Maoist operation) D M
   * Awasthi} for {@code the DG}.
   */
  private static Entity titledSoBefore(Tokens t, int title, List<Mention> mentions) {
    int here = firstAtOrAfter(mentions, t.start(title));
    for (int k = here - 1; k >= 0 && k >= here - LOOK_BACK && t.start(title) - mentions.get(k).end() < 2000; k--) {
      Mention m = mentions.get(k);
      if (m.type() != EntityType.OFFICIAL) {
        continue;
      }
      int i = t.indexAtOrAfter(m.start());
      int p = i - 1;
      if (p >= 0 && t.is(p, ")")) {
        while (p >= 0 && i - p < 8 && !t.is(p, "(")) {
          p--;
        }
        p--;
      }
      boolean anyCase = !t.isAllCaps(title); // "the governor" for "Governor Deben Tchoffo"; "the DG" only for "DG"
      if (p >= 1 && t.kind(p - 1) == TokenKind.WORD && LESSER_TITLES.contains(t.text(p - 1).toLowerCase(Locale.ROOT))) {
        continue; // "Deputy Mayor Nicky Gavron" is not "the mayor"
      }
      if (p >= 0 && t.kind(p) == TokenKind.WORD && t.length(p) == t.length(title)
          && t.text().regionMatches(anyCase, t.start(p), t.text(), t.start(title), t.length(title))) {
        return m.entity(); // the title right before the name: not "ECB president Jean-Claude Trichet" for "the ECB"
      }
      if (anyCase && p >= 1 && t.is(p, ",") && t.kind(p - 1) == TokenKind.WORD && t.length(p - 1) == t.length(title)
          && t.text().regionMatches(true, t.start(p - 1), t.text(), t.start(title), t.length(title))) {
        return m.entity(); // "The RCMP commissioner, Mike Duheme, ... The commissioner said"
      }
      if (initialsBefore(t, p).equals(t.text(title))) {
        return m.entity(); // "Inspector General of Police, Vijay Kumar, said ... the IGP said"
      }
      if (p >= 3 && t.is(p, ",") && t.is(p - 2, ",") && initialsBefore(t, p - 2).equals(t.text(title))) {
        return m.entity(); // "Senior Superintendent of Police, Reasi, Mohita Sharma ... the SSP said"
      }
      int q = p;
      while (q >= 0 && t.kind(q) == TokenKind.WORD && RANKS.contains(t.text(q))) {
        q--; // "The Chief of Defence Staff (CDS), General Christopher Musa, ... the CDS said"
      }
      if (q >= 3 && t.is(q, ",") && t.is(q - 1, ")") && t.is(q - 3, "(") && t.length(q - 2) == t.length(title)
          && t.text().regionMatches(t.start(q - 2), t.text(), t.start(title), t.length(title))) {
        return m.entity();
      }
    }
    return null;
  }

  /** Role nouns for the head of a body: {@code the SIS director}, {@code the agency's chief}. */
  private static final Set<String> HEAD_ROLES = Set.of("head", "director", "chief", "boss", "director-general",
      "commissioner", "commander", "chairman");

  /**
   * The person the text named as head of {@code body} before {@code at}, when the gazetteer knows no
   * holder: {@code the head of the Security and Intelligence Service (SIS), Alexandru Musteata, ...
   * The SIS director claimed}. A head word and a mention of the body stand within the twelve tokens
   * before the name.
   */
  private static Entity headNamedWith(Tokens t, Entity body, int at, Mention[] owner, List<Mention> mentions) {
    return lastBefore(mentions, at, m -> m.type() == EntityType.OFFICIAL && at - m.end() < 3000
        && namedHeadOf(t, m, body, owner));
  }

  /** Whether a head word and a mention of {@code body} stand within the twelve tokens before {@code m}. */
  private static boolean namedHeadOf(Tokens t, Mention m, Entity body, Mention[] owner) {
    int i = t.indexAtOrAfter(m.start());
    boolean head = false;
    boolean ofBody = false;
    for (int q = i - 1; q >= 0 && q >= i - 12 && !t.is(q, ".") && !t.is(q, ";"); q--) {
      if (owner[q] != null && owner[q].type() == EntityType.OFFICIAL) {
        break;
      }
      ofBody |= owner[q] != null && owner[q].entity().equals(body);
      head |= t.kind(q) == TokenKind.WORD && HEAD_ROLES.contains(t.text(q).toLowerCase(Locale.ROOT));
    }
    return head && ofBody;
  }

  /** Title words that news repeats after {@code the} for the person it named with them. */
  private static final Set<String> REPEATED_TITLES = Set.of("president", "minister", "secretary", "adviser", "advisor",
      "governor", "commissioner", "commander", "chief", "director", "general", "ambassador", "envoy",
      "prosecutor", "spokesman", "spokeswoman", "spokesperson", "administrator", "superintendent");

  /**
   * The person last named right after a title that the description repeats, when nothing else
   * resolved it: {@code Interior Minister Amade Miquidade ... said the Minister}, {@code Iranian
   * Foreign Minister Mohammad Javad Zarif ... the Iranian minister said}, {@code KP Chief Minister
   * Ali Amin Gandapur ... The Chief Minister pointed out}. The description is {@code the}, at most
   * one country word and words ending in a title word; the title before the name (or before a
   * comma before it) must end in that word and hold the others, and a country word must be the
   * title's or the person's. A deputy is not the title's holder.
   */
  private static Entity titledAgain(Tokens t, int from, int to, Mention[] owner, List<Mention> mentions) {
    if (to - from < 2 || to - from > 4 || !t.isIgnoreCase(from, "the") || t.kind(to - 1) != TokenKind.WORD) {
      return null;
    }
    String head = t.text(to - 1).toLowerCase(Locale.ROOT);
    if (!REPEATED_TITLES.contains(head)) {
      return null;
    }
    String country = null;
    List<String> words = new ArrayList<>();
    for (int k = from + 1; k < to - 1; k++) {
      if (owner[k] != null && owner[k].type() == EntityType.COUNTRY && country == null) {
        country = owner[k].entity().id();
        k = Math.max(k, t.indexAtOrAfter(owner[k].end()) - 1);
      } else if (owner[k] == null && t.kind(k) == TokenKind.WORD) {
        words.add(t.text(k).toLowerCase(Locale.ROOT));
      } else {
        return null;
      }
    }
    String inPhrase = country;
    int at = t.start(from);
    return lastBefore(mentions, at, m -> m.type() == EntityType.OFFICIAL && at - m.end() < 3000
        && titledSo(t, m, head, words, inPhrase, owner));
  }

  /**
   * Whether official {@code m} is named right after a title (or a title and a comma) that ends in
   * {@code head} and holds {@code words}, with {@code country} (if not null) the title's or his,
   * and is no deputy's: the test of {@link #titledAgain}.
   */
  private static boolean titledSo(Tokens t, Mention m, String head, List<String> words, String country,
      Mention[] owner) {
    int p = t.indexAtOrAfter(m.start()) - 1;
    if (p > 0 && t.is(p, ",")) {
      p--; // "the Mozambican Defence Minister, Cristóvão Chume"
    }
    if (p < 0 || t.kind(p) != TokenKind.WORD || !t.isIgnoreCase(p, head)) {
      return false;
    }
    Set<String> title = new HashSet<>();
    String titleCountry = null;
    for (int q = p; q >= 0 && q > p - 8; q--) {
      if (owner[q] != null) {
        if (owner[q].type() != EntityType.COUNTRY) {
          break;
        }
        titleCountry = owner[q].entity().id();
        q = t.indexAtOrAfter(owner[q].start());
      } else if (t.kind(q) == TokenKind.WORD) {
        title.add(t.text(q).toLowerCase(Locale.ROOT));
      } else if (!t.is(q, "(") && !t.is(q, ")")) {
        break;
      }
    }
    for (String w : title) {
      if (LESSER_TITLES.contains(w) && !words.contains(w)) {
        return false;
      }
    }
    return title.containsAll(words)
        && (country == null || country.equals(titleCountry) || country.equals(m.entity().country()));
  }

  /**
   * The initials of the capitalised title that ends at {@code p} (or at the comma {@code p}):
   * {@code IGP} for {@code Inspector General of Police,}; "" if there is no title of two words or more.
   */
  private static String initialsBefore(Tokens t, int p) {
    int q = p >= 0 && t.is(p, ",") ? p - 1 : p;
    StringBuilder initials = new StringBuilder();
    while (q >= 0 && initials.length() < 6 && t.kind(q) == TokenKind.WORD
        && (Character.isUpperCase(t.first(q)) || t.is(q, "of") || t.is(q, "for"))) {
      if (Character.isUpperCase(t.first(q))) {
        initials.insert(0, t.first(q));
      }
      q--;
    }
    return initials.length() >= 2 ? initials.toString() : "";
  }

  /** The country post that the words right before a person's name give them ({@code Prime Minister}), or null. */
  private static String titleBefore(Tokens t, Mention m) {
    int i = t.indexAtOrAfter(m.start());
    int p = i - 1;
    String roleWord = null;
    while (p >= 0 && i - p <= 5 && !t.newlineBefore(p + 1)
        && (t.kind(p) == TokenKind.WORD || t.kind(p) == TokenKind.POSSESSIVE || t.kind(p) == TokenKind.HYPHEN)) {
      String w = t.text(p).toLowerCase(Locale.ROOT);
      if (w.equals("former") || w.equals("ex") || w.equals("late")) {
        return null;
      }
      if (roleWord == null && (PERSON_ROLES.contains(w) || w.equals("pm"))) {
        roleWord = w.equals("pm") ? "premier" : w;
      }
      p--;
    }
    if (roleWord == null) {
      return null;
    }
    return Roles.countryPost(expandPm(phrase(t, p + 1, i)), roleWord);
  }

  /** The phrase with the abbreviation PM written out: {@code the sri lankan pm}. */
  private static String expandPm(String phrase) {
    return phrase.endsWith(" pm") || phrase.contains(" pm ") ? (phrase + " ").replace(" pm ", " prime minister ").trim() : phrase;
  }

  /** Whether the person held a country post of this kind (on {@code date}, if not null). */
  private boolean held(String person, String post, LocalDate date) {
    for (Post p : gazetteer.posts(person)) {
      if (p.post().equals(post) && gazetteer.entity(p.org()).map(e -> e.type() == EntityType.COUNTRY).orElse(false)
          && (date == null || p.heldOn(date))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the phrase is a title alone, in either case, perhaps with a possessive: {@code the
   * Prime Minister}, {@code the home secretary}, {@code the prime minister's official spokesman}.
   */
  private static boolean phraseIsTitle(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.kind(i) != TokenKind.WORD && t.kind(i) != TokenKind.POSSESSIVE) {
        return false;
      }
    }
    return to - from <= 6;
  }

  /** Whether the phrase holds a name the gazetteer lacks: two capitalised words that are not titles. */
  private static boolean namesPerson(Tokens t, int from, int to, Mention[] owner) {
    int run = 0;
    for (int i = from; i < to; i++) {
      boolean nameWord = owner[i] == null && t.kind(i) == TokenKind.WORD && t.isCapitalized(i)
          && !t.isAllCaps(i) && !TITLE_WORDS.contains(t.text(i).toLowerCase(Locale.ROOT));
      run = nameWord ? run + 1 : 0;
      if (run >= 2) {
        return true;
      }
    }
    return false;
  }

  /** Capitalised words of titles and parties that are not names: {@code Liberal Democrat leader}. */
  private static final Set<String> TITLE_WORDS = Set.of("prime", "minister", "secretary", "home",
      "foreign", "defence", "defense", "interior", "state", "general", "chief", "director", "deputy",
      "president", "vice", "supreme", "leader", "shadow", "liberal", "democrat", "democrats", "democratic",
      "labour", "conservative", "tory", "republican", "party", "national", "security", "adviser",
      "advisor", "the", "former", "acting", "senior", "justice", "attorney", "office", "affairs",
      "spokesman", "spokeswoman", "spokesperson", "commissioner", "police", "metropolitan", "federal");

  /** The body of a country named by its kind in the phrase: {@code domestic intelligence agency}. */
  private Entity byCountryKind(Tokens t, int from, int to, String cc) {
    return roles.bodyOf(phrase(t, from, to), cc);
  }

  private static String phrase(Tokens t, int from, int to) {
    return t.text().substring(t.start(from), t.end(to - 1)).toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'');
  }

  /** How far (in chars) after a named spokesman {@code the spokesman} is still that person: a paragraph or two. */
  static final int SAME_SPOKESMAN_GAP = 600;

  /** How far back (in mentions) pronouns and descriptions look: news coreference is local, and a bound keeps it linear. */
  static final int LOOK_BACK = 2000;

  /** The index of the first mention starting at or after {@code offset}. */
  static int firstAtOrAfter(List<Mention> mentions, int offset) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The most recent fitting person: the last person speaker, else the last official mentioned. */
  private static Entity person(Tokens t, int at, Mention[] owner, List<Mention> mentions, Salience s,
      Gender gender) {
    int offset = t.start(at);
    if (s.subjectUnknownPerson) {
      return null; // "Shami Chakrabarti, from Liberty, joined calls ... She said": someone we cannot name
    }
    if (s.subjectPerson != null && fits(s.subjectPerson, gender)) {
      return s.subjectPerson; // the person who opened the sentence before
    }
    if (s.subjectDescribed && (s.subjectDescribedEntity == null
        || s.subjectDescribedEntity.type() != EntityType.OFFICIAL || fits(s.subjectDescribedEntity, gender))) {
      return s.subjectDescribedEntity; // "The police spokesman said ... he said": the body he speaks for, or no one
    }
    if (s.unknownPersonLast) {
      return null; // "Sir Ian Blair said ... he said": someone we cannot name, not the last known person
    }
    if (s.lastPersonSpeaker != null && fits(s.lastPersonSpeaker, gender)) {
      return s.lastPersonSpeaker;
    }
    Entity last = lastBefore(mentions, offset, m -> m.type() == EntityType.OFFICIAL && fits(m.entity(), gender));
    if (last == null && s.lastPersonSpeaker != null && gender != Gender.UNKNOWN
        && s.lastPersonSpeaker.gender() == Gender.UNKNOWN) {
      return s.lastPersonSpeaker;
    }
    if (last == null) {
      // no one before: a news lead often names the person right after ("its top spy ... he claimed.
      // ... Mike Burgess, Director-General ...")
      for (int k = firstAtOrAfter(mentions, offset); k < mentions.size() && mentions.get(k).start() - offset < 600; k++) {
        Mention m = mentions.get(k);
        if (m.start() > offset && m.type() == EntityType.OFFICIAL && fits(m.entity(), gender)) {
          return m.entity();
        }
      }
    }
    return last;
  }

  /**
   * The kind of guard a phrase headed by {@code headWord} names: {@code coast-guard} for {@code the
   * coastguard} or {@code the coast guards}, {@code border-guard} for {@code the border guard}; else null.
   */
  private static String guardKind(Tokens t, int from, int head, String headWord) {
    if (headWord.equals("coastguard") || headWord.equals("coastguards")) {
      return "coast-guard";
    }
    if (!(headWord.equals("guard") || headWord.equals("guards")) || head <= from) {
      return null;
    }
    return t.isIgnoreCase(head - 1, "coast") ? "coast-guard" : t.isIgnoreCase(head - 1, "border") ? "border-guard" : null;
  }

  /** Whether news may call the body {@code the ministry}, {@code the agency}: its kind or name has the noun. */
  private static boolean isBodyCalled(Entity e, String noun) {
    if (e.type() != EntityType.AGENCY) {
      return false;
    }
    if (noun.equals("ministry")) {
      return e.kind().endsWith("ministry") || e.name().contains("Ministry");
    }
    if (noun.equals("agency") || noun.equals("service")) {
      return !NOT_AGENCIES.contains(e.kind());
    }
    return (" " + e.name() + " ").contains(" " + Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " ");
  }

  /** Kinds of body that news does not call {@code the agency} or {@code the service}. */
  private static final Set<String> NOT_AGENCIES = Set.of("military", "defence-ministry", "foreign-ministry",
      "interior-ministry", "justice-ministry", "government", "junta", "legislature");

  /** Capitalised heads that point back to the force of that name just named: {@code the Army} after the Nepali Army. */
  private static final Set<String> FORCE_HEADS = Set.of("army", "navy", "police", "guard");

  /** Head nouns that point back only to a body whose name has them: {@code the committee}, {@code the command}. */
  private static final Set<String> NAMED_HEADS = Set.of("command", "committee", "council", "commission", "centre", "presidency",
      "center");

  /** What a body's press desk is called: {@code the press office}, {@code the press service}, {@code the press center}. */
  private static final Set<String> PRESS_HEADS = Set.of("office", "service", "center", "centre", "department");

  /** Head nouns of a body's description: {@code the agency}, {@code the prosecutor's office}. */
  private static final Set<String> BODY_HEADS = Set.of("agency", "service", "bureau", "directorate", "ministry",
      "department", "office", "prosecution", "force", // "the force": the police force or corps just named
      "secretariat"); // "the foreign affairs secretariat": Mexico's foreign ministry

  /**
   * Whom a bare {@code police} or {@code the police} speaks for: a police force the text named
   * before, the story's country's when it named one ({@code Maldives Police said ... The police
   * revealed that two experts from the Australian Federal Police ...}), else the last named; no one
   * when the text named none, since bare police is any force.
   */
  private static Entity namedPolice(int at, List<Mention> mentions, Salience s) {
    String cc = s.mainCountry();
    Entity own = cc == null ? null : lastBefore(mentions, at, m -> m.type() == EntityType.AGENCY
        && "police".equals(m.entity().kind()) && cc.equals(m.entity().country()));
    return own != null ? own
        : lastBefore(mentions, at, m -> m.type() == EntityType.AGENCY && "police".equals(m.entity().kind()));
  }

  /** Whether {@code [from, head]} is {@code prosecutors} with at most {@code the} and {@code federal} before it. */
  private static boolean bareProsecutors(Tokens t, int from, int head) {
    int k = from;
    if (k < head && t.isIgnoreCase(k, "the")) {
      k++;
    }
    if (k < head && t.isIgnoreCase(k, "federal")) {
      k++;
    }
    return k == head;
  }

  /**
   * The body of the kind a description names ({@code the foreign ministry}, {@code the prosecutor's
   * office}): the last of that kind the text named, else that of the country that spoke last as a
   * state ({@code France said ... the foreign ministry said}), else that of the country whose voices
   * have spoken most so far ({@code Saudi Arabia said ... the foreign ministry said}, though the story
   * names the US more), else of the dateline's country ({@code SEOUL (UPI) -- North Korea ... the
   * defense ministry said}), else of the story's country; never a body of another kind.
   */
  private Entity bodyOfKindNamed(Tokens t, String phrase, List<String> kinds, int at, List<Mention> mentions, Salience s) {
    Entity named = lastBefore(mentions, at, m -> m.type() == EntityType.AGENCY && kinds.contains(m.entity().kind()));
    if (named != null) {
      return named;
    }
    Entity own = s.lastSpeaker != null && s.lastSpeaker.type() == EntityType.COUNTRY
        ? bodyOfIn(phrase, s.lastSpeaker.id()) : null; // "France said ... the foreign ministry said": France's
    if (own == null) {
      own = bodyOfIn(phrase, s.topSpeakerCountry());
    }
    if (own == null) {
      own = bodyOfIn(phrase, s.datelineCountry(t));
    }
    return own != null ? own : bodyOfIn(phrase, s.mainCountry());
  }

  /** The body of country {@code cc} that the phrase names by its kind, or null; null also when {@code cc} is. */
  private Entity bodyOfIn(String phrase, String cc) {
    return cc == null ? null : roles.bodyOf(phrase, cc);
  }

  /**
   * Bodies spoken of together ({@code Dutch intelligence agencies}, {@code the agencies}, {@code
   * the security services}) speak through one of them that the text names: the nearest before
   * the phrase, else the first soon after it (a lead names them later), of the phrase's country
   * and kind when it gives them. Null for other plurals ({@code aid agencies}, {@code the
   * emergency services}) and when the text names no such body. A bare plural ({@code the
   * agencies}) after a described one is the same.
   */
  private static Entity pluralBodies(Tokens t, int from, int to, Mention country, List<Mention> mentions, Salience s) {
    String phrase = phrase(t, from, to);
    List<String> kinds = phrase.contains("security agencies") || phrase.contains("law enforcement agencies")
        ? SECURITY_AGENCIES // "US security agencies said": the FBI, CISA, the ODNI ...
        : Roles.kindsOf(phrase.replace("agencies", "agency").replace("services", "service"));
    boolean bare = to - from == 2 && (t.isIgnoreCase(from, "the") || t.isIgnoreCase(from, "both"))
        || to - from == 3 && t.isIgnoreCase(from, "the") && t.isIgnoreCase(from + 1, "two");
    if (kinds == null && !bare) {
      return null;
    }
    if (bare && s.lastPluralBodies != null) {
      return s.lastPluralBodies; // "Dutch intelligence agencies say ... The agencies said": the same
    }
    Entity found = pluralBodyNamed(t, from, to, kinds, country, mentions);
    s.lastPluralBodies = found;
    return found;
  }

  /** The kinds of body that news calls, together, {@code security agencies}. */
  private static final List<String> SECURITY_AGENCIES = List.of("security", "intelligence", "domestic-intelligence",
      "police", "foreign-intelligence", "signals-intelligence");

  private static Entity pluralBodyNamed(Tokens t, int from, int to, List<String> kinds, Mention country,
      List<Mention> mentions) {
    String cc = country == null ? null : country.entity().id();
    java.util.function.Predicate<Mention> fits = m -> m.type() == EntityType.AGENCY
        && (kinds == null || kinds.contains(m.entity().kind())) && (cc == null || cc.equals(m.entity().country()));
    Entity before = lastBefore(mentions, t.start(from), fits);
    if (before != null) {
      return before;
    }
    int at = t.start(from);
    for (int k = firstAtOrAfter(mentions, at); k < mentions.size() && mentions.get(k).start() - at < 600; k++) {
      if (mentions.get(k).start() >= t.end(to - 1) && fits.test(mentions.get(k))) {
        return mentions.get(k).entity();
      }
    }
    return null;
  }

  /**
   * The ministry of the nearest official named before {@code before} who is a minister on the date:
   * {@code Defense Minister Itsunori Onodera ... the ministry concluded} is Japan's defence
   * ministry, which the text does not name; null if no official named before is a minister.
   */
  private Entity ministryOfMinisterNamed(List<Mention> mentions, int before, LocalDate date) {
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Mention m = mentions.get(i);
      if (m.start() < before && m.type() == EntityType.OFFICIAL) {
        Entity ministry = roles.ministryOf(m.entity(), date);
        if (ministry != null) {
          return ministry;
        }
      }
    }
    return null;
  }

  /**
   * The body named last before {@code before} whose name holds the noun: {@code the agency} is
   * the International Atomic Energy Agency mentioned last, even after a mention of the UN.
   */
  private static Entity lastAgencyNamed(List<Mention> mentions, int before, String noun) {
    String word = " " + Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " ";
    return lastBefore(mentions, before, m -> m.type() == EntityType.AGENCY && (" " + m.entity().name() + " ").contains(word));
  }

  /**
   * The mission the text names nearest to the phrase (before it, else after it): a body whose
   * name is a mission's and whose parent is the organisation the phrase names, if it names one.
   */
  private static Entity missionNamed(Tokens t, int from, Mention organisation, List<Mention> mentions) {
    Entity before = lastBefore(mentions, t.start(from), m -> isMissionOf(m, organisation));
    if (before != null) {
      return before;
    }
    for (int k = firstAtOrAfter(mentions, t.start(from)); k < mentions.size() && mentions.get(k).start() - t.start(from) < 1500; k++) {
      if (isMissionOf(mentions.get(k), organisation)) {
        return mentions.get(k).entity();
      }
    }
    return null;
  }

  private static boolean isMissionOf(Mention m, Mention organisation) {
    Entity e = m.entity();
    return e.type() == EntityType.AGENCY && e.name().contains("Mission") && !e.parent().isEmpty()
        && (organisation == null || e.parent().equals(organisation.id()));
  }

  /**
   * Whether the phrase says a group owns the role: {@code the group's spokesperson}, {@code the
   * militia's spokesman}, {@code a spokesman for the group}.
   */
  private static boolean groupsOwn(Tokens t, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (groupPossessive(t, i)) {
        return true;
      }
    }
    return to - from >= 4 && (t.is(to - 3, "for") || t.is(to - 3, "of")) && t.is(to - 2, "the")
        && GROUP_NOUNS.contains(t.text(to - 1).toLowerCase(Locale.ROOT));
  }

  /**
   * The body named earlier whose name has every capitalised word of {@code the X Y} and ends with
   * the same word: {@code the Security Cell} for {@code the Iraqi Security Media Cell}; or null.
   */
  private static Entity shortenedName(Tokens t, int from, int to, List<Mention> mentions) {
    if (to - from < 3 || !t.isIgnoreCase(from, "the")) {
      return null;
    }
    for (int i = from + 1; i < to; i++) {
      if (t.kind(i) != TokenKind.WORD || !t.isCapitalized(i)) {
        return null;
      }
    }
    String last = t.text(to - 1);
    return lastBefore(mentions, t.start(from), m -> {
      if (m.type() != EntityType.AGENCY || !m.text().endsWith(" " + last)) {
        return false;
      }
      for (int i = from + 1; i < to - 1; i++) {
        if (!(" " + m.text() + " ").contains(" " + t.text(i) + " ")) {
          return false;
        }
      }
      return true;
    });
  }

  /** Whether the phrase names a group's media arm: {@code the group's media arm}, {@code the militia's propaganda wing}. */
  private static boolean groupsMediaArm(Tokens t, int from, int to) {
    for (int i = from; i + 2 < to; i++) {
      if (groupPossessive(t, i)) {
        for (int k = i + 2; k < to && k <= i + 5; k++) {
          if (t.isIgnoreCase(k, "media") || t.isIgnoreCase(k, "propaganda")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether token {@code i} is a group noun with a possessive after it: {@code the group's}, {@code the militia's}. */
  private static boolean groupPossessive(Tokens t, int i) {
    return t.kind(i + 1) == TokenKind.POSSESSIVE && GROUP_NOUNS.contains(t.text(i).toLowerCase(Locale.ROOT));
  }

  /** Nouns by which news refers back to an armed group it has named. */
  private static final Set<String> GROUP_NOUNS = Set.of("group", "militia", "outfit", "movement", "organisation",
      "organization", "insurgents", "rebels", "militants");

  /**
   * The person a news lead describes and the next sentence names: the first official mentioned
   * after the description, if the gazetteer lacks them (the mention finder introduced them for
   * that description) and their name opens a sentence within a paragraph or so.
   */
  private Entity introducedNext(Tokens t, int to, List<Mention> mentions) {
    int offset = t.end(to - 1);
    for (int k = firstAtOrAfter(mentions, offset); k < mentions.size() && mentions.get(k).start() - offset < 400; k++) {
      Mention m = mentions.get(k);
      if (m.type() == EntityType.OFFICIAL) {
        int i = t.indexAtOrAfter(m.start());
        boolean opens = i > 0 && (t.newlineBefore(i) || t.is(i - 1, "."));
        for (int q = to; q < i - 1 && opens; q++) {
          opens = !t.is(q, ".") && !t.is(q, "?") && !t.is(q, "!"); // the next sentence, not a later one
        }
        return opens && m.form() == MentionForm.INTRODUCED ? m.entity() : null;
      }
    }
    return null;
  }

  private static boolean fits(Entity e, Gender g) {
    return g == Gender.UNKNOWN || e.gender() == Gender.UNKNOWN || e.gender() == g;
  }

  private static Entity lastOf(List<Mention> mentions, int before, EntityType type) {
    return lastBefore(mentions, before, m -> m.type() == type);
  }

  /**
   * The entity of the latest mention before offset {@code before} that passes the test, looking
   * back at most {@code LOOK_BACK} mentions (so resolving stays linear in the document), or null.
   */
  private static Entity lastBefore(List<Mention> mentions, int before, Predicate<Mention> test) {
    int here = firstAtOrAfter(mentions, before);
    for (int k = here - 1; k >= 0 && k >= here - LOOK_BACK; k--) {
      Mention m = mentions.get(k);
      if (test.test(m)) {
        return m.entity();
      }
    }
    return null;
  }
  /** Whether a comma and an official's name (with at most two titles before it) follow token {@code to}. */
  private static boolean namedAfter(Tokens t, int to, Mention[] owner) {
    if (!(to < t.size() && t.is(to, ","))) {
      return false;
    }
    for (int k = to + 1; k < t.size() && k <= to + 3; k++) {
      if (owner[k] != null) {
        return owner[k].type() == EntityType.OFFICIAL;
      }
    }
    return false;
  }

  /**
   * The junta a description names ({@code the junta}, {@code Niger's military junta}, {@code the
   * military government}): the country's ruling military council when the gazetteer has one, else
   * the country it rules. With no country in the phrase, the junta named last, else that of the last
   * country named that has one, else the story's country's council.
   */
  private Entity junta(List<Mention> mentions, int at, String cc, Salience s) {
    if (cc == null) {
      Entity named = lastBefore(mentions, at, m -> m.type() == EntityType.AGENCY && "junta".equals(m.entity().kind()));
      if (named != null) {
        return named;
      }
      Entity ruled = lastBefore(mentions, at, m -> m.type() == EntityType.COUNTRY && roles.bodyOf("junta", m.entity().id()) != null);
      if (ruled != null) {
        return roles.bodyOf("junta", ruled.id());
      }
      return s.mainCountry() == null ? null : roles.bodyOf("junta", s.mainCountry());
    }
    Entity council = roles.bodyOf("junta", cc);
    return council != null ? council : gazetteer.entity(cc).orElse(null);
  }

  /** Heads after a person's possessive that name the state the person leads: {@code Maduro's government}. */
  private static final Set<String> GOVERNMENT_HEADS = Set.of("government", "administration", "regime", "cabinet");

  /** Heads after a person's possessive that name someone or something else who speaks: {@code Putin's chief adviser}. */
  private static final Set<String> AIDE_HEADS = Set.of("adviser", "advisor", "aide", "aides", "counsel",
      "envoy", "deputy", "assistant", "chief", "representative", "successor", "predecessor");

  /** Whether the person held a president's or prime minister's post on the date (else now). */
  private boolean leads(Entity person, LocalDate date) {
    for (Post p : gazetteer.posts(person.id())) {
      if ((p.post().equals("president") || p.post().equals("prime-minister"))
          && (date != null ? p.heldOn(date) : p.until().isEmpty())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the person follows a spokes- word and {@code for} in the phrase, over titles: {@code spokesman for President X}. */
  private static boolean spokesmanFor(Tokens t, int from, Mention[] owner, Mention person) {
    int i = t.indexAtOrAfter(person.start());
    if (!complementOfRole(t, from, i, owner)) {
      return false;
    }
    for (int q = i - 1; q > from; q--) {
      if (t.is(q, "for")) {
        return isSpokesWord(t, q - 1);
      }
    }
    return false;
  }

  /** Whether a possessive ending follows the person's mention: {@code Putin's}. */
  private static boolean possessor(Tokens t, Mention person, int to) {
    int i = t.indexAtOrAfter(person.end());
    return i < to && t.kind(i) == TokenKind.POSSESSIVE;
  }

  /**
   * The person a phrase with several officials names as its subject: the first that an apposition
   * follows and that is neither a possessor ({@code Putin's}) nor the complement of a lower-case
   * role ({@code X, spokesman for Russian President Vladimir Putin}); else {@code last}, the last one.
   */
  private static Mention namedPerson(Tokens t, int from, int to, Mention[] owner, Mention last) {
    for (int i = from; i < to; i++) {
      Mention m = owner[i];
      if (m == null || m.type() != EntityType.OFFICIAL || t.indexAtOrAfter(m.start()) != i) {
        continue;
      }
      if (m == last) {
        return last;
      }
      int after = t.indexAtOrAfter(m.end());
      if (possessor(t, m, to) || complementOfRole(t, from, i, owner) || !(after < to && t.is(after, ","))) {
        continue;
      }
      return m; // the name an apposition follows
    }
    return last;
  }

  /**
   * Whether the name at {@code i} follows a lower-case noun and a preposition, over capitalised
   * titles and country names: {@code spokesman for Russian President X}; not {@code Secretary of State X}.
   */
  private static boolean complementOfRole(Tokens t, int from, int i, Mention[] owner) {
    int q = i - 1;
    while (q > from && (owner[q] != null && owner[q].type() == EntityType.COUNTRY
        || t.kind(q) == TokenKind.WORD && t.isCapitalized(q) && owner[q] == null)) {
      q--;
    }
    return q > from && t.kind(q) == TokenKind.WORD && PREPOSITIONS.contains(t.text(q)) && t.kind(q - 1) == TokenKind.WORD
        && Character.isLowerCase(t.first(q - 1));
  }

  /**
   * Whether the phrase names someone else through the person: {@code Moore's lawyer}, {@code Lord
   * Scarman's nephew George Ritchie} (whose name the gazetteer lacks), not {@code Putin's spokesman}.
   */
  private static boolean kinOf(Tokens t, Mention person, int to) {
    int i = t.indexAtOrAfter(person.end());
    return possessor(t, person, to) && i + 1 < to && t.kind(i + 1) == TokenKind.WORD
        && KIN.contains(t.text(i + 1).toLowerCase(Locale.ROOT));
  }

  private static boolean isHonorific(Tokens t, int i) {
    return t.is(i, "Sir") || t.is(i, "Dame") || t.is(i, "Lord") || t.is(i, "Lady");
  }

  /**
   * Whether the phrase ends with a person's name the gazetteer lacks: two or three capitalised
   * words that are no title and no organisation ({@code Lawyer Louise Christian}, {@code human
   * rights lawyer Clive Stafford-Smith}, not {@code The Law Society}).
   */
  static boolean endsWithUnknownName(Tokens t, int from, int to) {
    int words = 0;
    int k = to - 1;
    while (k >= from && words < 4) {
      if (t.kind(k) == TokenKind.HYPHEN && words > 0) {
        k--;
        continue;
      }
      if (t.kind(k) != TokenKind.WORD || !t.isCapitalized(k) || t.isAllCaps(k)) {
        break;
      }
      String w = t.text(k).toLowerCase(Locale.ROOT);
      if (ORGANISATION_WORDS.contains(w)) {
        return false;
      }
      if (TITLE_WORDS.contains(w) || NOT_NAME_WORDS.contains(w)) {
        break;
      }
      words++;
      k--;
    }
    return words >= 2;
  }

  /** Capitalised words that end the names of organisations, places and documents, never of people. */
  private static final Set<String> ORGANISATION_WORDS = Set.of("society", "committee", "international",
      "agreement", "treaty", "accord", "pact", "convention", "partnership", "protocol", "declaration", "charter",
      "office", "ministry", "court", "party", "council", "union", "group", "association", "agency",
      "service", "services", "department", "bureau", "commission", "institute", "foundation", "bank",
      "company", "corporation", "university", "college", "school", "prison", "police", "army", "navy",
      "force", "forces", "regiment", "parliament", "government", "house", "lords", "commons", "authority",
      "trust", "network", "news", "times", "post", "watch", "liberty", "amnesty", "bay", "street",
      "centre", "center", "fund", "board", "unit", "command", "organisation", "organization", "league");

  /** Capitalised words that open sentences and are no names: {@code The}, {@code But}. */
  private static final Set<String> NOT_NAME_WORDS = Set.of("the", "a", "an", "but", "and", "in", "on",
      "at", "this", "that", "his", "her", "their", "its", "mr", "mrs", "ms", "dr", "sir", "dame", "lord",
      "lady", "lawyer", "archbishop", "bishop", "professor", "prof", "solicitor", "barrister",
      "campaigner", "activist", "journalist", "father", "mother", "brother", "sister", "wife", "husband");

  /** Whether token {@code i} is a title written before a person's name: {@code Mr}, {@code Dr.}, {@code Sir}, {@code Lord}. */
  static boolean isPersonalTitle(Tokens t, int i) {
    return t.is(i, "Mr") || t.is(i, "Mrs") || t.is(i, "Ms") || t.is(i, "Dr") || t.is(i, "Sir")
        || t.is(i, "Dame") || t.is(i, "Lord") || t.is(i, "Mr.") || t.is(i, "Mrs.") || t.is(i, "Ms.") || t.is(i, "Dr.");
  }

  /** Whether the phrase is a person's name: two to four capitalised words, after an optional title. */
  static boolean looksLikePersonName(Tokens t, int from, int to) {
    int i = from;
    while (i < to && isPersonalTitle(t, i)) {
      i++;
    }
    int words = to - i;
    if (words < 1 || words > 4 || words == 1 && i == from) {
      return false;
    }
    for (int k = i; k < to; k++) {
      if (t.kind(k) != TokenKind.WORD || !t.isCapitalized(k) || t.isAllCaps(k)) {
        return false;
      }
    }
    return true;
  }

}
