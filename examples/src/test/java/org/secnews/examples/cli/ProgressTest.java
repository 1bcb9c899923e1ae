package org.secnews.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class ProgressTest {
  @Test
  void drawsOnATerminal() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Progress p = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8), 4, true);
    for (int i = 0; i < 4; i++) {
      p.advance(1000);
    }
    p.finish();
    String out = buf.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("[" + "#".repeat(30) + "] 4/4 docs"), out);
  }

  @Test
  void silentWhenPipedOrForOneDocument() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Progress piped = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8), 10, false);
    piped.advance(5);
    piped.finish();
    Progress single = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8), 1, true);
    single.advance(5);
    single.finish();
    assertEquals("", buf.toString(StandardCharsets.UTF_8));
  }
}
