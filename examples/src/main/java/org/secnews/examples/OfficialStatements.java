package org.secnews.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.secnews.Analysis;
import org.secnews.NewsAnalyzer;
import org.secnews.claim.Claim;

/**
 * Everything one official is reported to have said, across the {@code .txt} files of a folder,
 * in date order, as TSV on standard output.
 *
 * <pre>
 * java -cp examples/target/secnews-cli.jar org.secnews.examples.OfficialStatements DIR richard-moore
 * </pre>
 *
 * <p>A claim counts when its speaker resolves to the official's id, however the text refers to
 * the person: full name, surname, {@code he}, or a role such as {@code the MI6 chief}. Roles
 * depend on the date (who was chief then?), so each document is analysed as of the date in its
 * file name ({@code 2023-07-19-moore.txt} or {@code moore_20230719.txt}); without one, the
 * newest post holders are used and the date column is empty. Rows are sorted by date (undated
 * last), then document, then position. Columns: {@code date, doc, kind, speaker_text, cue,
 * content}; tabs and line breaks inside a field become spaces.
 *
 * <p>Ids are those of SPEC.md ({@code gazetteer --find NAME} on the CLI shows them).
 */
public final class OfficialStatements {
  private OfficialStatements() {}

  private static final Pattern DATE_IN_NAME =
      Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)-?(\\d\\d)-?(\\d\\d)(?!\\d)");

  private record Row(LocalDate date, String doc, Claim claim) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: OfficialStatements DIR OFFICIAL_ID   (e.g. richard-moore)");
      System.exit(2);
    }
    String official = args[1];
    NewsAnalyzer analyzer = NewsAnalyzer.builder().build(); // once: it loads the gazetteers
    if (analyzer.gazetteer().entity(official).isEmpty()) {
      // Not fatal: people introduced in a text with a role get an id derived from their name.
      System.err.println("note: " + official + " is not in the gazetteer");
    }
    List<Row> rows = new ArrayList<>();
    for (Path file : WhoSaidWhat.textFiles(Path.of(args[0]))) {
      String text = WhoSaidWhat.readArticle(file);
      if (text == null) {
        continue;
      }
      String doc = file.getFileName().toString();
      LocalDate date = dateIn(doc);
      Analysis a = date == null ? analyzer.analyze(text) : analyzer.analyze(text, date);
      for (Claim c : a.claims()) {
        boolean byOfficial = c.speakerIfAny().flatMap(s -> s.entity())
            .map(e -> e.id().equals(official)).orElse(false);
        if (byOfficial) {
          rows.add(new Row(date, doc, c));
        }
      }
    }
    rows.sort(Comparator.comparing(Row::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
        .thenComparing(Row::doc)
        .thenComparingInt(r -> r.claim().content().start()));

    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.println("date\tdoc\tkind\tspeaker_text\tcue\tcontent");
    for (Row r : rows) {
      Claim c = r.claim();
      out.println(String.join("\t",
          r.date() == null ? "" : r.date().toString(),
          field(r.doc()),
          c.kind().name(),
          field(c.speaker().text()),
          c.cueIfAny().map(cue -> field(cue.text())).orElse(""),
          field(c.content().text())));
    }
    out.flush();
  }

  /** The first valid date in a file name ({@code 2023-07-19} or {@code 20230719}), else null. */
  static LocalDate dateIn(String name) {
    Matcher m = DATE_IN_NAME.matcher(name);
    while (m.find()) {
      try {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      } catch (RuntimeException e) {
        // 2023-13-45 is no date: look further
      }
    }
    return null;
  }

  /** A TSV field: no tab or line break inside. */
  private static String field(String s) {
    return s.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ");
  }
}
