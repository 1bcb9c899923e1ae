package org.secnews.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.secnews.Analysis;
import org.secnews.NewsAnalyzer;
import org.secnews.SecNews;
import org.secnews.entity.Entity;
import org.secnews.entity.Mention;
import org.secnews.gazetteer.Gazetteer;

/**
 * Adding your own entities on top of the built-in gazetteers.
 *
 * <pre>
 * java -cp examples/target/secnews-cli.jar org.secnews.examples.CustomGazetteer [DIR]
 * </pre>
 *
 * <p>The built-in data does not list the Zambia Security Intelligence Service. This program
 * writes a one-row gazetteer file for it (the format is in {@code gazetteers/README.md}: a
 * header naming the columns, then one tab-separated row per entity; {@code |} separates several
 * aliases), loads it after the built-in files, and analyses two sentences with both analyzers to
 * show the difference. A row whose {@code id} already exists replaces the built-in row, which
 * is how you would change an entity's names. With a folder as argument, it also lists the
 * mentions of the new entity in the folder's {@code .txt} files.
 */
public final class CustomGazetteer {
  private CustomGazetteer() {}

  static final String SENTENCE = "A spokesman for the Zambia Security Intelligence Service said two foreign"
      + " agents had been arrested in Lusaka. \"We will not tolerate espionage,\" the ZSIS said.";

  public static void main(String[] args) throws IOException {
    // 1. Your file: normally kept beside your code; written to a temporary file here.
    String rows = String.join("\n",
        "# my-entities.tsv: bodies missing from the built-in data",
        "id\ttype\tname\tcountry\tkind\taliases\tacronyms",
        "zm/zsis\tAGENCY\tZambia Security Intelligence Service\tZM\tintelligence"
            + "\tZambian Security Intelligence Service|Zambia Intelligence Service\tZSIS",
        "");
    Path file = Files.createTempFile("my-entities", ".tsv");
    file.toFile().deleteOnExit();
    Files.writeString(file, rows, StandardCharsets.UTF_8);

    // 2. Built-in data first, then yours (later rows win); build() checks the whole.
    Gazetteer gazetteer = Gazetteer.builder().loadBuiltIn().load(file).build();
    NewsAnalyzer analyzer = NewsAnalyzer.builder().gazetteer(gazetteer).build(); // build once, reuse

    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    Entity added = gazetteer.entity("zm/zsis").orElseThrow();
    out.println("added: " + added.type() + " " + added.id() + " " + added.name() + " ("
        + gazetteer.size() + " entities in all)");
    out.println("sentence: " + SENTENCE);
    out.println("-- built-in gazetteers only:");
    print(out, SecNews.analyze(SENTENCE));
    out.println("-- with my-entities.tsv:");
    print(out, analyzer.analyze(SENTENCE));

    // 3. Optionally, a folder of articles.
    if (args.length > 0) {
      out.println("-- mentions of zm/zsis in " + args[0] + ":");
      int found = 0;
      for (Path f : WhoSaidWhat.textFiles(Path.of(args[0]))) {
        String text = WhoSaidWhat.readArticle(f); // offsets as the CLI gives them
        if (text == null) {
          continue;
        }
        for (Mention m : analyzer.analyze(text).mentions()) {
          if (m.id().equals("zm/zsis")) {
            out.println("  " + f.getFileName() + " " + m.start() + "-" + m.end() + " " + m.text());
            found++;
          }
        }
      }
      out.println("  " + found + " found");
    }
    out.flush();
  }

  private static void print(PrintStream out, Analysis a) {
    for (Mention m : a.mentions()) {
      out.printf("  %-8s %-10s %s (%s)%n", m.type(), m.id(), m.text(), m.form());
    }
    a.claims().forEach(c -> out.println("  claim: "
        + c.speakerIfAny().map(s -> s.text() + s.entity().map(e -> " [" + e.id() + "]").orElse("")).orElse("?")
        + " " + c.cueIfAny().map(cue -> cue.text()).orElse("") + ": " + c.content().text()));
  }
}
