package org.secnews.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.secnews.entity.Entity;
import org.secnews.entity.EntityType;
import org.secnews.entity.MentionForm;

/**
 * Derives the other ways news writes a state body's name from the forms the data lists, so a
 * curator writes each body once and the matcher still finds the others:
 * <ul>
 *   <li>British and American spellings of the words body names share: {@code Ministry of Defense},
 *       {@code National Cyber Security Center};</li>
 *   <li>{@code Ministry of Foreign Affairs (Vietnam)} also as {@code Ministry of Foreign Affairs of
 *       Vietnam}, {@code ... of the Socialist Republic of Vietnam} and {@code Vietnamese Ministry of
 *       Foreign Affairs};</li>
 *   <li>{@code Ministry of Internal Affairs of the Russian Federation} also as {@code ... of
 *       Russia};</li>
 *   <li>{@code Belarusian Foreign Ministry} also as {@code Belarus Foreign Ministry}, but {@code
 *       Chinese military}, a description, not as {@code China military};</li>
 *   <li>{@code Philippine Navy} also as {@code Philippine navy}, as news lowers the generic head
 *       ({@link #LOWERED_HEADS}) of a body named after its country;</li>
 *   <li>{@code Sudanese Armed Forces} also as {@code Sudanese army} and {@code Sudanese military},
 *       unless another entity has that name ({@code Indian Army}).</li>
 * </ul>
 * The country's names are its entity's name and unambiguous aliases, and its demonyms are those
 * the country row lists; an ambiguous form ({@code Korea?}) derives nothing. Derived forms are
 * plain aliases, matched with the letter case of the form they come from.
 */
final class DerivedForms {
  private DerivedForms() {}

  /** The words a body name may put its country after: {@code Public Ministry of Paraguay}. */
  private static final String OF = " of ";

