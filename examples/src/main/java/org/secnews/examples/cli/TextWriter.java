package org.secnews.examples.cli;

import org.secnews.Analysis;
import org.secnews.claim.Claim;
import org.secnews.entity.Mention;

/** Writes one analysis for people to read: the entities mentioned, then who claims what. */
final class TextWriter {
  private TextWriter() {}

  static String analysis(String doc, Analysis a) {
    StringBuilder b = new StringBuilder();
    b.append("== ").append(doc);
    a.date().ifPresent(d -> b.append("  (").append(d).append(')'));
    b.append("  ").append(a.chars()).append(" chars, ").append(a.mentions().size())
        .append(" mentions, ").append(a.claims().size()).append(" claims\n");
    b.append("-- mentions\n");
    for (Mention m : a.mentions()) {
      b.append(String.format("  %6d-%-6d %-8s %-28s %s (%s)%n", m.start(), m.end(), m.type(),
          m.id(), m.text(), m.form().name().toLowerCase()));
    }
    b.append("-- claims\n");
    for (Claim c : a.claims()) {
      String who = c.speaker() == null ? "(unknown)"
          : c.speaker().text() + c.speaker().entity().map(e -> " [" + e.id() + "]").orElse("");
      b.append("  ").append(c.kind()).append("  ").append(who);
      if (c.cue() != null) {
        b.append("  <").append(c.cue().text()).append('>');
      }
      if (c.channel() != null) {
        b.append("  via ").append(c.channel().text());
      }
      b.append("\n      \u201C").append(c.content().text()).append("\u201D\n");
    }
    return b.toString();
  }
}
