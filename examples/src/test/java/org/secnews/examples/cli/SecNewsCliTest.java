package org.secnews.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SecNewsCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Result(int status, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  private static Result run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new SecNewsCli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args, new ByteArrayInputStream(stdin));
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void jsonl_oneLinePerDocumentWithSpecFields() throws IOException {
    Result r = run("MI6 chief Richard Moore said Russia was losing.".getBytes(StandardCharsets.UTF_8),
        "--date", "2023-07-19", "-");
    assertEquals(0, r.status(), r.err());
    assertEquals(1, r.lines().size());
    JsonNode d = JSON.readTree(r.out());
    assertEquals("-", d.get("doc").asText());
    assertEquals("2023-07-19", d.get("date").asText());
    JsonNode m = d.get("mentions").get(0);
    assertEquals("AGENCY", m.get("type").asText());
    assertEquals("gb/sis", m.get("id").asText());
    assertEquals("MI6", m.get("text").asText());
    assertEquals("ACRONYM", m.get("form").asText());
    JsonNode c = d.get("claims").get(0);
    assertEquals("INDIRECT", c.get("kind").asText());
    assertEquals("richard-moore", c.get("speaker").get("id").asText());
    assertEquals("said", c.get("cue").get("text").asText());
    assertEquals("Russia was losing", c.get("content").get("text").asText());
  }

  @Test
  void folder_everyTxtFileSortedAndErrorsDoNotStopTheRun(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b.txt"), "The CIA said Russia was weak.");
    Files.write(dir.resolve("a.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'x'});
    Files.write(dir.resolve("c.txt"), new byte[] {'P', 'K', 0, 0, 1, 2});
    Files.writeString(dir.resolve("skip.md"), "not read");
    Result r = run(new byte[0], dir.toString());
    assertEquals(1, r.status());
    List<String> lines = r.lines();
    assertEquals(3, lines.size(), r.out());
    assertEquals("a.txt", JSON.readTree(lines.get(0)).get("doc").asText());
    assertTrue(JSON.readTree(lines.get(0)).get("error").asText().contains("UTF-8"));
    assertTrue(JSON.readTree(lines.get(1)).has("mentions"));
    assertTrue(JSON.readTree(lines.get(2)).get("error").asText().contains("binary"));
    assertTrue(r.err().contains("a.txt"));
  }

  @Test
  void missingFile_isAnErrorRecord() throws IOException {
    Result r = run(new byte[0], "no/such/file.txt");
    assertEquals(1, r.status());
    assertTrue(JSON.readTree(r.out()).has("error"));
  }

  @Test
  void text_format() {
    Result r = run("The CIA said Russia was weak.".getBytes(StandardCharsets.UTF_8), "--format", "text", "-");
    assertEquals(0, r.status());
    assertTrue(r.out().contains("us/cia"), r.out());
    assertTrue(r.out().contains("INDIRECT"), r.out());
  }

  @Test
  void usageErrors() {
    assertEquals(2, run(new byte[0]).status());
    assertEquals(2, run(new byte[0], "--date", "yesterday", "-").status());
    assertEquals(2, run(new byte[0], "--format", "pdf", "-").status());
    assertEquals(2, run(new byte[0], "--frobnicate").status());
  }

  @Test
  void byteOrderMarkIsDropped() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'U', 'K'};
    assertEquals("UK", SecNewsCli.decode(bom));
    assertThrows(SecNewsCli.InvalidInputException.class, () -> SecNewsCli.decode(new byte[] {(byte) 0xFF}));
  }

  @Test
  void dateFromFileNameOrText() {
    assertEquals(LocalDate.of(2023, 7, 19), SecNewsCli.findDate("2023-07-19-moore.txt", ""));
    assertEquals(LocalDate.of(2022, 11, 16), SecNewsCli.findDate("x.txt", "Posted at 6:29 PM, Nov 16, 2022"));
    assertEquals(LocalDate.of(2024, 3, 14), SecNewsCli.findDate("x.txt", "LONDON, 14 March 2024 - Britain"));
    assertEquals(null, SecNewsCli.findDate("x.txt", "no date here"));
  }

  @Test
  void gazetteerStatsAndFind() throws IOException {
    Result stats = run(new byte[0], "gazetteer", "--stats");
    assertEquals(0, stats.status());
    JsonNode s = JSON.readTree(stats.out());
    assertTrue(s.get("by_type").get("COUNTRY").asInt() >= 197);
    Result find = run(new byte[0], "gazetteer", "--find", "MI6");
    assertEquals(0, find.status());
    assertTrue(find.out().contains("gb/sis"), find.out());
  }

  @Test
  void sampleArticle_isAnalysed() throws IOException {
    Path sample = Path.of("sample/sample-article.txt");
    Result r = run(new byte[0], sample.toString());
    assertEquals(0, r.status(), r.err());
    JsonNode d = JSON.readTree(r.out());
    assertEquals("2024-03-14", d.get("date").asText());
    assertTrue(d.get("claims").size() >= 5, r.out());
  }

  @Test
  void threads_keepInputOrderAndOutput(@TempDir Path dir) throws IOException {
    for (int i = 0; i < 30; i++) {
      Files.writeString(dir.resolve(String.format("d%02d.txt", i)),
          "Doc " + i + ": Ken McCallum said Russia was a threat. " + "The CIA said so. ".repeat(i));
    }
    Files.write(dir.resolve("d15x.txt"), new byte[] {(byte) 0xFF});
    Result one = run(new byte[0], dir.toString());
    Result four = run(new byte[0], "--threads", "4", dir.toString());
    assertEquals(one.out(), four.out());
    assertEquals(31, four.lines().size());
    assertEquals(1, four.status());
    assertEquals(2, run(new byte[0], "--threads", "0", dir.toString()).status());
  }
}
