package org.secnews.gazetteer;

import static org.secnews.testsupport.Asserts.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void match_aNameEndingInALetterBeforeAFullStopEndsAtTheLetter() {
      check("The attack was claimed by IS-K. Officials said so.",
          "The attack was claimed by [IS-K|group/isis-k]. Officials said so.");
      check("Fighters of IS-Khorasan were seen.", "Fighters of [IS-Khorasan|group/isis-k] were seen.");
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
  final class DerivedForms {
    private static final org.secnews.NewsAnalyzer WITH_BODIES = org.secnews.NewsAnalyzer.builder()
        .gazetteer(Gazetteer.builder()
            .load("countries.tsv", new java.io.StringReader(String.join("\n",
                "id\ttype\tname\taliases\tdemonyms",
                "VN\tCOUNTRY\tVietnam\tSocialist Republic of Vietnam\tVietnamese",
                "CN\tCOUNTRY\tChina\tPeople's Republic of China\tChinese",
                "NZ\tCOUNTRY\tNew Zealand\t\tNew Zealander|New Zealanders",
                "KR\tCOUNTRY\tSouth Korea\tKorea?\tSouth Korean|Korean?",
                "SD\tCOUNTRY\tSudan\t\tSudanese",
                "IN\tCOUNTRY\tIndia\t\tIndian|Indians")))
            .load("agencies.tsv", new java.io.StringReader(String.join("\n",
                "id\ttype\tname\tcountry\taliases",
                "vn/mfa\tAGENCY\tMinistry of Foreign Affairs (Vietnam)\tVN\tVietnamese Foreign Ministry",
                "cn/pla\tAGENCY\tPeople's Liberation Army\tCN\tChinese military",
                "nz/ncsc\tAGENCY\tNational Cyber Security Centre (New Zealand)\tNZ\tNational Cyber Security Centre",
                "kr/mnd\tAGENCY\tMinistry of National Defense (South Korea)\tKR\tSouth Korean Defense Ministry",
                "vn/navy\tAGENCY\tVietnam People's Navy\tVN\tVietnamese Navy",
                "sd/armed-forces\tAGENCY\tSudanese Armed Forces\tSD\t",
                "in/armed-forces\tAGENCY\tIndian Armed Forces\tIN\t",
                "in/army\tAGENCY\tIndian Army\tIN\t")))
            .build())
        .build();

    private void derived(String text, String markup) {
      assertMentions(WITH_BODIES.analyze(text), markup);
    }

    @Test
    void derived_countryInBracketsIsWrittenAfterOf() {
      derived("A spokesperson of the Ministry of Foreign Affairs of Vietnam spoke.",
          "A spokesperson of the [Ministry of Foreign Affairs of Vietnam|vn/mfa] spoke.");
      derived("The Ministry of Foreign Affairs of the Socialist Republic of Vietnam spoke.",
          "The [Ministry of Foreign Affairs of the Socialist Republic of Vietnam|vn/mfa] spoke.");
    }

    @Test
    void derived_demonymBeforeTheBracketedName() {
      derived("The Vietnamese Ministry of Foreign Affairs said.", "The [Vietnamese Ministry of Foreign Affairs|vn/mfa] said.");
    }

    @Test
    void derived_countryAfterOfTakesTheCountrysOtherNames() {
      check("A request from the Ministry of Foreign Affairs of Russia came.",
          "A request from the [Ministry of Foreign Affairs of Russia|ru/mfa] came.");
    }

    @Test
    void derived_countryNameStandsForTheDemonym() {
      derived("The Vietnam Foreign Ministry said.", "The [Vietnam Foreign Ministry|vn/mfa] said.");
      check("citing the Russia Foreign Ministry", "citing the [Russia Foreign Ministry|ru/mfa]");
    }

    @Test
    void derived_descriptionGetsNoCountryNameForm() {
      derived("The China military drills.", "The [China|CN] military drills.");
    }

    @Test
    void derived_ambiguousCountryNameDerivesNothing() {
      derived("The Korea Defense Ministry said.", "The Korea Defense Ministry said.");
    }

    @Test
    void derived_otherSpelling() {
      derived("New Zealand's National Cyber Security Center said.",
          "[New Zealand|NZ]'s [National Cyber Security Center|nz/ncsc] said.");
      derived("The South Korean Defence Ministry and the Ministry of National Defence of South Korea",
          "The [South Korean Defence Ministry|kr/mnd] and the [Ministry of National Defence of South Korea|kr/mnd]");
    }

    @Test
    void derived_genericHeadInLowerCase() {
      derived("The Vietnamese navy and the Vietnam navy said.",
          "The [Vietnamese navy|vn/navy] and the [Vietnam navy|vn/navy] said.");
    }

    @Test
    void derived_armedForcesAsArmyAndMilitary() {
      derived("The Sudanese army and the Sudanese military said.",
          "The [Sudanese army|sd/armed-forces] and the [Sudanese military|sd/armed-forces] said.");
    }

    @Test
    void derived_armyNameOfAnotherBodyStaysItsOwn() {
      derived("The Indian army and the Indian military said.",
          "The [Indian army|in/army] and the [Indian military|in/armed-forces] said.");
    }

    @Test
    void derived_armedForcesAreNotTheArmyWhereTheArmyHasARow() {
      derived("The India army said.", "The [India army|in/army] said.");
    }

    @Test
    void bodyWordQualifyingANounNamesTheCountry() {
      derived("A Vietnamese navy ship and a Sudanese military helicopter were seen; the Sudanese army fired.",
          "A [Vietnamese|VN] navy ship and a [Sudanese|SD] military helicopter were seen; the [Sudanese army|sd/armed-forces] fired.");
    }

    @Test
    void aCountrysBodyWordAndSpokesman_speakForThatBody() {
      org.secnews.Analysis a = WITH_BODIES.analyze("A Sudanese army spokesman said the city had fallen.");
      assertEquals("[Sudanese|SD]", "[" + a.mentions().get(0).text() + "|" + a.mentions().get(0).entity().id() + "]");
      assertEquals("sd/armed-forces", a.claims().get(0).speaker().entity().orElseThrow().id());
    }

    @Test
    void bodyWordQualifyingARulerNamesTheCountry() {
      derived("Victims of the former Sudanese military ruler sued.", "Victims of the former [Sudanese|SD] military ruler sued.");
    }
  }

  @Test
  void sharedAcronym_isTheFlaggedOwnersWhereItsCountryIsNamed_elseTheDefaultOwners() {
    org.secnews.NewsAnalyzer a = org.secnews.NewsAnalyzer.builder()
        .gazetteer(Gazetteer.builder()
            .load("countries.tsv", new java.io.StringReader(String.join("\n",
                "id\ttype\tname\tdemonyms",
                "SU\tCOUNTRY\tSoviet Union\tSoviet",
                "BY\tCOUNTRY\tBelarus\tBelarusian",
                "RU\tCOUNTRY\tRussia\tRussian")))
            .load("agencies.tsv", new java.io.StringReader(String.join("\n",
                "id\ttype\tname\tcountry\tacronyms",
                "su/kgb\tAGENCY\tCommittee for State Security\tSU\tKGB",
                "by/kgb\tAGENCY\tState Security Committee of the Republic of Belarus\tBY\tKGB?")))
            .build())
        .build();
    assertMentions(a.analyze("A former KGB officer, he runs Russia."), "A former [KGB|su/kgb] officer, he runs [Russia|RU].");
    assertMentions(a.analyze("The KGB in Belarus held two men."), "The [KGB|by/kgb] in [Belarus|BY] held two men.");
  }

  @Test
  void qualifiedAliasWithoutItsQualifier_isTheBodyOfTheCountryNamed() {
    org.secnews.NewsAnalyzer a = org.secnews.NewsAnalyzer.builder()
        .gazetteer(Gazetteer.builder()
            .load("countries.tsv", new java.io.StringReader(String.join("\n",
                "id\ttype\tname\tdemonyms", "VE\tCOUNTRY\tVenezuela\tVenezuelan", "CO\tCOUNTRY\tColombia\tColombian")))
            .load("agencies.tsv", new java.io.StringReader(String.join("\n",
                "id\ttype\tname\tcountry\taliases",
                "ve/prosecutor\tAGENCY\tPublic Ministry (Venezuela)\tVE\tAttorney General's Office (Venezuela)",
                "co/fiscalia\tAGENCY\tAttorney General's Office (Colombia)\tCO\t")))
            .build())
        .build();
    assertMentions(a.analyze("In Venezuela, the Attorney General's Office said gangs came from Venezuela and Colombia."),
        "In [Venezuela|VE], the [Attorney General's Office|ve/prosecutor] said gangs came from [Venezuela|VE] and [Colombia|CO].");
  }

  @Test
  void ambiguousNameOfABodyOfSeveralWords_beforeAPersonsName_isStillTheBody() {
    org.secnews.NewsAnalyzer a = org.secnews.NewsAnalyzer.builder()
        .gazetteer(Gazetteer.builder()
            .load("countries.tsv", new java.io.StringReader(String.join("\n",
                "id\ttype\tname\tdemonyms", "BY\tCOUNTRY\tBelarus\tBelarusian")))
            .load("agencies.tsv", new java.io.StringReader(String.join("\n",
                "id\ttype\tname\tcountry\taliases",
                "by/border-committee\tAGENCY\tState Border Committee of Belarus\tBY\tState Border Committee?")))
            .build())
        .build();
    assertMentions(a.analyze("In Belarus, the State Border Committee Anton Bychkovsky spoke for said so."),
        "In [Belarus|BY], the [State Border Committee|by/border-committee] Anton Bychkovsky spoke for said so.");
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
