package org.secnews.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secnews.Analysis;
import org.secnews.SecNews;

/**
 * Renders the HTML view in a real headless browser (Debian's {@code chromium}, which {@code .ci/run}
 * installs) and checks what the browser built from it: one mark per mention with its id, the
 * claims listed, and hostile text left as text. Skipped where no chromium is installed.
 */
final class HtmlBrowserTest {
  private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome");

  private static Path chromium() {
    for (String c : CANDIDATES) {
      if (Files.isExecutable(Path.of(c))) {
        return Path.of(c);
      }
    }
    return null;
  }

  /** The DOM after the page's own script ran, as chromium serialises it. */
  static String dumpDom(Path browser, Path page, Path profile) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--dump-dom", page.toUri().toString()));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
    return new String(out, StandardCharsets.UTF_8);
  }

  @Test
  void browserShowsMentionsClaimsAndKeepsHostileTextAsText(@TempDir Path dir) throws Exception {
    Path browser = chromium();
    Assumptions.assumeTrue(browser != null, "no chromium installed: skipped");
    String text = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">\n\n"
        + "\u201CJoin us,\u201D MI6 chief Richard Moore told Politico. Ken McCallum said Iran was a threat.";
    Analysis a = SecNews.analyze(text, LocalDate.of(2023, 7, 19));
    Path page = dir.resolve("page.html");
    Files.writeString(page, HtmlWriter.page(List.of(new AbstractMap.SimpleEntry<>("hostile.txt", a))));
    String dom = dumpDom(browser, page, dir.resolve("profile"));

    assertFalse(dom.isBlank(), "chromium printed no DOM");
    Matcher title = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(dom);
    assertTrue(title.find());
    assertFalse(title.group(1).contains("pwned"), "input script ran: " + title.group(1));
    assertFalse(dom.contains("<img src=\"x\""), "input markup became an element");
    assertTrue(dom.contains("&lt;script&gt;document.title"), "input script is not shown as text");

    Matcher marks = Pattern.compile("<mark[^>]*title=\"([A-Za-z/0-9-]+)").matcher(dom);
    List<String> ids = new ArrayList<>();
    while (marks.find()) {
      ids.add(marks.group(1));
    }
    List<String> expected = a.mentions().stream().map(m -> m.id()).toList();
    assertEquals(expected, ids, "one mark per mention, in order");
    assertTrue(dom.contains("richard-moore") && dom.contains("Join us"), "the claim is listed");
  }
}
