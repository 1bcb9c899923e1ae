package org.secnews.gazetteer;

import static org.secnews.testsupport.Asserts.assertMentions;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.secnews.TestGazetteers;

final class GazetteerMatcherTest {
  private static void check(String text, String markup) {
    assertMentions(TestGazetteers.analyzer().analyze(text), markup);
  }

  @Nested
  final class LongestMatch {
    @Test
    void match_longestNameWinsAndDoesNotNest() {
      check("The Russian Foreign Ministry said", "The [Russian Foreign Ministry|ru/mfa] said");
    }

    @Test
    void match_articleAndTitleAreOutsideTheSpan() {
      check("the CIA and Sir Richard Moore", "the [CIA|us/cia] and Sir [Richard Moore|richard-moore]");
    }

    @Test
    void match_possessiveIsOutsideTheSpan() {
      check("Britain’s MI6 and Russia's Kremlin", "[Britain|GB]’s [MI6|gb/sis] and [Russia|RU]'s [Kremlin|ru/kremlin]");
    }

    @Test
    void match_hyphenatedParts() {
      check("Iranian-backed UK-China ties", "[Iranian|IR]-backed [UK|GB]-[China|CN] ties");
    }

    @Test
    void match_demonymsAndAcronyms() {
      check("British spies and U.S. officials", "[British|GB] spies and [U.S.|US] officials");
    }

    @Test
    void match_hyphenAndSpaceVariants() {
      check("al Qaeda, Al-Qaeda and al-Qaida", "[al Qaeda|group/al-qaeda], [Al-Qaeda|group/al-qaeda] and [al-Qaida|group/al-qaeda]");
    }

    @Test
    void match_stopNameBlocksInnerMatch() {
      check("Latin America and America", "Latin America and [America|US]");
    }
  }

  @Nested
  final class CasePolicy {
    @Test
    void match_acronymIsCaseSensitive() {
      check("Tell us about the US", "Tell us about the [US|US]");
    }

    @Test
    void match_nameIsNotLowered() {
      check("A chad of paper. Russia and russia.", "A chad of paper. [Russia|RU] and russia.");
    }

    @Test
    void match_allCapsHeadline() {
      check("RUSSIA WARNS BRITAIN", "[RUSSIA|RU] WARNS [BRITAIN|GB]");
    }

    @Test
    void match_longAcronymInTitleCase() {
      check("Nato allies", "[Nato|int/nato] allies");
    }
  }

  @Nested
  final class Ambiguity {
    @Test
    void match_ambiguousNameInsideAPersonName() {
      check("Jordan Peterson met Michael Jordan in Jordan.", "Jordan Peterson met Michael Jordan in [Jordan|JO].");
    }

    @Test
    void match_ambiguousNameBeforeAWeekday() {
      check("They met in Jordan Friday and Michael Jordan Tuesday.", "They met in [Jordan|JO] Friday and Michael Jordan Tuesday.");
    }

    @Test
    void match_ambiguousAcronymInAllCapsHeadlineIsRejected() {
      check("IS CLAIMS ATTACK ON CHAD", "IS CLAIMS ATTACK ON CHAD");
    }

    @Test
    void match_ambiguousAcronymInProse() {
      check("IS fighters fled.", "[IS|group/islamic-state] fighters fled.");
    }

    @Test
    void match_sharedAcronymGoesToTheDocumentsCountry() {
      check("New Zealand spies: the SIS said.", "[New Zealand|NZ] spies: the [SIS|nz/nzsis] said.");
      check("British spies: the SIS said.", "[British|GB] spies: the [SIS|gb/sis] said.");
    }

    @Test
    void match_ambiguousBodyWithoutSupportIsDropped() {
      check("the Wagner opera", "the Wagner opera");
    }

    @Test
    void match_nameWithoutItsQualifierWhereTheTextNamesTheCountry() {
      check("Russia's Ministry of Internal Affairs said", "[Russia|RU]'s [Ministry of Internal Affairs|ru/mvd] said");
      check("The Ministry of Internal Affairs said", "The Ministry of Internal Affairs said");
    }

    @Test
    void match_ambiguousNameTakesTheCountryBesideIt() {
      check("Russian and Russian diplomats met. Ukraine's Ministry of Internal Affairs said so.",
          "[Russian|RU] and [Russian|RU] diplomats met. [Ukraine|UA]'s [Ministry of Internal Affairs|ua/mvs] said so.");
    }

    @Test
    void match_capitalFlaggedAmbiguous() {
      check("Washington Post reporters", "Washington Post reporters");
    }
  }
}
