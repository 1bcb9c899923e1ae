package org.secnews.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Golden test on an annotated corpus, skipped when {@code ../shared} is absent: runs the CLI on
 * every gold document with its date, checks every span against the text and scores the output
 * the way {@code shared/eval/score.py} does. The floors sit just under the figures measured when
 * they were set, so a regression fails the build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GoldCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private Path dev;
  private final List<JsonNode> GOLD = new ArrayList<>();
  private final Map<String, JsonNode> PREDICTED = new HashMap<>();
  private final Map<String, String> TEXTS = new HashMap<>();
  private final Map<String, Set<String>> REGISTRY = new HashMap<>();

  /** The folder of the documents, relative to the folder that holds {@code shared}. */
  abstract String documents();

  /** The gold file, relative to the same folder (or to the repository for our own sets). */
  abstract Path gold(Path shared, Path repository);

  /** The entity registry for the gold file. */
  abstract Path entities(Path shared, Path repository);

  /** The F1 floors: mentions, claims, attributed claims. */
  abstract double[] floors();

  @BeforeAll
  void run() throws Exception {
    Path shared = findShared();
    Assumptions.assumeTrue(shared != null, "../shared not present: skipped");
    dev = shared.resolve(documents());
    Path repository = Path.of("").toAbsolutePath().getParent();
    Path goldFile = gold(shared, repository);
    Assumptions.assumeTrue(Files.isRegularFile(goldFile), goldFile + " not present: skipped");
    for (String line : Files.readAllLines(goldFile)) {
      if (!line.isBlank()) {
        GOLD.add(JSON.readTree(line));
      }
    }
    for (String line : Files.readAllLines(entities(shared, repository))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      Set<String> names = REGISTRY.computeIfAbsent(c[0], k -> new HashSet<>());
      names.add(norm(c[0]));
      for (String n : c[2].split("\\|")) {
        names.add(norm(n));
      }
    }
    for (JsonNode g : GOLD) {
      String doc = g.get("doc").asText();
      Path file = dev.resolve(doc);
      TEXTS.put(doc, SecNewsCli.decode(Files.readAllBytes(file)));
      List<String> args = new ArrayList<>();
      if (g.hasNonNull("date")) {
        args.add("--date");
        args.add(g.get("date").asText());
      }
      args.add(file.toString());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int status = new SecNewsCli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
          .run(args.toArray(new String[0]), new ByteArrayInputStream(new byte[0]));
      assertEquals(0, status, doc);
      PREDICTED.put(doc, JSON.readTree(out.toString(StandardCharsets.UTF_8)));
    }
  }

  /** The {@code shared} folder beside the repository (or above the working directory), or null. */
  private static Path findShared() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null) {
      if (Files.isRegularFile(p.resolve("shared/corpus/dev/gold.jsonl"))) {
        return p.resolve("shared");
      }
      Path sibling = p.resolveSibling("shared");
      if (Files.isRegularFile(sibling.resolve("corpus/dev/gold.jsonl"))) {
        return sibling;
      }
      p = p.getParent();
    }
    return null;
  }

  static String norm(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return d.toLowerCase().replaceAll("[^a-z0-9]", "");
  }

  private boolean isEntity(String key, JsonNode pred) {
    if (pred == null || pred.isNull()) {
      return false;
    }
    Set<String> accepted = REGISTRY.getOrDefault(key, Set.of(norm(key)));
    for (String f : List.of("id", "name")) {
      if (pred.hasNonNull(f) && accepted.contains(norm(pred.get(f).asText()))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everySpanIsInsideTheTextAndEqualsItsSlice() {
    for (Map.Entry<String, JsonNode> e : PREDICTED.entrySet()) {
      String text = TEXTS.get(e.getKey());
      assertEquals(text.length(), e.getValue().get("chars").asInt());
      for (JsonNode m : e.getValue().get("mentions")) {
        checkSpan(text, m);
      }
      for (JsonNode c : e.getValue().get("claims")) {
        checkSpan(text, c.get("content"));
        if (!c.get("speaker").isNull()) {
          checkSpan(text, c.get("speaker"));
        }
        if (!c.get("cue").isNull()) {
          checkSpan(text, c.get("cue"));
        }
      }
    }
  }

  private static void checkSpan(String text, JsonNode span) {
    int s = span.get("start").asInt();
    int e = span.get("end").asInt();
    assertTrue(0 <= s && s < e && e <= text.length(), span.toString());
    assertEquals(text.substring(s, e), span.get("text").asText());
  }

  private static double f1(int tp, int fp, int fn) {
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  @Test
  void mentionsScore() {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (JsonNode g : GOLD) {
      JsonNode p = PREDICTED.get(g.get("doc").asText());
      Map<String, JsonNode> required = new HashMap<>();
      List<JsonNode> optional = new ArrayList<>();
      for (JsonNode m : g.get("mentions")) {
        if (m.get("optional").asBoolean()) {
          optional.add(m);
        } else {
          required.put(m.get("start").asInt() + ":" + m.get("end").asInt() + ":" + m.get("type").asText(), m);
        }
      }
      Set<String> hit = new HashSet<>();
      for (JsonNode m : p.get("mentions")) {
        String k = m.get("start").asInt() + ":" + m.get("end").asInt() + ":" + m.get("type").asText();
        if (required.containsKey(k) && hit.add(k)) {
          tp++;
        } else if (optional.stream().noneMatch(o -> o.get("type").asText().equals(m.get("type").asText())
            && o.get("start").asInt() < m.get("end").asInt() && m.get("start").asInt() < o.get("end").asInt())) {
          fp++;
        }
      }
      fn += required.size() - hit.size();
    }
    double f = f1(tp, fp, fn);
    System.out.printf(getClass().getSimpleName() + " mentions: tp %d fp %d fn %d F1 %.3f%n", tp, fp, fn, f);
    assertTrue(f >= floors()[0], "mentions F1 " + f);
  }

  private static double dice(JsonNode a, JsonNode b) {
    int ov = Math.max(0, Math.min(a.get("end").asInt(), b.get("end").asInt())
        - Math.max(a.get("start").asInt(), b.get("start").asInt()));
    int total = a.get("end").asInt() - a.get("start").asInt() + b.get("end").asInt() - b.get("start").asInt();
    return total == 0 ? 0 : 2.0 * ov / total;
  }

  @Test
  void claimsScore() {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int attributed = 0;
    for (JsonNode g : GOLD) {
      JsonNode p = PREDICTED.get(g.get("doc").asText());
      List<JsonNode> gc = new ArrayList<>();
      List<JsonNode> gopt = new ArrayList<>();
      for (JsonNode c : g.get("claims")) {
        (c.path("optional").asBoolean() ? gopt : gc).add(c);
      }
      List<JsonNode> pc = new ArrayList<>();
      p.get("claims").forEach(pc::add);
      List<double[]> pairs = new ArrayList<>();
      for (int i = 0; i < gc.size(); i++) {
        for (int j = 0; j < pc.size(); j++) {
          double d = dice(gc.get(i).get("content"), pc.get(j).get("content"));
          if (d >= 0.5) {
            pairs.add(new double[] {d, i, j});
          }
        }
      }
      pairs.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : a[1] != b[1]
          ? Double.compare(b[1], a[1]) : Double.compare(b[2], a[2]));
      Set<Integer> usedG = new HashSet<>();
      Set<Integer> usedP = new HashSet<>();
      for (double[] pr : pairs) {
        int i = (int) pr[1];
        int j = (int) pr[2];
        if (usedG.contains(i) || usedP.contains(j)) {
          continue;
        }
        usedG.add(i);
        usedP.add(j);
        JsonNode gs = gc.get(i).get("speaker");
        JsonNode ps = pc.get(j).get("speaker");
        boolean ok = false;
        if (gs.get("keys").size() > 0) {
          for (JsonNode k : gs.get("keys")) {
            ok |= isEntity(k.asText(), ps);
          }
        } else {
          ok = ps != null && !ps.isNull() && Math.min(gs.get("end").asInt(), ps.get("end").asInt())
              > Math.max(gs.get("start").asInt(), ps.get("start").asInt());
        }
        if (ok) {
          attributed++;
        }
      }
      for (int j = 0; j < pc.size(); j++) {
        final int jj = j;
        if (!usedP.contains(j) && gopt.stream().anyMatch(o -> dice(o.get("content"), pc.get(jj).get("content")) >= 0.5)) {
          usedP.add(j);
        }
      }
      tp += usedG.size();
      fn += gc.size() - usedG.size();
      fp += pc.size() - usedP.size();
    }
    double claims = f1(tp, fp, fn);
    double attr = f1(attributed, fp + tp - attributed, fn + tp - attributed);
    System.out.printf(getClass().getSimpleName() + " claims: tp %d fp %d fn %d F1 %.3f; attributed %d F1 %.3f%n", tp, fp, fn, claims, attributed, attr);
    assertTrue(claims >= floors()[1], "claims F1 " + claims);
    assertTrue(attr >= floors()[2], "attributed claims F1 " + attr);
  }
}