  /**
   * Adds the derived forms of every agency to {@code formsById}.
   *
   * @param entities  every entity by id
   * @param formsById the written forms of each entity that has more than its name; changed in place
   * @return how many forms were added
   */
  static int derive(Map<String, Entity> entities, Map<String, List<Alias>> formsById) {
    // a derived form that is already another entity's, or that two entities derive, is no one's:
    // "Department of Defence" is Australia's, not a spelling of the US "Department of Defense"
    Map<String, String> owners = new HashMap<>();
    for (Entity e : entities.values()) {
      for (Alias a : Gazetteer.formsOf(e, formsById)) {
        owners.merge(a.text().toLowerCase(Locale.ROOT), e.id(), (x, y) -> x.equals(y) ? x : SHARED);
      }
    }
    Set<String> armies = statesWithAnArmyRow(entities, formsById);
    Map<String, Map<String, CasePolicy>> derivedById = new LinkedHashMap<>();
    Map<String, String> derivedOwners = new HashMap<>();
    for (Entity e : entities.values()) {
      if (e.type() != EntityType.AGENCY) {
        continue;
      }
      Entity country = e.country().isEmpty() ? null : entities.get(e.country());
      List<String> names = new ArrayList<>(4);
      List<String> demonyms = new ArrayList<>(4);
      for (Alias a : country == null ? List.<Alias>of() : Gazetteer.formsOf(country, formsById)) {
        if (a.ambiguous()) {
          continue;
        }
        if (a.form() == MentionForm.NAME || a.form() == MentionForm.ALIAS) {
          names.add(a.text());
        } else if (a.form() == MentionForm.DEMONYM) {
          demonyms.add(a.text());
        }
      }
      List<Alias> own = Gazetteer.formsOf(e, formsById);
      Set<String> known = new HashSet<>();
      for (Alias a : own) {
        known.add(a.text());
      }
      Map<String, CasePolicy> derived = new LinkedHashMap<>(); // form -> the policy of the form it comes from
      List<Alias> spelled = new ArrayList<>(own);
      for (Alias a : own) {
        String other = otherSpelling(a.text());
        if (other != null && !a.ambiguous() && a.form() != MentionForm.ACRONYM && derived.putIfAbsent(other, a.casePolicy()) == null) {
          spelled.add(new Alias(other, MentionForm.ALIAS, a.casePolicy(), false));
        }
      }
      for (Alias a : spelled) {
        if (a.ambiguous() || a.form() == MentionForm.ACRONYM) {
          continue;
        }
        String base = bodyBeforeCountry(a.text(), names);
        if (base != null) {
          for (String n : names) {
            derived.putIfAbsent(base + OF + n, a.casePolicy());
            if (takesArticle(n)) {
              derived.putIfAbsent(base + " of the " + n, a.casePolicy());
            }
          }
          for (String d : demonyms) {
            if (!d.endsWith("s") || d.endsWith("ss")) { // "Romanian", "Swiss"; not the plural "Romanians"
              derived.putIfAbsent(d + " " + base, a.casePolicy());
            }
          }
        }
        for (String d : demonyms) {
          // a proper name only: "Chinese military" is a description, and "China military" no name
          if (a.text().startsWith(d + " ") && Character.isUpperCase(a.text().charAt(d.length() + 1))) {
            String rest = a.text().substring(d.length());
            for (String n : names) {
              if (n.split(" ").length <= 2) { // Belarus, South Korea: not the long forms
                derived.putIfAbsent(n + rest, a.casePolicy());
              }
            }
          }
        }
      }
      describeArmedForces(own, derived, names, demonyms, !armies.contains(e.country()));
      lowerGenericHeads(own, derived, names, demonyms);
      String id = e.id();
      derived.keySet().removeIf(d -> {
        String owner = owners.get(d.toLowerCase(Locale.ROOT));
        return known.contains(d) || (owner != null && !owner.equals(id)); // its own form in another case is new
      });
      if (derived.isEmpty()) {
        continue;
      }
      for (String d : derived.keySet()) {
        derivedOwners.merge(d.toLowerCase(Locale.ROOT), e.id(), (x, y) -> x.equals(y) ? x : SHARED);
      }
      derivedById.put(e.id(), derived);
    }
    int added = 0;
    for (Map.Entry<String, Map<String, CasePolicy>> entry : derivedById.entrySet()) {
      String id = entry.getKey();
      List<Alias> out = new ArrayList<>(Gazetteer.formsOf(entities.get(id), formsById));
      for (Map.Entry<String, CasePolicy> d : entry.getValue().entrySet()) {
        if (id.equals(derivedOwners.get(d.getKey().toLowerCase(Locale.ROOT)))) {
          out.add(new Alias(d.getKey(), MentionForm.ALIAS, d.getValue(), false));
          added++;
        }
      }
      formsById.put(id, List.copyOf(out));
    }
    return added;
  }

  /**
   * The heads of body names that news writes in lower case after the country: {@code the
   * Philippine navy}, {@code the Russian defence ministry}.
   */
  private static final Set<String> LOWERED_HEADS = Set.of("Navy", "Army", "Air Force", "Coast Guard",
      "Police", "Military", "Armed Forces", "Presidency", "Foreign Ministry", "Defence Ministry", "Defense Ministry",
      "Interior Ministry", "Justice Ministry", "Border Guard", "Border Guards", "Border Police",
      "National Guard", "National Police", "Federal Police", "Marines", "Special Forces");

  /**
   * Adds, for a state's armed forces ({@code Sudanese Armed Forces}), the forms news describes
   * them by: {@code Sudanese military} and, where the state has no army row of its own ({@code
   * armyFree}), {@code Sudanese Army}; with the letter-case policy of the form they come from.
   */
  private static void describeArmedForces(List<Alias> own, Map<String, CasePolicy> derived,
      List<String> names, List<String> demonyms, boolean armyFree) {
    writtenForms(own, derived).forEach((form, policy) -> {
      if (form.endsWith(ARMED_FORCES)) {
        String p = form.substring(0, form.length() - ARMED_FORCES.length());
        if (demonyms.contains(p) || names.contains(p)) {
          if (armyFree) {
            derived.putIfAbsent(p + " Army", policy);
          }
          derived.putIfAbsent(p + " military", policy);
        }
      }
    });
  }

