package org.secnews;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.secnews.claim.Claim;
import org.secnews.entity.EntityType;
import org.secnews.entity.Mention;
import org.secnews.text.Sentence;
import org.secnews.text.Tokens;

/**
 * Everything the library found in one document. Immutable.
 *
 * @param text      the document as given
 * @param date      the article's date used for roles and tenures, if known
 * @param tokens    its tokens
 * @param sentences its sentences, in text order
 * @param mentions  its mentions, in text order, never overlapping
 * @param claims    its claims, in order of their content
 * @since 0.1
 */
public record Analysis(String text, Optional<LocalDate> date, Tokens tokens, List<Sentence> sentences,
    List<Mention> mentions, List<Claim> claims) {

  /**
   * Checks and copies.
   *
   * @param text      the document as given
   * @param date      the article's date used for roles and tenures, if known
   * @param tokens    its tokens
   * @param sentences its sentences, in text order
   * @param mentions  its mentions, in text order, never overlapping
   * @param claims    its claims, in order of their content
   */
  public Analysis {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(tokens, "tokens");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    claims = List.copyOf(claims);
  }

  /**
   * The length of the text in UTF-16 code units ({@code chars} in the JSON output).
   *
   * @return the length of the text in UTF-16 code units
   */
  public int chars() {
    return text.length();
  }

  /**
   * The mentions of one entity type.
   *
   * @param type the entity type to keep
   * @return the mentions of that type, in text order
   */
  public List<Mention> mentions(EntityType type) {
    return mentions.stream().filter(m -> m.type() == type).toList();
  }

  /**
   * The distinct ids of the entities mentioned, in order of first mention.
   *
   * @return the distinct entity ids, in order of first mention
   */
  public List<String> entityIds() {
    return mentions.stream().map(Mention::id).distinct().toList();
  }

  @Override
  public String toString() {
    return "Analysis[" + text.length() + " chars, " + mentions.size() + " mentions, " + claims.size() + " claims]";
  }
}
