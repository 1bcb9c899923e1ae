package org.secnews.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.secnews.entity.Entity;
import org.secnews.entity.EntityType;
import org.secnews.entity.Gender;
import org.secnews.entity.MentionForm;

/**
 * Reads the gazetteer's TSV files (format in {@code gazetteers/README.md}): a header row naming
 * the columns, then one entity or one post per row. Every problem names {@code file:line}.
 */
final class GazetteerFiles {
  static final Set<String> ENTITY_COLUMNS = Set.of("id", "type", "name", "country", "parent",
      "kind", "gender", "aliases", "acronyms", "demonyms", "capitals", "surnames", "source");
  static final Set<String> POST_COLUMNS = Set.of("person", "post", "org", "from", "to", "note",
      "source");
  static final Set<String> STOP_COLUMNS = Set.of("stop", "note", "source");

  /** One row's cells by column name; "-" and missing cells read as empty. */
  static final class Row {
    private final String[] header;
    private final String[] cells;

    Row(String[] header, String[] cells) {
      this.header = header;
      this.cells = cells;
    }

    String get(String column) {
      for (int c = 0; c < header.length; c++) {
        if (header[c].equals(column)) {
          if (c >= cells.length) {
            return "";
          }
          String v = cells[c].trim();
          return v.equals("-") ? "" : v;
        }
      }
      return "";
    }

    String getOrDefault(String column, String fallback) {
      String v = get(column);
      return v.isEmpty() ? fallback : v;
    }
  }

  /** An entity row: the entity, its aliases and its explicit surname forms. */
  record EntityRow(Entity entity, List<Alias> aliases, List<String> surnames, String source) {}

  private GazetteerFiles() {}

