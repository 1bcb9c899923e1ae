package org.secnews.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** News-shaped text generated from a seed, for benchmarks when no real corpus is at hand. */
final class Generated {
  private static final String[] SUBJECTS = {"Richard Moore", "The CIA", "Russia's Foreign Ministry",
      "Ken McCallum", "A Kremlin spokesman", "U.S. officials", "He", "The agency", "NATO", "Europol"};
  private static final String[] CUES = {"said", "told reporters", "warned", "added", "stressed"};
  private static final String[] CLAUSES = {"the threat from Iran was growing",
      "more than 750 Russian diplomats had been expelled from Europe", "al-Qaeda remained active in the Sahel",
      "the GRU had targeted the OPCW in The Hague", "China's Ministry of State Security recruited students",
      "Islamic State fighters had regrouped in Syria and Iraq", "the Wagner Group's rebellion exposed weaknesses"};

  private Generated() {}

  static List<String> news(int docs, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int d = 0; d < docs; d++) {
      StringBuilder b = new StringBuilder("Spy chiefs warn of new threats\n\n");
      int sentences = 10 + r.nextInt(20);
      for (int s = 0; s < sentences; s++) {
        String subject = SUBJECTS[r.nextInt(SUBJECTS.length)];
        String cue = CUES[r.nextInt(CUES.length)];
        String clause = CLAUSES[r.nextInt(CLAUSES.length)];
        if (r.nextBoolean()) {
          b.append(subject).append(' ').append(cue).append(" that ").append(clause).append(". ");
        } else {
          b.append('\u201C').append(Character.toUpperCase(clause.charAt(0))).append(clause.substring(1))
              .append(",\u201D ").append(subject).append(' ').append(cue).append(". ");
        }
        if (r.nextInt(4) == 0) {
          b.append("\n\n");
        }
      }
      out.add(b.toString());
    }
    return out;
  }
}
