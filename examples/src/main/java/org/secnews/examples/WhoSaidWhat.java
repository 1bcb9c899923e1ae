package org.secnews.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.secnews.Analysis;
import org.secnews.NewsAnalyzer;
import org.secnews.claim.Claim;

/**
 * Who said what: every claim in the {@code .txt} files of a folder, as CSV on standard output.
 *
 * <pre>
 * java -cp examples/target/secnews-cli.jar org.secnews.examples.WhoSaidWhat DIR &gt; claims.csv
 * </pre>
 *
 * <p>Columns: {@code doc, kind, speaker_text, speaker_id, cue, content}. The speaker is given as
 * written ({@code he}, {@code the agency}) and as resolved ({@code richard-moore}); both are empty
 * when the text names no source, the id alone when the source is no known entity. Fields are
 * quoted as RFC 4180 says (a field with a comma, a double quote or a line break is put in double
 * quotes, its quotes doubled) and rows end with CRLF, so spreadsheets and {@code csv} readers
 * take the file as it is.
 */
public final class WhoSaidWhat {
  private WhoSaidWhat() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: WhoSaidWhat DIR   (prints the claims of DIR/*.txt as CSV)");
      System.exit(2);
    }
    // Building an analyzer loads the gazetteers (a few tenths of a second): do it once, reuse it.
    NewsAnalyzer analyzer = NewsAnalyzer.builder().build();
    // UTF-8 whatever the platform's default encoding, and no flush per line.
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.print(row("doc", "kind", "speaker_text", "speaker_id", "cue", "content"));
    for (Path file : textFiles(Path.of(args[0]))) {
      String text = readArticle(file);
      if (text == null) {
        continue;
      }
      Analysis a = analyzer.analyze(text); // without a date, roles resolve to the newest post holders
      String doc = file.getFileName().toString();
      for (Claim c : a.claims()) {
        out.print(row(doc,
            c.kind().name(),
            c.speakerIfAny().map(s -> s.text()).orElse(""),
            c.speakerIfAny().flatMap(s -> s.entity()).map(e -> e.id()).orElse(""),
            c.cueIfAny().map(cue -> cue.text()).orElse(""),
            c.content().text()));
      }
    }
    out.flush();
  }

  /** The {@code .txt} files of a folder, sorted by name. */
  static List<Path> textFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
          .sorted().toList();
    }
  }

  /**
   * The text of an article file as UTF-8, without a leading byte-order mark (so offsets match the
   * CLI's), or null after saying on standard error why the file was skipped (it is not UTF-8, or
   * cannot be read).
   */
  static String readArticle(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      System.err.println("skipped " + file + ": " + e);
      return null;
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** One CSV row (RFC 4180), CRLF included. */
  static String row(String... fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      String f = fields[i];
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
        b.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        b.append(f);
      }
    }
    return b.append("\r\n").toString();
  }
}
