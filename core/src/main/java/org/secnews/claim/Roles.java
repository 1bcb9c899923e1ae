package org.secnews.claim;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.secnews.entity.Entity;
import org.secnews.entity.EntityType;
import org.secnews.entity.Mention;
import org.secnews.gazetteer.Gazetteer;
import org.secnews.gazetteer.Post;
import org.secnews.mention.MentionFinder;
import org.secnews.text.SentenceSplitter;
import org.secnews.text.TokenKind;
import org.secnews.text.Tokenizer;
import org.secnews.text.Tokens;

/**
 * Maps a role description and a date to the official who held that post then: {@code the MI6
 * chief} on 2023-07-19 is Richard Moore ({@code head} of {@code gb/sis} from 2020-10).
 *
 * <pre>{@code
 * Roles roles = Roles.of(Gazetteer.builtIn());
 * roles.resolve("Russia's foreign minister", LocalDate.of(2020, 1, 1))   // Sergey Lavrov, with his post
 * }</pre>
 *
 * <p>Design: the description's mentions give the body ({@code MI6}) or the country
 * ({@code Russia's}, {@code the UK's}); its words give the post ({@code foreign minister},
 * {@code president}, {@code chief}/{@code head}/{@code boss}/{@code director}/{@code spymaster})
 * and, with a country, the kind of body ({@code domestic intelligence agency} is the country's
 * domestic-intelligence or security service). The post records then say who held the post on the
 * date ({@link Gazetteer#holder}); with no date, the newest holder. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Roles {
  /**
   * A resolved role: the post record, its holder and the body or country it belongs to.
   *
   * @param post         the post record
   * @param official     the official who held the post on the date
   * @param organisation the body or country the post belongs to
   */
  public record Role(Post post, Entity official, Entity organisation) {
    /**
     * Checks that nothing is null.
     *
     * @param post         the post record
     * @param official     the official who held the post on the date
     * @param organisation the body or country the post belongs to
     */
    public Role {
      Objects.requireNonNull(post, "post");
      Objects.requireNonNull(official, "official");
      Objects.requireNonNull(organisation, "organisation");
    }
  }

  /** The posts a country's {@code head of state} may hold, in the order they are looked for. */
  private static final List<String> HEAD_OF_STATE_POSTS = List.of("president", "king", "head-of-state");

  /** The posts of a country's {@code leader}: the one the story names, or the only one held on the date. */
  private static final List<String> LEADER_POSTS = List.of("supreme-leader", "president", "prime-minister",
      "chancellor", "king", "head-of-state");

  static final Set<String> HEAD_WORDS = Set.of("head", "chief", "boss", "director", "spymaster",
      "leader", "spy", "director-general");

  private final Gazetteer gazetteer;
  private final Map<String, Entity> bodyByCountryAndKind; // "GB|domestic-intelligence" -> the body with most posts
  private final Map<String, Entity> branchByCountry; // "LK|army" -> Sri Lanka Army
  private volatile MentionFinder finder; // built on first use of resolve(String, LocalDate)

  private Roles(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    Map<String, Entity> bodies = new HashMap<>();
    for (Entity e : gazetteer.entities()) {
      if (e.type() == EntityType.AGENCY && !e.kind().isEmpty()) {
        String key = e.country() + "|" + e.kind();
        Entity best = bodies.get(key);
        int posts = gazetteer.postsOf(e.id()).size();
        int bestPosts = best == null ? -1 : gazetteer.postsOf(best.id()).size();
        if (posts > bestPosts || posts == bestPosts && e.parent().isEmpty() && !best.parent().isEmpty()) {
          bodies.put(key, e); // the body with most posts; on a tie the top one, not a branch ("Ukrainian Navy")
        }
      }
    }
    this.bodyByCountryAndKind = Map.copyOf(bodies);
    Map<String, Entity> branches = new HashMap<>();
    for (Entity e : gazetteer.entities()) {
      if (e.type() == EntityType.AGENCY && "military".equals(e.kind())) {
        String name = " " + e.name().toLowerCase(java.util.Locale.ROOT) + " ";
        for (String branch : BRANCHES) {
          if (name.contains(" " + branch + " ")) {
            branches.merge(e.country() + "|" + branch, e, (a, b) -> a.name().length() <= b.name().length() ? a : b);
          }
        }
      }
    }
    this.branchByCountry = Map.copyOf(branches); // the shortest name: "German Army", not "German Army Aviation Corps"
  }

  /**
   * Roles over {@code gazetteer}'s post records.
   *
   * @param gazetteer the gazetteer whose entities and post records are used
   * @return a new role resolver
   */
  public static Roles of(Gazetteer gazetteer) {
    return new Roles(gazetteer);
  }

  /**
   * Resolves a description such as {@code the head of the UK's domestic intelligence agency}.
   *
   * @param description the role description, not null
   * @param date the date the role is meant on, or {@code null} for the newest holder
   * @return the role, or empty if the description names no known post or no holder is found
   */
  public Optional<Role> resolve(String description, LocalDate date) {
    Objects.requireNonNull(description, "description");
    MentionFinder f = finder;
    if (f == null) {
      f = new MentionFinder(gazetteer);
      finder = f;
    }
    Tokens t = Tokenizer.standard().tokenize(description);
    List<Mention> mentions = f.find(t, SentenceSplitter.standard().split(t));
    Entity body = null;
    String cc = null;
    for (Mention m : mentions) {
      if (m.type() == EntityType.AGENCY && body == null) {
        body = m.entity();
      } else if (m.type() == EntityType.COUNTRY && cc == null) {
        cc = m.id();
      }
    }
    String roleWord = null;
    for (int i = 0; i < t.size() && roleWord == null; i++) {
      if (t.kind(i) == TokenKind.WORD) {
        String w = t.text(i).toLowerCase(Locale.ROOT);
        if (HEAD_WORDS.contains(w) || w.equals("minister") || w.equals("president") || w.equals("premier")
            || w.equals("secretary") || w.equals("diplomat") || w.startsWith("spokes")) {
          roleWord = w;
        }
      }
    }
    String phrase = description.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (roleWord == null && policeInspectorGeneral(phrase)) {
      roleWord = "inspector";
    }
    if (roleWord == null) {
      return Optional.empty();
    }
    return resolve(phrase, roleWord, body, cc, date, Set.of());
  }

  /** The role for a lower-case phrase, its role word, and the body or country named in it. */
  Optional<Role> resolve(String phrase, String roleWord, Entity body, String cc, LocalDate date,
      Set<String> named) {
    if (body != null) {
      String post = roleWord.startsWith("spokes") ? "spokesperson" : HEAD_WORDS.contains(roleWord) ? "head" : null;
      Optional<Role> r = post == null ? Optional.empty() : holder(body.id(), post, date, named, body);
      if (r.isEmpty() && "head".equals(post) && "military".equals(body.kind())) {
        r = firstHolder(body, List.of("army-chief", "chief-of-defence"), date, named); // "the IDF chief", "Israel's army chief"
      }
      return r;
    }
    if (cc == null) {
      return Optional.empty();
    }
    Entity country = gazetteer.entity(cc).orElse(null);
    String post = countryPost(phrase, roleWord);
    if (post == null && cc.equals("US") && phrase.contains("secretary of state")) {
      post = "foreign-minister"; // the US Secretary of State; elsewhere any cabinet minister's title
    }
    if (post != null && country != null) {
      Optional<Role> r = holder(cc, post, date, named, country);
      if (r.isPresent()) {
        return r;
      }
    }
    boolean headOfState = phrase.contains("head of state");
    if (country != null && (headOfState || roleWord.equals("leader"))) {
      // "the Bolivian head of state": its president or monarch; "the Turkish leader": whichever of the
      // country's leaders the story names, or its only one on the date
      Map<Entity, Role> holders = new java.util.LinkedHashMap<>(); // each leader once, by the posts' order
      for (String p : headOfState ? HEAD_OF_STATE_POSTS : LEADER_POSTS) {
        holder(cc, p, date, Set.of(), country).ifPresent(r -> holders.putIfAbsent(r.official(), r));
      }
      for (Role r : holders.values()) {
        if (named.contains(r.official().id())) {
          return Optional.of(r);
        }
      }
      if (holders.size() == 1 || headOfState && !holders.isEmpty()) {
        return Optional.of(holders.values().iterator().next());
      }
      if (headOfState) {
        return Optional.empty();
      }
    }
    if (country != null && (HEAD_WORDS.contains(roleWord) && phrase.contains("diplomacy")
        || phrase.contains("top diplomat") || phrase.contains("chief diplomat"))) {
      Optional<Role> r = holder(cc, "foreign-minister", date, named, country);
      if (r.isPresent()) {
        return r; // "the head of German diplomacy", "Russia's top diplomat": the foreign minister
      }
    }
    if (policeInspectorGeneral(phrase)) {
      Entity police = bodyOfKinds(cc, List.of("police"));
      if (police != null) {
        return holder(police.id(), "head", date, named, police); // "the inspector general of police": the national police's head
      }
    }
    Entity forces = HEAD_WORDS.contains(roleWord) ? bodyOfKinds(cc, List.of("military")) : null;
    if (forces != null && (phrase.contains("army chief") || phrase.contains("army commander"))) {
      Optional<Role> r = firstHolder(forces, List.of("army-chief", "chief-of-defence"), date, named);
      if (r.isPresent()) {
        return r; // "the Ugandan army chief": the army's own chief where the country has one, else the forces'
      }
    }
    if (forces != null && militaryChief(phrase)) {
      Optional<Role> r = firstHolder(forces, List.of("chief-of-defence", "army-chief", "head"), date, named);
      if (r.isPresent()) {
        return r; // "Israel's military chief": the chief of its armed forces on the date
      }
    }
    if (roleWord.equals("minister") && intelligenceMinister(phrase)) {
      Entity ministry = bodyOfKinds(cc, List.of("intelligence", "domestic-intelligence", "security"));
      if (ministry != null && ministry.name().contains("Ministry")) {
        return holder(ministry.id(), "head", date, named, ministry); // "the Intelligence Minister" of Iran: MOIS's head
      }
    }
    if (roleWord.equals("prosecutor") && topProsecutor(phrase)) {
      Entity office = bodyOfKinds(cc, List.of("prosecutor"));
      if (office != null) {
        return holder(office.id(), "head", date, named, office); // "Germany's top prosecutor": the prosecutor general
      }
    }
    if (HEAD_WORDS.contains(roleWord)) {
      Entity agency = bodyWhoseHeadIsNamed(phrase, cc, date, named);
      if (agency == null && !spyChief(phrase)) {
        agency = bodyOf(phrase, cc);
      }
      if (agency == null && roleWord.equals("spymaster")) {
        agency = bodyOfKinds(cc, List.of("foreign-intelligence", "intelligence"));
      }
      if (agency != null) {
        return holder(agency.id(), "head", date, named, agency);
      }
    }
    return Optional.empty();
  }

  /** Whether the phrase names a country's head prosecutor: {@code top prosecutor}, {@code chief prosecutor}. */
  static boolean topProsecutor(String phrase) {
    return phrase.contains("top prosecutor") || phrase.contains("chief prosecutor") || phrase.contains("prosecutor general")
        || phrase.contains("prosecutor-general") || phrase.contains("highest prosecutor");
  }

  private static boolean militaryChief(String phrase) {
    return phrase.contains("military chief") || phrase.contains("military's chief") || phrase.contains("armed forces chief")
        || phrase.contains("chief of the general staff") || phrase.contains("chief of staff of the armed forces")
        || phrase.contains("army chief of staff");
  }

  private static boolean intelligenceMinister(String phrase) {
    return phrase.contains("intelligence minister") || phrase.contains("minister of intelligence");
  }

  /**
   * Whether a lower-case phrase names the head of a country's body of one kind, which the story's
   * country gives when the phrase names none: {@code the military chief}, {@code the Intelligence
   * Minister} (of a country whose intelligence service is a ministry).
   */
  static boolean namesAHeadOfItsKind(String phrase) {
    return militaryChief(phrase) || intelligenceMinister(phrase) || policeInspectorGeneral(phrase);
  }

  /** Whether the phrase names a national police's head by the title of many Commonwealth forces. */
  private static boolean policeInspectorGeneral(String phrase) {
    return phrase.contains("inspector general of police") || phrase.contains("inspector-general of police");
  }

  /** The ministry a minister's post on the date is in, by the post's name. */
  private static final Map<String, String> MINISTRY_OF_POST = Map.of("defence-minister", "defence-ministry",
      "foreign-minister", "foreign-ministry", "interior-minister", "interior-ministry",
      "justice-minister", "justice-ministry");

  /**
   * The ministry {@code official} heads on {@code date} by the post records ({@code Defense Minister
   * Itsunori Onodera ... the ministry}: Japan's defence ministry), or null if none of the official's
   * posts then is a minister's of a ministry on record.
   */
  Entity ministryOf(Entity official, LocalDate date) {
    for (Post p : gazetteer.posts(official.id())) {
      String kind = MINISTRY_OF_POST.get(p.post());
      if (kind != null && (date == null ? p.to() == null : p.heldOn(date))) {
        Entity ministry = bodyOfKinds(p.org(), List.of(kind));
        if (ministry != null) {
          return ministry;
        }
      }
    }
    return null;
  }

  /** Words that make a minister's title a lesser post: {@code the deputy interior minister}, {@code a minister of state}. */
  private static final List<String> SUBORDINATE = List.of("deputy ", "vice ", "vice-", "minister of state",
      "state minister", "junior minister", "assistant ");
  /** The ministers' posts a subordinate title does not name: the deputy interior minister is not the minister. */
  private static final Set<String> MINISTER_POSTS = Set.of("foreign-minister", "defence-minister", "interior-minister",
      "justice-minister", "attorney-general", "security-minister", "national-security-adviser");

  /**
   * The country post a description names ({@code Russia's foreign minister}: {@code
   * foreign-minister}), or null; none for a deputy's or a minister of state's title.
   */
  static String countryPost(String phrase, String roleWord) {
    String post = namedCountryPost(phrase, roleWord);
    if (post != null && MINISTER_POSTS.contains(post)) {
      for (String w : SUBORDINATE) {
        int at = phrase.indexOf(w);
        if (at >= 0 && !phrase.substring(at).contains(" and ")) {
          return null; // but "Deputy Prime Minister and Minister of Foreign Affairs" is the foreign minister
        }
      }
    }
    return post;
  }

  private static String namedCountryPost(String phrase, String roleWord) {
    if (phrase.contains("foreign minister") || phrase.contains("foreign secretary")
        || phrase.contains("foreign affairs minister") || phrase.contains("minister of foreign affairs")
        || phrase.contains("minister for foreign affairs")) {
      return "foreign-minister";
    }
    if (phrase.contains("defence minister") || phrase.contains("defense minister")
        || phrase.contains("defence secretary") || phrase.contains("defense secretary")
        || phrase.contains("minister of defence") || phrase.contains("minister of defense")) {
      return "defence-minister";
    }
    if (phrase.contains("interior minister") || phrase.contains("home secretary")
        || phrase.contains("minister of the interior") || phrase.contains("minister of interior")
        || phrase.contains("home minister") || phrase.contains("minister of internal affairs")) {
      return "interior-minister";
    }
    if (phrase.contains("justice minister") || phrase.contains("justice secretary")
        || phrase.contains("minister of justice") || phrase.contains("law minister")) {
      return "justice-minister";
    }
    if (phrase.contains("attorney general") || phrase.contains("attorney-general")) {
      return "attorney-general";
    }
    if (phrase.contains("security minister") || phrase.contains("minister for security")) {
      return "security-minister";
    }
    if (phrase.contains("national security adviser") || phrase.contains("national security advisor")) {
      return "national-security-adviser";
    }
    if (phrase.contains("prime minister") || roleWord.equals("premier") || roleWord.equals("taoiseach")) {
      return "prime-minister";
    }
    return roleWord.equals("president") ? "president" : null;
  }

  /** The country whose own word for a post {@code roleWord} is ({@code taoiseach}: Ireland's prime minister), or null. */
  static String countryOfTitle(String roleWord) {
    return roleWord.equals("taoiseach") ? "IE" : null;
  }

  /** The holder on {@code date} of the first of {@code titles} that {@code body} has one of, or empty. */
  private Optional<Role> firstHolder(Entity body, List<String> titles, LocalDate date, Set<String> named) {
    for (String title : titles) {
      Optional<Role> r = holder(body.id(), title, date, named, body);
      if (r.isPresent()) {
        return r;
      }
    }
    return Optional.empty();
  }

  private Optional<Role> holder(String org, String post, LocalDate date, Set<String> named,
      Entity organisation) {
    return holder(org, post, date, named)
        .flatMap(p -> gazetteer.entity(p.person()).map(e -> new Role(p, e, organisation)));
  }

  /**
   * Who held {@code post} at {@code org}: on {@code date} when there is one; in an undated
   * document, the newest holder among the officials it names ({@code the home secretary} in a
   * story that names Charles Clarke is Clarke, not today's holder), else the newest holder.
   */
  Optional<Post> holder(String org, String post, LocalDate date, Set<String> named) {
    if (post.equals("head")) {
      for (String title : HEAD_POSTS) { // "the NATO chief" is its secretary-general, the SNSC's its secretary
        Optional<Post> p = holderOf(org, title, date, named);
        if (p.isPresent()) {
          return p;
        }
      }
      return Optional.empty();
    }
    return holderOf(org, post, date, named);
  }

  /** The posts that head a body, in the order they are looked for: most bodies have a head, some a secretary-general. */
  private static final List<String> HEAD_POSTS = List.of("head", "secretary-general", "secretary", "president");

  private Optional<Post> holderOf(String org, String post, LocalDate date, Set<String> named) {
    if (date == null && !named.isEmpty()) {
      Optional<Post> p = gazetteer.holder(org, post, null, named::contains);
      if (p.isPresent()) {
        return p;
      }
    }
    return gazetteer.holder(org, post, date);
  }

  /** The body of a country named by its kind in the phrase: {@code domestic intelligence agency}. */
  Entity bodyOf(String phrase, String cc) {
    List<String> kinds = kindsOf(phrase);
    if (kinds == null) {
      return null;
    }
    for (String branch : BRANCHES) {
      Entity b = phrase.endsWith(branch) ? branchByCountry.get(cc + "|" + branch) : null;
      if (b != null) {
        return b; // "the army" is the Sri Lanka Army, not the armed forces as a whole
      }
    }
    return bodyOfKinds(cc, kinds);
  }

  /**
   * Of the country's bodies of the kinds the phrase may mean, the first whose head on the date the
   * text names: {@code the head of Australia's spy agency} is ASIO's director-general when the
   * story names Mike Burgess, not the head of the Office of National Intelligence; else null.
   */
  private Entity bodyWhoseHeadIsNamed(String phrase, String cc, LocalDate date, Set<String> named) {
    List<String> kinds = spyChief(phrase) ? INTELLIGENCE_KINDS : kindsOf(phrase);
    if (kinds == null || kinds.size() < 2 || named.isEmpty()) {
      return null;
    }
    for (String k : kinds) {
      Entity b = bodyByCountryAndKind.get(cc + "|" + k);
      if (b != null && holderOf(b.id(), "head", date, named).filter(p -> named.contains(p.person())).isPresent()) {
        return b;
      }
    }
    return null;
  }

  /** The kinds of body an intelligence chief may head, most likely first. */
  private static final List<String> INTELLIGENCE_KINDS = List.of("intelligence", "domestic-intelligence",
      "foreign-intelligence", "security", "signals-intelligence", "military-intelligence");

  /**
   * Whether the phrase names the head of some intelligence body without saying which: {@code
   * Britain's spy chief}, {@code New Zealand's intelligence chief}; only a head the text names will do.
   */
  private static boolean spyChief(String phrase) {
    return phrase.endsWith("spy chief") || phrase.endsWith("intelligence chief") || phrase.endsWith("spy boss")
        || phrase.endsWith("intelligence boss");
  }

  /** Branches of the armed forces that a description names by itself: {@code the army said}. */
  private static final List<String> BRANCHES = List.of("army", "navy", "air force");

  /** The kinds of body a phrase names, most likely first ({@code the police spokesman}: police), or null. */
  static List<String> kindsOf(String phrase) {
    List<String> kinds;
    if (phrase.contains("domestic intelligence") || phrase.contains("security service") || phrase.contains("special service")
        || phrase.contains("secret police")
        || phrase.contains("counter-intelligence") || phrase.contains("counterintelligence")
        || phrase.contains("internal intelligence") || phrase.contains("domestic security")) {
      kinds = List.of("domestic-intelligence", "security", "intelligence");
    } else if (phrase.contains("military intelligence")) {
      kinds = List.of("military-intelligence");
    } else if (phrase.contains("foreign intelligence") || phrase.contains("spy agency")
        || phrase.contains("intelligence agency") || phrase.contains("intelligence service")
        || phrase.contains("spy service") || phrase.contains("intelligence organi")) {
      kinds = phrase.contains("foreign")
          ? List.of("foreign-intelligence", "intelligence")
          : INTELLIGENCE_KINDS; // "GCHQ ... the intelligence agency said"
    } else if (phrase.contains("foreign ministry") || phrase.contains("foreign office")
        || phrase.contains("ministry of foreign affairs") || phrase.contains("foreign affairs secretariat")
        || phrase.contains("secretariat of foreign affairs") || phrase.contains("department of foreign affairs")) {
      kinds = List.of("foreign-ministry"); // Mexico's and the Philippines' names for it too
    } else if (phrase.contains("defence ministry") || phrase.contains("defense ministry")
        || phrase.contains("ministry of defence") || phrase.contains("ministry of defense")
        || phrase.contains("ministry of national defen") // "the ministry of defense said"
        || phrase.contains("secretariat of national defen") || phrase.contains("department of national defen")) {
      kinds = List.of("defence-ministry");
    } else if (phrase.contains("interior ministry") || phrase.contains("home ministry")
        || phrase.contains("ministry of interior") || phrase.contains("ministry of the interior")
        || phrase.contains("ministry of home affairs") || phrase.contains("home affairs ministry")) {
      kinds = List.of("interior-ministry");
    } else if (phrase.contains("justice ministry") || phrase.contains("ministry of justice")) {
      kinds = List.of("justice-ministry");
    } else if (phrase.contains("prosecutor") || phrase.contains("prosecution") || phrase.contains("attorney general's office")
        || phrase.contains("attorney-general's office")) {
      kinds = List.of("prosecutor"); // "the prosecutor's office", "the federal prosecutors' office", "the prosecution"
    } else if (phrase.contains("coast guard") || phrase.contains("coastguard") || phrase.contains("coast-guard")) {
      kinds = List.of("coast-guard"); // before "police": "the Police Coast Guard" of Singapore
    } else if (phrase.contains("border guard") || phrase.contains("border service") || phrase.contains("border force")
        || phrase.contains("border troops")) {
      kinds = List.of("border-guard"); // "the Belarusian border service": the State Border Committee
    } else if (phrase.contains("police")) {
      kinds = List.of("police");
    } else if (phrase.endsWith("junta")) {
      kinds = List.of("junta"); // "Niger's junta": its ruling military council
    } else if (phrase.endsWith("military") || phrase.endsWith("army") || phrase.endsWith("armed forces")
        || phrase.endsWith("navy") || phrase.endsWith("air force") || militarySpokesman(phrase)) {
      kinds = List.of("military"); // "the army said", "Pakistan's military", "a military spokesman"
    } else {
      return null;
    }
    return kinds;
  }

  /**
   * Whether the phrase is an unnamed spokesman of the forces: {@code a military spokesman}, {@code an
   * army spokeswoman}; not {@code the military spokesman}, who is the one just named.
   */
  private static boolean militarySpokesman(String phrase) {
    return (phrase.startsWith("a ") || phrase.startsWith("an ")) && forcesBeforeSpokes(phrase) != null;
  }

  /**
   * The forces whose spokesman the phrase names by function only ({@code the army spokesman}: {@code
   * the army}; {@code The Spokesperson for the Armed Forces}: {@code the armed forces}), else null.
   * Read so only when no spokesman was named before, since {@code the military spokesman} is
   * otherwise the one just named.
   */
  static String forcesOfSpokesman(String phrase) {
    String forces = forcesBeforeSpokes(phrase);
    if (forces != null) {
      return forces;
    }
    int spokes = phrase.indexOf("spokes");
    int forThe = phrase.indexOf(" for the ");
    if (spokes < 0 || forThe < spokes || phrase.indexOf(' ', spokes) != forThe) {
      return null; // "the spokesman for the army": the spokes- word right before "for the"
    }
    String body = phrase.substring(forThe + " for the ".length());
    return body.equals("military") || body.equals("army") || body.equals("armed forces") ? "the " + body : null;
  }

  /** The forces named right before a spokes- word that ends the phrase ({@code an army spokesman}: {@code an army}), else null. */
  private static String forcesBeforeSpokes(String phrase) {
    int spokes = phrase.lastIndexOf(" spokes");
    if (spokes < 0 || phrase.indexOf(' ', spokes + 1) >= 0) {
      return null; // the spokes- word must end the phrase
    }
    String before = phrase.substring(0, spokes);
    return before.endsWith(" military") || before.endsWith(" army") || before.endsWith(" armed forces") ? before : null;
  }

  private Entity bodyOfKinds(String cc, List<String> kinds) {
    for (String k : kinds) {
      Entity a = bodyByCountryAndKind.get(cc + "|" + k);
      if (a != null) {
        return a;
      }
    }
    return null;
  }
}
