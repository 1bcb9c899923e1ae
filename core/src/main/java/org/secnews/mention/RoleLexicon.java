package org.secnews.mention;

import java.util.Set;
import org.secnews.internal.WordSet;
import org.secnews.text.Tokens;

/** Words that name a state, military or intelligence post, used to spot officials the gazetteer lacks. */
final class RoleLexicon {
  /** Capitalised titles written before a name: {@code Major Ibrahim Hassan}, {@code Attorney Kenneth Parker}. */
  static final Set<String> TITLES = Set.copyOf(java.util.Arrays.asList(
      "President", "Vice", "Premier", "Prime", "Minister", "Secretary", "Director", "Director-General",
      "Chief", "Head", "General", "Gen.", "Major", "Maj.", "Colonel", "Col.", "Lieutenant", "Lt.",
      "Captain", "Capt.", "Admiral", "Adm.", "Commander", "Brigadier", "Sergeant", "Sgt.",
      "Ambassador", "Attorney", "Judge", "Justice", "Senator", "Sen.", "Representative", "Rep.",
      "Governor", "Gov.", "Mayor", "Sheriff", "Deputy", "Officer", "Agent", "Inspector", "Superintendent",
      "Commissioner", "Prosecutor", "Chancellor", "Spokesman", "Spokeswoman", "Spokesperson",
      "Marshal", "Field", "Envoy", "Consul", "Undersecretary", "Under-Secretary", "Lawmaker",
      "MP", "MEP", "TD", "MSP", "MLA", "Taoiseach", "Tánaiste", // Irish, Scottish and Northern Irish seats and posts
      "Congressman", "Congresswoman", "Defence", "Defense", "Foreign", "Interior", "Home",
      "Justice", "Finance", "State", "Acting", "Former", "Regional", "Assistant", "Special",
      "Executive", "District", "U.S.", "US", "Crown", "Prince", "King", "Queen", "Emir", "Sheikh",
      "Ayatollah", "Supreme", "Leader", "Army", "Navy", "Police", "Intelligence", "Security",
      "Maj", "Gen", "Lt", "Col", "Capt", "Sgt", "Adm", "Brig",
      "Commodore", "Cdre", "Cmdr", "Cmdr.", "Rear",
      // South Asian police and army ranks by their abbreviations: DG, DGP, IGP, DIG, SSP
      "DG", "DGP", "ADG", "ADGP", "IG", "IGP", "DIG", "SSP", "SP", "ASP", "DSP", "Staff", "Constable", "Corporal", "Detective",
      // British police ranks as news abbreviates them: "Det Ch Supt James Dunkerley" (not DCI: Kenya's DCI is a body)
      "Det", "Det.", "Ch", "Supt", "Supt.", "Insp", "Insp.", "DCS", "DSupt", "ACC", "DAC",
      "Adviser", "Advisor", "Atty.", "Atty",
      // legislatures' posts: "Senate Minority Leader Koko Pimentel", "House Speaker Mike Johnson"
      "Senate", "House", "Majority", "Minority", "Speaker",
      "Chairman", "Chairperson", "Chairwoman", // a body's chair: a state post only with a state body before it
      // Malaysian and Bruneian honorifics: "Tan Sri Khalid Abu Bakar", "Datuk Seri Najib Razak"
      "Datuk", "Dato", "Dato'", "Datin", "Seri",
      // Burmese honorifics: "U Myint Swe", "Daw Aung San Suu Kyi"
      "U", "Daw",
      // Islamic scholars' honorifics before a Taliban official's name: "spokesman Mufti Abdul Matin Qani"
      "Mufti", "Mawlawi", "Maulvi", "Maulana",
      "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady", "Baroness"));

