package org.secnews.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.secnews.entity.Gender;

/**
 * The gender that a common given name tells ({@code Hazel} → female), for people the gazetteer
 * lacks and no title describes, so that a later {@code she} finds them. Names borne by both
 * (Jan, Kim, Robin, Jean ...) are not listed and tell nothing.
 */
final class GivenNames {
  private static final Map<String, Gender> GENDERS = load("given-names.tsv");

  private GivenNames() {}

  /**
   * @param name a capitalised given name as written
   * @return its gender, or {@link Gender#UNKNOWN} if the name is not listed
   */
  static Gender genderOf(String name) {
    return GENDERS.getOrDefault(name, Gender.UNKNOWN);
  }

  private static Map<String, Gender> load(String resource) {
    Map<String, Gender> out = new HashMap<>();
    try (InputStream in = GivenNames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new IllegalStateException(resource + ": no tab in '" + line + "'");
        }
        out.put(line.substring(0, tab), line.endsWith("f") ? Gender.FEMALE : Gender.MALE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
