package org.secnews.examples.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.secnews.Analysis;
import org.secnews.claim.Claim;
import org.secnews.claim.ClaimKind;
import org.secnews.claim.Quantity;
import org.secnews.claim.Speaker;
import org.secnews.entity.Entity;
import org.secnews.entity.EntityType;
import org.secnews.entity.Mention;

/**
 * Writes analyses as one self-contained HTML page for people to read in a browser: inline CSS and
 * a few lines of inline script, no external resource, so the page works offline and can be mailed.
 *
 * <p>For each document: the text with every mention in a {@code <mark>} coloured by entity type
 * (the entity's id and name in its {@code title}, shown on hover), then its claims as a list (kind,
 * speaker as written and as resolved, cue, the content quoted, the quantities), then a summary. A
 * summary of the whole run comes first.
 *
 * <p>Layout of the text: mentions never overlap, but claim contents overlap mentions and each
 * other, so claims are not nested in the text as elements. Instead the text is cut at every
 * mention and claim boundary; each piece sits inside at most one {@code <mark>} and carries one
 * class per claim that covers it ({@code k-d1-c3}), and an empty {@code <span id="d1-c3-at">}
 * marks where each claim's content starts. The claim list links there, and hovering a claim
 * highlights its pieces. The markup stays well-formed whatever the offsets.
 *
 * <p>Everything taken from the input (text, names, ids, document names, error messages) is
 * escaped, in text and in attributes. Cuts never fall inside a surrogate pair (an offset between
 * the two halves moves to include the whole character); lone surrogates and control characters
 * that HTML does not allow are shown as U+FFFD.
 */
public final class HtmlWriter {
  private HtmlWriter() {}

  /** One page for the documents, in the order given; an entry with a null analysis shows as an error. */
  public static String page(List<Map.Entry<String, Analysis>> docs) {
    Page p = new Page();
    for (Map.Entry<String, Analysis> d : docs) {
      if (d.getValue() == null) {
        p.error(d.getKey(), "no analysis");
      } else {
        p.add(d.getKey(), d.getValue());
      }
    }
    return p.finish();
  }

  /**
   * A page being built, one document at a time: each document is rendered when added, so the
   * analyses need not be kept (the command-line tool uses this for {@code --format html}).
   */
  static final class Page {
    private final StringBuilder sections = new StringBuilder();
    private final StringBuilder contents = new StringBuilder();
    private final Stats run = new Stats();
    private int docs;
    private int errors;
    private long chars;

    /** Adds one analysed document. */
    Page add(String doc, Analysis a) {
      docs++;
      chars += a.chars();
      String id = "d" + (docs + errors);
      Stats s = new Stats();
      s.count(a);
      run.merge(s);
      contents.append("<li><a href=\"#").append(id).append("\">");
      esc(contents, name(doc));
      contents.append("</a> <span class=\"dim\">").append(a.mentions().size()).append(" mentions, ")
          .append(a.claims().size()).append(" claims</span></li>\n");
      document(sections, id, name(doc), a, s);
      return this;
    }

    /** Adds a document that could not be analysed, as an error line. */
    Page error(String doc, String message) {
      errors++;
      String id = "d" + (docs + errors);
      contents.append("<li><a href=\"#").append(id).append("\">");
      esc(contents, name(doc));
      contents.append("</a> <span class=\"err\">error</span></li>\n");
      sections.append("<section class=\"doc failed\" id=\"").append(id).append("\">\n<h2>");
      esc(sections, name(doc));
      sections.append("</h2>\n<p class=\"err\">error: ");
      esc(sections, message == null ? "unknown error" : message);
      sections.append("</p>\n</section>\n");
      return this;
    }

