package org.secnews.examples.cli;

import java.util.List;
import org.secnews.Analysis;
import org.secnews.claim.Claim;
import org.secnews.claim.Quantity;
import org.secnews.claim.Speaker;
import org.secnews.entity.Entity;
import org.secnews.entity.Mention;

/** Writes one analysis as one line of JSON, with the fields and order SPEC.md gives. */
final class JsonLinesWriter {
  private JsonLinesWriter() {}

  static String analysis(String doc, Analysis a) {
    StringBuilder b = new StringBuilder(256 + a.mentions().size() * 120 + a.claims().size() * 400);
    b.append('{');
    Json.field(b, "doc");
    Json.string(b, doc);
    b.append(", ");
    Json.field(b, "date");
    Json.string(b, a.date().map(Object::toString).orElse(null));
    b.append(", ");
    Json.field(b, "chars");
    b.append(a.chars());
    b.append(", ");
    Json.field(b, "mentions");
    b.append('[');
    List<Mention> ms = a.mentions();
    for (int i = 0; i < ms.size(); i++) {
      if (i > 0) {
        b.append(", ");
      }
      mention(b, ms.get(i));
    }
    b.append("], ");
    Json.field(b, "claims");
    b.append('[');
    List<Claim> cs = a.claims();
    for (int i = 0; i < cs.size(); i++) {
      if (i > 0) {
        b.append(", ");
      }
      claim(b, cs.get(i));
    }
    b.append("]}");
    return b.toString();
  }

  static String error(String doc, String message) {
    StringBuilder b = new StringBuilder();
    b.append('{');
    Json.field(b, "doc");
    Json.string(b, doc);
    b.append(", ");
    Json.field(b, "error");
    Json.string(b, message);
    b.append('}');
    return b.toString();
  }

  private static void mention(StringBuilder b, Mention m) {
    Entity e = m.entity();
    b.append('{');
    Json.field(b, "type");
    Json.string(b, e.type().name());
    b.append(", ");
    Json.field(b, "id");
    Json.string(b, e.id());
    b.append(", ");
    Json.field(b, "name");
    Json.string(b, e.name());
    b.append(", ");
    span(b, m.text(), m.start(), m.end());
    b.append(", ");
    Json.field(b, "form");
    Json.string(b, m.form().name());
    b.append(", ");
    Json.field(b, "country");
    Json.string(b, e.country().isEmpty() ? null : e.country());
    b.append('}');
  }

  private static void span(StringBuilder b, String text, int start, int end) {
    Json.field(b, "text");
    Json.string(b, text);
    b.append(", ");
    Json.field(b, "start");
    b.append(start);
    b.append(", ");
    Json.field(b, "end");
    b.append(end);
  }

  /** {@code {"text": ..., "start": ..., "end": ...}}, or {@code null} when {@code text} is null. */
  private static void spanObject(StringBuilder b, String text, int start, int end) {
    if (text == null) {
      b.append("null");
      return;
    }
    b.append('{');
    span(b, text, start, end);
    b.append('}');
  }

  private static void claim(StringBuilder b, Claim c) {
    b.append('{');
    Json.field(b, "kind");
    Json.string(b, c.kind().name());
    b.append(", ");
    Json.field(b, "speaker");
    Speaker s = c.speaker();
    if (s == null) {
      b.append("null");
    } else {
      b.append('{');
      Entity e = s.entity().orElse(null);
      Json.field(b, "type");
      Json.string(b, e == null ? null : e.type().name());
      b.append(", ");
      Json.field(b, "id");
      Json.string(b, e == null ? null : e.id());
      b.append(", ");
      Json.field(b, "name");
      Json.string(b, e == null ? null : e.name());
      b.append(", ");
      span(b, s.text(), s.start(), s.end());
      b.append('}');
    }
    b.append(", ");
    Json.field(b, "cue");
    spanObject(b, c.cue() == null ? null : c.cue().text(), c.cue() == null ? 0 : c.cue().start(),
        c.cue() == null ? 0 : c.cue().end());
    b.append(", ");
    Json.field(b, "content");
    spanObject(b, c.content().text(), c.content().start(), c.content().end());
    b.append(", ");
    Json.field(b, "quantities");
    b.append('[');
    for (int i = 0; i < c.quantities().size(); i++) {
      Quantity q = c.quantities().get(i);
      if (i > 0) {
        b.append(", ");
      }
      b.append('{');
      span(b, q.text(), q.start(), q.end());
      b.append(", ");
      Json.field(b, "value");
      Json.number(b, q.value());
      b.append(", ");
      Json.field(b, "bound");
      Json.string(b, q.bound());
      b.append(", ");
      Json.field(b, "unit");
      Json.string(b, q.unit());
      b.append('}');
    }
    b.append("], ");
    Json.field(b, "channel");
    spanObject(b, c.channel() == null ? null : c.channel().text(), c.channel() == null ? 0 : c.channel().start(),
        c.channel() == null ? 0 : c.channel().end());
    if (c.unclosed()) {
      b.append(", ");
      Json.field(b, "unclosed");
      b.append("true");
    }
    b.append('}');
  }
}