  /** Reads one file into the builder's collections. */
  static void read(String file, Reader reader, List<EntityRow> entities, List<Post> posts,
      List<String> stops) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    String[] header = null;
    boolean postFile = false;
    boolean stopFile = false;
    int lineNo = 0;
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (header == null) {
        header = new String[cells.length];
        for (int c = 0; c < cells.length; c++) {
          header[c] = cells[c].trim().toLowerCase(Locale.ROOT);
        }
        postFile = List.of(header).contains("person");
        stopFile = List.of(header).contains("stop");
        Set<String> allowed = postFile ? POST_COLUMNS : stopFile ? STOP_COLUMNS : ENTITY_COLUMNS;
        for (String h : header) {
          if (!allowed.contains(h)) {
            throw new GazetteerFormatException(file, lineNo, "unknown column '" + h
                + "' (allowed: " + new java.util.TreeSet<>(allowed) + ")");
          }
        }
        if (!postFile && !stopFile && !(List.of(header).contains("id") && List.of(header).contains("name"))) {
          throw new GazetteerFormatException(file, lineNo, "header must name the columns id and name");
        }
        continue;
      }
      if (cells.length > header.length) {
        throw new GazetteerFormatException(file, lineNo, "row has " + cells.length
            + " cells but the header names " + header.length + " columns");
      }
      Row row = new Row(header, cells);
      try {
        if (postFile) {
          posts.add(post(row));
        } else if (stopFile) {
          String stop = row.getOrDefault("stop", "");
          if (stop.isEmpty()) {
            throw new IllegalArgumentException("empty stop name");
          }
          stops.add(stop);
        } else {
          entities.add(entity(row));
        }
      } catch (IllegalArgumentException | DateTimeException e) {
        throw new GazetteerFormatException(file, lineNo, e.getMessage());
      }
    }
    if (header == null) {
      throw new GazetteerFormatException(file, 0, "no header row");
    }
  }

  private static EntityRow entity(Row row) {
    String id = row.getOrDefault("id", "");
    String name = row.getOrDefault("name", "");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("empty id");
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException("empty name for " + id);
    }
    String typeName = row.getOrDefault("type", "");
    EntityType type;
    try {
      type = typeName.isEmpty() ? guessType(id) : EntityType.valueOf(typeName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown type '" + typeName + "' for " + id);
    }
    String country = row.getOrDefault("country", "").toUpperCase(Locale.ROOT);
    if (type == EntityType.COUNTRY && country.isEmpty()) {
      country = id;
    }
    if (country.equals("INT")) {
      country = "";
    }
    if (!country.isEmpty() && !isCountryCode(country)) {
      throw new IllegalArgumentException("country must be an ISO alpha-2 code: '" + country + "'");
    }
    String g = row.getOrDefault("gender", "").toLowerCase(Locale.ROOT);
    Gender gender = switch (g) {
      case "m", "male" -> Gender.MALE;
      case "f", "female" -> Gender.FEMALE;
      case "" -> Gender.UNKNOWN;
      default -> throw new IllegalArgumentException("gender must be m or f: '" + g + "'");
    };
    Entity entity = new Entity(id, type, name, country, row.getOrDefault("parent", ""),
        row.getOrDefault("kind", ""), gender);
    List<Alias> aliases = new ArrayList<>();
    aliases.add(new Alias(name, MentionForm.NAME, CasePolicy.NAME, false));
    addAliases(aliases, row.get("aliases"), MentionForm.ALIAS, CasePolicy.NAME);
    if (type == EntityType.GROUP) {
      addTransliterations(aliases);
    }
    addAliases(aliases, row.get("acronyms"), MentionForm.ACRONYM, CasePolicy.ACRONYM);
    addAliases(aliases, row.get("demonyms"), MentionForm.DEMONYM, CasePolicy.NAME);
    addAliases(aliases, row.get("capitals"), MentionForm.CAPITAL, CasePolicy.NAME);
    List<String> surnames = new ArrayList<>();
    String s = row.get("surnames");
    if (!s.isEmpty()) {
      for (String v : s.split("\\|")) {
        if (!v.isBlank()) {
          surnames.add(v.trim());
        }
      }
    }
    return new EntityRow(entity, aliases, surnames, row.getOrDefault("source", ""));
  }

  private static final java.util.regex.Pattern GLUED_CONNECTIVE =
      java.util.regex.Pattern.compile("(\\p{L})-(ul|ud)-(\\p{Lu})");

  /**
   * Adds the spellings news uses for the Urdu and Arabic connectives of group names: the izafat
   * written either way ({@code Tehrik-i-Taliban}, {@code Tehrik-e-Taliban}) and {@code ul}/{@code
   * ud} glued to the word before ({@code Jamaat-ul-Ahrar}, {@code Jamaatul Ahrar}).
   */
  static void addTransliterations(List<Alias> aliases) {
    Set<String> known = new java.util.HashSet<>();
    for (Alias a : aliases) {
      known.add(a.text());
    }
    for (Alias a : List.copyOf(aliases)) {
      if (a.ambiguous()) {
        continue;
      }
      List<String> variants = new ArrayList<>(3);
      String v = a.text();
      if (v.contains("-i-")) {
        variants.add(v.replace("-i-", "-e-"));
      } else if (v.contains("-e-")) {
        variants.add(v.replace("-e-", "-i-"));
      }
      // the cheap test first: few names have the connective, and a cold regex costs at load
      String glued = v.contains("-ul-") || v.contains("-ud-")
          ? GLUED_CONNECTIVE.matcher(v).replaceAll("$1$2 $3") : v;
      if (!glued.equals(v)) {
        variants.add(glued);
      }
      for (String x : variants) {
        if (known.add(x)) {
          aliases.add(new Alias(x, MentionForm.ALIAS, a.casePolicy(), false));
        }
      }
    }
  }

  private static EntityType guessType(String id) {
    if (isCountryCode(id)) {
      return EntityType.COUNTRY;
    }
    if (id.startsWith("group/")) {
      return EntityType.GROUP;
    }
    return id.contains("/") ? EntityType.AGENCY : EntityType.OFFICIAL;
  }

  private static void addAliases(List<Alias> out, String cell, MentionForm form, CasePolicy policy) {
    if (cell == null || cell.isEmpty()) {
      return;
    }
    for (String raw : cell.split("\\|")) {
      String v = raw.trim();
      if (v.isEmpty()) {
        continue;
      }
      boolean ambiguous = false;
      CasePolicy p = policy;
      while (v.length() > 1) {
        char last = v.charAt(v.length() - 1);
        if (last == '?') {
          ambiguous = true;
        } else if (last == '!') {
          p = CasePolicy.EXACT;
        } else if (last == '~') {
          p = CasePolicy.ANY;
        } else {
          break;
        }
        v = v.substring(0, v.length() - 1).trim();
      }
      out.add(new Alias(v, form, p, ambiguous));
    }
  }

  private static Post post(Row row) {
    String person = row.getOrDefault("person", "");
    String post = row.getOrDefault("post", "");
    String org = row.getOrDefault("org", "");
    if (person.isEmpty() || post.isEmpty() || org.isEmpty()) {
      throw new IllegalArgumentException("a post needs person, post and org");
    }
    String from = row.getOrDefault("from", "");
    String to = row.getOrDefault("to", "");
    return new Post(person, post, org, from.isEmpty() ? null : date(from, false),
        to.isEmpty() ? null : date(to, true),
        row.getOrDefault("note", ""));
  }

  /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; a partial end date is its last day. */
  static LocalDate date(String s, boolean end) {
    int len = s.length();
    boolean shape = (len == 4 || len == 7 && s.charAt(4) == '-'
        || len == 10 && s.charAt(4) == '-' && s.charAt(7) == '-');
    for (int i = 0; shape && i < len; i++) {
      char c = s.charAt(i);
      shape = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
    }
    if (!shape) {
      throw new IllegalArgumentException("date must be YYYY, YYYY-MM or YYYY-MM-DD: '" + s + "'");
    }
    int y = Integer.parseInt(s, 0, 4, 10);
    if (len == 4) {
      return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
    }
    int m = Integer.parseInt(s, 5, 7, 10);
    if (m < 1 || m > 12) {
      throw new IllegalArgumentException("month out of range: '" + s + "'");
    }
    if (len == 7) {
      YearMonth ym = YearMonth.of(y, m);
      return end ? ym.atEndOfMonth() : ym.atDay(1);
    }
    return LocalDate.of(y, m, Integer.parseInt(s, 8, 10, 10));
  }

  private static boolean isCountryCode(String s) {
    return s.length() == 2 && s.charAt(0) >= 'A' && s.charAt(0) <= 'Z' && s.charAt(1) >= 'A' && s.charAt(1) <= 'Z';
  }
}
