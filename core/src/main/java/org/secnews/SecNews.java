package org.secnews;

import java.time.LocalDate;

/**
 * One-line access for scripts and JShell: {@code SecNews.analyze("MI6 chief Richard Moore said ...")}.
 *
 * <p>Uses one lazily built {@link NewsAnalyzer} with the built-in gazetteers, shared by all
 * callers and threads. Build your own analyzer with {@link NewsAnalyzer#builder()} to use other
 * gazetteers.
 *
 * @since 0.1
 */
public final class SecNews {
  private SecNews() {}

  private static final class Holder {
    static final NewsAnalyzer DEFAULT = NewsAnalyzer.builder().build();
  }

  /**
   * The shared analyzer with the built-in gazetteers.
   *
   * @return the shared analyzer, built on first use
   */
  public static NewsAnalyzer defaultAnalyzer() {
    return Holder.DEFAULT;
  }

  /**
   * Analyses {@code text} with the newest post holders for roles.
   *
   * @param text the document
   * @return the analysis of {@code text}, with no date
   */
  public static Analysis analyze(String text) {
    return Holder.DEFAULT.analyze(text);
  }

  /**
   * Analyses {@code text} as of {@code date}.
   *
   * @param text the document
   * @param date the article's date, or {@code null} for the newest post holders
   * @return the analysis of {@code text}
   */
  public static Analysis analyze(String text, LocalDate date) {
    return Holder.DEFAULT.analyze(text, date);
  }
}