  /** Title words that by themselves show a state post (the others only qualify one). */
  static final Set<String> POST_WORDS = Set.copyOf(java.util.Arrays.asList(
      "President", "Premier", "Minister", "Secretary", "Director", "Director-General", "Chief",
      "Head", "General", "Gen.", "Major", "Maj.", "Colonel", "Col.", "Lieutenant", "Lt.", "Captain",
      "Capt.", "Admiral", "Adm.", "Commander", "Brigadier", "Sergeant", "Sgt.", "Ambassador",
      "Attorney", "Judge", "Senator", "Sen.", "Governor", "Gov.", "Mayor", "Sheriff", "Officer", "Inspector",
      "Superintendent", "Commissioner", "Prosecutor", "Chancellor", "Spokesman", "Spokeswoman",
      "Spokesperson", "Marshal", "Envoy", "Consul", "Undersecretary", "Under-Secretary",
      "Congressman", "Congresswoman", "Crown", "King", "Queen", "Emir", "Ayatollah", "Maj", "Gen",
      "Lt", "Col", "Capt", "Sgt", "Adm", "Brig", "MP", "MEP", "TD", "MSP", "MLA", "Taoiseach", "Tánaiste",
      "Lawmaker", "Representative", "Rep.",
      "DG", "DGP", "ADG", "ADGP", "IG", "IGP", "DIG", "SSP", "SP", "ASP", "DSP", "Constable", "Corporal", "Detective", "Adviser", "Advisor",
      "Supt", "Supt.", "Insp", "Insp.", "DCS", "DSupt", "ACC", "DAC",
      "Atty.", "Atty", "Commodore", "Cdre", "Cmdr", "Cmdr.", "Justice", "Speaker", "Chairman", "Chairperson", "Chairwoman")); // "Justice Michael Code": a judge; "Justice Minister" is a post anyway

  /** Lower-case role nouns of an apposition or a description: {@code director general of MI5}. */
  static final Set<String> ROLE_NOUNS = Set.copyOf(java.util.Arrays.asList(
      "president", "minister", "secretary", "director", "director-general", "chief", "head",
      "general", "officer", "agent", "spy", "spymaster", "ambassador", "diplomat", "attorney",
      "judge", "prosecutor", "commander", "colonel", "major", "captain", "lieutenant", "admiral",
      "spokesman", "spokeswoman", "spokesperson", "envoy", "consul", "governor", "senator",
      "chancellor", "commissioner", "inspector", "superintendent", "leader", "premier",
      "deputy", "defector", "operative", "official", "chairman", "chairwoman", "chair", "peer", "mp", "mep", "constable",
      "lawmaker", "legislator", "congressman", "congresswoman", "cop", "sheriff", "coordinator", "administrator", "representative",
      "boss", "adviser", "advisor", "aide", "mayor", "detective", "ombudsman", "investigator", "undersecretary", "counselor", "counsellor",
      "d'affaires", "d’affaires")); // chargé d'affaires

  /** Role nouns that are a state post by themselves, with no body named: {@code former minister Clare Short} (not {@code judge}: talent shows and prizes have judges). */
  static final Set<String> STATE_ROLES = Set.copyOf(java.util.Arrays.asList(
      "minister", "ambassador", "senator", "diplomat", "envoy", "consul", "governor", "admiral",
      "colonel", "lieutenant", "prosecutor", "lawmaker", "legislator", "congressman", "constable",
      "congresswoman", "mp", "mep", "spymaster", "cop", "sheriff", "mayor", "d'affaires", "d’affaires"));

  /** Words that may sit inside a person's name in lower case: {@code bin}, {@code al}, {@code de}. */
  static final Set<String> NAME_PARTICLES = Set.copyOf(java.util.Arrays.asList(
      "bin", "bint", "ibn", "al", "el", "de", "da", "di", "du", "del", "della", "van", "von",
      "der", "den", "la", "le", "ul", "abu", "ben"));

  /** Capitalised words that open sentences but never names: {@code And Menzies Campbell said}. */
  static final Set<String> NOT_NAMES = Set.copyOf(java.util.Arrays.asList(
      "And", "But", "Or", "Nor", "Neither", "Either", "So", "Yet", "The", "A", "An", "In", "On", "At", "As", "By", "For",
      "From", "With", "Without", "When", "While", "Whilst", "Then", "If", "After", "Before", "Since",
      "Until", "Meanwhile", "However", "Also", "This", "That", "These", "Those", "His", "Her",
      "Their", "Its", "Our", "My", "Asked", "Speaking", "Writing", "Commenting", "Earlier", "Later",
      "Last", "Next", "Now", "Today", "Yesterday", "Both", "Under", "According", "Despite",
      "Although", "Though", "Because", "Instead", "Still", "Even", "Only", "Why", "How", "What",
      "Who", "Where", "Among", "Following", "During", "Unlike", "Like", "Here", "There",
      // seats written after a name: Tom McCabe MSP
      "MP", "MSP", "MEP", "MLA", "TD", "QC", "KC",
      // days, which follow names in "told CTV Monday"
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      // page furniture and dates: "Published February 7th, 2023" (not April, May, June, August: names too)
      "Published", "Updated", "Posted", "Modified", "Edited", "January", "February", "September",
      "October", "November", "December",
      // journalists' titles: "as Correspondent John Ray reports"
      "Correspondent", "Reporter", "Presenter", "Columnist", "Journalist"));

