package org.secnews.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.secnews.Analysis;
import org.secnews.NewsAnalyzer;
import org.secnews.entity.Entity;
import org.secnews.gazetteer.Gazetteer;
import org.secnews.gazetteer.Post;

/**
 * The command-line tool: {@code secnews-cli [--date YYYY-MM-DD] [--format jsonl|text|html] PATH...},
 * and {@code secnews-cli gazetteer --stats | --find NAME}.
 *
 * <p>Each {@code .txt} file (a folder: each {@code .txt} file in it, sorted; {@code -}: standard
 * input) is read as UTF-8 and yields exactly one output record; a file that cannot be read, is not
 * valid UTF-8 or is binary yields an error record ({@code {"doc": ..., "error": ...}}) and a
 * message on standard error, and the other files are still processed. The exit status is 0 when
 * every file was analysed, 1 when any failed, 2 for a usage error.
 */
public final class SecNewsCli {
  static final String USAGE = String.join("\n",
      "usage: secnews-cli [--date YYYY-MM-DD] [--format jsonl|text|html] [--threads N] PATH...",
      "       secnews-cli gazetteer --stats | --find NAME",
      "       secnews-cli bench [--seconds S] [--warm-up S] [--threads N] DIR",
      "  PATH  a .txt file, a folder (its .txt files) or - for standard input",
      "  --date the article's date, for roles and tenures; without it, a date in the file",
      "         name or the text is used, else the newest post holders",
      "  --format jsonl (default): one JSON object per document; text: for reading;",
      "         html: one self-contained page for all documents, written at the end");

  private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(19\\d\\d|20\\d\\d)-(\\d\\d)-(\\d\\d)(?!\\d)");
  private static final Pattern COMPACT_DATE = Pattern.compile("(?<!\\d)(19\\d\\d|20\\d\\d)(\\d\\d)(\\d\\d)(?!\\d)");
  private static final Pattern MONTH_DATE = Pattern.compile(
      "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? (\\d{1,2}), (19\\d\\d|20\\d\\d)\\b");
  private static final Pattern DAY_MONTH_DATE = Pattern.compile(
      "\\b(\\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? (19\\d\\d|20\\d\\d)\\b");

  /** Files larger than this are refused unread: four UTF-8 bytes per char of the analyzer's limit. */
  static final int MAX_BYTES = 4 * NewsAnalyzer.DEFAULT_MAX_CHARS;

  private final PrintStream out;
  private final PrintStream err;
  private Progress progress = new Progress(System.err, 0, false); // drawn on a terminal only
  boolean interactive; // whether a person watches a terminal: then a progress bar on standard error
  /** The page being built for {@code --format html}, written at the end of the run. */
  private final HtmlWriter.Page page = new HtmlWriter.Page();

  SecNewsCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
    SecNewsCli cli = new SecNewsCli(out, System.err);
    cli.interactive = System.console() != null; // null when output goes to a pipe or a file
    int status = cli.run(args, System.in);
    out.flush();
    System.exit(status);
  }

  int run(String[] args, InputStream stdin) {
    if (args.length > 0 && args[0].equals("gazetteer")) {
      return gazetteer(args);
    }
    if (args.length > 0 && args[0].equals("bench")) {
      return bench(args);
    }
    LocalDate date = null;
    String format = "jsonl";
    int threads = 1;
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--date" -> {
          if (i + 1 >= args.length) {
            return usage("--date needs a value");
          }
          try {
            date = LocalDate.parse(args[++i]);
          } catch (DateTimeParseException e) {
            return usage("--date must be YYYY-MM-DD: " + args[i]);
          }
        }
        case "--format" -> {
          if (i + 1 >= args.length) {
            return usage("--format needs a value");
          }
          format = args[++i];
          if (!format.equals("jsonl") && !format.equals("text") && !format.equals("html")) {
            return usage("--format must be jsonl, text or html: " + format);
          }
        }
        case "--threads" -> {
          if (i + 1 >= args.length) {
            return usage("--threads needs a value");
          }
          threads = threadCount(args[++i]);
          if (threads < 1) {
            return usage("--threads must be a number from 1 to 256: " + args[i]);
          }
        }
        case "-h", "--help" -> {
          out.println(USAGE);
          return 0;
        }
        default -> {
          if (a.startsWith("--")) {
            return usage("unknown option " + a);
          }
          paths.add(a);
        }
      }
    }
    if (paths.isEmpty()) {
      return usage("no input: give files, folders or - for standard input");
    }
    NewsAnalyzer analyzer = NewsAnalyzer.builder().build();
    boolean failed = false;
    List<List<Input>> expanded = new ArrayList<>();
    long totalInputs = 0;
    for (String p : paths) {
      List<Input> inputs = p.equals("-") ? List.of(new Input("-", null)) : expand(Path.of(p));
      expanded.add(inputs);
      totalInputs += inputs.size();
    }
    progress = new Progress(err, totalInputs, interactive);
    for (int pi = 0; pi < paths.size(); pi++) {
      String p = paths.get(pi);
      List<Input> inputs = expanded.get(pi);
      if (inputs.isEmpty()) {
        failed = true;
        report(format, p, "no such file or folder, or no .txt file in it");
        continue;
      }
      if (threads == 1) {
        for (Input in : inputs) {
          failed |= !emit(process(analyzer, in, stdin, date), format);
        }
      } else {
        // analysed on several threads, written in input order, one whole record at a time
        final LocalDate d = date;
        try (java.util.stream.Stream<Outcome> outcomes = org.secnews.Batch.of(analyzer, threads)
            .run(inputs.stream(), in -> process(analyzer, in, stdin, d))) {
          for (Outcome o : (Iterable<Outcome>) outcomes::iterator) {
            failed |= !emit(o, format);
          }
        }
      }
    }
    progress.finish();
    if (format.equals("html")) {
      out.print(page.finish());
    }
    out.flush();
    return failed ? 1 : 0;
  }

  private record Input(String doc, Path path) {}

  /** The value of {@code --threads}: 1 to 256, or -1 if it is no such number. */
  static int threadCount(String value) {
    try {
      int n = Integer.parseInt(value);
      return n >= 1 && n <= 256 ? n : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static List<Input> expand(Path p) {
    if (Files.isDirectory(p)) {
      try (Stream<Path> s = Files.list(p)) {
        // a folder named *.txt is kept too: it yields an error record rather than vanishing
        return s.filter(f -> f.getFileName().toString().endsWith(".txt"))
            .sorted().map(f -> new Input(f.getFileName().toString(), f)).toList();
      } catch (IOException e) {
        return List.of();
      }
    }
    if (Files.exists(p)) {
      return List.of(new Input(p.getFileName().toString(), p));
    }
    return List.of();
  }

  /** What one input gave: its analysis, or why there is none. */
  private record Outcome(String doc, Analysis analysis, String error) {}

  /** Reads and analyses one input; safe to run on several threads at once. */
  private static Outcome process(NewsAnalyzer analyzer, Input in, InputStream stdin, LocalDate date) {
    String text;
    try {
      if (in.path() != null && Files.isDirectory(in.path())) {
        return new Outcome(in.doc(), null, "cannot read: is a folder");
      }
      if (in.path() != null && Files.size(in.path()) > MAX_BYTES) {
        return new Outcome(in.doc(), null, "too large: " + Files.size(in.path()) + " bytes, more than "
            + MAX_BYTES + " (the analyzer takes at most " + NewsAnalyzer.DEFAULT_MAX_CHARS + " chars)");
      }
      byte[] bytes = in.path() == null ? stdin.readNBytes(MAX_BYTES + 1) : Files.readAllBytes(in.path());
      if (bytes.length > MAX_BYTES) {
        return new Outcome(in.doc(), null, "too large: more than " + MAX_BYTES + " bytes");
      }
      text = decode(bytes);
    } catch (IOException e) {
      return new Outcome(in.doc(), null, "cannot read: " + e.getMessage());
    } catch (InvalidInputException e) {
      return new Outcome(in.doc(), null, e.getMessage());
    } catch (OutOfMemoryError e) {
      return new Outcome(in.doc(), null, "too large to read");
    }
    LocalDate d = date != null ? date : findDate(in.doc(), text);
    try {
      return new Outcome(in.doc(), analyzer.analyze(text, d), null);
    } catch (IllegalArgumentException e) {
      return new Outcome(in.doc(), null, e.getMessage());
    } catch (RuntimeException e) {
      // a defect of the library: one document's error report, and the batch goes on
      return new Outcome(in.doc(), null, "internal error, please report it with the document: " + e);
    }
  }

  /** Writes one outcome; returns whether it was an analysis. */
  private boolean emit(Outcome o, String format) {
    progress.advance(o.analysis() == null ? 0 : o.analysis().chars());
    if (o.analysis() == null) {
      report(format, o.doc(), o.error());
      return false;
    }
    if (format.equals("html")) {
      page.add(o.doc(), o.analysis());
    } else {
      out.println(format.equals("text") ? TextWriter.analysis(o.doc(), o.analysis())
          : JsonLinesWriter.analysis(o.doc(), o.analysis()));
    }
    return true;
  }

  private void report(String format, String doc, String message) {
    err.println("secnews: " + doc + ": " + message);
    if (format.equals("jsonl")) {
      out.println(JsonLinesWriter.error(doc, message));
    } else if (format.equals("html")) {
      page.error(doc, message);
    }
  }

  /** A file that is no text. */
  static final class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidInputException(String message) {
      super(message);
    }
  }

  /** Decodes strict UTF-8, without a leading byte-order mark; refuses binary and invalid input. */
  static String decode(byte[] bytes) throws InvalidInputException {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    int nul = 0;
    for (int i = start; i < Math.min(bytes.length, start + 8192); i++) {
      if (bytes[i] == 0) {
        nul++;
      }
    }
    if (nul > 0) {
      throw new InvalidInputException("binary file (NUL bytes): not text");
    }
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length - start);
    java.nio.charset.CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      throw new InvalidInputException("not valid UTF-8: invalid byte sequence at byte " + in.position());
    }
    out.flip();
    return out.toString();
  }

  /** A date from the file name, else the first date in the text's first lines, else null. */
  static LocalDate findDate(String name, String text) {
    LocalDate d = first(ISO_DATE, name, 1, 2, 3);
    if (d == null) {
      d = first(COMPACT_DATE, name, 1, 2, 3);
    }
    if (d != null) {
      return d;
    }
    String head = text.length() > 3000 ? text.substring(0, 3000) : text;
    d = first(ISO_DATE, head, 1, 2, 3);
    if (d == null) {
      Matcher m = MONTH_DATE.matcher(head);
      if (m.find()) {
        d = safeDate(m.group(3), month(m.group(1)), m.group(2));
      }
    }
    if (d == null) {
      Matcher m = DAY_MONTH_DATE.matcher(head);
      if (m.find()) {
        d = safeDate(m.group(3), month(m.group(2)), m.group(1));
      }
    }
    return d;
  }

  private static LocalDate first(Pattern p, String s, int y, int mo, int da) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      LocalDate d = safeDate(m.group(y), Integer.parseInt(m.group(mo)), m.group(da));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static int month(String abbreviation) {
    return switch (abbreviation.substring(0, 3).toLowerCase(Locale.ROOT)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }

  private static LocalDate safeDate(String y, int m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), m, Integer.parseInt(d));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private int usage(String message) {
    err.println("secnews: " + message);
    err.println(USAGE);
    return 2;
  }

  // ---- bench subcommand ------------------------------------------------------------------------

  /**
   * Analyses every .txt file of DIR repeatedly for about ten seconds, after a warm-up as long, on
   * N threads. The warm-up is long and runs on one thread because the JIT compiler needs about
   * eight seconds of this workload to settle when it has a core of its own, and three times as
   * long when N threads take every core: a three-second warm-up measured a third below the steady
   * speed on one thread and half of it on two.
   */
  private int bench(String[] args) {
    double seconds = 10;
    double warmUp = -1;
    int threads = 1;
    Path dir = null;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--seconds") && i + 1 < args.length) {
        try {
          seconds = Double.parseDouble(args[++i]);
        } catch (NumberFormatException e) {
          return usage("--seconds must be a number: " + args[i]);
        }
      } else if (args[i].equals("--warm-up") && i + 1 < args.length) {
        try {
          warmUp = Double.parseDouble(args[++i]);
        } catch (NumberFormatException e) {
          return usage("--warm-up must be a number: " + args[i]);
        }
      } else if (args[i].equals("--threads") && i + 1 < args.length) {
        threads = threadCount(args[++i]);
        if (threads < 1) {
          return usage("--threads must be a number from 1 to 256: " + args[i]);
        }
      } else {
        dir = Path.of(args[i]);
      }
    }
    if (dir == null || !Files.isDirectory(dir)) {
      return usage("bench needs a folder of .txt files");
    }
    List<String> docs = new ArrayList<>();
    long bytes = 0;
    for (Input in : expand(dir)) {
      try {
        byte[] b = Files.readAllBytes(in.path());
        docs.add(decode(b));
        bytes += b.length;
      } catch (IOException | InvalidInputException e) {
        err.println("secnews: skipped " + in.doc() + ": " + e.getMessage());
      }
    }
    if (docs.isEmpty()) {
      return usage("no readable .txt file in " + dir);
    }
    NewsAnalyzer analyzer = NewsAnalyzer.builder().build();
    long sink = 0;
    // warm up on one thread, which leaves the JIT compiler a core, then briefly on N threads
    long warmUntil = System.nanoTime() + (long) ((warmUp < 0 ? seconds : warmUp) * 1e9);
    while (System.nanoTime() < warmUntil) {
      sink += pass(analyzer, docs, 1);
    }
    if (threads > 1) {
      sink += pass(analyzer, docs, threads);
    }
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    long passes = 0;
    long analysed = 0;
    while (System.nanoTime() < end) {
      sink += pass(analyzer, docs, threads);
      analysed += docs.size();
      passes++;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    double mb = bytes / 1e6;
    out.printf(Locale.ROOT, "{\"threads\": %d, \"docs\": %d, \"mb\": %.3f, \"mb_per_s\": %.2f, \"docs_per_s\": %.1f, \"passes\": %d, \"check\": %d}%n",
        threads, docs.size(), mb, mb * passes / elapsed, analysed / elapsed, passes, sink % 1000);
    out.flush();
    return 0;
  }

  /** One pass over every document, on one thread or through the batch API; returns a checksum. */
  private static long pass(NewsAnalyzer analyzer, List<String> docs, int threads) {
    if (threads == 1) {
      long sum = 0;
      for (String d : docs) {
        sum += analyzer.analyze(d).claims().size();
      }
      return sum;
    }
    try (java.util.stream.Stream<Analysis> s = org.secnews.Batch.of(analyzer, threads).analyze(docs.stream())) {
      return s.mapToLong(a -> a.claims().size()).sum();
    }
  }

  // ---- gazetteer subcommand --------------------------------------------------------------------

  private int gazetteer(String[] args) {
    if (args.length >= 2 && args[1].equals("--stats")) {
      Gazetteer g = Gazetteer.builtIn();
      Map<String, Integer> byType = new TreeMap<>();
      Map<String, Integer> byCountry = new TreeMap<>();
      for (Entity e : g.entities()) {
        byType.merge(e.type().name(), 1, Integer::sum);
        byCountry.merge(e.country().isEmpty() ? "INT" : e.country(), 1, Integer::sum);
      }
      StringBuilder b = new StringBuilder("{");
      Json.field(b, "entities");
      b.append(g.size()).append(", ");
      Json.field(b, "aliases");
      b.append(g.aliasCount()).append(", ");
      Json.field(b, "posts");
      b.append(g.posts().size()).append(", ");
      Json.field(b, "countries_with_agencies");
      b.append(g.entities().stream().filter(e -> e.type().name().equals("AGENCY") && !e.country().isEmpty())
          .map(Entity::country).distinct().count()).append(", ");
      map(b, "by_type", byType);
      b.append(", ");
      map(b, "by_country", byCountry);
      b.append('}');
      out.println(b);
      out.flush();
      return 0;
    }
    if (args.length >= 3 && args[1].equals("--find")) {
      Gazetteer g = Gazetteer.builtIn();
      List<Entity> found = g.find(args[2]);
      if (found.isEmpty()) {
        out.println("no entity is named " + args[2]);
        out.flush();
        return 1;
      }
      for (Entity e : found) {
        out.println(e.type() + "  " + e.id() + "  " + e.name()
            + (e.country().isEmpty() ? "" : "  (" + e.country() + ")")
            + (e.parent().isEmpty() ? "" : "  parent " + e.parent())
            + (e.kind().isEmpty() ? "" : "  kind " + e.kind()));
        g.aliases(e.id()).forEach(al -> out.println("    " + al.form().name().toLowerCase(Locale.ROOT)
            + ": " + al.text() + (al.ambiguous() ? " (ambiguous)" : "")));
        for (Post p : g.posts(e.id())) {
          out.println("    post: " + p.post() + " " + p.org() + " " + p.from() + " .. "
              + (p.to() == null ? "" : p.to()) + (p.note().isEmpty() ? "" : " (" + p.note() + ")"));
        }
        for (Post p : g.postsOf(e.id())) {
          out.println("    held by " + p.person() + ": " + p.post() + " " + p.from() + " .. "
              + (p.to() == null ? "" : p.to()));
        }
      }
      out.flush();
      return 0;
    }
    return usage("gazetteer needs --stats or --find NAME");
  }

  private static void map(StringBuilder b, String name, Map<String, Integer> m) {
    Json.field(b, name);
    b.append('{');
    boolean first = true;
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      if (!first) {
        b.append(", ");
      }
      first = false;
      Json.string(b, e.getKey());
      b.append(": ").append(e.getValue());
    }
    b.append('}');
  }
}
