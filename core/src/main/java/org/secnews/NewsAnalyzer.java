package org.secnews;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.secnews.claim.Claim;
import org.secnews.claim.ClaimExtractor;
import org.secnews.entity.Mention;
import org.secnews.gazetteer.Gazetteer;
import org.secnews.mention.MentionFinder;
import org.secnews.text.Sentence;
import org.secnews.text.SentenceSplitter;
import org.secnews.text.Tokenizer;
import org.secnews.text.Tokens;

/**
 * The library's entry point: turns a news text into tokens, sentences, mentions and claims.
 *
 * <p>Thread-safe, build once, reuse: an analyzer is immutable, holds only the compiled gazetteer,
 * and creates the state of each run inside {@link #analyze(String, LocalDate)}, so one instance
 * can serve any number of threads and documents.
 *
 * <pre>{@code
 * NewsAnalyzer analyzer = NewsAnalyzer.builder().build();        // built-in gazetteers
 * Analysis a = analyzer.analyze(text, LocalDate.of(2023, 7, 19));
 * a.mentions().forEach(m -> System.out.println(m.text() + " -> " + m.id()));
 * }</pre>
 *
 * <p>{@code analyze} returns a result for any string, however malformed (unbalanced quotes, binary
 * junk, lone surrogates), up to {@link Builder#maxChars(int)} characters; longer input is refused
 * with an {@link IllegalArgumentException} that says so.
 *
 * @since 0.1
 */
public final class NewsAnalyzer {
  /** The default largest document, in UTF-16 code units (16 Mi). */
  public static final int DEFAULT_MAX_CHARS = 16 * 1024 * 1024;

  private final Gazetteer gazetteer;
  private final MentionFinder mentionFinder;
  private final ClaimExtractor claimExtractor;
  private final int maxChars;

  private NewsAnalyzer(Builder b) {
    this.gazetteer = b.gazetteer != null ? b.gazetteer : Gazetteer.builtIn();
    this.mentionFinder = new MentionFinder(gazetteer);
    this.claimExtractor = new ClaimExtractor(gazetteer);
    this.maxChars = b.maxChars;
  }

  /**
   * A builder; with no settings it uses the built-in gazetteers.
   *
   * @return a new builder with the default settings
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The gazetteer this analyzer uses.
   *
   * @return the gazetteer names are looked up in
   */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * Analyses {@code text} with the newest post holders for roles.
   *
   * @param text the document; a leading byte-order mark is kept (offsets count it)
   * @return the analysis of {@code text}, with no date
   */
  public Analysis analyze(String text) {
    return analyze(text, null);
  }

  /**
   * Analyses {@code text}, resolving roles and tenures on {@code date}.
   *
   * @param text the document; a leading byte-order mark is kept (offsets count it)
   * @param date the article's date, or {@code null} for the newest post holders
   * @return the analysis of {@code text}
   * @throws NullPointerException     if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is longer than the configured maximum
   */
  public Analysis analyze(String text, LocalDate date) {
    Objects.requireNonNull(text, "text must not be null");
    if (text.length() > maxChars) {
      throw new IllegalArgumentException("document has " + text.length()
          + " chars, more than the maximum of " + maxChars + " (NewsAnalyzer.Builder.maxChars)");
    }
    Tokens tokens = Tokenizer.standard().tokenize(text);
    List<Sentence> sentences = SentenceSplitter.standard().split(tokens);
    List<Mention> mentions = mentionFinder.find(tokens, sentences, date);
    List<Claim> claims = claimExtractor.extract(tokens, sentences, mentions, date);
    return new Analysis(text, Optional.ofNullable(date), tokens, sentences, mentions, claims);
  }

  /** Configures a {@link NewsAnalyzer}; checks every setting in {@link #build()}. */
  public static final class Builder {
    private Gazetteer gazetteer;
    private int maxChars = DEFAULT_MAX_CHARS;

    private Builder() {}

    /**
     * The gazetteer to use instead of the built-in one.
     *
     * @param gazetteer the gazetteer, not null; can be set only once
     * @return this builder
     */
    public Builder gazetteer(Gazetteer gazetteer) {
      if (this.gazetteer != null) {
        throw new IllegalStateException("gazetteer was already set to " + this.gazetteer);
      }
      this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
      return this;
    }

    /**
     * The largest document accepted, in UTF-16 code units.
     *
     * @param maxChars the largest document length, checked to be greater than 0 in {@link #build()}
     * @return this builder
     */
    public Builder maxChars(int maxChars) {
      this.maxChars = maxChars;
      return this;
    }

    /**
     * The analyzer.
     *
     * @return a new analyzer with this builder's settings
     * @throws IllegalArgumentException if {@code maxChars <= 0}
     */
    public NewsAnalyzer build() {
      if (maxChars <= 0) {
        throw new IllegalArgumentException("maxChars must be > 0: " + maxChars);
      }
      return new NewsAnalyzer(this);
    }
  }
}
