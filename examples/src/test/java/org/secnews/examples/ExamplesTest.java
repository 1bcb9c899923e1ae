package org.secnews.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs each example program on the sample folder and checks what it prints. */
final class ExamplesTest {
  /** The sample folder: {@code sample} when Maven runs in the module, {@code examples/sample} from the root. */
  private static final Path SAMPLE = Files.isDirectory(Path.of("sample")) ? Path.of("sample") : Path.of("examples/sample");

  @FunctionalInterface
  private interface Main {
    void run(String[] args) throws Exception;
  }

  /** Standard output of {@code main(args)}, as lines. */
  private static List<String> run(Main main, String... args) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      main.run(args);
    } finally {
      System.setOut(saved);
    }
    return buffer.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void whoSaidWhat_csvOfTheClaims() throws Exception {
    List<String> lines = run(WhoSaidWhat::main, SAMPLE.toString());
    assertEquals("doc,kind,speaker_text,speaker_id,cue,content", lines.get(0));
    assertTrue(lines.size() > 5, lines.toString());
    assertTrue(lines.get(1).startsWith("sample-article.txt,"), lines.get(1));
    // RFC 4180: a field with a comma is quoted
    assertTrue(lines.contains("sample-article.txt,DIRECT,\"Ken McCallum, director general of MI5\",ken-mccallum,told,"
        + "\"We are seeing a sustained campaign of sabotage, arson and intimidation directed from Moscow\""), lines.toString());
  }

  @Test
  void whoSaidWhat_quotesRfc4180() {
    assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",\r\n", WhoSaidWhat.row("a", "b,c", "say \"hi\"", "x\ny", ""));
  }

  @Test
  void officialStatements_tsvOfOneOfficial() throws Exception {
    List<String> lines = run(OfficialStatements::main, SAMPLE.toString(), "ken-mccallum");
    assertEquals("date\tdoc\tkind\tspeaker_text\tcue\tcontent", lines.get(0));
    assertTrue(lines.size() >= 3, lines.toString());
    for (String l : lines.subList(1, lines.size())) {
      assertEquals(6, l.split("\t", -1).length, l);
      assertTrue(l.startsWith("\tsample-article.txt\t"), l); // no date in the file name
    }
    assertEquals(java.time.LocalDate.of(2023, 7, 19), OfficialStatements.dateIn("moore-2023-07-19.txt"));
    assertEquals(java.time.LocalDate.of(2023, 7, 19), OfficialStatements.dateIn("x_20230719.txt"));
    assertEquals(null, OfficialStatements.dateIn("d01.txt"));
  }

  @Test
  void coMentionNetwork_weightedCountryPairs() throws Exception {
    List<String> lines = run(CoMentionNetwork::main, SAMPLE.toString());
    assertEquals("country_a,country_b,documents", lines.get(0));
    assertTrue(lines.contains("GB,RU,1"), lines.toString());
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",");
      assertTrue(f[0].compareTo(f[1]) < 0, l);
    }
  }

  @Test
  void customGazetteer_findsTheAddedAgency() throws Exception {
    List<String> lines = run(CustomGazetteer::main, SAMPLE.toString());
    assertTrue(lines.get(0).startsWith("added: AGENCY zm/zsis Zambia Security Intelligence Service"), lines.get(0));
    int custom = lines.indexOf("-- with my-entities.tsv:");
    assertTrue(custom > 0, lines.toString());
    assertTrue(lines.stream().limit(custom).noneMatch(l -> l.contains("AGENCY   zm/zsis")), "not built in");
    assertTrue(lines.stream().skip(custom).anyMatch(l -> l.contains("zm/zsis") && l.contains("ZSIS (ACRONYM)")),
        lines.toString());
  }
}