    /** The whole page. */
    String finish() {
      StringBuilder b = new StringBuilder(sections.length() + contents.length() + 8192);
      b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<title>secnews: ").append(docs).append(docs == 1 ? " document" : " documents")
          .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
          .append("<header>\n<h1>secnews</h1>\n<p>").append(docs)
          .append(docs == 1 ? " document analysed" : " documents analysed").append(", ").append(chars)
          .append(" chars");
      if (errors > 0) {
        b.append(", <span class=\"err\">").append(errors).append(errors == 1 ? " error" : " errors")
            .append("</span>");
      }
      b.append(".</p>\n");
      legend(b);
      b.append("</header>\n<nav>\n<h2>Documents</h2>\n<ol>\n").append(contents).append("</ol>\n</nav>\n")
          .append("<section class=\"run\">\n<h2>Summary of the run</h2>\n");
      run.table(b, true);
      b.append("</section>\n").append(sections)
          .append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
      return b.toString();
    }
  }

  // ---- one document ----------------------------------------------------------------------------

  private static void document(StringBuilder b, String id, String doc, Analysis a, Stats s) {
    b.append("<section class=\"doc\" id=\"").append(id).append("\">\n<h2>");
    esc(b, doc);
    b.append("</h2>\n<p class=\"dim\">");
    b.append(a.date().map(d -> "date " + d + " \u00B7 ").orElse("no date \u00B7 "));
    b.append(a.chars()).append(" chars \u00B7 ").append(a.mentions().size()).append(" mentions \u00B7 ")
        .append(a.claims().size()).append(" claims</p>\n<div class=\"text\">");
    text(b, id, a);
    b.append("</div>\n<h3>Claims</h3>\n");
    claims(b, id, a);
    b.append("<details open>\n<summary>Summary of ");
    esc(b, doc);
    b.append("</summary>\n");
    s.table(b, false);
    b.append("</details>\n</section>\n");
  }

  private record Range(int start, int end, int index) {}

