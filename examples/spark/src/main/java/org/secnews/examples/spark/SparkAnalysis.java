package org.secnews.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.secnews.Analysis;
import org.secnews.NewsAnalyzer;
import org.secnews.claim.Claim;
import org.secnews.claim.Quantity;
import org.secnews.entity.Mention;

/**
 * The analysis scaled out on Apache Spark: articles in, three Parquet tables out.
 *
 * <pre>
 * spark-submit --class org.secnews.examples.spark.SparkAnalysis secnews-spark-VERSION.jar \
 *     --input PATH [--format txt|parquet|jsonl] --output DIR [--master URL] [--overwrite]
 * </pre>
 *
 * <p>Input: a folder of {@code .txt} files, one article each, read as UTF-8 (a leading byte-order
 * mark dropped, as the command-line tool does), dated by an optional {@code index.tsv} in the
 * folder (tab-separated, a header row with at least the columns {@code file} and {@code date});
 * or a Parquet or JSON-Lines dataset with the columns {@code id}, {@code text} and, optionally,
 * {@code date} ({@code yyyy-MM-dd} or a date column). Without {@code --format}, a path ending in
 * {@code .parquet} is Parquet, {@code .jsonl} or {@code .json} JSON Lines, anything else a folder
 * of text files. Output, under {@code DIR}:
 * <ul>
 *   <li>{@code documents}: doc_id, date, chars, mention_count, claim_count, error (null, or why
 *       the document was not analysed: not UTF-8, no id, no text, a bad date, too long);</li>
 *   <li>{@code mentions}: doc_id, entity_id, entity_type, start, end, text, form;</li>
 *   <li>{@code claims}: doc_id, claim_index, kind, speaker_text, speaker_id, cue, content,
 *       content_start, content_end, quantities (start, end, text, value, bound, unit), unclosed,
 *       channel.</li>
 * </ul>
 * Offsets are UTF-16 indices into the document's text as analysed, {@code end} exclusive, as in
 * the library. {@code --master} is for runs outside {@code spark-submit} ({@code local[2]});
 * otherwise the master comes from {@code spark-submit}.
 */
public final class SparkAnalysis {
  /*
   * Design. One NewsAnalyzer per JVM: it costs ~0.2 s and the gazetteers' heap to build, is
   * thread-safe and is not Serializable, so no closure captures it. The function shipped to the
   * executors (AnalyzePartition) is a static class with no fields; on each executor its first
   * task initialises the holder class PerJvm, and every later task and core of that executor
   * reuses the same analyzer (in local mode, driver and "executors" share the one JVM).
   * mapPartitions rather than map only makes that explicit: the analyzer is fetched once per
   * partition, and documents stream through a lazy iterator, never a list of the partition.
   *
   * Each document is analysed once into one nested row (its mentions and claims as arrays of
   * structs, Row + explicit StructType encoders, so the schema reads like the output); that
   * dataset is persisted (memory, spilling to disk), filled by the job that counts the totals,
   * and the three tables are projections of it, the lists flattened with explode. A document
   * that cannot be analysed becomes a row of `documents` with its error, not a failed job: at a
   * million articles some are junk.
   *
   * Scale: a folder of text files is listed by the driver, fine for thousands of files; for
   * millions, put the articles in Parquet (id, text, date) and the input splits as the files do.
   */

  private SparkAnalysis() {}

  /** The input formats. */
  enum Format {
    /** A folder of {@code .txt} files, with an optional {@code index.tsv}. */
    TXT,
    /** A Parquet dataset with columns {@code id}, {@code text}, optional {@code date}. */
    PARQUET,
    /** A JSON-Lines dataset with the same fields. */
    JSONL
  }

  /**
   * The command-line settings.
   *
   * @param input     the folder or dataset to read
   * @param format    how to read it
   * @param output    the folder the three tables are written under
   * @param master    the Spark master URL, or {@code null} to take it from {@code spark-submit}
   * @param overwrite whether an existing output folder is replaced
   */
  record Options(String input, Format format, String output, String master, boolean overwrite) {
    static final String USAGE = String.join("\n",
        "usage: SparkAnalysis --input PATH [--format txt|parquet|jsonl] --output DIR [--master URL] [--overwrite]",
        "  --input     a folder of .txt files (dates from an optional index.tsv: file<TAB>...date...),",
        "              or a Parquet / JSON-Lines dataset with columns id, text and optional date (yyyy-MM-dd)",
        "  --format    default: parquet for *.parquet, jsonl for *.jsonl and *.json, else txt",
        "  --output    writes DIR/documents, DIR/mentions, DIR/claims as Parquet; DIR must not exist",
        "  --master    e.g. local[2]; default: the master spark-submit sets",
        "  --overwrite replace DIR if it exists");