  /**
   * Adds, for each form made of the country's name or demonym and a head of {@link
   * #LOWERED_HEADS} ({@code Philippine Navy}), the form with that head in lower case ({@code
   * Philippine navy}), with the letter-case policy of the form it comes from.
   */
  private static void lowerGenericHeads(List<Alias> own, Map<String, CasePolicy> derived,
      List<String> names, List<String> demonyms) {
    writtenForms(own, derived).forEach((form, policy) -> {
      for (List<String> prefixes : List.of(demonyms, names)) {
        for (String p : prefixes) {
          if (form.length() > p.length() + 1 && form.startsWith(p) && form.charAt(p.length()) == ' '
              && LOWERED_HEADS.contains(form.substring(p.length() + 1))) {
            derived.putIfAbsent(p + form.substring(p.length()).toLowerCase(Locale.ROOT), policy);
          }
        }
      }
    });
  }

  /** An entity's own plain forms, then the forms derived so far, each with its letter-case policy. */
  private static Map<String, CasePolicy> writtenForms(List<Alias> own, Map<String, CasePolicy> derived) {
    Map<String, CasePolicy> forms = new LinkedHashMap<>();
    for (Alias a : own) {
      if (!a.ambiguous() && a.form() != MentionForm.ACRONYM) {
        forms.putIfAbsent(a.text(), a.casePolicy());
      }
    }
    derived.forEach(forms::putIfAbsent);
    return forms;
  }

  private static final String ARMED_FORCES = " Armed Forces";

  /**
   * The states with a row of their own for the army, apart from their armed forces: a form that
   * ends in {@code Army} or {@code army}, of an agency that is not named as the armed forces. The
   * armed forces of these states are not also "the Cambodia army".
   */
  private static Set<String> statesWithAnArmyRow(Map<String, Entity> entities, Map<String, List<Alias>> formsById) {
    Set<String> out = new HashSet<>();
    for (Entity e : entities.values()) {
      if (e.type() != EntityType.AGENCY || e.country().isEmpty() || e.name().endsWith(ARMED_FORCES)) {
        continue;
      }
      for (Alias a : Gazetteer.formsOf(e, formsById)) {
        String lower = a.text().toLowerCase(Locale.ROOT);
        if (lower.endsWith(" army") && !a.ambiguous()) {
          out.add(e.country());
          break;
        }
      }
    }
    return out;
  }

  /** Marks a form that more than one entity has. */
  private static final String SHARED = "";

  /** Words body names spell the British or the American way, each followed by its other spelling. */
  private static final String[] SPELLINGS = {"Defence", "Defense", "Defense", "Defence",
      "Centre", "Center", "Center", "Centre", "Organisation", "Organization",
      "Organization", "Organisation"};

  /** The form with each word of {@link #SPELLINGS} in its other spelling, or null if it has none. */
  static String otherSpelling(String form) {
    String out = form;
    for (int k = 0; k < SPELLINGS.length; k += 2) {
      String from = SPELLINGS[k];
      int i = form.indexOf(from);
      if (i >= 0 && (i == 0 || form.charAt(i - 1) == ' ')
          && (i + from.length() == form.length() || !Character.isLetter(form.charAt(i + from.length())))) {
        out = out.replace(from, SPELLINGS[k + 1]);
      }
    }
    return out.equals(form) ? null : out;
  }

  /**
   * The body's name without its country, when the form ends with one of the country's names in
   * brackets ({@code Public Ministry (Paraguay)}) or after {@code of} / {@code of the}; otherwise
   * null.
   */
  static String bodyBeforeCountry(String form, List<String> countryNames) {
    String base = null;
    for (String n : countryNames) {
      for (String tail : new String[] {" (" + n + ")", " of the " + n, OF + n}) {
        // the longest name wins: "of the Republic of Belarus", not "... Republic" + "of Belarus"
        if (form.endsWith(tail) && form.length() > tail.length()
            && (base == null || form.length() - tail.length() < base.length())) {
          base = form.substring(0, form.length() - tail.length());
        }
      }
    }
    return base;
  }

  /**
   * Whether a country name reads with {@code the} after {@code of}: names of more than one word
   * ({@code the Russian Federation}, {@code the United States}) and plural ones ({@code the
   * Netherlands}). Both forms are derived for these, since {@code of South Korea} is written too.
   */
  static boolean takesArticle(String name) {
    return name.indexOf(' ') > 0 || name.endsWith("s");
  }
}
