package org.secnews.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secnews.Analysis;
import org.secnews.SecNews;
import org.secnews.claim.Claim;
import org.secnews.claim.ClaimKind;
import org.secnews.claim.Content;
import org.secnews.entity.Entity;
import org.secnews.entity.EntityType;
import org.secnews.entity.Gender;
import org.secnews.entity.Mention;
import org.secnews.entity.MentionForm;

final class HtmlWriterTest {
  private static final String TEXT = "<script>alert('x')</script> MI6 chief Richard Moore said Russia & Iran"
      + " were \"losing\".\n\n\u201CJoin us,\u201D Moore told Russians in Prague.";
  private static final Pattern MARK_TITLE = Pattern.compile("<mark class=\"m t-([a-z]+)\" title=\"([^\"]*)\">");

  private static String page(String doc, Analysis a) {
    return HtmlWriter.page(List.of(Map.entry(doc, a)));
  }

  /** The analysis of {@code text} with one more mention, of an entity whose id and name are hostile. */
  private static Analysis withHostileEntity(Analysis a, int start, int end) {
    Entity evil = new Entity("x/<script>\"'&", EntityType.GROUP, "<b>Evil</b> & co", "", "", "", Gender.UNKNOWN);
    List<Mention> ms = new ArrayList<>(a.mentions());
    ms.removeIf(m -> m.start() < end && start < m.end());
    ms.add(new Mention(evil, start, end, a.text().substring(start, end), MentionForm.NAME));
    ms.sort(Comparator.comparingInt(Mention::start));
    return new Analysis(a.text(), a.date(), a.tokens(), a.sentences(), ms, a.claims());
  }