  /** Journalists' titles, in any case: the name after one is a reporter's, never an official's. */
  private static final WordSet MEDIA_TITLE_SET = WordSet.folded(Set.of("correspondent", "reporter", "presenter",
      "columnist", "journalist", "editor", "anchor"));

  static boolean isMediaTitle(Tokens t, int i) {
    return MEDIA_TITLE_SET.contains(t, i);
  }

  /**
   * Capitalised words that end the names of organisations and units, never of people: {@code
   * Lancashire Regiment}, {@code Scottish Borderers}.
   */
  static final Set<String> ORGANISATION_ENDS = Set.copyOf(java.util.Arrays.asList(
      "Regiment", "Borderers", "Guards", "Fusiliers", "Rifles", "Highlanders", "Scots", "Watch",
      "Battalion", "Brigade", "Division", "Corps", "Squadron", "Command", "Society", "Committee",
      "International", "Office", "Ministry", "Court", "Party", "Council", "Union", "Group",
      "Association", "Agency", "Service", "Department", "Bureau", "Commission", "Institute",
      "Foundation", "Bank", "Company", "Corporation", "University", "College", "School", "Prison",
      "Police", "Army", "Navy", "Force", "Forces", "Parliament", "Government", "Authority", "Trust",
      "Network", "News", "Times", "Post", "Centre", "Center", "Fund", "Board", "Unit", "League",
      "Airport", "Street", "Square", "Bay", "Camp", "Base", "Hospital", "Tribunal",
      "Relations", "Affairs", "Operations", "Headquarters", "Secretariat", "Directorate", "Branch"));

  /** Titles that companies and charities use as much as states: {@code Director Shami Chakrabarti}. */
  static final Set<String> CORPORATE_TITLES = Set.of("Director", "Chief", "Head", "Executive", "Officer", "Chairman",
      "Chairperson", "Chairwoman");

  private RoleLexicon() {}

  private static final WordSet TITLE_SET = WordSet.exact(TITLES);
  private static final WordSet POST_SET = WordSet.exact(POST_WORDS);
  private static final WordSet ROLE_SET = WordSet.folded(ROLE_NOUNS);
  private static final WordSet PARTICLE_SET = WordSet.exact(NAME_PARTICLES);
  private static final WordSet STATE_ROLE_SET = WordSet.folded(STATE_ROLES);
  private static final WordSet NOT_NAME_SET = WordSet.exact(NOT_NAMES);
  private static final WordSet ORGANISATION_END_SET = WordSet.exact(ORGANISATION_ENDS);
  private static final WordSet CORPORATE_TITLE_SET = WordSet.exact(CORPORATE_TITLES);

  static boolean isTitle(Tokens t, int i) {
    return TITLE_SET.contains(t, i);
  }

  static boolean isPostWord(Tokens t, int i) {
    return POST_SET.contains(t, i);
  }

  static boolean isRoleNoun(Tokens t, int i) {
    return ROLE_SET.contains(t, i);
  }

  static boolean endsOrganisation(Tokens t, int i) {
    return ORGANISATION_END_SET.contains(t, i);
  }

  static boolean isCorporateTitle(Tokens t, int i) {
    return CORPORATE_TITLE_SET.contains(t, i);
  }

  static boolean isNotName(Tokens t, int i) {
    return NOT_NAME_SET.contains(t, i);
  }

  static boolean isStateRole(Tokens t, int i) {
    return STATE_ROLE_SET.contains(t, i);
  }

  static boolean isParticle(Tokens t, int i) {
    return PARTICLE_SET.contains(t, i);
  }
}
