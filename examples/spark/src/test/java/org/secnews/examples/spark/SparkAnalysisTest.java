package org.secnews.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.secnews.Analysis;
import org.secnews.NewsAnalyzer;
import org.secnews.claim.Claim;
import org.secnews.entity.Mention;

/**
 * Runs {@link SparkAnalysis} in {@code local[2]} on the three articles bundled in the test
 * resources and, when a {@code shared/corpus/dev} folder is found above the working directory,
 * on the shared dev corpus (23 articles with an {@code index.tsv} of dates); reads the Parquet
 * tables back and checks them against the text and against {@link NewsAnalyzer} run in this JVM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class SparkAnalysisTest {
  private SparkSession spark;
  private Path tmp;
  /** One run per corpus: the bundled set always, the dev corpus when present (then last). */
  private final List<Run> runs = new ArrayList<>();

  /** A corpus as this test reads it, independently of SparkAnalysis, and what the run wrote. */
  private static final class Run {
    final String name;
    final Path corpus;
    final Map<String, String> texts = new TreeMap<>();
    final Map<String, LocalDate> dates = new HashMap<>();
    Path out;
    SparkAnalysis.Summary summary;

    Run(String name, Path corpus) throws IOException {
      this.name = name;
      this.corpus = corpus;
      readCorpus(this);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  void run(@TempDir Path tmp) throws Exception {
    this.tmp = tmp;
    runs.add(new Run("bundled", Path.of(SparkAnalysisTest.class.getResource("/articles/index.tsv").toURI()).getParent()));
    Path dev = findDevCorpus();
    if (dev != null) {
      runs.add(new Run("dev", dev));
    } else {
      System.out.println("shared/corpus/dev not found above " + Path.of("").toAbsolutePath() + ": bundled articles only");
    }
    spark = SparkSession.builder().master("local[2]").appName("SparkAnalysisTest")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    for (Run r : runs) {
      r.out = tmp.resolve("out-" + r.name);
      long t0 = System.nanoTime();
      r.summary = SparkAnalysis.run(spark, SparkAnalysis.Options.parse(
          "--input", r.corpus.toString(), "--output", r.out.toString()));
      System.out.printf("SparkAnalysis, local[2], %d documents of %s: %.1f s (session already up)%n",
          r.texts.size(), r.corpus, (System.nanoTime() - t0) / 1e9);
    }
  }

  @AfterAll
  void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  List<Run> runs() {
    return runs;
  }

  /** The largest corpus there is, for the tests that rerun the analysis. */
  private Run largest() {
    return runs.get(runs.size() - 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void everyDocumentIsAnalysedWithItsDate(Run r) {
    List<Row> docs = table(r, "documents").collectAsList();
    assertEquals(r.texts.size(), docs.size(), "one row per input file");
    assertEquals(r.texts.size(), r.summary.documents());
    assertEquals(0, r.summary.failed());
    Set<String> ids = new HashSet<>();
    for (Row d : docs) {
      String id = d.getAs("doc_id");
      assertTrue(ids.add(id), "twice: " + id);
      assertTrue(r.texts.containsKey(id), id);
      assertNull(d.getAs("error"), id);
      assertEquals(r.texts.get(id).length(), (int) d.getAs("chars"), id);
      java.sql.Date date = d.getAs("date");
      assertEquals(r.dates.get(id), date == null ? null : date.toLocalDate(), id);
    }
    assertEquals(r.name.equals("dev") ? 23 : 3, docs.size(), "articles in the " + r.name + " corpus");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void mentionsAreTrueSlicesOfTheText(Run r) {
    List<Row> mentions = table(r, "mentions").collectAsList();
    assertTrue(mentions.size() > 0);
    assertEquals(r.summary.mentions(), mentions.size());
    for (Row m : mentions) {
      String text = r.texts.get(m.<String>getAs("doc_id"));
      assertEquals(text.substring(m.getAs("start"), m.getAs("end")), m.getAs("text"), m.toString());
    }
    Set<String> ids = new HashSet<>();
    mentions.forEach(m -> ids.add(m.getAs("doc_id") + " " + m.getAs("entity_id")));
    if (r.name.equals("dev")) {
      assertTrue(ids.contains("000_67a318cd195b9a48.txt richard-moore"), "MI6 chief in the first article");
      assertTrue(ids.contains("000_67a318cd195b9a48.txt gb/sis"));
    } else {
      assertTrue(ids.contains("sample-article.txt ken-mccallum"), ids.toString());
      assertTrue(ids.contains("telecom-breach.txt christopher-wray"), ids.toString());
      assertTrue(ids.contains("sahel-withdrawal.txt group/wagner"), ids.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void claimsHaveContentThatIsASliceOfTheText(Run r) {
    List<Row> claims = table(r, "claims").collectAsList();
    assertTrue(claims.size() > 0);
    assertEquals(r.summary.claims(), claims.size());
    for (Row c : claims) {
      String text = r.texts.get(c.<String>getAs("doc_id"));
      String content = c.getAs("content");
      assertFalse(content.isBlank(), c.toString());
      assertEquals(text.substring(c.getAs("content_start"), c.getAs("content_end")), content, c.toString());
      for (Row q : c.<Row>getList(c.fieldIndex("quantities"))) {
        assertEquals(text.substring(q.getAs("start"), q.getAs("end")), q.getAs("text"), q.toString());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void sparkGivesWhatOneJvmGives(Run r) {
    NewsAnalyzer analyzer = NewsAnalyzer.builder().build();
    Map<String, List<String>> sparkMentions = byDoc(table(r, "mentions"), SparkAnalysisTest::mentionKey);
    Map<String, List<String>> sparkClaims = byDoc(table(r, "claims"), SparkAnalysisTest::claimKey);
    int mentions = 0;
    int claims = 0;
    for (Map.Entry<String, String> e : r.texts.entrySet()) {
      Analysis a = analyzer.analyze(e.getValue(), r.dates.get(e.getKey()));
      List<String> expectedMentions = a.mentions().stream().map(SparkAnalysisTest::mentionKey).toList();
      List<String> expectedClaims = new ArrayList<>();
      for (int i = 0; i < a.claims().size(); i++) {
        expectedClaims.add(claimKey(i, a.claims().get(i)));
      }
      assertEquals(expectedMentions, sparkMentions.getOrDefault(e.getKey(), List.of()), e.getKey());
      assertEquals(expectedClaims, sparkClaims.getOrDefault(e.getKey(), List.of()), e.getKey());
      mentions += expectedMentions.size();
      claims += expectedClaims.size();
    }
    assertEquals(mentions, r.summary.mentions());
    assertEquals(claims, r.summary.claims());
  }

  /** The same documents as a Parquet or JSON-Lines dataset (id, text, date) give the same tables. */
  @ParameterizedTest
  @ValueSource(strings = {"parquet", "jsonl"})
  void datasetInputGivesTheSameTables(String format) throws Exception {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("date", DataTypes.StringType);
    Run r = largest();
    List<Row> rows = new ArrayList<>();
    r.texts.forEach((id, text) -> rows.add(RowFactory.create(id, text,
        r.dates.get(id) == null ? null : r.dates.get(id).toString())));
    Path data = tmp.resolve("docs." + format);
    Dataset<Row> docs = spark.createDataFrame(rows, schema);
    if (format.equals("parquet")) {
      docs.write().parquet(data.toString());
    } else {
      docs.write().json(data.toString()); // JSON Lines: one object per line, in part files
    }
    Path again = tmp.resolve("out-" + format);
    SparkAnalysis.Summary s = SparkAnalysis.run(spark, SparkAnalysis.Options.parse(
        "--input", data.toString(), "--output", again.toString())); // the format from the name
    assertEquals(r.summary, s);
    for (String table : List.of("documents", "mentions", "claims")) {
      Dataset<Row> a = table(r, table);
      Dataset<Row> b = spark.read().parquet(again.resolve(table).toString());
      assertEquals(a.count(), b.count(), table);
      assertEquals(0, a.exceptAll(b).count(), table);
    }
  }

  @Test
  void existingOutputIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparkAnalysis.run(spark,
        SparkAnalysis.Options.parse("--input", runs.get(0).corpus.toString(), "--output", runs.get(0).out.toString())));
    assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
  }

  @Test
  void badDocumentsAreReportedNotFatal() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("bad"));
    Files.writeString(folder.resolve("good.txt"), "\uFEFFMI6 chief Richard Moore said Russia was losing.");
    Files.write(folder.resolve("latin1.txt"), "Caf\u00e9 in Moscow".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(folder.resolve("index.tsv"), "file\tdate\ngood.txt\t2023-07-19\nlatin1.txt\t2023-07-19\n");
    Files.writeString(folder.resolve("notes.md"), "not an article");
    Path o = tmp.resolve("out-bad");
    SparkAnalysis.Summary s = SparkAnalysis.run(spark,
        SparkAnalysis.Options.parse("--input", folder.toString(), "--output", o.toString()));
    assertEquals(new SparkAnalysis.Summary(2, 1, 3, 1), s); // gb/sis, richard-moore, RU; one claim
    Map<String, Row> docs = new HashMap<>();
    spark.read().parquet(o.resolve("documents").toString()).collectAsList()
        .forEach(r -> docs.put(r.getAs("doc_id"), r));
    assertTrue(docs.get("latin1.txt").<String>getAs("error").startsWith("not UTF-8"));
    assertNull(docs.get("good.txt").getAs("error"));
    assertEquals(47, (int) docs.get("good.txt").getAs("chars"), "the byte-order mark is dropped");
    Row mention = spark.read().parquet(o.resolve("mentions").toString()).where("entity_id = 'richard-moore'").first();
    assertEquals(10, (int) mention.getAs("start"));
  }

  @Test
  void badDatasetRowsAreReportedNotFatal() throws Exception {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("date", DataTypes.StringType);
    String good = "MI6 chief Richard Moore said Russia was losing.";
    Path data = tmp.resolve("bad.jsonl");
    spark.createDataFrame(List.of(
        RowFactory.create(null, good, null),
        RowFactory.create("no-text", null, null),
        RowFactory.create("bad-date", good, "19/07/2023"),
        RowFactory.create("good", good, "2023-07-19")), schema).write().json(data.toString());
    Path o = tmp.resolve("out-bad-jsonl");
    SparkAnalysis.Summary s = SparkAnalysis.run(spark,
        SparkAnalysis.Options.parse("--input", data.toString(), "--output", o.toString()));
    assertEquals(new SparkAnalysis.Summary(4, 3, 3, 1), s);
    Map<String, String> errors = new HashMap<>();
    spark.read().parquet(o.resolve("documents").toString()).collectAsList()
        .forEach(r -> errors.put(r.getAs("doc_id"), r.getAs("error")));
    assertEquals("no id", errors.get(null));
    assertEquals("no text", errors.get("no-text"));
    assertEquals("date is not yyyy-MM-dd: 19/07/2023", errors.get("bad-date"));
    assertTrue(errors.containsKey("good"));
    assertNull(errors.get("good"));
  }

  @Test
  void indexListingAFileTwiceIsRefused() throws Exception {
    Path index = Files.writeString(tmp.resolve("twice.tsv"), "title\tfile\tdate\na\tx.txt\t2020-01-01\nb\tx.txt\t2020-01-02\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SparkAnalysis.readIndex(spark, new org.apache.hadoop.fs.Path(index.toString())));
    assertTrue(e.getMessage().endsWith("twice.tsv:3: x.txt is listed twice"), e.getMessage());
  }

  @Test
  void usageErrors() {
    assertThrows(IllegalArgumentException.class, () -> SparkAnalysis.Options.parse("--input", "x"));
    assertThrows(IllegalArgumentException.class, () -> SparkAnalysis.Options.parse("--input", "x", "--output"));
    assertThrows(IllegalArgumentException.class,
        () -> SparkAnalysis.Options.parse("--input", "x", "--output", "y", "--format", "csv"));
    assertThrows(IllegalArgumentException.class,
        () -> SparkAnalysis.Options.parse("--input", "x", "--output", "y", "--threads", "2"));
    assertEquals(SparkAnalysis.Format.PARQUET, SparkAnalysis.Options.parse("--input", "a.parquet/", "--output", "y").format());
    assertEquals(SparkAnalysis.Format.JSONL, SparkAnalysis.Options.parse("--input", "a.jsonl", "--output", "y").format());
    assertEquals(SparkAnalysis.Format.TXT, SparkAnalysis.Options.parse("--input", "dir", "--output", "y").format());
    assertEquals(SparkAnalysis.Format.JSONL,
        SparkAnalysis.Options.parse("--input", "dir", "--output", "y", "--format", "jsonl").format());
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private Dataset<Row> table(Run r, String name) {
    return spark.read().parquet(r.out.resolve(name).toString());
  }

  private static String mentionKey(Mention m) {
    return m.start() + "-" + m.end() + " " + m.id() + " " + m.type() + " " + m.form() + " " + m.text();
  }

  private static String mentionKey(Row m) {
    return m.getAs("start") + "-" + m.getAs("end") + " " + m.getAs("entity_id") + " " + m.getAs("entity_type")
        + " " + m.getAs("form") + " " + m.getAs("text");
  }

  private static String claimKey(int index, Claim c) {
    return index + " " + c.kind() + " " + c.content().start() + "-" + c.content().end()
        + " speaker=" + c.speakerIfAny().map(s -> s.text() + "/" + s.entity().map(e -> e.id()).orElse(null)).orElse(null)
        + " cue=" + c.cueIfAny().map(x -> x.text()).orElse(null)
        + " quantities=" + c.quantities().size()
        + " channel=" + c.channelIfAny().map(x -> x.text()).orElse(null);
  }

  private static String claimKey(Row c) {
    String speaker = c.<String>getAs("speaker_text") == null ? null
        : c.getAs("speaker_text") + "/" + c.getAs("speaker_id");
    return c.getAs("claim_index") + " " + c.getAs("kind") + " " + c.getAs("content_start") + "-" + c.getAs("content_end")
        + " speaker=" + speaker
        + " cue=" + c.getAs("cue")
        + " quantities=" + c.getList(c.fieldIndex("quantities")).size()
        + " channel=" + c.getAs("channel");
  }

  /** Rows of a table grouped by document, each document's rows in the order of their key. */
  private static Map<String, List<String>> byDoc(Dataset<Row> table, java.util.function.Function<Row, String> key) {
    Map<String, List<Row>> rows = new HashMap<>();
    for (Row r : table.collectAsList()) {
      rows.computeIfAbsent(r.getAs("doc_id"), k -> new ArrayList<>()).add(r);
    }
    Map<String, List<String>> keys = new HashMap<>();
    rows.forEach((doc, list) -> {
      // Parquet keeps no order: sort back into text order (mentions) or claim order (claims)
      list.sort(Comparator.comparingInt(r -> r.schema().getFieldIndex("claim_index").isDefined()
          ? r.<Integer>getAs("claim_index") : r.<Integer>getAs("start")));
      keys.put(doc, list.stream().map(key).toList());
    });
    return keys;
  }

  /** Reads the corpus's .txt files (BOM dropped) and the dates of its index.tsv, if any. */
  private static void readCorpus(Run r) throws IOException {
    Path corpus = r.corpus;
    Map<String, String> texts = r.texts;
    Map<String, LocalDate> dates = r.dates;
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
        String text = Files.readString(f);
        texts.put(f.getFileName().toString(), text.startsWith("\uFEFF") ? text.substring(1) : text);
      }
    }
    Path index = corpus.resolve("index.tsv");
    if (Files.isRegularFile(index)) {
      List<String> lines = Files.readAllLines(index);
      List<String> header = List.of(lines.get(0).split("\t", -1));
      int file = header.indexOf("file");
      int date = header.indexOf("date");
      for (String line : lines.subList(1, lines.size())) {
        String[] c = line.split("\t", -1);
        if (c.length > date && !c[date].isBlank()) {
          dates.put(c[file], LocalDate.parse(c[date].strip()));
        }
      }
    }
    assertFalse(texts.isEmpty(), "no .txt file in " + corpus);
  }

  /** {@code shared/corpus/dev} in the working directory or a folder above it, or null. */
  private static Path findDevCorpus() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path dev = p.resolve("shared/corpus/dev");
      if (Files.isRegularFile(dev.resolve("index.tsv"))) {
        return dev;
      }
    }
    return null;
  }
}
