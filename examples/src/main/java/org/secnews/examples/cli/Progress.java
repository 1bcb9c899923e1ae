package org.secnews.examples.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar for long runs, drawn on standard error at most a few times a second and only
 * when a person is watching (a terminal); silent when output goes to a pipe or a file.
 */
final class Progress {
  private final PrintStream err;
  private final boolean enabled;
  private final long total;
  private final long started = System.nanoTime();
  private long done;
  private long bytes;
  private long lastDraw;

  Progress(PrintStream err, long total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled && total > 1;
  }

  void advance(long documentChars) {
    done++;
    bytes += documentChars;
    long now = System.nanoTime();
    if (enabled && (now - lastDraw > 250_000_000L || done == total)) {
      lastDraw = now;
      err.print("\r" + line(now));
      err.flush();
    }
  }

  void finish() {
    if (enabled) {
      err.println();
    }
  }

  /** The bar's text: {@code [#######.......]  350/1000 docs  12.3 M chars/s}. */
  String line(long now) {
    int width = 30;
    int filled = total <= 0 ? 0 : (int) Math.min(width, done * width / total);
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    return String.format(Locale.ROOT, "[%s%s] %d/%d docs  %.1f M chars/s", "#".repeat(filled),
        ".".repeat(width - filled), done, total, bytes / 1e6 / seconds);
  }
}
