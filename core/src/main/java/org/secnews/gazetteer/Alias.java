package org.secnews.gazetteer;

import java.util.Objects;
import org.secnews.entity.MentionForm;

/**
 * One written form of an entity's name, with how to match it.
 *
 * @param text      the form as written: {@code MI6}, {@code Secret Intelligence Service}
 * @param form      what kind of name it is
 * @param casePolicy how strictly its letter case must match
 * @param ambiguous whether it is also a common word or another thing's name ({@code Chad},
 *                  {@code Jordan}), so the matcher asks the context before taking it
 * @since 0.1
 */
public record Alias(String text, MentionForm form, CasePolicy casePolicy, boolean ambiguous) {

  /**
   * Checks that the text is not blank.
   *
   * @param text      the form as written: {@code MI6}, {@code Secret Intelligence Service}
   * @param form      what kind of name it is
   * @param casePolicy how strictly its letter case must match
   * @param ambiguous whether it is also a common word or another thing's name ({@code Chad},
   *                  {@code Jordan}), so the matcher asks the context before taking it
   */
  public Alias {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(casePolicy, "casePolicy");
    if (text.isBlank()) {
      throw new IllegalArgumentException("alias text must not be blank");
    }
  }
}