  @Test
  void inputIsEscaped_inTextAndInAttributes() {
    Analysis a = SecNews.analyze(TEXT);
    int at = TEXT.indexOf("chief");
    String p = page("<i>doc</i>.txt", withHostileEntity(a, at, at + 5));
    assertFalse(p.contains("<script>alert"), "script in the text stays text");
    assertTrue(p.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assertEquals(1, count(p, "<script"), "only the page's own inline script");
    assertFalse(p.contains("x/<script>"), "ids are escaped in attributes");
    assertTrue(p.contains("title=\"x/&lt;script&gt;&quot;&#39;&amp;: &lt;b&gt;Evil&lt;/b&gt; &amp; co"));
    assertFalse(p.contains("<i>doc</i>"));
    assertTrue(p.contains("&lt;i&gt;doc&lt;/i&gt;.txt"));
    assertFalse(p.contains("<b>Evil"));
    assertWellFormed(p);
  }

  @Test
  void everyMention_isAMarkWithItsIdInTheTitle() {
    Analysis a = SecNews.analyze(TEXT);
    assertTrue(a.mentions().size() >= 5, a.mentions().toString());
    String p = page("doc.txt", a);
    int text = p.indexOf("<div class=\"text\">");
    String body = p.substring(text, p.indexOf("</div>", text));
    Matcher m = MARK_TITLE.matcher(body);
    List<String[]> marks = new ArrayList<>();
    while (m.find()) {
      marks.add(new String[] {m.group(1), m.group(2)});
    }
    assertEquals(a.mentions().size(), marks.size(), body);
    for (int i = 0; i < marks.size(); i++) {
      Mention mention = a.mentions().get(i);
      assertEquals(mention.type().name().toLowerCase(), marks.get(i)[0]);
      assertTrue(marks.get(i)[1].startsWith(HtmlWriter.escape(mention.id() + ": " + mention.entity().name())),
          marks.get(i)[1]);
    }
    // the legend names the four types
    for (EntityType t : EntityType.values()) {
      assertTrue(p.contains("<mark class=\"m t-" + t.name().toLowerCase() + "\">" + t + "</mark>"), t.name());
    }
  }

  @Test
  void noNetworkResource() {
    String p = page("doc.txt", SecNews.analyze(TEXT));
    assertFalse(p.contains("http://"));
    assertFalse(p.contains("https://"));
    assertFalse(p.contains("src="));
    assertFalse(p.contains("@import"));
    assertFalse(p.contains("url("));
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(p);
    while (href.find()) {
      assertTrue(href.group(1).startsWith("#"), href.group(1));
    }
    // a URL in the text is shown as text, not turned into a link
    String withUrl = page("u.txt", SecNews.analyze("The CIA said so, see https://example.org/x?a=1&b=2 today."));
    assertFalse(withUrl.contains("href=\"http"));
    assertTrue(withUrl.contains("https://example.org/x?a=1&amp;b=2"));
  }

  @Test
  void claims_showKindSpeakerCueAndContent() {
    Analysis a = SecNews.analyze("MI6 chief Richard Moore said Russia was losing the war.");
    assertEquals(1, a.claims().size(), a.claims().toString());
    Claim c = a.claims().get(0);
    String p = page("doc.txt", a);
    assertTrue(p.contains(">INDIRECT<"));
    assertTrue(p.contains("<span class=\"speaker\">" + HtmlWriter.escape(c.speaker().text()) + "</span>"));
    assertTrue(p.contains(">richard-moore</code>"), "the resolved speaker id");
    assertTrue(p.contains("<span class=\"cue\">said</span>"));
    assertTrue(p.contains("<span class=\"content\" id=\"d1-c1-content\">\u201CRussia was losing the war\u201D</span>"));
    // the content is marked in the text, with an anchor the claim links to
    assertTrue(p.contains("<span class=\"at\" id=\"d1-c1-at\"></span>"));
    assertTrue(p.contains("href=\"#d1-c1-at\""));
    assertTrue(p.contains("class=\"k k-d1-c1\""));
    // summaries: who claims what, for the document and for the run
    assertEquals(2, count(p, "<td>Richard Moore (richard-moore)</td><td class=\"n\">1</td>"));
    assertWellFormed(p);
  }

  @Test
  void overlappingClaimsAndMentions_stayWellFormed() {
    String text = "\u201CThe CIA is wrong,\u201D the Kremlin said, and Putin said NATO \u201Cwill fail\u201D. "
        + "Moore added that ISIS and al-Qaeda were a threat to the U.S.";
    Analysis a = SecNews.analyze(text);
    assertTrue(a.claims().size() >= 2, a.claims().toString());
    // more claims whose contents overlap each other and start or end inside mentions
    List<Claim> claims = new ArrayList<>(a.claims());
    int cia = text.indexOf("CIA");
    int nato = text.indexOf("NATO");
    claims.add(claim(text, 0, text.length()));
    claims.add(claim(text, cia + 1, nato + 2));
    claims.add(claim(text, cia + 1, cia + 2));
    claims.add(claim(text, nato + 2, text.indexOf("ISIS") + 2));
    Analysis b = new Analysis(text, a.date(), a.tokens(), a.sentences(), a.mentions(), claims);
    String p = page("doc.txt", b);
    assertWellFormed(p);
    for (int i = 1; i <= claims.size(); i++) {
      assertEquals(1, count(p, "id=\"d1-c" + i + "-at\""), "one anchor per claim");
      assertTrue(p.contains("id=\"d1-c" + i + "-content\""));
    }
    // every character of the text is still there, once
    String shown = p.substring(p.indexOf("<div class=\"text\">"), p.indexOf("</div>", p.indexOf("<div class=\"text\">")))
        .replaceAll("<[^>]*>", "").replace("&quot;", "\"").replace("&amp;", "&");
    assertEquals(text, shown);
  }

  private static Claim claim(String text, int start, int end) {
    return new Claim(ClaimKind.INDIRECT, null, null, new Content(start, end, text.substring(start, end)), List.of(), false, null);
  }

  @Test
  void surrogatePairs_areNeverSplit() {
    String text = "\uD83D\uDE00MI6 chief Richard Moore said Russia \uD83C\uDDF7\uD83C\uDDFA was losing. \uD800 lone";
    Analysis a = SecNews.analyze(text);
    // a mention whose start falls between the two halves of the first emoji
    String p = page("doc.txt", withHostileEntity(a, 1, 5));
    for (int i = 0; i < p.length(); i++) {
      char ch = p.charAt(i);
      if (Character.isHighSurrogate(ch)) {
        assertTrue(i + 1 < p.length() && Character.isLowSurrogate(p.charAt(i + 1)), "split pair at " + i);
        i++;
      } else {
        assertFalse(Character.isLowSurrogate(ch), "lone low surrogate at " + i);
      }
    }
    assertTrue(p.contains("\uD83D\uDE00MI6</mark>"), "the mark takes the whole emoji");
    assertTrue(p.contains("\uFFFD lone"), "a lone surrogate is replaced");
    assertWellFormed(p);
  }

  @Test
  void severalDocumentsAndAnError_inOnePage() {
    List<Map.Entry<String, Analysis>> docs = new ArrayList<>();
    docs.add(Map.entry("a.txt", SecNews.analyze("The CIA said Russia was weak.")));
    docs.add(new AbstractMap.SimpleEntry<>("b.txt", null));
    docs.add(Map.entry("c.txt", SecNews.analyze("The FBI said Iran was strong.")));
    String p = HtmlWriter.page(docs);
    assertTrue(p.startsWith("<!DOCTYPE html>"));
    assertEquals(1, count(p, "<html"));
    assertTrue(p.contains("<section class=\"doc\" id=\"d1\">"));
    assertTrue(p.contains("<section class=\"doc failed\" id=\"d2\">"));
    assertTrue(p.contains("<section class=\"doc\" id=\"d3\">"));
    assertTrue(p.contains("Summary of the run"));
    assertWellFormed(p);
  }

  @Test
  void cli_htmlFormat_printsOnePageWithErrorLines(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "The CIA said <script>Russia</script> was weak.");
    Files.write(dir.resolve("b.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'x'});
    Files.writeString(dir.resolve("c.txt"), "MI6 chief Richard Moore said Iran was a threat.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new SecNewsCli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(new String[] {"--format", "html", dir.toString()}, new ByteArrayInputStream(new byte[0]));
    String p = out.toString(StandardCharsets.UTF_8);
    assertEquals(1, status);
    assertTrue(p.startsWith("<!DOCTYPE html>"));
    assertEquals(1, count(p, "<!DOCTYPE html>"));
    assertTrue(p.contains("<section class=\"doc failed\" id=\"d2\">\n<h2>b.txt</h2>\n<p class=\"err\">error: not valid UTF-8"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("b.txt"));
    assertTrue(p.contains("&lt;script&gt;Russia&lt;/script&gt;"));
    assertTrue(p.contains(">richard-moore</code>"));
    assertWellFormed(p);
    assertTrue(SecNewsCli.USAGE.contains("jsonl|text|html"));
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  private static final Set<String> VOID = Set.of("meta", "br", "hr", "img", "input", "link");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>");

  /** Every element closed in order (inline style and script bodies left out). */
  private static void assertWellFormed(String page) {
    String p = page.replaceAll("(?s)<style>.*?</style>", "<style></style>")
        .replaceAll("(?s)<script>.*?</script>", "<script></script>");
    Deque<String> open = new ArrayDeque<>();
    Matcher m = TAG.matcher(p);
    while (m.find()) {
      String name = m.group(2).toLowerCase();
      if (VOID.contains(name) || p.startsWith("<!", m.start())) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        open.push(name);
      } else {
        assertFalse(open.isEmpty(), "closing " + name + " with nothing open at " + m.start());
        assertEquals(open.pop(), name, "at " + m.start() + ": " + p.substring(Math.max(0, m.start() - 80), Math.min(p.length(), m.start() + 10)));
      }
    }
    assertTrue(open.isEmpty(), "left open: " + open);
  }
}