  /** The text, cut at every mention and claim boundary (see the class comment). */
  private static void text(StringBuilder b, String id, Analysis a) {
    String t = a.text();
    List<Mention> ms = new ArrayList<>(a.mentions());
    ms.sort(Comparator.comparingInt(Mention::start));
    List<Range> marks = new ArrayList<>();
    int last = 0;
    for (int i = 0; i < ms.size(); i++) {
      int s = Math.max(last, cut(t, ms.get(i).start(), false));
      int e = cut(t, ms.get(i).end(), true);
      if (e > s) {
        marks.add(new Range(s, e, i));
        last = e;
      }
    }
    List<Range> claims = new ArrayList<>();
    for (int i = 0; i < a.claims().size(); i++) {
      Claim c = a.claims().get(i);
      int s = cut(t, c.content().start(), false);
      int e = cut(t, c.content().end(), true);
      if (e > s) {
        claims.add(new Range(s, e, i));
      }
    }
    claims.sort(Comparator.comparingInt(Range::start));
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(t.length());
    for (Range r : marks) {
      cuts.add(r.start());
      cuts.add(r.end());
    }
    for (Range r : claims) {
      cuts.add(r.start());
      cuts.add(r.end());
    }
    int mi = 0;
    int ci = 0;
    List<Range> active = new ArrayList<>();
    Integer from = cuts.first();
    for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
      final int at = from;
      active.removeIf(r -> r.end() <= at);
      for (; ci < claims.size() && claims.get(ci).start() == at; ci++) {
        active.add(claims.get(ci));
        b.append("<span class=\"at\" id=\"").append(id).append("-c").append(claims.get(ci).index() + 1)
            .append("-at\"></span>");
      }
      if (mi < marks.size() && marks.get(mi).start() == at) {
        Mention m = ms.get(marks.get(mi).index());
        b.append("<mark class=\"m t-").append(m.type().name().toLowerCase(Locale.ROOT)).append("\" title=\"");
        esc(b, m.id() + ": " + m.entity().name() + " (" + m.type() + ", "
            + m.form().name().toLowerCase(Locale.ROOT) + ")");
        b.append("\">");
      }
      if (active.isEmpty()) {
        esc(b, t, at, to);
      } else {
        b.append("<span class=\"k");
        for (Range r : active) {
          b.append(" k-").append(id).append("-c").append(r.index() + 1);
        }
        b.append("\">");
        esc(b, t, at, to);
        b.append("</span>");
      }
      if (mi < marks.size() && marks.get(mi).end() == to) {
        b.append("</mark>");
        mi++;
      }
    }
  }

  /** An offset clamped to the text and moved off the middle of a surrogate pair (outward for an end). */
  private static int cut(String t, int i, boolean end) {
    int c = Math.max(0, Math.min(t.length(), i));
    if (c > 0 && c < t.length() && Character.isHighSurrogate(t.charAt(c - 1))
        && Character.isLowSurrogate(t.charAt(c))) {
      return end ? c + 1 : c - 1;
    }
    return c;
  }

  private static void claims(StringBuilder b, String id, Analysis a) {
    if (a.claims().isEmpty()) {
      b.append("<p class=\"dim\">No claim found.</p>\n");
      return;
    }
    b.append("<ol class=\"claims\">\n");
    for (int i = 0; i < a.claims().size(); i++) {
      Claim c = a.claims().get(i);
      String cid = id + "-c" + (i + 1);
      b.append("<li class=\"claim\" id=\"").append(cid).append("\" data-k=\"k-").append(cid).append("\">")
          .append("<span class=\"kind ").append(c.kind() == ClaimKind.DIRECT ? "direct" : "indirect")
          .append("\">").append(c.kind()).append("</span> ");
      Speaker sp = c.speaker();
      if (sp == null) {
        b.append("<span class=\"speaker none\">(no speaker)</span>");
      } else {
        b.append("<span class=\"speaker\">");
        esc(b, sp.text());
        b.append("</span> ");
        if (sp.entity().isPresent()) {
          Entity e = sp.entity().get();
          b.append("\u2192 <code class=\"t-").append(e.type().name().toLowerCase(Locale.ROOT)).append("\" title=\"");
          esc(b, e.name() + " (" + e.type() + ")");
          b.append("\">");
          esc(b, e.id());
          b.append("</code>");
        } else {
          b.append("<span class=\"dim\">(unresolved)</span>");
        }
      }
      b.append(" <span class=\"dim\">cue</span> ");
      if (c.cue() == null) {
        b.append("<span class=\"dim\">none</span>");
      } else {
        b.append("<span class=\"cue\">");
        esc(b, c.cue().text());
        b.append("</span>");
      }
      if (c.unclosed()) {
        b.append(" <span class=\"dim\">(quotation not closed)</span>");
      }
      b.append(" <a class=\"go\" href=\"#").append(cid).append("-at\" title=\"show in the text\">\u2191 in text</a>")
          .append("<br><span class=\"content\" id=\"").append(cid).append("-content\">\u201C");
      esc(b, c.content().text());
      b.append("\u201D</span>");
      if (!c.quantities().isEmpty()) {
        b.append("<br><span class=\"dim\">quantities:</span>");
        for (Quantity q : c.quantities()) {
          b.append(" <span class=\"qty\" title=\"");
          esc(b, q.bound() + " " + number(q.value()) + (q.unit().isEmpty() ? "" : " " + q.unit()));
          b.append("\">");
          esc(b, q.text());
          b.append("</span>");
        }
      }
      b.append("</li>\n");
    }
    b.append("</ol>\n");
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static void legend(StringBuilder b) {
    b.append("<p class=\"legend\">");
    for (EntityType t : EntityType.values()) {
      b.append("<mark class=\"m t-").append(t.name().toLowerCase(Locale.ROOT)).append("\">").append(t)
          .append("</mark> ");
    }
    b.append("<span class=\"k\">claim content</span> <span class=\"dim\">(hover a mention for its entity,"
        + " a claim to highlight its content)</span></p>\n");
  }

  // ---- summaries ---------------------------------------------------------------------------------

  /** Counts for one document or for the run. */
  private static final class Stats {
    private final EnumMap<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
    /** Entity id to [entity, mentions, documents]. */
    private final Map<String, Object[]> entities = new LinkedHashMap<>();
    /** Speaker key to [label, claims, direct, documents]. */
    private final Map<String, Object[]> speakers = new LinkedHashMap<>();

    void count(Analysis a) {
      for (Mention m : a.mentions()) {
        byType.merge(m.type(), 1, Integer::sum);
        Object[] e = entities.computeIfAbsent(m.id(), k -> new Object[] {m.entity(), 0, 1});
        e[1] = (Integer) e[1] + 1;
      }
      for (Claim c : a.claims()) {
        String key;
        String label;
        if (c.speaker() == null) {
          key = "";
          label = "(no speaker)";
        } else if (c.speaker().entity().isPresent()) {
          Entity e = c.speaker().entity().get();
          key = "=" + e.id();
          label = e.name() + " (" + e.id() + ")";
        } else {
          key = "?" + c.speaker().text();
          label = "\u201C" + c.speaker().text() + "\u201D (unresolved)";
        }
        Object[] s = speakers.computeIfAbsent(key, k -> new Object[] {label, 0, 0, 1});
        s[1] = (Integer) s[1] + 1;
        if (c.kind() == ClaimKind.DIRECT) {
          s[2] = (Integer) s[2] + 1;
        }
      }
    }

    void merge(Stats o) {
      o.byType.forEach((t, n) -> byType.merge(t, n, Integer::sum));
      o.entities.forEach((id, e) -> {
        Object[] mine = entities.computeIfAbsent(id, k -> new Object[] {e[0], 0, 0});
        mine[1] = (Integer) mine[1] + (Integer) e[1];
        mine[2] = (Integer) mine[2] + 1;
      });
      o.speakers.forEach((k, s) -> {
        Object[] mine = speakers.computeIfAbsent(k, x -> new Object[] {s[0], 0, 0, 0});
        mine[1] = (Integer) mine[1] + (Integer) s[1];
        mine[2] = (Integer) mine[2] + (Integer) s[2];
        mine[3] = (Integer) mine[3] + 1;
      });
    }

    void table(StringBuilder b, boolean withDocs) {
      b.append("<div class=\"sum\">\n<table>\n<caption>Mentions by type</caption>\n");
      int total = 0;
      for (EntityType t : EntityType.values()) {
        int n = byType.getOrDefault(t, 0);
        total += n;
        b.append("<tr><td><mark class=\"m t-").append(t.name().toLowerCase(Locale.ROOT)).append("\">")
            .append(t).append("</mark></td><td class=\"n\">").append(n).append("</td></tr>\n");
      }
      b.append("<tr><th>all</th><th class=\"n\">").append(total).append("</th></tr>\n</table>\n");

      b.append("<table>\n<caption>Entities mentioned</caption>\n<tr><th>entity</th><th>id</th><th>mentions</th>");
      if (withDocs) {
        b.append("<th>docs</th>");
      }
      b.append("</tr>\n");
      List<Object[]> es = new ArrayList<>(entities.values());
      es.sort(Comparator.<Object[]>comparingInt(e -> -(Integer) e[1]).thenComparing(e -> ((Entity) e[0]).id()));
      for (Object[] e : es) {
        Entity en = (Entity) e[0];
        b.append("<tr><td><mark class=\"m t-").append(en.type().name().toLowerCase(Locale.ROOT)).append("\">");
        esc(b, en.name());
        b.append("</mark></td><td><code>");
        esc(b, en.id());
        b.append("</code></td><td class=\"n\">").append(e[1]).append("</td>");
        if (withDocs) {
          b.append("<td class=\"n\">").append(e[2]).append("</td>");
        }
        b.append("</tr>\n");
      }
      if (es.isEmpty()) {
        b.append("<tr><td colspan=\"").append(withDocs ? 4 : 3).append("\" class=\"dim\">none</td></tr>\n");
      }
      b.append("</table>\n");

      b.append("<table>\n<caption>Who claims what</caption>\n<tr><th>speaker</th><th>claims</th>"
          + "<th>direct</th><th>indirect</th>");
      if (withDocs) {
        b.append("<th>docs</th>");
      }
      b.append("</tr>\n");
      List<Object[]> ss = new ArrayList<>(speakers.values());
      ss.sort(Comparator.<Object[]>comparingInt(s -> -(Integer) s[1]).thenComparing(s -> (String) s[0]));
      for (Object[] s : ss) {
        b.append("<tr><td>");
        esc(b, (String) s[0]);
        b.append("</td><td class=\"n\">").append(s[1]).append("</td><td class=\"n\">").append(s[2])
            .append("</td><td class=\"n\">").append((Integer) s[1] - (Integer) s[2]).append("</td>");
        if (withDocs) {
          b.append("<td class=\"n\">").append(s[3]).append("</td>");
        }
        b.append("</tr>\n");
      }
      if (ss.isEmpty()) {
        b.append("<tr><td colspan=\"").append(withDocs ? 5 : 4).append("\" class=\"dim\">none</td></tr>\n");
      }
      b.append("</table>\n</div>\n");
    }
  }

  // ---- escaping ----------------------------------------------------------------------------------

  private static String name(String doc) {
    return doc == null ? "(unnamed)" : doc;
  }

  static void esc(StringBuilder b, String s) {
    esc(b, s, 0, s.length());
  }

  /**
   * Appends {@code s[from, to)} escaped for HTML text and quoted attribute values. A surrogate
   * pair inside the range is kept; a lone half, NUL and the other control characters HTML does
   * not allow (all C0 but tab, line feed and carriage return; DEL) become U+FFFD.
   */
  static void esc(StringBuilder b, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\t', '\n', '\r' -> b.append(c);
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c) || c < 0x20 || c == 0x7F) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
  }

  /** Escapes a string for HTML (text and attributes). */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    esc(b, s);
    return b.toString();
  }

  private static final String CSS = String.join("\n",
      "body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0 auto;max-width:60em;"
          + "padding:0 1em 4em;color:#222;background:#fff}",
      "h1{margin:.6em 0 .2em}h2{margin-top:1.6em;border-bottom:1px solid #ddd}",
      "section.doc{margin-top:2.5em}",
      ".text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,'Times New Roman',serif;"
          + "font-size:16px;background:#fafafa;border:1px solid #e4e4e4;padding:.8em 1em;border-radius:4px}",
      "mark.m{border-radius:3px;padding:0 1px;color:inherit}",
      ".t-country{background:#cfe3ff}.t-agency{background:#ffdca8}.t-official{background:#c9efc4}"
          + ".t-group{background:#f6c1c1}",
      "code.t-country,code.t-agency,code.t-official,code.t-group{padding:0 3px;border-radius:3px}",
      ".k{border-bottom:2px dotted #8a7fb8}.k.hl{background:#fff176;border-bottom-style:solid}",
      ".dim{color:#777}.err{color:#b00020;font-weight:600}",
      "ol.claims li{margin:.5em 0}li.claim:target,li.claim.hl{background:#fffbd6}",
      ".kind{font:600 11px/1.6 ui-monospace,monospace;padding:1px 5px;border-radius:3px;color:#fff}",
      ".kind.direct{background:#5b4bb7}.kind.indirect{background:#2f7d6d}",
      ".speaker{font-weight:600}.cue{font-style:italic}.content{font-family:Georgia,serif}",
      ".qty{background:#eee;border-radius:3px;padding:0 3px}a.go{font-size:12px;margin-left:.5em}",
      ".sum{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}",
      "table{border-collapse:collapse;font-size:14px}caption{font-weight:600;text-align:left}",
      "td,th{border-bottom:1px solid #eee;padding:2px 8px;text-align:left}td.n,th.n{text-align:right}",
      "details{margin-top:1em}summary{cursor:pointer;font-weight:600}",
      "section.failed h2{color:#b00020}",
      "");

  private static final String SCRIPT = String.join("\n",
      "(function(){",
      "  function mark(k,on){var es=document.getElementsByClassName(k);"
          + "for(var i=0;i<es.length;i++){es[i].classList.toggle('hl',on);}}",
      "  var cs=document.querySelectorAll('li.claim');",
      "  for(var i=0;i<cs.length;i++){(function(li){var k=li.getAttribute('data-k');",
      "    li.addEventListener('mouseenter',function(){mark(k,true);});",
      "    li.addEventListener('mouseleave',function(){mark(k,false);});",
      "  })(cs[i]);}",
      "})();",
      "");
}
