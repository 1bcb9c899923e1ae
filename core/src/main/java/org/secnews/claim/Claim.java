package org.secnews.claim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the text attributes to a source (SPEC "Claims").
 *
 * @param kind       quoted or reported
 * @param speaker    who makes it, or {@code null} if the text does not say
 * @param cue        the reporting verb, or {@code null} (a quotation that inherits its speaker)
 * @param content    what is claimed
 * @param quantities the numbers inside the content, in text order
 * @param unclosed   for quotations, whether the closing mark was missing
 * @param channel    where the claim was made ({@code told Politico}, {@code in a video}), or {@code null}
 * @since 0.1
 */
public record Claim(ClaimKind kind, Speaker speaker, Cue cue, Content content,
    List<Quantity> quantities, boolean unclosed, Channel channel) {

  /**
   * Checks required parts and copies the list.
   *
   * @param kind       quoted or reported
   * @param speaker    who makes it, or {@code null} if the text does not say
   * @param cue        the reporting verb, or {@code null} (a quotation that inherits its speaker)
   * @param content    what is claimed
   * @param quantities the numbers inside the content, in text order
   * @param unclosed   for quotations, whether the closing mark was missing
   * @param channel    where the claim was made ({@code told Politico}, {@code in a video}), or {@code null}
   */
  public Claim {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    quantities = List.copyOf(quantities);
  }

  /**
   * The speaker, if the text names one.
   *
   * @return the speaker, or empty if the text does not say
   */
  public Optional<Speaker> speakerIfAny() {
    return Optional.ofNullable(speaker);
  }

  /**
   * The channel, if the text names one.
   *
   * @return the channel, or empty if the text does not say
   */
  public Optional<Channel> channelIfAny() {
    return Optional.ofNullable(channel);
  }

  /**
   * The cue, if any.
   *
   * @return the cue, or empty if the claim has none
   */
  public Optional<Cue> cueIfAny() {
    return Optional.ofNullable(cue);
  }
}