    /**
     * Parses the arguments.
     *
     * @throws IllegalArgumentException with the reason, for a usage error
     */
    static Options parse(String... args) {
      String input = null;
      String output = null;
      String master = null;
      Format format = null;
      boolean overwrite = false;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--overwrite")) {
          overwrite = true;
          continue;
        }
        if (!List.of("--input", "--output", "--master", "--format").contains(a)) {
          throw new IllegalArgumentException("unknown argument: " + a);
        }
        if (i + 1 == args.length) {
          throw new IllegalArgumentException(a + " needs a value");
        }
        String v = args[++i];
        switch (a) {
          case "--input" -> input = v;
          case "--output" -> output = v;
          case "--master" -> master = v;
          default -> {
            try {
              format = Format.valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException("--format must be txt, parquet or jsonl: " + v);
            }
          }
        }
      }
      if (input == null || output == null) {
        throw new IllegalArgumentException("--input and --output are required");
      }
      if (format == null) {
        String name = input.replaceAll("/+$", "").toLowerCase(Locale.ROOT);
        format = name.endsWith(".parquet") ? Format.PARQUET
            : name.endsWith(".jsonl") || name.endsWith(".json") ? Format.JSONL
            : Format.TXT;
      }
      return new Options(input, format, output, master, overwrite);
    }
  }

  /**
   * What one run produced.
   *
   * @param documents the documents read
   * @param failed    those not analysed (their {@code error} is set)
   * @param mentions  the mention rows written
   * @param claims    the claim rows written
   */
  record Summary(long documents, long failed, long mentions, long claims) {}

  /**
   * Runs the analysis; see the class comment for the arguments.
   *
   * @param args the command-line arguments
   * @throws IOException if the output folder cannot be checked
   */
  public static void main(String[] args) throws IOException {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("secnews");
    if (options.master() != null) {
      builder.master(options.master());
    }
    SparkSession spark = builder.getOrCreate();
    int status = 0;
    try {
      long t0 = System.nanoTime();
      Summary s = run(spark, options);
      System.out.printf(Locale.ROOT, "%d documents (%d not analysed), %d mentions, %d claims in %.1f s -> %s%n",
          s.documents(), s.failed(), s.mentions(), s.claims(), (System.nanoTime() - t0) / 1e9, options.output());
    } catch (IllegalArgumentException e) { // the output exists, a bad index.tsv or dataset
      System.err.println("error: " + e.getMessage());
      status = 1;
    } finally {
      spark.stop();
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Reads, analyses and writes; the session stays open (the caller owns it). */
  static Summary run(SparkSession spark, Options o) throws IOException {
    Path out = new Path(o.output());
    FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (fs.exists(out) && !o.overwrite()) {
      // checked first: Spark would only notice after the analysis, at the first table it writes
      throw new IllegalArgumentException(o.output() + " exists: choose another --output or pass --overwrite");
    }
    Dataset<Row> analysed = read(spark, o)
        .mapPartitions(new AnalyzePartition(), Encoders.row(ANALYSIS))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // the totals are the action that analyses every document (into the cache), in as many tasks
      // as the input has splits; the writes below only read the cache
      Row totals = analysed.agg(count(lit(1)), count(col("error")),
          sum(size(col("mentions"))), sum(size(col("claims")))).first();
      // at most one file per core and table: a folder of small articles is read in many small
      // splits, and a task per split would leave as many tiny Parquet files (and commits) behind
      int files = Math.max(1, Math.min(analysed.rdd().getNumPartitions(), spark.sparkContext().defaultParallelism()));
      SaveMode mode = o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      analysed.select(col("doc_id"), to_date(col("date")).as("date"), col("chars"),
              size(col("mentions")).as("mention_count"), size(col("claims")).as("claim_count"), col("error"))
          .coalesce(files).write().mode(mode).parquet(new Path(out, "documents").toString());
      analysed.select(col("doc_id"), explode(col("mentions")).as("m")).select("doc_id", "m.*")
          .coalesce(files).write().mode(mode).parquet(new Path(out, "mentions").toString());
      analysed.select(col("doc_id"), explode(col("claims")).as("c")).select("doc_id", "c.*")
          .coalesce(files).write().mode(mode).parquet(new Path(out, "claims").toString());
      return new Summary(totals.getLong(0), totals.getLong(1),
          totals.isNullAt(2) ? 0 : totals.getLong(2), totals.isNullAt(3) ? 0 : totals.getLong(3));
    } finally {
      analysed.unpersist();
    }
  }

  // ---- input: every format becomes rows of DOCUMENT --------------------------------------------

  /** What the analysis reads: id, text, date (yyyy-MM-dd or null), and why the text is missing. */
  static final StructType DOCUMENT = new StructType()
      .add("id", DataTypes.StringType, true)
      .add("text", DataTypes.StringType, true)
      .add("date", DataTypes.StringType, true)
      .add("error", DataTypes.StringType, true);

  private static Dataset<Row> read(SparkSession spark, Options o) throws IOException {
    return switch (o.format()) {
      case TXT -> readTextFolder(spark, o.input());
      case PARQUET -> fromDataset(spark.read().parquet(o.input()));
      case JSONL -> fromDataset(spark.read().json(o.input()));
    };
  }

  /** A Parquet or JSON-Lines dataset: id and text required, date optional. */
  private static Dataset<Row> fromDataset(Dataset<Row> data) {
    List<String> columns = Arrays.asList(data.columns());
    if (!columns.contains("id") || !columns.contains("text")) {
      throw new IllegalArgumentException("the dataset needs columns id and text; it has " + columns);
    }
    return data.select(col("id").cast("string"), col("text").cast("string"),
        columns.contains("date") ? col("date").cast("string").as("date") : lit(null).cast("string").as("date"),
        lit(null).cast("string").as("error"));
  }

  /** The {@code .txt} files of a folder (not its subfolders), dated by {@code index.tsv} if present. */
  private static Dataset<Row> readTextFolder(SparkSession spark, String folder) throws IOException {
    // the dates go to the executors as a broadcast map rather than through a join: one entry per
    // file is small next to the articles, and no shuffle is needed to pair them
    Broadcast<HashMap<String, String>> dates = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(readIndex(spark, new Path(folder, "index.tsv")));
    // binaryFile, not the text source: the bytes are decoded strictly below, so a file that is not
    // UTF-8 is reported instead of being analysed with replacement characters
    return spark.read().format("binaryFile").option("pathGlobFilter", "*.txt").load(folder)
        .select(element_at(split(col("path"), "/"), -1).as("file"), col("content"))
        .map(new DecodeFile(dates), Encoders.row(DOCUMENT));
  }

  /**
   * File name to date from an {@code index.tsv}: tab-separated, a header row naming the columns,
   * of which {@code file} and {@code date} are read (no quoting: titles and notes hold quotation
   * marks of their own). Empty if there is no such file; a blank date is left out.
   */
  static HashMap<String, String> readIndex(SparkSession spark, Path index) throws IOException {
    HashMap<String, String> dates = new HashMap<>();
    FileSystem fs = index.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(index)) {
      return dates;
    }
    try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(index), StandardCharsets.UTF_8))) {
      String header = in.readLine();
      List<String> columns = header == null ? List.of() : List.of(header.split("\t", -1));
      int file = columns.indexOf("file");
      int date = columns.indexOf("date");
      if (file < 0 || date < 0) {
        throw new IllegalArgumentException(index + " needs a header with columns file and date; it has " + columns);
      }
      int lineNumber = 1;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        String[] cells = line.split("\t", -1);
        if (line.isBlank() || cells.length <= Math.max(file, date) || cells[date].isBlank()) {
          continue;
        }
        if (dates.put(cells[file], cells[date].strip()) != null) {
          throw new IllegalArgumentException(index + ":" + lineNumber + ": " + cells[file] + " is listed twice");
        }
      }
    }
    return dates;
  }

  /** (file, bytes) to a DOCUMENT row: strict UTF-8, a leading byte-order mark dropped, the date looked up. */
  static final class DecodeFile implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<HashMap<String, String>> dates;

    DecodeFile(Broadcast<HashMap<String, String>> dates) {
      this.dates = dates;
    }

    @Override
    public Row call(Row file) {
      String name = file.getString(0);
      String date = dates.value().get(name);
      try {
        String text = StandardCharsets.UTF_8.newDecoder()
            .decode(ByteBuffer.wrap((byte[]) file.get(1))).toString();
        if (text.startsWith("\uFEFF")) {
          text = text.substring(1); // no part of the text: offsets match the command-line tool's
        }
        return RowFactory.create(name, text, date, null);
      } catch (CharacterCodingException e) {
        return RowFactory.create(name, null, date, "not UTF-8: " + e);
      }
    }
  }

  // ---- the analysis: one DOCUMENT row to one ANALYSIS row ---------------------------------------

  static final StructType MENTION = new StructType()
      .add("entity_id", DataTypes.StringType, false)
      .add("entity_type", DataTypes.StringType, false)
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("text", DataTypes.StringType, false)
      .add("form", DataTypes.StringType, false);

  static final StructType QUANTITY = new StructType()
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("text", DataTypes.StringType, false)
      .add("value", DataTypes.DoubleType, false)
      .add("bound", DataTypes.StringType, false)
      .add("unit", DataTypes.StringType, false);

  static final StructType CLAIM = new StructType()
      .add("claim_index", DataTypes.IntegerType, false) // its place in the document's claims, from 0
      .add("kind", DataTypes.StringType, false)
      .add("speaker_text", DataTypes.StringType, true) // null: the text names no source
      .add("speaker_id", DataTypes.StringType, true)   // null: no source, or not a known entity
      .add("cue", DataTypes.StringType, true)
      .add("content", DataTypes.StringType, false)
      .add("content_start", DataTypes.IntegerType, false)
      .add("content_end", DataTypes.IntegerType, false)
      .add("quantities", DataTypes.createArrayType(QUANTITY, false), false)
      .add("unclosed", DataTypes.BooleanType, false)
      .add("channel", DataTypes.StringType, true);

  static final StructType ANALYSIS = new StructType(new StructField[] {
      DataTypes.createStructField("doc_id", DataTypes.StringType, true), // null only with an error
      DataTypes.createStructField("date", DataTypes.StringType, true),
      DataTypes.createStructField("chars", DataTypes.IntegerType, true),
      DataTypes.createStructField("error", DataTypes.StringType, true),
      DataTypes.createStructField("mentions", DataTypes.createArrayType(MENTION, false), false),
      DataTypes.createStructField("claims", DataTypes.createArrayType(CLAIM, false), false)});

  /** The analyzer of this JVM, built when an executor first analyses a document. */
  private static final class PerJvm {
    static final NewsAnalyzer ANALYZER = NewsAnalyzer.builder().build();
  }

  /** Analyses a partition's documents with the JVM's analyzer; no state of its own to serialise. */
  static final class AnalyzePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> documents) {
      NewsAnalyzer analyzer = PerJvm.ANALYZER;
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return documents.hasNext();
        }

        @Override
        public Row next() {
          return analyse(analyzer, documents.next());
        }
      };
    }
  }

  /** One DOCUMENT row to one ANALYSIS row; a document that cannot be analysed keeps its error. */
  static Row analyse(NewsAnalyzer analyzer, Row doc) {
    String id = doc.getString(0);
    String text = doc.getString(1);
    String date = doc.isNullAt(2) || doc.getString(2).isBlank() ? null : doc.getString(2).strip();
    String error = doc.getString(3);
    if (error == null && id == null) {
      error = "no id";
    } else if (error == null && text == null) {
      error = "no text";
    }
    LocalDate day = null;
    if (error == null && date != null) {
      try {
        day = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        error = "date is not yyyy-MM-dd: " + date;
      }
    }
    if (error != null) {
      return RowFactory.create(id, date, text == null ? null : text.length(), error, new Row[0], new Row[0]);
    }
    Analysis a;
    try {
      a = analyzer.analyze(text, day);
    } catch (IllegalArgumentException e) { // longer than NewsAnalyzer.Builder.maxChars
      return RowFactory.create(id, date, text.length(), e.getMessage(), new Row[0], new Row[0]);
    }
    List<Row> mentions = new ArrayList<>(a.mentions().size());
    for (Mention m : a.mentions()) {
      mentions.add(RowFactory.create(m.id(), m.type().name(), m.start(), m.end(), m.text(), m.form().name()));
    }
    List<Row> claims = new ArrayList<>(a.claims().size());
    for (Claim c : a.claims()) {
      List<Row> quantities = new ArrayList<>(c.quantities().size());
      for (Quantity q : c.quantities()) {
        quantities.add(RowFactory.create(q.start(), q.end(), q.text(), q.value(), q.bound(), q.unit()));
      }
      claims.add(RowFactory.create(claims.size(), c.kind().name(),
          c.speakerIfAny().map(s -> s.text()).orElse(null),
          c.speakerIfAny().flatMap(s -> s.entity()).map(e -> e.id()).orElse(null),
          c.cueIfAny().map(cue -> cue.text()).orElse(null),
          c.content().text(), c.content().start(), c.content().end(),
          quantities.toArray(new Row[0]), // arrays, which the Row encoder takes for ArrayType
          c.unclosed(),
          c.channelIfAny().map(ch -> ch.text()).orElse(null)));
    }
    return RowFactory.create(id, date, text.length(), null,
        mentions.toArray(new Row[0]), claims.toArray(new Row[0]));
  }
}
