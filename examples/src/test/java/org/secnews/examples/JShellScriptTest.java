package org.secnews.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/jshell/secnews.jsh} in the JDK's own {@code jshell}, with the library on the
 * class path as the README says, and checks what it prints.
 */
final class JShellScriptTest {
  private static final Path SCRIPT = Files.isDirectory(Path.of("jshell"))
      ? Path.of("jshell/secnews.jsh") : Path.of("examples/jshell/secnews.jsh");

  @Test
  void scriptAnalysesItsSentence() throws IOException, InterruptedException {
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    assumeTrue(Files.isExecutable(jshell), "no jshell in this JDK");
    Process p = new ProcessBuilder(jshell.toString(), "--class-path", System.getProperty("java.class.path"),
        SCRIPT.toString())
        .redirectErrorStream(true)
        .start();
    try (OutputStream in = p.getOutputStream()) {
      in.write("/exit\n".getBytes(StandardCharsets.UTF_8)); // the script leaves JShell at its prompt
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jshell did not finish");
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("11-14  AGENCY   gb/sis           MI6 (ACRONYM)"), out);
    assertTrue(out.contains("25-38  OFFICIAL richard-moore    Richard Moore (NAME)"), out);
    assertTrue(out.contains("DIRECT   MI6 chief Sir Richard Moore [richard-moore] <told>: Join us"), out);
    assertTrue(out.contains("<adding>: Vladimir Putin's war had failed"), out);
    assertTrue(!out.contains("Error:") && !out.contains("Exception"), out);
  }
}
