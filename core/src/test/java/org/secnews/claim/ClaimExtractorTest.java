package org.secnews.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secnews.testsupport.Asserts.assertInvariants;
import static org.secnews.testsupport.Asserts.onlyClaim;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.secnews.Analysis;
import org.secnews.TestGazetteers;

final class ClaimExtractorTest {
  private static Analysis analyze(String text) {
    return TestGazetteers.analyzer().analyze(text, LocalDate.of(2023, 7, 19));
  }

  /** The id of the entity a claim's speaker resolved to, or null. */
  private static String speakerId(Claim c) {
    return c.speaker() == null ? null : c.speaker().entity().map(e -> e.id()).orElse(null);
  }

  private static void claim(String text, ClaimKind kind, String speakerId, String content) {
    Claim c = onlyClaim(analyze(text));
    assertEquals(kind, c.kind(), "kind of " + c);
    assertEquals(content, c.content().text());
    assertEquals(speakerId, speakerId(c),
        "speaker of " + c);
  }

  @Nested
  final class Quotations {
    @Test
    void direct_straightOpeningMarkSqueezedAfterAFullStop_pairsWithACurlyClose() {
      Analysis a = analyze("He spoke to the BBC about the threat.\"We have a duty to investigate the threats from hostile states,” Richard Moore said.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals(ClaimKind.DIRECT, c.kind());
      assertEquals("We have a duty to investigate the threats from hostile states", c.content().text());
      assertEquals("richard-moore", speakerId(c));
    }

    @Test
    void direct_quoteThenSpeakerThenCue() {
      claim("“Our door is always open,” Richard Moore told Politico.", ClaimKind.DIRECT, "richard-moore",
          "Our door is always open");
    }

    @Test
    void direct_quoteThenCueThenSpeaker() {
      claim("\"Our agencies operate in secret for a reason,\" said Hughes.", ClaimKind.DIRECT, null,
          "Our agencies operate in secret for a reason");
    }

    @Test
    void direct_speakerCueColonQuote() {
      claim("Ken McCallum said: “It is a choice you will regret.”", ClaimKind.DIRECT, "ken-mccallum",
          "It is a choice you will regret.");
    }

    @Test
    void direct_speakerCueTimeOrRecipientCommaQuote() {
      claim("Ken McCallum said Monday, “It is a choice you will regret.”", ClaimKind.DIRECT, "ken-mccallum",
          "It is a choice you will regret.");
      claim("Ken McCallum said on Monday, “It is a choice you will regret.”", ClaimKind.DIRECT, "ken-mccallum",
          "It is a choice you will regret.");
      claim("Ken McCallum told reporters, “It is a choice you will regret.”", ClaimKind.DIRECT, "ken-mccallum",
          "It is a choice you will regret.");
    }

    @Test
    void direct_speakerCueChannelCommaQuote() {
      claim("Ken McCallum said in a statement on Friday, “It is a choice you will regret.”", ClaimKind.DIRECT,
          "ken-mccallum", "It is a choice you will regret.");
      claim("Ken McCallum added in a statement, “It is a choice you will regret.”", ClaimKind.DIRECT,
          "ken-mccallum", "It is a choice you will regret.");
      claim("Ken McCallum told reporters in an interview with the BBC, “It is a choice you will regret.”",
          ClaimKind.DIRECT, "ken-mccallum", "It is a choice you will regret.");
    }

    @Test
    void direct_notAfterAClauseOfItsOwn() {
      Analysis a = analyze("Ken McCallum warned the plan failed, “and we will not try it again,” in the end.");
      assertEquals(1, a.claims().size());
      assertEquals(ClaimKind.INDIRECT, a.claims().get(0).kind());
    }

    @Test
    void direct_quoteParagraphInheritsSpeaker() {
      Analysis a = analyze("“We watch,” Ken McCallum said.\n\n“They will regret it.”");
      assertInvariants(a);
      assertEquals(2, a.claims().size());
      assertEquals("ken-mccallum", a.claims().get(1).speaker().entity().orElseThrow().id());
      assertNull(a.claims().get(1).cue());
    }

    @Test
    void direct_singleMarksRunningOnIntoTheNextParagraph() {
      Analysis a = analyze("Ken McCallum said on Tuesday: 'We do not want to see this influence in our region.\n\n"
          + "'We have a position, which is we stand with our allies.'");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertTrue(a.claims().get(0).unclosed());
      assertEquals("ken-mccallum", speakerId(a.claims().get(1)));
      Analysis elisions = analyze("In the '80s the agency grew. Rock 'n' roll was banned, Ken McCallum said.");
      assertEquals(1, elisions.claims().size(), elisions.claims().toString());
      assertEquals(ClaimKind.INDIRECT, elisions.claims().get(0).kind());
    }

    @Test
    void direct_unclosedQuotationEndsWithParagraphAndIsFlagged() {
      Analysis a = analyze("“We watch the threat,” Ken McCallum said.\n\n“This marks a clear shift.\n\n“Foreign states will look.");
      assertEquals(3, a.claims().size());
      assertTrue(a.claims().get(1).unclosed());
      assertEquals("This marks a clear shift.", a.claims().get(1).content().text());
    }

    @Test
    void scareQuotesAreNoClaims() {
      assertEquals(List.of(), analyze("Moscow has faced what critics call \"spy mania\" for years.").claims());
    }

    @Test
    void titleInQuotesIsNoClaim() {
      assertEquals(List.of(), analyze("The report ‘Rich imagination’ was published.").claims());
    }
  }

  @Nested
  final class QuotationsWithATail {
    @Test
    void wordsAfterTheQuotationBeforeAComma_carryOnTheClause_andTheNameAfterTheCommaSpeaks() {
      Analysis a = analyze("Kremlin officials met on Monday. \"We will share any travel developments\" concerning the "
          + "envoy, Richard Moore said.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("Richard Moore", c.speaker().text());
      assertEquals("richard-moore", speakerId(c));
    }

    @Test
    void aTailAfterTheQuotationThenAnInvertedCue_theSpeakerFollowsTheCue() {
      Analysis a = analyze("\"The descent of an intervention team has resulted in an exchange of fire\" between soldiers "
          + "and separatists, said Ken McCallum.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("Ken McCallum", c.speaker().text());
      assertEquals("ken-mccallum", speakerId(c));
    }

    @Test
    void aQuotationThatIsTheSubjectOfAClause_staysInTheClauseReported() {
      Analysis a = analyze("\"The emir of the group\" was Abdessamad Ejjoud, a 25-year-old street vendor, said Ken McCallum.");
      Claim c = onlyClaim(a);
      assertEquals(ClaimKind.INDIRECT, c.kind(), a.claims().toString());
      assertEquals("ken-mccallum", speakerId(c));
    }

    @Test
    void aQuotationClosedByItsCommaThenAnApposition_isNotAnInvertedCue() {
      Analysis a = analyze("\"The operation is about to end now,\" Ken McCallum, a police officer, told Reuters.");
      Claim c = onlyClaim(a);
      assertEquals("ken-mccallum", speakerId(c), a.claims().toString());
    }

    @Test
    void aFrontedAdverbialWithABriefingNoun_isSkippedToTheSubject() {
      Analysis a = analyze("During a press briefing, Ken McCallum, the head of the Security Service, said the threat "
          + "had grown.");
      Claim c = onlyClaim(a);
      assertEquals("ken-mccallum", speakerId(c), a.claims().toString());
    }
  }

  @Nested
  final class ReportedSpeech {
    @Test
    void indirect_saidThat() {
      claim("Ken McCallum said that Russia had increased its operations.", ClaimKind.INDIRECT, "ken-mccallum",
          "Russia had increased its operations");
    }

    @Test
    void indirect_saidWithoutThat() {
      claim("Ken McCallum said Russia had increased its operations.", ClaimKind.INDIRECT, "ken-mccallum",
          "Russia had increased its operations");
    }

    @Test
    void indirect_clauseThenCueThenSpeakerWithALongApposition() {
      claim("Recent burnings made Sweden a target, said Ken McCallum, head of the National Centre for Terror Threat "
          + "Assessment (NCT).", ClaimKind.INDIRECT, "ken-mccallum", "Recent burnings made Sweden a target");
    }

    @Test
    void indirect_endsBeforeTheWritersOwnComment() {
      claim("MI5 confirmed that Russia expelled two diplomats, prompting retaliation by London.", ClaimKind.INDIRECT,
          "gb/security-service", "Russia expelled two diplomats");
    }

    @Test
    void indirect_earlierSaid_isAVerb() {
      claim("Ken McCallum earlier said some members had been targeted.", ClaimKind.INDIRECT, "ken-mccallum",
          "some members had been targeted");
      claim("Earlier reports said some members had been targeted.", ClaimKind.INDIRECT, null,
          "some members had been targeted");
    }

    @Test
    void indirect_acceptedOrAgreedThat_butNotTheirOtherUses() {
      claim("Ken McCallum publicly accepted that young Russians had been recruited.", ClaimKind.INDIRECT,
          "ken-mccallum", "young Russians had been recruited");
      assertEquals(List.of(), analyze("Ken McCallum accepted the offer and agreed a deal.").claims());
      assertEquals(List.of(), analyze("We have to accept that the threat is growing.").claims());
    }

    @Test
    void indirect_mediaReportsAfterAPreposition_isANoun() {
      claim("Ken McCallum referred to media reports and said the threat was growing.", ClaimKind.INDIRECT,
          "ken-mccallum", "the threat was growing");
      claim("Belgian media reports four ministers are under police protection.", ClaimKind.INDIRECT, null,
          "four ministers are under police protection");
      assertEquals(List.of(), analyze("Ken McCallum refused to discuss weekend newspaper reports that the plot failed.").claims());
    }

    @Test
    void indirect_clauseThenSpeaker() {
      claim("Four Russian officers were expelled in April, Ken McCallum said.", ClaimKind.INDIRECT,
          "ken-mccallum", "Four Russian officers were expelled in April");
    }

    @Test
    void indirect_clauseThenCueThenSpeaker() {
      claim("Four Russian officers were expelled in April, said Ken McCallum.", ClaimKind.INDIRECT,
          "ken-mccallum", "Four Russian officers were expelled in April");
    }

    @Test
    void indirect_cueInTheMiddleKeepsTheWholeSentence() {
      claim("Europe’s tactic of expulsions, Ken McCallum stressed, has led Russia to cyberattacks.",
          ClaimKind.INDIRECT, "ken-mccallum",
          "Europe’s tactic of expulsions, Ken McCallum stressed, has led Russia to cyberattacks");
    }

    @Test
    void indirect_accordingToFirst() {
      claim("According to Ken McCallum, the operation was disrupted on April 13.", ClaimKind.INDIRECT,
          "ken-mccallum", "the operation was disrupted on April 13");
    }

    @Test
    void indirect_accordingToLast() {
      claim("The operation was disrupted on April 13, according to the CIA.", ClaimKind.INDIRECT,
          "us/cia", "The operation was disrupted on April 13");
    }

    @Test
    void indirect_toldRecipientThat() {
      claim("A senior official told CNN that the CIA based its conclusions on intelligence.",
          ClaimKind.INDIRECT, null, "the CIA based its conclusions on intelligence");
    }

    @Test
    void indirect_participleContinuesSpeaker() {
      Analysis a = analyze("The men were held, Ken McCallum said, adding that they had been arrested on Friday.");
      assertEquals(2, a.claims().size());
      assertEquals("they had been arrested on Friday", a.claims().get(1).content().text());
      assertEquals("ken-mccallum", a.claims().get(1).speaker().entity().orElseThrow().id());
    }

    @Test
    void indirect_negatedCueIsNoClaim() {
      assertEquals(List.of(), analyze("The CIA did not say where the men were held.").claims());
    }

    @Test
    void indirect_cueWithAnObjectAndATopicIsNoClaim() {
      assertEquals(List.of(), analyze("The alerts will tell people how the threats affect them. "
          + "MI5 will warn citizens of serious security threats.").claims());
    }

    @Test
    void indirect_passiveHedgeIsNoClaim() {
      assertEquals(List.of(), analyze("He is said to have received money from abroad.").claims());
    }

    @Test
    void indirect_headlineIsNoClaim() {
      assertEquals(List.of(), analyze("CIA says Russia is weak\n\nThe body was found.").claims());
    }

    @Test
    void indirect_cueInsideQuotationIsIgnored() {
      Analysis a = analyze("“They said it would end,” Ken McCallum said.");
      assertEquals(1, a.claims().size());
      assertEquals(ClaimKind.DIRECT, a.claims().get(0).kind());
    }
  }

  @Nested
  final class Speakers {
    @Test
    void envoyOfABodyToACountry_isTheEnvoyWhosePostNamesIt() {
      Analysis a = analyze("The UN Special Envoy to Yemen said the parties had agreed to a truce. "
          + "A UN envoy said the talks would resume. The UN chief said the truce must hold.");
      assertEquals(Arrays.asList("hans-grundberg", "int/un", "antonio-guterres"),
          a.claims().stream().map(ClaimExtractorTest::speakerId).toList(), a.claims().toString());
    }

    @Test
    void deputyMinistersTitle_isNotTheMinister() {
      Analysis a = analyze("Greece's defence minister said the drills would go ahead. "
          + "Greece's deputy defence minister said the ships were ready. "
          + "Greece's Deputy Prime Minister and Minister of Defence said the ships had sailed.");
      assertEquals(Arrays.asList("nikos-dendias", null, "nikos-dendias"),
          a.claims().stream().map(ClaimExtractorTest::speakerId).toList(), a.claims().toString());
    }

    @Test
    void unknownNameWithAnAppositionNamingAnother_isNotThatOther() {
      Analysis a = analyze("“It is burning,” Oleksiy Arestovich, an adviser to President Volodymyr Zelensky, told an "
          + "interviewer. Volodymyr Zelensky, the president of Ukraine, said the ship was lost.");
      assertEquals(Arrays.asList(null, "volodymyr-zelensky"),
          a.claims().stream().map(ClaimExtractorTest::speakerId).toList(), a.claims().toString());
    }

    @Test
    void spokespersonForABareBody_speaksForTheBodyThatPhraseMeans() {
      Analysis a = analyze("The Russian Foreign Ministry denied the report. A spokesperson for the ministry told a "
          + "state news service that the missile was only used by Ukrainian forces.");
      assertEquals("ru/mfa", speakerId(onlyClaim(a)), a.claims().toString());
    }

    @Test
    void pronoun_resolvesToLastPersonSpeaker() {
      Analysis a = analyze("Ken McCallum said Russia was weak. He added that Iran was a threat.");
      assertEquals("ken-mccallum", a.claims().get(1).speaker().entity().orElseThrow().id());
      assertEquals("He", a.claims().get(1).speaker().text());
    }

    @Test
    void pronoun_sheSkipsMen() {
      Analysis a = analyze("Ank Bijleveld spoke, then Ken McCallum arrived. She said the agents were Russian.");
      assertEquals("ank-bijleveld", onlyClaim(a).speaker().entity().orElseThrow().id());
    }

    @Test
    void description_agencyResolvesToLastAgency() {
      Analysis a = analyze("The CIA released a video. “Contact us,” the agency said in the video.");
      assertEquals("us/cia", onlyClaim(a).speaker().entity().orElseThrow().id());
    }

    @Test
    void role_resolvesThroughDatedPosts() {
      Analysis a = analyze("The MI6 chief said that Russia was losing.");
      assertEquals("richard-moore", onlyClaim(a).speaker().entity().orElseThrow().id());
      Analysis later = TestGazetteers.analyzer().analyze("The MI6 chief said that Russia was losing.",
          LocalDate.of(2026, 1, 1));
      assertEquals("gb/sis", onlyClaim(later).speaker().entity().orElseThrow().id());
    }

    @Test
    void role_countryAndKind() {
      Analysis a = analyze("The head of the UK’s domestic intelligence agency said Iran was a threat.");
      assertEquals("ken-mccallum", onlyClaim(a).speaker().entity().orElseThrow().id());
    }

    @Test
    void role_nationalSecurityAdviserThroughDatedPosts() {
      claim("The US national security adviser said the talks went well.", ClaimKind.INDIRECT, "jake-sullivan",
          "the talks went well");
    }

    @Test
    void unnamedOfficerOfABody_isNeitherTheBodyNorItsHead() {
      claim("A CIA officer said the plot was foiled.", ClaimKind.INDIRECT, null, "the plot was foiled");
      claim("The head of the CIA said the plot was foiled.", ClaimKind.INDIRECT, "us/cia", "the plot was foiled");
    }

    @Test
    void unnamedOfficialOrSourceOfABody_speaksForTheBody_unlessFormer() {
      claim("China is the main threat, says a senior CIA official.", ClaimKind.INDIRECT, "us/cia",
          "China is the main threat");
      claim("An MI5 source said the plot was foiled.", ClaimKind.INDIRECT, "gb/security-service", "the plot was foiled");
      claim("A former CIA official said the plot was foiled.", ClaimKind.INDIRECT, null, "the plot was foiled");
    }

    @Test
    void aCountrysBody_namedByAPossessivePhrase() {
      org.secnews.gazetteer.Gazetteer g = org.secnews.gazetteer.Gazetteer.builder()
          .load("test", new java.io.StringReader(TestGazetteers.ENTITIES
              + "hn/prosecutor\tAGENCY\tPublic Ministry (Honduras)\tHN\t\tprosecutor\t\t\t\t\t\t\n"
              + "hn/interior-ministry\tAGENCY\tSecretariat of Security (Honduras)\tHN\t\tinterior-ministry\t\t\t\t\t\t\n"))
          .build();
      org.secnews.NewsAnalyzer analyzer = org.secnews.NewsAnalyzer.builder().gazetteer(g).build();
      for (String who : List.of("Honduras's prosecutor's office", "Honduras's attorney general's office")) {
        Analysis a = analyzer.analyze(who + " said 12 people were held.", LocalDate.of(2024, 3, 5));
        assertEquals("hn/prosecutor", speakerId(a.claims().get(0)), a.claims().toString());
      }
      Analysis a = analyzer.analyze("Honduras's home ministry said two were killed.", LocalDate.of(2024, 3, 5));
      assertEquals("hn/interior-ministry", speakerId(a.claims().get(0)),
          a.claims().toString());
    }

    @Test
    void aSpokesmanForTheGroup_speaksForTheGroupNamedLast() {
      Analysis a = analyze("Islamic State denied it. In a statement, a spokesman for the group said it knows nothing about the killing.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("group/islamic-state", speakerId(c), a.claims().toString());
    }

    @Test
    void theSecretPolice_isTheSecurityServiceNamedBefore() {
      Analysis a = analyze("MI5 arrested five men. According to the secret police, it has evidence against them.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("gb/security-service", speakerId(c), a.claims().toString());
    }

    @Test
    void theGovernorOrTheCommissioner_isThePersonTheTextGaveThatTitle() {
      Analysis a = analyze("Governor Deben Tchoffo said the pupils were taken. Rebels denied it. The governor said the army "
          + "would find them.");
      assertEquals("deben-tchoffo", speakerId(a.claims().get(1)), a.claims().toString());
      Analysis b = analyze("The police commissioner, Mike Duheme, spoke on Monday. The commissioner said the threat was growing.");
      assertEquals("mike-duheme", speakerId(b.claims().get(0)), b.claims().toString());
      Analysis c = analyze("Deputy Governor Deben Tchoffo spoke on Monday. The governor said the army would find them.");
      assertTrue(c.claims().get(0).speaker().entity().isEmpty(), c.claims().toString());
    }

    @Test
    void aGroupsMediaArm_speaksForTheGroupNamedLast() {
      Analysis a = analyze("Islamic State claimed the attack. The statement from the terrorist group's media arm said four "
          + "men carried out the attack.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("group/islamic-state", speakerId(c), a.claims().toString());
    }

    @Test
    void aShortenedNameOfABodyNamedBefore_isThatBody() {
      Analysis a = analyze("The Metropolitan Police Service said two men were held. The Police Service said both were British.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("gb/met-police", speakerId(c), a.claims().toString());
    }

    @Test
    void theForce_isTheBodyNamedLast() {
      Analysis a = analyze("Scotland Yard arrested two men. The force said both were held in London.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("gb/met-police", speakerId(c), a.claims().toString());
    }

    @Test
    void aCountrysBody_afterAnApostropheAlone() {
      claim("The prisoners were killed, Honduras' police said.", ClaimKind.INDIRECT, "hn/police", "The prisoners were killed");
      claim("The prisoners were killed, Honduras\u2019 police said.", ClaimKind.INDIRECT, "hn/police", "The prisoners were killed");
    }

    @Test
    void spokesmanSpeaksForTheBody() {
      Analysis a = analyze("A Kremlin spokesman said Russia would retaliate.");
      assertEquals("ru/kremlin", onlyClaim(a).speaker().entity().orElseThrow().id());
    }

    @Test
    void pluralSourcesStayUnresolved() {
      Claim c = onlyClaim(analyze("U.S. officials said there was no point in holding the agents."));
      assertEquals("U.S. officials", c.speaker().text());
      assertTrue(c.speaker().entity().isEmpty());
    }

    @Test
    void theJunta_isTheRulingCouncilOfTheCountryWhoseJuntaWasNamed() {
      Analysis a = analyze("Officials with Niger's ruling junta ordered the French ambassador to leave. The junta said it "
          + "was also expelling the ambassadors of three states.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("The junta", c.speaker().text());
      assertEquals("ne/cnsp", speakerId(c), a.claims().toString());
    }

    @Test
    void theMilitaryGovernment_isTheJuntaToo_andACountryWithoutOneIsItself() {
      Analysis a = analyze("Fighting went on in Myanmar for a week. The military government said it would observe a "
          + "ceasefire from Wednesday.");
      assertEquals("mm/sac", speakerId(a.claims().get(a.claims().size() - 1)), a.claims().toString());
      Analysis b = analyze("Mali's military junta said the troops were Russian instructors.");
      assertEquals("ML", speakerId(onlyClaim(b)), b.claims().toString());
    }

    @Test
    void theBody_isANationalBodyThatHasJustSpoken() {
      Analysis a = analyze("South Korea's Joint Chiefs of Staff said the missile was fired at 7 a.m. The body said the "
          + "missile flew 600 km.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("The body", c.speaker().text());
      assertEquals("kr/jcs", speakerId(c), a.claims().toString());
    }

    @Test
    void theOrganisation_isNoGroupThatSpokeBeforeAnUnknownSource() {
      Analysis a = analyze("Islamic State said it carried out the attack. 'The operation comes amid increased activity "
          + "in the region,' SITE said.\n\nThe organisation previously said the group had appeared in a video.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("The organisation", c.speaker().text());
      assertEquals(null, speakerId(c), a.claims().toString());
    }

    @Test
    void aSecretariatOfAPortfolio_isThatMinistryOfTheStorysCountry() {
      Analysis a = analyze("Mexico sent troops to the border on Monday. The foreign affairs secretariat said the "
          + "deployment would end in June. The secretariat of national defense said 6,000 troops had arrived.");
      assertEquals("mx/mfa", speakerId(a.claims().get(0)), a.claims().toString());
      assertEquals("mx/mod", speakerId(a.claims().get(1)), a.claims().toString());
    }

    @Test
    void aCountrysProsecutorsOffice_isNotABranchWhoseNameHasOneMoreWord() {
      Analysis a = analyze("The Dutch prosecutor's office said the men planned to use explosive belts.");
      assertEquals("nl/om", speakerId(onlyClaim(a)), a.claims().toString()); // not the National Prosecutor's Office
    }

    @Test
    void aCountrysProsecutors_areNotACitysOfficeNamedAfterTheCapital() {
      Analysis a = analyze("The Italian police have arrested a Ukrainian man, German prosecutors said on Tuesday.");
      assertEquals("de/federal-prosecutor", speakerId(onlyClaim(a)), a.claims().toString());
    }

    @Test
    void aSpokesmanForADescribedBody_speaksForThatBodyOfTheStorysCountry() {
      Analysis a = analyze("Mexico sent troops to the border. A spokesman for the foreign ministry said the deployment "
          + "would end in June.");
      assertEquals("mx/mfa", speakerId(onlyClaim(a)), a.claims().toString());
    }

    @Test
    void theAlliance_isAnArmedGroupsAllianceNamedBefore() {
      Analysis a = analyze("The Three Brotherhood Alliance launched its offensive in October. The alliance said it had "
          + "seized more than 100 outposts.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("group/three-brotherhood-alliance", speakerId(c), a.claims().toString());
    }
  }

  @Nested
  final class Quantities {
    @Test
    void quantity_boundAndUnit() {
      Claim c = onlyClaim(analyze("Ken McCallum said more than 750 Russian diplomats had been expelled."));
      assertEquals(1, c.quantities().size());
      Quantity q = c.quantities().get(0);
      assertEquals(750, q.value());
      assertEquals(">", q.bound());
      assertEquals("more than 750", q.text().substring(0, 13));
    }

    @Test
    void quantity_currencyAndScale() {
      Claim c = onlyClaim(analyze("The CIA said hackers stole $1.5 billion in 2024."));
      assertEquals(1, c.quantities().size(), c.quantities().toString());
      assertEquals(1.5e9, c.quantities().get(0).value());
      assertEquals("USD", c.quantities().get(0).unit());
    }

    @Test
    void quantity_notYearsOrDates() {
      Claim c = onlyClaim(analyze("The CIA said the plot was foiled on April 13 in 2021."));
      assertEquals(List.of(), c.quantities());
    }

    @Test
    void quantity_notANumberInsideAName() {
      Claim c = onlyClaim(analyze("Ken McCallum said No 10 had 3 officers there."));
      assertEquals(1, c.quantities().size(), c.quantities().toString());
      assertEquals(3.0, c.quantities().get(0).value());
    }

    @Test
    void quantity_spelledOutFraction() {
      Claim c = onlyClaim(analyze("Ken McCallum said a third of the cases were linked to Iran."));
      assertEquals(1, c.quantities().size(), c.quantities().toString());
      assertEquals(1.0 / 3, c.quantities().get(0).value(), 1e-9);
    }
  }

  @Nested
  final class MoreLayouts {
    @Test
    void direct_secondQuotationIntroducedByAColon() {
      Analysis a = analyze("Ken McCallum said: \"We believe the threat is real.\" He added: \"We will act on it.\"");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("said", a.claims().get(0).cue().text());
      assertEquals("added", a.claims().get(1).cue().text());
    }

    @Test
    void direct_unclosedQuotationEndsWhereTheNextOpens() {
      Analysis a = analyze("Ken McCallum said: \"They lost three years. He added: \"They made me stronger.\"");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("They lost three years.", a.claims().get(0).content().text());
      assertTrue(a.claims().get(0).unclosed());
    }

    @Test
    void direct_toldRecipientThenColon() {
      Claim c = onlyClaim(analyze("Ken McCallum told BBC One's Breakfast programme: \"I am not organising an inquiry.\""));
      assertEquals("ken-mccallum", c.speaker().entity().orElseThrow().id());
    }

    @Test
    void indirect_butSaidContinuesTheSubject() {
      Analysis a = analyze("Ken McCallum described the meeting as important but said Russia would not attend.");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("the meeting as important", a.claims().get(0).content().text());
      assertEquals("Russia would not attend", a.claims().get(1).content().text());
    }

    @Test
    void indirect_cueInARelativeClause() {
      Analysis a = analyze("Ken McCallum, who insists he does not feel bitter, said the case was closed.");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("he does not feel bitter", a.claims().get(0).content().text());
    }

    @Test
    void indirect_clauseThenSpeakerToldRecipient() {
      claim("About 12% of users were based in Iran, the CIA told the BBC News website.", ClaimKind.INDIRECT,
          "us/cia", "About 12% of users were based in Iran");
    }

    @Test
    void indirect_toldAProgrammeWithANumber() {
      claim("The embargo was very narrow, Ken McCallum told BBC Radio 4's World At One.", ClaimKind.INDIRECT,
          "ken-mccallum", "The embargo was very narrow");
    }

    @Test
    void indirect_pointedOut() {
      claim("Ken McCallum pointed out that until now the US had led the talks.", ClaimKind.INDIRECT,
          "ken-mccallum", "until now the US had led the talks");
      assertEquals(List.of(), analyze("Ken McCallum pointed at the map of Russia.").claims());
    }

    @Test
    void indirect_labelled() {
      claim("Ken McCallum labelled the court \"illegal and incompetent\".", ClaimKind.INDIRECT,
          "ken-mccallum", "the court \"illegal and incompetent\"");
    }

    @Test
    void indirect_toldAMeetingOfABody() {
      claim("Ken McCallum told a meeting of the Security Service it would be unwise to speculate.",
          ClaimKind.INDIRECT, "ken-mccallum", "it would be unwise to speculate");
    }

    @Test
    void direct_quotationEndingASentenceKeepsItsSpeakerFromTheNextSentences() {
      Analysis a = analyze("Ken McCallum said: \"We have to deal with it.\" Richard Moore said the debate was for politicians.");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("ken-mccallum", a.claims().get(0).speaker().entity().orElseThrow().id());
      assertEquals("the debate was for politicians", a.claims().get(1).content().text());
    }

    @Test
    void indirect_aTimePhraseIsNoClause() {
      Claim c = onlyClaim(analyze("In December, the CIA pledged to act but said it was not ready yet."));
      assertEquals("it was not ready yet", c.content().text());
    }

    @Test
    void indirect_dashAddingIsAClaimOfItsOwn() {
      Analysis a = analyze("Ken McCallum said that three spies were held -- adding that one had planned an attack.");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("three spies were held", a.claims().get(0).content().text());
    }

    @Test
    void indirect_accordingToDefersToTheReportedSpeechInside() {
      Claim c = onlyClaim(analyze("According to the CIA, U.S. officials have said that the journalist was killed."));
      assertEquals("said", c.cue().text());
      assertTrue(c.speaker().entity().isEmpty());
    }

    @Test
    void pronoun_itIsTheLastBodyThatWasASubject() {
      Analysis a = analyze("Russia said the men were held. The CIA did not say where. It said they were spies.");
      assertEquals("us/cia", a.claims().get(1).speaker().entity().orElseThrow().id());
    }
  }

  @Nested
  final class DocumentContext {
    @Test
    void theCountrysBody_isOfTheCountryNamedLastBeforeItInTheSentence() {
      claim("Russian troops shelled the border villages, prompting Ukrainian units to return fire, the country's interior ministry said.",
          ClaimKind.INDIRECT, "ua/mvs",
          "Russian troops shelled the border villages, prompting Ukrainian units to return fire");
    }

    private Claim first(String text) {
      Analysis a = TestGazetteers.analyzer().analyze(text, null);
      assertInvariants(a);
      return a.claims().get(0);
    }

    @Test
    void undatedRoleWithoutCountry_isTheHolderTheDocumentNames() {
      Claim c = first("The home secretary said there would be no inquiry. "
          + "Home Secretary Charles Clarke told the BBC he was not organising one.");
      assertEquals("charles-clarke", speakerId(c), c.toString());
    }

    @Test
    void undatedRoleWithoutCountryOrNamedHolder_isTheNewestHolderInTheMainCountry() {
      Claim c = first("British officials met in London. The home secretary said Britain faced a threat.");
      assertEquals("yvette-cooper", speakerId(c), c.toString());
    }

    @Test
    void possessiveRole_isTheNamedHolder() {
      Claim c = first("Tony Blair spoke in the Commons. Charles Clarke agreed. "
          + "The prime minister's official spokesman said the threat was real.");
      assertEquals("tony-blair", speakerId(c), c.toString());
    }

    @Test
    void participleAfterASubordinateClause_belongsToItsSubject() {
      Claim c = first("The comments come after Tony Blair defended his plans, warning that it would be wrong to wait.");
      assertEquals("tony-blair", speakerId(c), c.toString());
      assertEquals("it would be wrong to wait", c.content().text());
    }

    @Test
    void frontedAdverbial_isNotTheSubject() {
      Analysis a = analyze("In December, the CIA pledged to lift the ban but said it was not ready to do so yet.");
      Claim c = onlyClaim(a);
      assertEquals("us/cia", speakerId(c), c.toString());
    }

    @Test
    void dashButWithANewSpeaker_endsTheFirstClaim() {
      Analysis a = analyze("Human rights groups say the code is not legally binding - but Richard Moore said "
          + "it would be given legal force by many states.");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("the code is not legally binding", a.claims().get(0).content().text());
      assertEquals("richard-moore", speakerId(a.claims().get(1)));
      assertEquals("it would be given legal force by many states", a.claims().get(1).content().text());
    }

    @Test
    void quotationLeftOpenBeforeAnEllipsis_isSplitWhereTheNextOpens() {
      Analysis a = analyze("Richard Moore argued: \"What the government is doing is giving in to pressure... "
          + "\"It gives the wrong signals to China, who will not accept it.\" He left.");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("It gives the wrong signals to China, who will not accept it.", a.claims().get(1).content().text());
    }

    @Test
    void dashBeforeANewClauseOfTheNarrator_endsTheContent() {
      Claim c = first("Richard Moore denied there was any snub - he is going to a memorial service instead.");
      assertEquals("there was any snub", c.content().text());
    }

    @Test
    void dashPairAroundAParenthesis_keepsTheContentWhole() {
      Claim c = first("Richard Moore said the attack - it was the third this year - had failed.");
      assertEquals("the attack - it was the third this year - had failed", c.content().text());
    }

    @Test
    void theGovernment_isTheCountryWhoseOfficialsTheStoryNames() {
      Analysis a = TestGazetteers.analyzer().analyze("Russia, Russia and Russia were discussed by Tony Blair, Charles "
          + "Clarke, Keir Starmer and Ken McCallum. The government said it would act.", null);
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("GB", speakerId(c), c.toString());
    }

    @Test
    void legislatorDescribedBySeatOrParty_isThePersonNamedBefore() {
      Analysis a = analyze("Theresa May said the powers were needed. Tony Blair agreed. "
          + "\"The threat is real,\" the Maidenhead MP told the committee.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("tony-blair", speakerId(c), c.toString()); // the person who opened the sentence before
    }

    @Test
    void partyLeaderDescription_isNoBackReference() {
      Analysis a = analyze("Tony Blair said the powers were needed. The Labour leader said they were not.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertNull(c.speaker().entity().orElse(null), c.toString());
    }

    @Test
    void descriptionWithANameInApposition_isThatPerson() {
      Claim c = first("The head of the unit, Detective Chief Superintendent Richard Moore, said the arrests were a success.");
      assertEquals("richard-moore", speakerId(c), c.toString());
    }

    @Test
    void bodyWithAParticipleApposition_keepsTheBody() {
      Claim c = first("The CIA, headed by Richard Moore, said the arrests were a success.");
      assertEquals("us/cia", speakerId(c), c.toString());
    }

    @Test
    void policeSpokesman_speaksForTheLastPoliceBodyNamed() {
      Analysis a = analyze("Russian officials met in Moscow with Russian diplomats. Scotland Yard said the plot had "
          + "been foiled. The police spokesman said two men were held.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("gb/met-police", speakerId(c), c.toString());
    }

    @Test
    void pronounAfterADescribedSpeaker_isThatSpeakerNotAnOlderName() {
      Analysis a = analyze("Ken McCallum said the threat was growing. Scotland Yard said the plot had been foiled. "
          + "The police spokesman declined to name the men. The men were held, he said.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("gb/met-police", speakerId(c), c.toString());
    }

    @Test
    void spokesmanOfAPostHolder_isRememberedForTheNextSpokesman() {
      Analysis a = TestGazetteers.analyzer().analyze("Tony Blair spoke. The prime minister's official spokesman said "
          + "the threat was real. The spokesman declined to comment on the advice. He said No 10 did not disclose it.", null);
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("tony-blair", speakerId(c), c.toString());
    }

    @Test
    void ageDescription_isThePersonJustNamedEvenAsAnObject() {
      Analysis a = analyze("Ken McCallum said the man was dangerous. Police arrested Richard Moore on Monday. "
          + "The 61-year-old said he was innocent.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("richard-moore", speakerId(c), c.toString());
    }

    @Test
    void formerHolder_isThePersonJustNamedNotTodaysHolder() {
      Analysis a = TestGazetteers.analyzer().analyze("Police questioned Tony Blair on Monday. "
          + "The former British prime minister said the plan was sound.", LocalDate.of(2026, 1, 5));
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("tony-blair", speakerId(c), c.toString());
    }

    @Test
    void pronoun_isThePersonOpeningTheSentenceBeforeAfterTheirBody() {
      Analysis a = analyze("Yvette Cooper said the plan was sound. But MI5 director Olga Petrova defended the move. "
          + "She denied the role was changing.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("olga-petrova", speakerId(c), c.toString());
    }

    @Test
    void pronoun_isThePersonWhoOpenedTheSentenceBefore() {
      Analysis a = analyze("Richard Moore said the plan was sound. Shadow home secretary Tom Blake was worried "
          + "about the plan. He warned: \"Internment has generally backfired because of resentment.\"");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("tom-blake", speakerId(c), c.toString());
    }

    @Test
    void pronoun_afterAnUnknownPersonOpeningTheSentenceBefore_isLeftUnresolved() {
      Analysis a = analyze("Richard Moore said the plan was sound. Shami Chakrabarti, from the group Liberty, "
          + "joined calls for change. She said: \"The rule of law should not be a pick and mix.\"");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertNull(speakerId(c), c.toString());
    }

    @Test
    void andPronounCue_startsASecondClaim() {
      Analysis a = analyze("Richard Moore said the standard of proof would have to be very high and he asked "
          + "whether ministers had looked at other measures.");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("the standard of proof would have to be very high", a.claims().get(0).content().text());
    }

    @Test
    void infinitiveAfterDifficult_isNoCue() {
      Analysis a = analyze("It was difficult to say that the inquiry had been open, the judges said.");
      Claim c = onlyClaim(a);
      assertEquals("the judges", c.speaker().text());
    }

    @Test
    void nameAfterAFrontedAdverbialAndBeforeItsApposition_isTheSpeaker() {
      Analysis a = analyze("Richard Moore spoke. After the ruling Carla Ferstman, legal director of the group Redress, "
          + "said: \"It is not enough for the military to investigate itself.\"");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("Carla Ferstman", c.speaker().text());
      assertNull(speakerId(c), c.toString());
    }

    @Test
    void bareSpokesman_speaksForTheBodyThatOpenedTheSentenceBefore() {
      Analysis a = analyze("Richard Moore spoke. But the CIA defended the measures. A spokesman said: "
          + "\"These individuals cannot currently be prosecuted.\"");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("us/cia", speakerId(c), c.toString());
    }

    @Test
    void participleBeforeAQuotation_belongsToTheSentenceSubject() {
      Analysis a = analyze("Richard Moore said the men were held. Archbishop Tutu criticised the measures, saying: "
          + "\"I am opposed to any arbitrary detention.\"");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("Archbishop Tutu", c.speaker().text());
      assertNull(speakerId(c), c.toString());
    }

    @Test
    void quotationThenCue_speakerPhraseAfterADeterminerRunsToItsNoun() {
      Analysis a = analyze("\"Bring it on, we are ready for them,\" said the 23-year-old. \"It is nothing "
          + "serious at all,\" said his coach Peter Stanley.");
      assertEquals(List.of("the 23-year-old", "his coach Peter Stanley"),
          a.claims().stream().map(c -> c.speaker() == null ? "-" : c.speaker().text()).toList());
    }

    @Test
    void quotationThenSpeakerWithAuxiliary_willAskAndWillSay() {
      Analysis a = analyze("\"How is it that peace has not arrived?,\" the cardinal will ask. Later Richard Moore "
          + "spoke. \"It is possible, it is real, it is worth striving for,\" he will say.");
      assertEquals(List.of("the cardinal", "he"),
          a.claims().stream().map(c -> c.speaker() == null ? "-" : c.speaker().text()).toList());
      assertEquals("richard-moore", speakerId(a.claims().get(1)));
    }

    @Test
    void questionThenNewSentence_cueBelongsToTheNewSentence() {
      Analysis a = analyze("Richard Moore spoke. \"Is it really right that people start out with such debts?\" "
          + "Mr Moore said students want action on the environment.");
      Claim last = a.claims().get(a.claims().size() - 1);
      assertEquals("students want action on the environment", last.content().text(), a.claims().toString());
      assertEquals("said", last.cue().text());
    }

    @Test
    void pointsOutAtTheClauseEnd_takesTheClauseBefore() {
      Analysis a = analyze("Falcon Group has dozens of people working across the country, Richard Moore points out.");
      assertEquals("Falcon Group has dozens of people working across the country", onlyClaim(a).content().text());
      assertEquals("richard-moore", speakerId(onlyClaim(a)));
    }

    @Test
    void bareSpokesman_speaksForTheNameThatOpensWhatHeSaid() {
      Analysis a = analyze("The cardinal spoke of peace. A spokesman later said Mr Moore had no comment to make. "
          + "A spokesman said that Britain had no comment to make.");
      assertEquals("richard-moore", speakerId(a.claims().get(0)), a.claims().toString());
      assertNull(speakerId(a.claims().get(1)), a.claims().toString());
    }

    @Test
    void clauseThenInvertedCue_speakerIsTheWholeNounPhrase() {
      Analysis a = analyze("The UK must realise it cannot prevent all attacks, says a top academic. "
          + "Mr Moore, speaking at a news conference, stressed this point. "
          + "James Hill, a former aide, said the strategy shows frustration with the media.");
      assertEquals("The UK must realise it cannot prevent all attacks", a.claims().get(0).content().text());
      assertEquals("a top academic", a.claims().get(0).speaker().text());
      assertEquals(List.of("a top academic", "James Hill"),
          a.claims().stream().map(c -> c.speaker().text()).toList(), a.claims().toString());
    }

    @Test
    void kinOfAnOfficial_speaksForThemselves() {
      Analysis a = analyze("Richard Moore retired. Richard Moore's nephew George Ritchie said he would be missed. "
          + "Moore's lawyer said the case was closed. Moore's spokesman said he was well.");
      assertEquals(Arrays.asList(null, null, "richard-moore"),
          a.claims().stream().map(c -> speakerId(c)).toList(), a.claims().toString());
    }

    @Test
    void frontedAdverbial_thenNameWithRelativeClause_theNameSpeaks() {
      Analysis a = analyze("On the question of whether such papers were kept confidential, Tory MP Michael Mates, "
          + "who is a member of the committee, said it was not so.");
      assertEquals("Tory MP Michael Mates", onlyClaim(a).speaker().text());
    }

    @Test
    void frontedCueBeforeAColon_speakerFollowsIt() {
      Analysis a = analyze("Richard Moore runs the service. Observes Mr Moore: \"The economy marks a big divide.\"");
      Claim c = onlyClaim(a);
      assertEquals("Mr Moore", c.speaker().text());
      assertEquals("Observes", c.cue().text());
      assertEquals("richard-moore", speakerId(c));
    }

    @Test
    void toldANamedRecipient_contentStartsAfterIt() {
      Analysis a = analyze("Richard Moore told BBC Radio 4's Today programme he believed the changes were enough. "
          + "Richard Moore told the Sunday Times the party would also cut advisers.");
      assertEquals(List.of("he believed the changes were enough", "the party would also cut advisers"),
          a.claims().stream().map(c -> c.content().text()).toList());
    }

    @Test
    void twoRolesJoinedByAnd_describeOneFormerHolder() {
      Analysis a = analyze("The ruling was clear, Richard Moore has said.\n\nThe former UN commissioner for human "
          + "rights and British ambassador told the BBC the ruling was clear.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("The former UN commissioner for human rights and British ambassador", c.speaker().text());
      assertEquals("richard-moore", speakerId(c));
    }

    @Test
    void descriptionAfterAnIntroducedPerson_isThatPerson_andIsToTell() {
      Analysis a = analyze("Michael Howard has denied his shadow cabinet was split.\n\nThe Tory leader said it was "
          + "not an easy issue. Mr Howard is to tell the audience: \"Many people were angry about the war.\"");
      assertEquals(List.of("michael-howard", "michael-howard", "michael-howard"),
          a.claims().stream().map(c -> speakerId(c)).toList(), a.claims().toString());
      assertEquals("The Tory leader", a.claims().get(1).speaker().text());
      assertEquals("Mr Howard", a.claims().get(2).speaker().text());
    }

    @Test
    void subjectWithAPrepositionalTail_isItsHead() {
      Analysis a = analyze("A National Audit Office report on the 20 biggest projects says costs have risen by £1.7bn. "
          + "A senior barrister who has resigned in protest over the anti-terror laws says the system is unfair.");
      assertEquals(List.of("A National Audit Office report", "A senior barrister"),
          a.claims().stream().map(c -> c.speaker().text()).toList(), a.claims().toString());
    }

    @Test
    void cueWordAsANounAfterAModifier_isNoCue() {
      Analysis a = analyze("In a monthly report anti-virus firm Sophos said that two hoax messages spread in January. "
          + "Initial reports suggested the group may be responsible for the threat.");
      assertEquals(List.of("said", "suggested"), a.claims().stream().map(c -> c.cue().text()).toList(),
          a.claims().toString());
      assertEquals("Initial reports", a.claims().get(1).speaker().text());
    }


    @Test
    void invertedCueWithARelativeClauseOnItsSpeaker_reportsTheClauseBefore() {
      Analysis a = analyze("Close to 200 of the arrests were “high-value targets”, said the organisation that assists "
          + "EU members in investigations, adding that nearly 900 million euros had been seized. "
          + "Authorities also reinforced border points, said the organisation, which is based in Lyon, France.");
      assertEquals(List.of("Close to 200 of the arrests were “high-value targets”",
          "nearly 900 million euros had been seized", "Authorities also reinforced border points"),
          a.claims().stream().map(c -> c.content().text()).toList(), a.claims().toString());
      assertEquals(List.of("the organisation", "the organisation", "the organisation"),
          a.claims().stream().map(c -> c.speaker().text()).toList(), a.claims().toString());
      Analysis b = analyze("Seyi Adetayo, a former officer, told CNN that he had heard of the death. "
          + "The UN agency for Palestinian refugees, or UNRWA, said Friday that more than 100 of its staff had been killed.");
      assertEquals(List.of("Seyi Adetayo", "The UN agency for Palestinian refugees"),
          b.claims().stream().map(c -> c.speaker().text()).toList(), b.claims().toString());
    }

    @Test
    void declaringAnActOrClaimingLives_isNoClaim() {
      Analysis a = analyze("The junta declared a temporary ceasefire on Wednesday as the death toll rose. "
          + "India declared two officials of the Pakistan High Commission “persona non grata” for espionage. "
          + "An attack on Monday claimed the lives of dozens of soldiers. "
          + "The minister declared that the war was over. The group claimed the attack in a statement.");
      assertEquals(List.of("the war was over", "the attack in a statement"),
          a.claims().stream().map(c -> c.content().text()).toList(), a.claims().toString());
    }

    @Test
    void respondedReportsOnlyAClauseWithThatOrAQuotation() {
      Analysis a = analyze("Kenyan security agencies responded swiftly to a daring raid, killing several militants. "
          + "The ministry responded that the claims were baseless. "
          + "Hong responded \"Ask the Americans, they know why they did it.\"");
      assertEquals(List.of("the claims were baseless", "Ask the Americans, they know why they did it."),
          a.claims().stream().map(c -> c.content().text()).toList(), a.claims().toString());
    }

    @Test
    void briefingAfterADeterminerAndModifiers_isAChannelNotACue() {
      Analysis a = analyze("Foreign ministry spokesperson Geng Shuang said at a news briefing on Monday that the "
          + "accusation severely contradicts the truth. The minister said at the regular daily briefing that the "
          + "strikes would continue.");
      assertEquals(List.of("the accusation severely contradicts the truth", "the strikes would continue"),
          a.claims().stream().map(c -> c.content().text()).toList(), a.claims().toString());
    }
    @Test
    void twoWordTitleBeforeAName_andHearsay() {
      Analysis a = analyze("\"We believe the merits of our case are strong,\" said chief executive Steven Theede. "
          + "Irish billionaires Mr McManus and Mr Magnier are said to believe that the bid undervalues the club.");
      assertEquals(List.of("chief executive Steven Theede", "Irish billionaires Mr McManus and Mr Magnier"),
          a.claims().stream().map(c -> c.speaker().text()).toList(), a.claims().toString());
    }

    @Test
    void relativeClauseAfterAnAgent_speakerDropsBy() {
      Analysis a = analyze("That charge was denied by Mr Moore, who said the Tories were afraid of the campaign.");
      assertEquals("Mr Moore", onlyClaim(a).speaker().text());
    }

    @Test
    void pluralCueWordOpeningASentence_isTheSubjectNoun() {
      Analysis a = analyze("Reports in the Wall Street Journal and the Financial Times suggested that the firm is "
          + "considering a bid.");
      assertEquals("Reports", onlyClaim(a).speaker().text(), a.claims().toString());
    }

    @Test
    void subjectsThroughPercentagesQuantifiersAndEagerAdjectives() {
      Analysis a = analyze("Only 42% of them say that saving money is the main aim. The three groups have all announced "
          + "large investments in new plants. The commission was keen to point out that any tax should be fair.");
      assertEquals(List.of("Only 42% of them", "The three groups", "The commission"),
          a.claims().stream().map(c -> c.speaker().text()).toList(), a.claims().toString());
    }

    @Test
    void wasContentToSpecify_reportsLikeWasKeenTo() {
      Analysis a = analyze("The minister, Ken McCallum, was content to specify that most of the victims were civilians.");
      assertEquals("ken-mccallum", speakerId(onlyClaim(a)), a.claims().toString());
      assertEquals("most of the victims were civilians", onlyClaim(a).content().text());
    }

    @Test
    void cueWordInACompound_isNoCue() {
      Analysis a = analyze("\"Estimates vary, but we estimate it to be high,\" the independent think-tank "
          + "The Brookings Institution says.");
      Claim c = onlyClaim(a);
      assertEquals("says", c.cue().text());
      assertEquals("the independent think-tank The Brookings Institution", c.speaker().text());
    }

    @Test
    void participle_subjectEndsAtAnIrregularPastVerbAfterAFrontedAdverb() {
      Analysis a = analyze("Richard Moore said the men were held. Earlier Interior Minister Ali Yerlikaya sent Mr Bush "
          + "his \"warmest congratulations\", saying: \"We look to the president to be a unifying force.\"");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("Interior Minister Ali Yerlikaya", c.speaker().text(), c.toString());
      assertEquals("ali-yerlikaya", speakerId(c), c.toString());
    }

    @Test
    void pronoun_afterARoleWithTheNameInApposition() {
      Analysis a = analyze("Richard Moore said the men were held. The shadow foreign secretary, Ken McCallum, "
          + "welcomed the return. But he said there were still serious questions.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("ken-mccallum", speakerId(c), c.toString());
    }

    @Test
    void cueWordAfterADeterminer_isANounNotACue() {
      Analysis a = analyze("\"Many problems can be traced to the planning phase,\" the report says.");
      assertEquals("the report", onlyClaim(a).speaker().text());
      a = analyze("Some reports said the director felt frustrated by the lack of support.");
      assertEquals("Some reports", onlyClaim(a).speaker().text());
    }

    @Test
    void pronounAfterAFrontedAdverbialWithoutComma_isTheSubject() {
      Analysis a = analyze("Richard Moore arrived. Earlier this week he said the embargo would be lifted within months.");
      Claim c = onlyClaim(a);
      assertEquals("he", c.speaker().text());
      assertEquals("richard-moore", speakerId(c));
    }

    @Test
    void adverbialBetweenSubjectAndCue_isSkipped() {
      Analysis a = analyze("Russia has in the past said it sees the weapons ban as politically driven.");
      assertEquals("RU", speakerId(onlyClaim(a)));
    }

    @Test
    void bareSpokesman_isTheLastPersonTitledSpokesmanNotTheLastPerson() {
      Analysis a = analyze("Kremlin spokesman Richard Moore spoke first. Ken McCallum met officials. "
          + "The spokesman said the talks had gone well.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("richard-moore", speakerId(c), c.toString());
    }

    @Test
    void negationBeforeAComma_doesNotBlockTheCue() {
      Analysis a = analyze("Richard Moore defended house arrest without trial, saying several hundred people are plotting attacks.");
      assertEquals("several hundred people are plotting attacks", onlyClaim(a).content().text());
    }

    @Test
    void continuingToInsist_keepsItsSubject() {
      Analysis a = analyze("But the CIA is continuing to insist that control orders must be issued by judges.");
      assertEquals("us/cia", speakerId(onlyClaim(a)));
      a = analyze("Richard Moore went on to say the internet offers huge benefits.");
      assertEquals("Richard Moore", onlyClaim(a).speaker().text());
    }

    @Test
    void bareLegislatorRole_isTheLastPersonNamed() {
      Analysis a = analyze("Richard Moore addressed the committee. \"The threat is real,\" the senator told reporters.");
      assertEquals("richard-moore", speakerId(onlyClaim(a)));
    }

    @Test
    void bareGovernment_isTheStorysMainCountry() {
      Analysis a = analyze("Britain faces a vote. British MPs met. But the government is continuing to insist "
          + "that control orders must be issued by ministers.");
      assertEquals("GB", speakerId(onlyClaim(a)));
    }

    @Test
    void theSpokesmanAgain_speaksForWhomTheLastSpokesmanSpokeFor() {
      Analysis a = analyze("Richard Moore met Ken McCallum. A CIA spokesman said the men were held. "
          + "Ken McCallum left. The threat was real, the spokesman said.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("us/cia", speakerId(c), c.toString());
    }

    @Test
    void theSpokesman_isThePersonNamedWithASpokesmanApposition() {
      Analysis a = analyze("Colonel Ken McCallum, spokesman for the regional forward office, said on Friday that the "
          + "first attack happened at 1am. The spokesman did not name the victim, only saying that she worked "
          + "for a convenience store.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("she worked for a convenience store", c.content().text());
      assertEquals("ken-mccallum", speakerId(c), c.toString());
    }

    @Test
    void barePolice_isThePoliceForceNamedBefore_theStorysCountrysFirst() {
      Analysis a = analyze("The Metropolitan Police said two men were held in London. Officers from the Australian "
          + "Federal Police will help, the police said.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("the police", c.speaker().text());
      assertEquals("gb/met-police", speakerId(c), c.toString());
      a = analyze("A bomb hit the market in Mogadishu on Sunday, police said.");
      assertNull(onlyClaim(a).speaker().entity().orElse(null), "no force named: bare police is any force");
    }

    @Test
    void theTitleAgain_isThePersonNamedRightAfterIt() {
      Analysis a = analyze("Mozambican Interior Minister Amade Miquidade has admitted that the attacks are serious.\n\n"
          + "According to a report in the newssheet \"Carta de Mocambique\", he was responding to questions from "
          + "journalists in Luanda.\n\n\"We do not know what they want, what makes them kill\", said the Minister.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("amade-miquidade", speakerId(c), c.toString());
      a = analyze("Khyber Pakhtunkhwa (KP) Chief Minister Ali Amin Gandapur met Prime Minister Shehbaz Sharif. "
          + "The Chief Minister pointed out that the province was directly affected.");
      c = a.claims().get(a.claims().size() - 1);
      assertEquals("ali-amin-gandapur", speakerId(c), c.toString());
      a = analyze("Mozambican Deputy Interior Minister Amade Miquidade has admitted that the attacks are serious.\n\n"
          + "According to a report in the newssheet \"Carta de Mocambique\", he was responding to questions from "
          + "journalists in Luanda.\n\n\"We do not know what they want, what makes them kill\", said the Minister.");
      c = a.claims().get(a.claims().size() - 1);
      assertTrue(c.speaker().entity().filter(e -> e.id().equals("amade-miquidade")).isEmpty(), "a deputy is not the minister");
    }

    @Test
    void anUnnamedMilitarySpokesman_speaksForTheStorysArmedForces() {
      Analysis a = analyze("Ukrainian troops clashed with gunmen near the Ukrainian border on Sunday. The army has "
          + "taken over the district, a military spokesman said.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("ua/armed-forces", speakerId(c), c.toString());
    }

    @Test
    void theForcesSpokesmanNamedByFunctionOnly_speaksForTheStorysArmedForces() {
      Analysis a = analyze("Ukrainian troops clashed with gunmen near the border on Sunday. The Spokesperson for the "
          + "Armed Forces announced the clashes on his official page. \"Six of the attackers were destroyed,\" the "
          + "statement said.");
      assertEquals("ua/armed-forces", speakerId(a.claims().get(0)), a.claims().toString());
      assertEquals("ua/armed-forces", speakerId(a.claims().get(1)), "the statement is his");
      a = analyze("Ukrainian troops clashed with gunmen near the border on Sunday. The military spokesman said the "
          + "attackers had been repelled.");
      assertEquals("ua/armed-forces", speakerId(a.claims().get(0)), a.claims().toString());
    }

    @Test
    void theForcesOrPoliceInACountry_areThatCountrys() {
      Analysis a = analyze("Police in Honduras said the attackers had fled across the border.");
      assertEquals("hn/police", speakerId(a.claims().get(0)), a.claims().toString());
      a = analyze("The army in Ukraine said the attackers had fled across the border.");
      assertEquals("ua/armed-forces", speakerId(a.claims().get(0)), a.claims().toString());
    }

    @Test
    void aSpokesmanForTheCountrysForces_speaksForThem() {
      Analysis a = analyze("A spokesman for Ukraine's armed forces said the attackers had fled across the border.");
      assertEquals("ua/armed-forces", speakerId(a.claims().get(0)), a.claims().toString());
    }

    @Test
    void inAStatementByX_theClauseIsXsClaim() {
      Analysis a = analyze("In a statement by the Ukrainian Navy on Monday, the rockets landed in the port, injuring two sailors.");
      Claim c = a.claims().get(0);
      assertEquals("ua/navy", speakerId(c), c.toString());
      assertEquals("the rockets landed in the port, injuring two sailors", c.content().text());
      a = analyze("In a statement from the Ukrainian Navy, officials said the rockets landed in the port.");
      assertEquals(1, a.claims().size(), a.claims().toString());
      assertEquals("officials", a.claims().get(0).speaker().text());
    }

    @Test
    void theMinistryAfterAStateSpoke_isThatStates() {
      Analysis a = analyze("The Investigative Committee of Russia said it had arrested two Europeans. The Netherlands said on "
          + "Thursday that two of its citizens had been arrested. \"The government condemns this baseless arrest,\" the "
          + "foreign ministry said.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("ru/investigative-committee", speakerId(a.claims().get(0)), a.claims().toString());
      assertEquals("NL", speakerId(a.claims().get(1)), a.claims().toString());
      assertEquals("nl/mfa", speakerId(c), c.toString());
    }

    @Test
    void aSecondFrontedAdverb_isNoSpeaker() {
      Analysis a = analyze("Jens Stoltenberg spoke on Wednesday. On Thursday, however, he cited a \u201cbody of credible "
          + "intelligence\u201d suggesting that the program was \u201ctotally obliterated.\u201d");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("he", c.speaker().text(), c.toString());
      assertEquals("jens-stoltenberg", speakerId(c));
    }

    @Test
    void aSourceInsideARelativeClause_isTheSpeaker() {
      Analysis a = analyze("The government is facing growing pressure from militant groups who analysts say are trying "
          + "to encircle cities and towns.");
      Claim c = a.claims().get(0);
      assertEquals("analysts", c.speaker().text(), c.toString());
      assertEquals("are trying to encircle cities and towns", c.content().text());
      a = analyze("A police officer who survived the attack told reporters the gunmen had fled.");
      assertEquals("A police officer", a.claims().get(0).speaker().text(), "who did something, then told");
    }

    @Test
    void andContinuedUntil_isPartOfTheClaim() {
      Analysis a = analyze("Hassan said that the attack began at around 1500 and continued until 1815 and was carried "
          + "out by heavily armed terrorists.");
      assertEquals(1, a.claims().size(), a.claims().toString());
      assertEquals("the attack began at around 1500 and continued until 1815 and was carried out by heavily armed "
          + "terrorists", a.claims().get(0).content().text());
    }

    @Test
    void aCueFormAfterAPreposition_isANoun() {
      Analysis a = analyze("Jens Stoltenberg said in remarks broadcast by state television that the alliance would "
          + "respond.");
      assertEquals(1, a.claims().size(), a.claims().toString());
      Claim c = a.claims().get(0);
      assertEquals("said", c.cue().text());
      assertEquals("jens-stoltenberg", speakerId(c));
      assertEquals("the alliance would respond", c.content().text());
    }

    @Test
    void aParticipleAfterAnInvertedAttribution_isThatSpeakers() {
      Analysis a = analyze("\"Morocco did not spy on anyone. Moreover, no element corroborates this,\" assured Chakib "
          + "Benmoussa, stressing that relations between the two countries are fine.");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("Chakib Benmoussa", a.claims().get(1).speaker().text());
    }

    @Test
    void noGroupOrNoOne_saysNothing() {
      assertEquals(List.of(), analyze("No group has claimed responsibility for the attack, which killed 12 soldiers.").claims());
      assertEquals(List.of(), analyze("Nobody said the plan would work.").claims());
      Analysis a = analyze("No one was hurt in the attack on the base, police said.");
      assertEquals(1, a.claims().size(), a.claims().toString());
      assertEquals("police", a.claims().get(0).speaker().text());
      a = analyze("No entry for ICC Presidential legal adviser Jens Stoltenberg said Thursday that investigators "
          + "will not be allowed to enter the country.");
      assertEquals(1, a.claims().size(), "a headline run into the speaker's name: " + a.claims());
    }

    @Test
    void aFrontedInfinitive_isNoSpeaker() {
      Analysis a = analyze("To add insult to injury, Jens Stoltenberg defended the gesture, suggesting that the "
          + "presence was a provocation.");
      assertEquals(1, a.claims().size(), a.claims().toString());
      assertEquals("jens-stoltenberg", speakerId(a.claims().get(0)), a.claims().toString());
    }

    @Test
    void thePressOffice_isTheBodyThatSpokeLast() {
      Analysis a = analyze("A man was arrested after planting a bomb under the car of an official, the Investigative "
          + "Committee of Russia said on Thursday. \"He arrived in Moscow in November,\" the press office said in a statement.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("the press office", c.speaker().text());
      assertEquals("ru/investigative-committee", speakerId(c), c.toString());
    }

    @Test
    void theMilitarySpokesmanAfterANamedOne_isStillThatPerson() {
      Analysis a = analyze("Ukrainian troops clashed with gunmen near the border, military spokesman Andriy Lysenko "
          + "said. The military spokesman said the attackers had been repelled.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertTrue(c.speaker().entity().filter(e -> e.id().equals("ua/armed-forces")).isEmpty(), c.toString());
    }

    @Test
    void theCountrysBodyDescribedAgain_isTheOneThatSpokeOrWasNamed() {
      Analysis a = analyze("Russia's foreign ministry said its envoy had been summoned. The Russian ministry said "
          + "that 20 diplomats had been expelled from the country.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("The Russian ministry", c.speaker().text());
      assertEquals("ru/mfa", speakerId(c), c.toString());
    }

    @Test
    void theMovementOrAnAdjectiveGroup_isTheGroupJustNamed() {
      Analysis a = analyze("The BLA denied the Pakistani account. \"Everything claimed by the Pakistani media is an "
          + "attempt to invent false victories,\" the movement said.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("group/bla", speakerId(c), c.toString());
      a = analyze("The BLA confirmed it had attacked the convoy. \"Three trucks were destroyed near the "
          + "disputed field,\" the separatist group said.");
      c = a.claims().get(a.claims().size() - 1);
      assertEquals("group/bla", speakerId(c), c.toString());
      a = analyze("The BLA confirmed it had attacked the convoy. \"Three trucks were destroyed near the "
          + "disputed field,\" the Baloch group said.");
      c = a.claims().get(a.claims().size() - 1);
      assertEquals("group/bla", speakerId(c), c.toString());
    }

    @Test
    void frontedJudgementParticiple_isTheMainSpeakersClaimToo() {
      Analysis a = analyze("Theresa May spoke on Sunday. Describing the incident as a “terrible massacre,” May said "
          + "that civilians were murdered with extreme cruelty.");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("the incident as a “terrible massacre,”", a.claims().get(0).content().text());
      assertEquals("theresa-may", speakerId(a.claims().get(0)));
      assertEquals("Describing", a.claims().get(0).cue().text());
      a = analyze("Theresa May spoke on Sunday. Speaking to reporters, May said that civilians were murdered.");
      assertEquals(1, a.claims().size(), "a participle of speaking reports nothing: " + a.claims());
    }

    @Test
    void thePresident_isThePresidentJustNamedWhoSpoke_notTheStorysCountrysOne() {
      Analysis a = analyze("Russia held a vote on Sunday. President Irfaan Ali assured Guyanese that there was nothing "
          + "to fear from Russia. \"I want to advise Russians that this is an opportunity,\" the President said.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("irfaan-ali", speakerId(c), c.toString());
      a = analyze("Russia held a vote on Sunday. Theresa May met President Irfaan Ali in London. \"I want to advise "
          + "Russians that this is an opportunity,\" the President said.");
      c = a.claims().get(a.claims().size() - 1);
      assertEquals("vladimir-putin", speakerId(c), "met, not speaking: the role's holder: " + c);
    }

    @Test
    void theBodysHead_isThePersonTheTextNamedItsHead_whenTheGazetteerKnowsNone() {
      Analysis a = analyze("This was stated by the head of the Government Communications Headquarters (GCHQ), "
          + "Alexandru Musteata, at a briefing. The GCHQ director claimed that about 500 foreign citizens were involved.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("The GCHQ director", c.speaker().text());
      assertEquals("alexandru-musteata", speakerId(c), c.toString());
    }

    @Test
    void theNavy_isTheNavyOfTheCountryWhoseVoiceSpokeLast() {
      Analysis a = analyze("Russia and Russian officials denied it; Moscow and Russia were silent. A missile hit a "
          + "trawler, Ukraine's armed forces said. The navy said it was not clear how the missile was launched.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("ua/navy", speakerId(c), c.toString());
    }

    @Test
    void theCoastGuard_isTheCoastGuardNamedElseTheStorysCountrys() {
      Analysis a = analyze("Greek authorities have seized a ship heading for Libya, the coastguard said on Wednesday.");
      assertEquals("gr/coast-guard", speakerId(onlyClaim(a)), a.claims().toString());
      Analysis b = analyze("The Philippine Coast Guard escorted the boats to the shoal. Chinese vessels fired water "
          + "cannon at them, the coast guard said.");
      assertEquals("ph/coast-guard", speakerId(onlyClaim(b)), b.claims().toString());
    }

    @Test
    void theBorderService_orTheBorderGuards_isTheCountrysBorderGuard() {
      Analysis a = analyze("Poland closed a crossing on Monday. The Polish border service said migrants had tried to cross.");
      assertEquals("pl/border-guard", speakerId(onlyClaim(a)), a.claims().toString());
      Analysis b = analyze("Poland closed a crossing on Monday. Migrants tried to cross again, the border guards said.");
      assertEquals("pl/border-guard", speakerId(onlyClaim(b)), b.claims().toString());
    }

    @Test
    void theMinistry_isTheMinistryOfTheMinisterNamedBefore() {
      Analysis a = analyze("Defence Minister Nikos Dendias visited the base on Monday. The ministry said the exercise "
          + "would go ahead as planned.");
      assertEquals("gr/mod", speakerId(onlyClaim(a)), a.claims().toString());
      Analysis b = analyze("Former defence minister Dimitris Avramopoulos visited the base on Monday. The ministry said "
          + "the exercise would go ahead as planned."); // no longer a minister on the story's date
      assertNull(speakerId(onlyClaim(b)), b.claims().toString());
    }

    @Test
    void federalProsecutorsAndTheTopProsecutor_areTheStorysCountrysOffice() {
      Analysis a = analyze("German police raided homes across Germany on Friday. Federal prosecutors said that four "
          + "men had founded a terrorist group.");
      assertEquals("de/federal-prosecutor", speakerId(onlyClaim(a)));
      a = analyze("German police raided homes across Germany on Friday. The suspect acted alone, Germany's top "
          + "prosecutor said.");
      assertEquals("peter-frank", speakerId(onlyClaim(a)));
    }

    @Test
    void aNameRightAfterAnUnnamedSpokesman_isThatSpokesman() {
      Analysis a = analyze("A spokesman for Islamic State said the group would fight on.\n\n"
          + "\"We will not withdraw from the city under any conditions,\" Abu Omar Khalid said.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("group/islamic-state", speakerId(c), c.toString());
      // a person the text named before the spokesman spoke is someone else
      a = analyze("Abu Omar Khalid, a resident, watched the fighting. A spokesman for Islamic State said the group "
          + "would fight on.\n\n\"We are afraid to stay in the city under these conditions,\" Abu Omar Khalid said.");
      c = a.claims().get(a.claims().size() - 1);
      assertEquals(null, speakerId(c), c.toString());
    }

    @Test
    void thePresidency_isThePresidencyNamedBefore() {
      Analysis a = analyze("The Syrian presidency warned on Friday that the strike was a dangerous escalation. "
          + "\"The strike is a dangerous escalation against state institutions,\" the presidency said in a statement.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("sy/presidency", speakerId(c), c.toString());
    }

    @Test
    void bareProsecutors_areTheProsecutionOfficeThatSpoke() {
      // the story's main country is Ukraine, but the prosecutors who speak are Germany's
      Analysis a = analyze("A Ukrainian man from Kyiv was arrested in Italy, the Federal Prosecutor General said. "
          + "Ukraine and Kyiv denied it; Ukraine was silent. Prosecutors said the suspect rented a yacht in Rostock.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("de/federal-prosecutor", speakerId(c), c.toString());
    }

    @Test
    void heAfterAGroupFigure_isTheGroup() {
      Analysis a = analyze("Theresa May condemned the attack. A senior Islamic State figure told reporters that the "
          + "attack was a response. \"We claim the attack in the name of all the fighters,\" he said.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("group/islamic-state", speakerId(c), c.toString());
    }

    @Test
    void aPostAfterACommaAndANameBeforeTheCue_isThatPerson() {
      Analysis a = analyze("Vladimer Bortsvadze, Deputy Interior Minister said the situation was stable and under control.");
      Claim c = onlyClaim(a);
      assertEquals("vladimer-bortsvadze", speakerId(c), c.toString());
    }

    @Test
    void aStatesPostAfterACommaAndANameBeforeTheCue_isThatPerson() {
      Analysis a = analyze("Lasha Darsalia, Georgia's Deputy Foreign Minister also said the matter was closed.");
      Claim c = onlyClaim(a);
      assertEquals("lasha-darsalia", speakerId(c), c.toString());
    }

    @Test
    void anAsideBetweenDashesAfterTheSpeaker_isSkipped() {
      Claim c = first("Richard Moore - also the head of MI6 - said Russia was simply trying to understand what was happening.");
      assertEquals("richard-moore", speakerId(c), c.toString());
      assertEquals("Russia was simply trying to understand what was happening", c.content().text());
      c = first("Richard Moore — the head of MI6 — said Russia was failing.");
      assertEquals("richard-moore", speakerId(c), c.toString());
      assertTrue(analyze("Bombs went off - the third this week - said police, who blamed gangs.").claims().isEmpty());
    }

    @Test
    void aSentenceAdverbAfterTheSpeaker_isNoPartOfIt() {
      Analysis a = analyze("Richard Moore spoke in Prague. Moore however assured reporters that the attack was isolated.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("richard-moore", speakerId(c), c.toString());
    }

    @Test
    void lateOrEarlyBeforeADayAfterTheSpeaker_isNoPartOfIt() {
      Claim c = onlyClaim(analyze("The Kremlin late Saturday said the girls were exchanged for suspects."));
      assertEquals("The Kremlin", c.speaker().text(), c.toString());
      assertEquals("ru/kremlin", speakerId(c), c.toString());
    }

    @Test
    void atTheWeekendAfterTheCue_isATimeBeforeTheClause() {
      Claim c = first("Richard Moore said at the weekend Russia was simply trying to understand what was happening.");
      assertEquals("richard-moore", speakerId(c), c.toString());
      assertEquals("Russia was simply trying to understand what was happening", c.content().text());
    }

    @Test
    void accordingToADescriptionThenTheNameInApposition_isThatPerson() {
      Claim c = first("Some militants were killed, according to the governor of the region, Abdiqadir Mohamed Siidi.");
      assertEquals("abdiqadir-mohamed-siidi", speakerId(c), c.toString());
      c = first("According to the governor of the region, Abdiqadir Mohamed Siidi, some militants were killed.");
      assertEquals("abdiqadir-mohamed-siidi", speakerId(c), c.toString());
    }

    @Test
    void participleRightAfterAClosingMark_startsASecondClaim() {
      Analysis a = analyze("Ken McCallum described Iran’s threat as growing at an “unprecedented scale and pace” "
          + "adding that Britain had responded to 20 plots.");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("Iran’s threat as growing at an “unprecedented scale and pace”", a.claims().get(0).content().text());
      assertEquals("Britain had responded to 20 plots", a.claims().get(1).content().text());
    }

    @Test
    void frontedParticiplePhrase_isNotTheContentOfALaterCue() {
      Analysis a = analyze("Speaking to Reuters, Ken McCallum said Ho had left suddenly.");
      assertEquals("Ho had left suddenly", onlyClaim(a).content().text());
    }

    @Test
    void describedAs_endsBeforeAddingWithAQuotation() {
      Analysis a = analyze("Speaking to Reuters, Ken McCallum described Ho’s departure as “sudden”, adding: "
          + "“If it is appropriate to give a response, then you will be told.”");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("Ho’s departure as “sudden”", a.claims().get(0).content().text());
    }

    @Test
    void condemnedAs_aThatAfterTheJudgementIsRelative_notTheStartOfTheContent() {
      Analysis a = analyze("Ken McCallum condemned the arrest as a violation of the 2018 peace agreement that formed the government.");
      assertEquals("the arrest as a violation of the 2018 peace agreement that formed the government",
          onlyClaim(a).content().text());
    }

    @Test
    void withSubjectParticiple_isTheNounPhraseAfterWith() {
      Analysis a = analyze("Tensions have escalated, with Kiev's Western allies claiming Moscow is planning an invasion.");
      Claim c = onlyClaim(a);
      assertEquals("Kiev's Western allies", c.speaker().text());
      assertEquals("Moscow is planning an invasion", c.content().text());
    }

    @Test
    void partyLeaderTheGazetteerLacks_isIntroducedNotTheLastPerson() {
      Analysis a = TestGazetteers.analyzer().analyze("Tony Blair defended the plan. "
          + "Liberal Democrat leader Charles Kennedy says that the plan is authoritarian.", null);
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("charles-kennedy", speakerId(c), c.toString());
    }
  }

  @Nested
  final class UnknownPeople {
    @Test
    void pronoun_afterAnUnknownNamedSpeakerIsLeftUnresolved() {
      Analysis a = analyze("Ken McCallum said Iran was a threat. Sir Ian Grey said the vote was a target. "
          + "He said the risk was real.");
      Claim last = a.claims().get(2);
      assertEquals("He", last.speaker().text());
      assertTrue(last.speaker().entity().isEmpty(), last.toString());
    }

    @Test
    void titleAndFirstName_referToTheOfficialNamedBefore() {
      Analysis a = analyze("Commissioner Sir John Stevens said the men were held. Sir John said they would be charged.");
      assertEquals("john-stevens", a.claims().get(1).speaker().entity().orElseThrow().id());
    }

    @Test
    void aSingularCueNounBeforeItsVerb_isNoCue() {
      assertTrue(analyze("The MI6 report comes as the head of the agency is expected to visit Tehran.").claims().isEmpty());
      assertTrue(analyze("The police report was published on Monday after a long delay.").claims().isEmpty());
      Analysis a = analyze("A preliminary MI6 report said the plot had been foiled in March.");
      assertEquals("the plot had been foiled in March", a.claims().get(0).content().text());
      // a verb with its object moved away: "which investigators claim was"
      Analysis b = analyze("He ran the site, which investigators claim was a clearing house for criminals.");
      assertEquals("was a clearing house for criminals", b.claims().get(0).content().text(), b.claims().toString());
    }

    @Test
    void aNameThatFoldsToACue_isNoCueAndNoCrash() {
      // "Saïd" folds to "said": the cue table knew it, the lemma table did not (a NullPointerException)
      Analysis a = analyze("On Monday Saïd Djinnit called for calm. Saïd Djinnit said the talks would go on.");
      assertEquals(1, a.claims().size(), a.claims().toString());
      assertEquals("the talks would go on", a.claims().get(0).content().text());
    }

    @Test
    void famousSurnameAfterAnotherFirstNameIsSomeoneElse() {
      Analysis a = analyze("Vladimir Putin spoke. Sir Ian Putin, a police chief, later left.");
      assertEquals(1, a.mentions().stream().filter(m -> m.id().equals("vladimir-putin")).count(), a.mentions().toString());
    }
  }
  @Test
  void openingParticipleWithAJudgement_isTheMainClauseSubjectsClaim() {
    Analysis a = analyze("Calling the Russian strike a violation of international law, the Dutch Foreign Ministry said it would respond.");
    assertEquals("the Russian strike a violation of international law", a.claims().get(0).content().text());
    assertEquals("nl/mfa", speakerId(a.claims().get(0)));
    Analysis b = analyze("Calling Russia “an authoritarian state with different values,” Richard Moore said the threat grew.");
    assertEquals("Russia “an authoritarian state with different values", b.claims().get(0).content().text());
    assertEquals("richard-moore", speakerId(b.claims().get(0)));
    Analysis c = analyze("Calling for calm, Richard Moore said the talks would go on.");
    assertEquals(1, c.claims().size(), c.claims().toString());
  }

  @Test
  void clauseThenALongSpeakerPhraseAndTheCue() {
    claim("The situation remains tense, Press Secretary of Russia's Investigative Committee Anton Bychkovsky told the media.",
        ClaimKind.INDIRECT, "anton-bychkovsky", "The situation remains tense");
  }

  @Test
  void dismissedAsAfterANounCueInTheObject() {
    claim("The Russian Foreign Ministry dismissed the Dutch claims as baseless.", ClaimKind.INDIRECT, "ru/mfa",
        "the Dutch claims as baseless");
  }

  @Test
  void cueWithAPronounObjectAfterTheSpeakersApposition_isNoClaim() {
    assertTrue(analyze("The Director, Army Public Relations, Brig.-Gen. Onyema Nwachukwu, disclosed this in a statement on Thursday.")
        .claims().isEmpty());
    claim("The company, led by its new chief executive, said this was its best year.", ClaimKind.INDIRECT, null,
        "this was its best year");
  }


  @Nested
  final class ThatThenAParenthesis {
    @Test
    void indirect_thatCommaParenthesisComma_keepsTheParenthesisInTheContent() {
      claim("Richard Moore said that, in his view, the group had been monitoring rail routes.", ClaimKind.INDIRECT,
          "richard-moore", "in his view, the group had been monitoring rail routes");
    }

    @Test
    void indirect_accordingToInsideTheReportedClause_isTheSpeakersClaim() {
      claim("Richard Moore said that, according to the evidence gathered, the group had been monitoring rail routes.",
          ClaimKind.INDIRECT, "richard-moore",
          "according to the evidence gathered, the group had been monitoring rail routes");
    }

    @Test
    void noClaim_havingSaidThat() {
      assertEquals(List.of(), analyze("Having said that, the Russians are always pleased when the spies are caught.").claims());
    }
  }

  @Nested
  final class ClosingAttribution {
    @Test
    void indirect_closingAttributionReportsAClauseThatHoldsACue() {
      claim("The rebels warned that the town would fall within days, Richard Moore said.", ClaimKind.INDIRECT,
          "richard-moore", "The rebels warned that the town would fall within days");
    }

    @Test
    void indirect_aRelayedReportIsTheInnerSpeakers() {
      claim("The Kremlin said the drones were flown over Moscow at night, the state news agency TASS reported.",
          ClaimKind.INDIRECT, "ru/kremlin", "the drones were flown over Moscow at night");
    }

    @Test
    void indirect_chainedAttribution_isTheInnerSpeakers() {
      Claim c = onlyClaim(analyze("The town would fall within days, Richard Moore wrote in a letter, the CIA reported."));
      assertEquals("richard-moore", c.speaker().entity().orElseThrow().id());
    }

    @Test
    void indirect_notAClosingAttribution_aNounOrAParticiple() {
      claim("The CIA claimed the town would fall within days, a claim denied by Richard Moore.", ClaimKind.INDIRECT,
          "us/cia", "the town would fall within days, a claim denied by Richard Moore");
    }

    @Test
    void indirect_invertedSpeakerWithAModifierBeforeTheRole() {
      Claim c = onlyClaim(analyze("The most likely scenario is that he fled before the raid, said government spokesman "
          + "Roberto Izurieta."));
      assertEquals("government spokesman Roberto Izurieta", c.speaker().text());
      assertEquals("The most likely scenario is that he fled before the raid", c.content().text());
    }

    @Test
    void indirect_speakerWithANameSuffix() {
      Claim c = onlyClaim(analyze("Chief of Staff Gen. Romeo Brawner, Jr. said the suspects were sending information."));
      assertEquals("Chief of Staff Gen. Romeo Brawner, Jr.", c.speaker().text());
    }

    @Test
    void indirect_clauseEndingInAQuotationBeforeTheComma() {
      claim("The army is alarmed by clashes seen as a \"threat to peace and security,\" Richard Moore said on Monday.",
          ClaimKind.INDIRECT, "richard-moore", "The army is alarmed by clashes seen as a \"threat to peace and security");
    }

    @Test
    void direct_quotationOpeningTheSentenceStaysDirect() {
      claim("\"The army is alarmed by clashes with the rebels,\" Richard Moore said on Monday.",
          ClaimKind.DIRECT, "richard-moore", "The army is alarmed by clashes with the rebels");
    }

    @Test
    void speaker_theSpokesmanJustNamed_isThatPerson() {
      Analysis a = analyze("The CIA is alarmed by the clashes in the north, its spokesman Ken McCallum said. "
          + "The director called for an end to the fighting, said the spokesman.");
      assertEquals("ken-mccallum", a.claims().get(1).speaker().entity().orElseThrow().id());
    }

    @Test
    void indirect_closingAttributionToAListOfSources() {
      claim("Gunmen kidnapped at least 80 students from a school in the town, police, residents and a teacher said.",
          ClaimKind.INDIRECT, null, "Gunmen kidnapped at least 80 students from a school in the town");
    }

    @Test
    void indirect_toldAPluralAudience() {
      claim("The men joined the conspiracy in early 2014, Richard Moore told jurors in the district court.",
          ClaimKind.INDIRECT, "richard-moore", "The men joined the conspiracy in early 2014");
      claim("Richard Moore told delegates Labour cannot be trusted on crime.", ClaimKind.INDIRECT, "richard-moore",
          "Labour cannot be trusted on crime");
    }

    @Test
    void indirect_invertedSpeakerWithARelativeClause() {
      claim("All of its six fighters were killed in the town, said the group which could not be reached.",
          ClaimKind.INDIRECT, null, "All of its six fighters were killed in the town");
    }
  }

  @Nested
  final class Judgements {
    @Test
    void indirect_judgementWithAs() {
      claim("Russia denounced the incident as flagrant aggression against its sovereignty.", ClaimKind.INDIRECT, "RU",
          "the incident as flagrant aggression against its sovereignty");
      claim("Richard Moore dismissed the allegations as groundless smears by the press.", ClaimKind.INDIRECT,
          "richard-moore", "the allegations as groundless smears by the press");
    }

    @Test
    void indirect_relativeClauseKeepsItsQuotationAndTheDayItNames() {
      claim("Richard Moore, who has described Sunday's vote as the \"most consequential election\" in history, spoke.",
          ClaimKind.INDIRECT, "richard-moore", "Sunday's vote as the \"most consequential election\" in history");
    }

    @Test
    void noClaim_participleAfterAPreposition() {
      assertEquals(List.of(), analyze("Moldova carried out 200 raids over alleged Russian efforts to destabilise it.").claims());
    }

    @Test
    void indirect_whatTheyCalled() {
      claim("It cited what the Kremlin described as the inability of the government to unite the nation.",
          ClaimKind.INDIRECT, "ru/kremlin", "the inability of the government to unite the nation");
      claim("It disrupted what Richard Moore had called the most peaceful elections in recent history.",
          ClaimKind.INDIRECT, "richard-moore", "the most peaceful elections in recent history");
      assertEquals(List.of(), analyze("They met in what are called special economic zones in the south.").claims());
    }

    @Test
    void noClaim_judgementVerbWithoutAs_orANoun() {
      assertEquals(List.of(), analyze("Richard Moore described the incident at length to the reporters.").claims());
      assertEquals(List.of(), analyze("Russia condemned the attack on the embassy in the strongest terms.").claims());
      assertEquals(List.of(), analyze("The drugs are sold under brand names such as Celebrex and Vioxx.").claims());
    }

    @Test
    void direct_afterAndTheCueTakesTheSentencesSubject() {
      Analysis a = analyze("Richard Moore said oil was exported through Turkey, and warned: \"The tragic event will "
          + "have serious consequences.\"");
      Claim direct = a.claims().stream().filter(c -> c.kind() == ClaimKind.DIRECT).findFirst().orElseThrow();
      assertEquals("richard-moore", direct.speaker().entity().orElseThrow().id());
    }

    @Test
    void speaker_anIndefiniteRoleIsSomeoneNew() {
      Analysis a = analyze("Richard Moore spoke first. Three men made persistent efforts to join the militants, "
          + "a prosecutor said on Tuesday.");
      assertEquals(java.util.Optional.empty(), a.claims().get(0).speaker().entity());
    }
  }

  @Nested
  final class ClauseBoundaries {
    @Test
    void indirect_aConditionalSentenceAfterTheCue_isTheClaim() {
      claim("Richard Moore said if there is no credible response by Tuesday, Britain would take action.",
          ClaimKind.INDIRECT, "richard-moore", "if there is no credible response by Tuesday, Britain would take action");
      assertTrue(analyze("Reporters asked if the talks had failed, and nobody answered.").claims().isEmpty());
    }

    @Test
    void indirect_inASubordinateClauseBeforeTheMainOne_endsAtItsComma() {
      claim("While the Kremlin said it had evidence, it did not provide details in the statement.", ClaimKind.INDIRECT,
          "ru/kremlin", "it had evidence");
      claim("The Kremlin said it had evidence, and it would provide details in a statement.", ClaimKind.INDIRECT,
          "ru/kremlin", "it had evidence, and it would provide details in a statement");
    }

    @Test
    void indirect_thatAfterTheObjectsNounIsARelativeClause() {
      claim("The Kremlin said the strikes that killed one soldier were an attack on its sovereignty.", ClaimKind.INDIRECT,
          "ru/kremlin", "the strikes that killed one soldier were an attack on its sovereignty");
      claim("The Kremlin said in a statement that the strikes were an attack.", ClaimKind.INDIRECT, "ru/kremlin",
          "the strikes were an attack");
    }

    @Test
    void indirect_afterAnotherSpeakerSaid_isASecondClaim() {
      Analysis a = analyze("Russia denounced the strikes as a hostile act after the CIA said it had hit three sites.");
      assertEquals(2, a.claims().size());
      assertEquals("the strikes as a hostile act", a.claims().get(0).content().text());
      assertEquals("us/cia", a.claims().get(1).speaker().entity().orElseThrow().id());
    }

    @Test
    void speaker_theArmy_isTheStorysCountrysArmy() {
      Analysis a = analyze("Russia and Russia and Russia again. The army said it had captured three rebels in the town.");
      assertEquals("ru/armed-forces", a.claims().get(0).speaker().entity().orElseThrow().id());
    }

    @Test
    void speaker_aCountrysBodyByItsKind() {
      claim("Russia's police said officers had detained three men.", ClaimKind.INDIRECT, "ru/mvd",
          "officers had detained three men");
    }
  }

  @Nested
  final class GroupSpokesmen {
    @Test
    void speaker_aNameTheGazetteerLacks_speaksForTheGroupInItsApposition() {
      claim("In a message sent to Al Jazeera, Abu Hamza Said, an al-Qaeda spokesman, said that the group was "
          + "responsible for the attack.", ClaimKind.INDIRECT, "group/al-qaeda", "the group was responsible for the attack");
    }

    @Test
    void speaker_pronounAfterAGroupsRepresentativeNamedInApposition_isTheGroup() {
      Analysis a = analyze("Richard Moore spoke in London. A representative of ISIS, Abu Omar Bakr, stated in an interview "
          + "that he expects a response. He said that many countries are attempting to make contact with them.");
      assertEquals("group/islamic-state", speakerId(a.claims().get(a.claims().size() - 1)));
    }

    @Test
    void speaker_aTimeAdverbAfterTheSubjectIsNoPartOfIt() {
      Analysis a = analyze("ISIS fighters attacked a ship. The group soon claimed that its fighters had hit the ship.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("The group", c.speaker().text());
      assertEquals("group/islamic-state", speakerId(c));
    }

    @Test
    void speaker_pronounAfterAGroupsSpokesman_isTheGroup() {
      Analysis a = analyze("The spokesperson for ISIS, Abu Omar Bakr, stated that the group targeted a ship. "
          + "He continued: \"We will go on with all measures against the enemy.\"");
      assertEquals(2, a.claims().size());
      assertEquals("group/islamic-state", a.claims().get(1).speaker().entity().orElseThrow().id());
    }

    @Test
    void speaker_aGroupLeaderInApposition_andHisSurnameLater() {
      Analysis a = analyze("\"Consider them freed, because our conditions were respected,\" said Mohamed Ould Hicham, "
          + "a leader of the militant group al-Qaeda in the north of the region. \"The hostages were freed not far "
          + "from Gao, we handed them to a delegation,\" Hicham said.");
      assertEquals(2, a.claims().size());
      assertEquals("group/al-qaeda", a.claims().get(0).speaker().entity().orElseThrow().id());
      assertEquals("group/al-qaeda", a.claims().get(1).speaker().entity().orElseThrow().id());
    }

    @Test
    void speaker_aGroupsChairpersonInALongApposition_orItsCommanderWithTheGroupApart() {
      Analysis a = analyze("Abu Musab Jalal, acting chairperson of the National Committee on Foreign Relations for "
          + "al-Qaeda, condemned the arrest as a violation of the truce. Jalal said the minister was in the convoy.");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("group/al-qaeda", a.claims().get(0).speaker().entity().orElseThrow().id());
      assertEquals("group/al-qaeda", a.claims().get(1).speaker().entity().orElseThrow().id());
      Analysis apart = analyze("Abu Musab Jalal, Operations commander, al-Qaeda, noted: \u201cWe can\u2019t hand over "
          + "these captives without the presence of the delegation.\u201d");
      assertEquals("group/al-qaeda", apart.claims().get(0).speaker().entity().orElseThrow().id(), apart.claims().toString());
    }

    @Test
    void speaker_aGroupsBranchInACountry_isThatBranch() {
      claim("Al Qaeda's Yemen branch said the attack was revenge for the strikes.", ClaimKind.INDIRECT,
          "group/aqap", "the attack was revenge for the strikes");
      claim("The Yemeni branch of al-Qaeda said the attack was revenge for the strikes.", ClaimKind.INDIRECT,
          "group/aqap", "the attack was revenge for the strikes");
      claim("Al Qaeda's media wing said the attack was revenge for the strikes.", ClaimKind.INDIRECT,
          "group/al-qaeda", "the attack was revenge for the strikes");
    }

    @Test
    void speaker_aGroupsSpokesmanNamedAgainByName_isStillTheGroup() {
      Analysis a = analyze("BLA spokesperson Jeand Baloch stated that their commanders carried out four operations. "
          + "Jeand Baloch said that BLA fighters ambushed army troops in Mastung. "
          + "Baloch said the group would continue its attacks.");
      assertEquals(3, a.claims().size());
      for (Claim c : a.claims()) {
        assertEquals("group/bla", speakerId(c), "speaker of " + c);
      }
    }

    @Test
    void speaker_aGroupMemberNamedInTheNarration_speaksForTheGroupLater() {
      Analysis a = analyze("The truce was signed with ISIS leader Abu Omar Bakr on Monday. \"We will keep our word,\" "
          + "Bakr said.");
      assertEquals("group/islamic-state", speakerId(onlyClaim(a)), a.claims().toString());
      Analysis b = analyze("The truce was signed by Abu Musab Jalal, a commander of al-Qaeda, on Monday. Jalal said "
          + "the minister was in the convoy.");
      assertEquals("group/al-qaeda", speakerId(onlyClaim(b)), b.claims().toString());
    }

    @Test
    void speaker_aPronounAfterAGroupMemberRememberedBySurname_isTheGroup() {
      Analysis a = analyze("Richard Moore spoke on Monday. The truce was signed with ISIS leader Abu Omar Bakr. Bakr said "
          + "the war was over. He added that the fighters would go home.");
      Claim last = a.claims().get(a.claims().size() - 1);
      assertEquals("He", last.speaker().text(), a.claims().toString());
      assertEquals("group/islamic-state", speakerId(last), a.claims().toString());
      Analysis b = analyze("A man was held. The truce was signed with ISIS leader Abu Omar Bakr. \"The war is over,\" "
          + "Bakr said. \"We will go home,\" he added.");
      assertEquals("group/islamic-state", speakerId(b.claims().get(b.claims().size() - 1)), b.claims().toString());
      Analysis c = analyze("A man was held. The truce was signed with ISIS leader Abu Omar Bakr. Bakr was more cautious. "
          + "\"We have not signed a deal,\" he said.");
      assertEquals("group/islamic-state", speakerId(c.claims().get(c.claims().size() - 1)), c.claims().toString());
      Analysis d = analyze("ISIS leader Abu Omar Bakr was arrested on Monday. Bakr also trained fighters in Syria, "
          + "Richard Moore said. \"He was their leader,\" he said."); // Bakr is spoken of, not speaking
      assertEquals("richard-moore", speakerId(d.claims().get(d.claims().size() - 1)), d.claims().toString());
    }

    @Test
    void speaker_aGroupMembersNicknameOrAlias_speaksForTheGroup() {
      Analysis a = analyze("The truce was signed with ISIS leader Abu Omar Bakr, alias Abu \"Timochenko\" Jaber. "
          + "\"We will keep our word,\" Timochenko said. \"We are ready,\" Jaber added.");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("group/islamic-state", speakerId(a.claims().get(0)), a.claims().toString());
      assertEquals("group/islamic-state", speakerId(a.claims().get(1)), a.claims().toString());
    }

    @Test
    void speaker_aGroupsSpokesmanBeforeTheName_isTheGroup() {
      claim("ISIS spokesman Abu Omar Bakr said the fighters had taken the town.", ClaimKind.INDIRECT,
          "group/islamic-state", "the fighters had taken the town");
    }

    @Test
    void speaker_afterAFrontedPhraseAndANameWithItsPlace() {
      Claim c = onlyClaim(analyze("After the announcement ISIS spokesman Abu Omar Bakr, of Raqqa, said the "
          + "fighters had taken the town."));
      assertEquals("Abu Omar Bakr", c.speaker().text());
      assertEquals("group/islamic-state", c.speaker().entity().orElseThrow().id());
    }
  }

  @Nested
  final class Channels {
    private String channel(String text) {
      return onlyClaim(analyze(text)).channelIfAny().map(Channel::text).orElse(null);
    }

    @Test
    void channel_toldAnOutlet() {
      assertEquals("Politico", channel("“Our door is open,” Richard Moore told Politico."));
    }

    @Test
    void channel_inAnInterviewWith() {
      assertEquals("an interview with the BBC",
          channel("Ken McCallum said in an interview with the BBC that Iran was a threat."));
    }

    @Test
    void channel_onAPlatform() {
      assertEquals("Telegram", channel("The CIA said on Telegram that Russians should call."));
    }

    @Test
    void channel_atAConference() {
      assertEquals("a news conference", channel("Ken McCallum told reporters at a news conference that the plot failed."));
    }

    @Test
    void channel_compoundChannelNounKeepsItsHead() {
      assertEquals("a press conference",
          channel("Speaking at a press conference in Brussels, Jens Stoltenberg said allies had agreed to boost air defences."));
      assertEquals("a television interview with CNN",
          channel("In a television interview with CNN, William Burns said Russia was the most acute threat."));
    }

    @Test
    void channel_noneWhenTheTextSaysNothing() {
      assertEquals(null, channel("Ken McCallum said that the plot failed."));
    }

    @Test
    void channel_notInsideTheContent() {
      assertEquals(null, channel("Ken McCallum said the plot was discussed in a video call."));
    }
  }

  @Nested
  final class DescriptionsAndTitles {
    private String speakerOf(Analysis a, int k) {
      return speakerId(a.claims().get(k));
    }

    /** The speaker's entity id of the last claim of {@code a}. */
    private String lastSpeakerOf(Analysis a) {
      return speakerOf(a, a.claims().size() - 1);
    }

    @Test
    void speaker_theNameInAppositionAfterAPossessorsDescription() {
      claim("Biden's pick for secretary of state, Antony Blinken, said the arrests were an assault on rights.",
          ClaimKind.INDIRECT, "antony-blinken", "the arrests were an assault on rights");
    }

    @Test
    void speaker_aPersonsAppositionLeftUnclosedBeforeTheCue() {
      claim("While visiting the town, Tony Blair, the commander of the Quartet and a friend of the region said the "
          + "threat was growing.", ClaimKind.INDIRECT, "tony-blair", "the threat was growing");
      claim("Reports attributed to Tony Blair, the commander of the Quartet indicate that the threat was growing.",
          ClaimKind.INDIRECT, "tony-blair", "the threat was growing");
      Claim echo = onlyClaim(analyze("Echoing Tony Blair, the commander of the Quartet said the threat was growing."));
      assertEquals("the commander of the Quartet", echo.speaker().text());
    }

    @Test
    void speaker_aCapitalisedBodyNounIsTheBodyOfThatNameJustNamed() {
      Analysis a = analyze("The Russian Prosecutor General's Office designated Greenpeace as undesirable. The "
          + "foundation sponsors foreign agents, the Office said.");
      assertEquals("ru/prosecutor-general", speakerId(a.claims().get(a.claims().size() - 1)));
    }

    @Test
    void speaker_aCountrysMilitaryChiefAndItsIntelligenceMinister_onTheDate() {
      Analysis a = TestGazetteers.analyzer().analyze("Israel struck Iran. Israel's military chief said commandos had "
          + "operated inside Iran.", LocalDate.of(2025, 6, 26));
      assertEquals("eyal-zamir", speakerOf(a, 0));
      Analysis b = TestGazetteers.analyzer().analyze("Security forces in Iran have arrested tens of spies, the "
          + "Intelligence Minister said.", LocalDate.of(2018, 8, 30));
      assertEquals("mahmoud-alavi", speakerOf(b, 0));
    }

    @Test
    void speaker_aCapitalisedForceNounIsTheForceOfThatNameJustNamed() {
      Analysis a = analyze("The Nepali Army took charge of the city. Looting will not be tolerated, the Army said.");
      assertEquals("np/army", lastSpeakerOf(a));
    }

    @Test
    void speaker_theMinistryOfDefenceInWordOrderIsTheStorysDefenceMinistry() {
      Analysis a = analyze("Azerbaijani troops shelled the border, the ministry of defence said on Tuesday.");
      assertEquals("az/mod", speakerId(a.claims().get(0)));
    }

    @Test
    void speaker_aClauseTakenForTheSpeakerIsItsNamedSubjects() {
      Analysis a = analyze("The Security Service (MI5) strongly rejected Iranian media reports that two jets were "
          + "lost, describing the reports as \"fake news\".");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("the reports as \"fake news\"", c.content().text());
      assertEquals("gb/security-service", speakerId(c));
    }

    @Test
    void speaker_aTimeWordAfterTheSpeakerIsNoPartOfIt() {
      Claim before = onlyClaim(analyze("Iran yesterday said the council applied double standards."));
      assertEquals("Iran", before.speaker().text());
      assertEquals("IR", speakerId(before));
      Claim after = onlyClaim(analyze("The council applied double standards, the Dutch Foreign Ministry said on Monday."));
      assertEquals("the Dutch Foreign Ministry", after.speaker().text());
      Claim weekday = onlyClaim(analyze("The Dutch Foreign Ministry on Monday said the council applied double standards."));
      assertEquals("The Dutch Foreign Ministry", weekday.speaker().text());
      assertEquals("nl/mfa", speakerId(weekday));
    }

    @Test
    void speaker_afterAConnectiveAdverbAndAComma() {
      Analysis a = analyze("Yvette Cooper spoke in London. Likewise, she defended the plan and assured that "
          + "Britain shares its information with partners.");
      assertEquals("yvette-cooper", lastSpeakerOf(a));
    }

    @Test
    void speaker_afterAnOpeningParticipleClause() {
      Analysis a = analyze("Rejecting the report, Carlos Fernandez de Cossio, Cuban deputy foreign minister, called it "
          + "totally untrue and said that such news was promoted with malicious intention.");
      Claim said = a.claims().get(a.claims().size() - 1);
      assertEquals("such news was promoted with malicious intention", said.content().text());
      assertEquals("carlos-fernandez-de-cossio", lastSpeakerOf(a));
    }

    @Test
    void speaker_aQuotationPostedOnASocialNetwork() {
      claim("\"The police have solved two cases of grenade attacks on police stations,\" Yvette Cooper posted on X.",
          ClaimKind.DIRECT, "yvette-cooper", "The police have solved two cases of grenade attacks on police stations");
      assertEquals(0, analyze("Soldiers posted along the border were attacked on Sunday.").claims().size());
    }

    @Test
    void speaker_theTaoiseachIsIrelandsPrimeMinister_whateverCountryTheStoryIsAbout() {
      Analysis a = analyze("Russia expelled two British diplomats. The Taoiseach said the expulsions were unjustified.");
      assertEquals("leo-varadkar", speakerOf(a, 0));
    }

    @Test
    void speaker_afterAFrontedTimeWithoutAComma() {
      Analysis a = TestGazetteers.analyzer().analyze("Britain expelled two Russian diplomats. On the same day the "
          + "Prime Minister said the expulsions were justified.", LocalDate.of(2025, 1, 1));
      assertEquals("keir-starmer", speakerOf(a, 0));
      assertEquals("the Prime Minister", a.claims().get(0).speaker().text());
    }

    @Test
    void speaker_afterAFrontedPhraseWithoutAComma_startsAtTheName() {
      Analysis a = analyze("Ken McCallum spoke on Monday. In a speech to the Royal Institute Mr McCallum said the threat "
          + "was growing.");
      assertEquals("Mr McCallum", a.claims().get(0).speaker().text());
    }

    @Test
    void speaker_pronounAfterASentenceOpenedByALongAdverbial_isWhoOpensItsMainClause() {
      Analysis a = TestGazetteers.analyzer().analyze("On the same day the Prime Minister called the plot “a disgrace” in "
          + "parliament, MI6 chief Richard Moore gave an interview.\n\n“The threat from Russia is growing,” he said.",
          LocalDate.of(2025, 1, 1));
      assertEquals("keir-starmer", speakerOf(a, 0));
      assertEquals("richard-moore", speakerOf(a, 1));
    }

    @Test
    void speaker_wasAtPainsTo() {
      Analysis a = analyze("Ken McCallum spoke on Monday. He was at pains to point out that the threat was growing.");
      assertEquals("ken-mccallum", speakerOf(a, 0));
    }

    @Test
    void speaker_bodiesSpokenOfTogether_speakThroughOneTheTextNames() {
      Analysis a = analyze("British intelligence agencies said the threat was growing. The agencies, MI5 and MI6, said "
          + "the plot failed. Aid agencies said food was short.");
      assertEquals(3, a.claims().size());
      assertEquals("gb/security-service", speakerOf(a, 0)); // named soon after the lead
      assertEquals("gb/security-service", speakerOf(a, 1)); // the same agencies
      assertEquals(null, speakerOf(a, 2));
    }

    @Test
    void speaker_theyAfterABody_pluralsInsideTheQuotationAreNoRivals() {
      Analysis a = analyze("MI5 said the threat was growing.\n\n“These attacks are growing and the networks behind "
          + "them are large,” they said.");
      assertEquals("gb/security-service", speakerOf(a, 1));
    }

    @Test
    void speaker_theyAfterABody_pluralsInItsClaimsContentAreNoRivals() {
      Analysis a = analyze("MI5 denied claims that the attacks were planned by foreign agents. They described the "
          + "claims as baseless and misleading.");
      assertEquals("gb/security-service", speakerOf(a, 1));
    }

    @Test
    void speaker_theMilitaryIsTheOneThatJustSpoke_notTheStorysCountrys() {
      Analysis a = analyze("Russia and Russian troops were blamed. Ukraine's military said it had struck back.\n\n"
          + "“The strikes were precise,” the military said in a statement.");
      assertEquals(speakerOf(a, 0), speakerOf(a, 1));
      assertEquals("the military", a.claims().get(1).speaker().text());
    }

    @Test
    void speaker_afterAFrontedAdverbWithoutAComma() {
      Analysis a = analyze("Meanwhile Ken McCallum said the threat was growing.");
      assertEquals("Ken McCallum", a.claims().get(0).speaker().text());
    }

    @Test
    void speaker_hisSpokesman_isThePersonWhoOpenedTheSentenceBefore() {
      assertEquals("keir-starmer", speakerOf(analyze("Keir Starmer condemned the attack. His spokesman said the threat "
          + "was real."), 0));
      assertEquals(null, speakerOf(analyze("Keir Starmer spoke. The 52-year-old businessman said he was angry. His "
          + "spokesman said the donations would stop."), 1));
    }

    @Test
    void speaker_aCountrysSpokesperson_isTheCountry() {
      assertEquals("IR", speakerOf(analyze("Talks were held in Geneva. The Iranian spokesperson said the talks were useful."), 0));
    }

    @Test
    void speaker_theChiefOfABodyHeadedByASecretaryGeneral() {
      assertEquals("jens-stoltenberg", speakerOf(analyze("The NATO chief said the missile was likely Ukrainian."), 0));
    }

    @Test
    void speaker_aCountrysStatementIsTheCountrys() {
      assertEquals("GB", speakerOf(analyze("The British statement said the attack was reckless."), 0));
      assertEquals(null, speakerOf(analyze("A Russian media report said the attack was reckless."), 0));
    }

    @Test
    void speaker_theIntelligenceAgencyAfterASignalsAgencyNamed() {
      Analysis a = TestGazetteers.analyzer().analyze("GCHQ said it had seen the attack. The actor used new tools, "
          + "the intelligence agency said.", LocalDate.of(2023, 7, 19));
      assertEquals("gb/gchq", speakerOf(a, 1));
    }

    @Test
    void speaker_aLeadsDescriptionIsThePersonTheNextSentenceNames() {
      Analysis a = analyze("Nationalists from Russia were behind the plot, the Balkan country's chief special prosecutor "
          + "said today. Milivoje Katnic said the investigation leads to that conclusion.");
      assertEquals(2, a.claims().size());
      assertEquals("milivoje-katnic", speakerOf(a, 0));
      assertEquals("milivoje-katnic", speakerOf(a, 1));
    }

    @Test
    void speaker_theGroupsSpokesperson_isTheGroupJustNamed() {
      Analysis a = analyze("Islamic State claimed the attack. Speaking by telephone, the group's spokesperson "
          + "Abu Omar Bakr said: \u201cWe claim responsibility for the attack on Tuesday.\u201d");
      assertEquals("group/islamic-state", lastSpeakerOf(a));
    }

    @Test
    void speaker_theArmedForces_areTheStorysCountrys() {
      Analysis a = analyze("Drones struck Moscow overnight, Russia's government said. "
          + "The armed forces said the drones were shot down over the region.");
      assertEquals("ru/armed-forces", speakerOf(a, 1));
    }

    @Test
    void speaker_aPostTheDocumentGivesSomeone_whenTheGazetteerHasNoHolderOnTheDate() {
      Analysis a = analyze("British Prime Minister Theresa May said the attack was reckless. "
          + "\u201cThat will not happen again,\u201d asserted the British PM.");
      assertEquals("theresa-may", speakerOf(a, 1));
      Analysis former = analyze("Former Prime Minister Theresa May said the attack was reckless. "
          + "\u201cThat will not happen again,\u201d asserted the British PM.");
      assertNull(speakerOf(former, 1), former.claims().toString());
    }

    @Test
    void speaker_theSameAbbreviatedTitle_isThePersonItIntroduced() {
      Analysis a = analyze("\u201cIt was an intelligence-based operation,\u201d said Special DG (anti-Maoist operation) "
          + "D M Awasthi. The rebels were involved in the attack, the DG added.");
      assertEquals(2, a.claims().size());
      assertEquals("Special DG (anti-Maoist operation) D M Awasthi", a.claims().get(0).speaker().text());
      assertEquals("d-m-awasthi", speakerOf(a, 0));
      assertEquals("d-m-awasthi", speakerOf(a, 1));
    }

    @Test
    void speaker_anIndefiniteDescription_orOneTwoSentencesBeforeTheName_isNoOneNamedLater() {
      Analysis a = analyze("But a spokeswoman for the broadcaster said the claim was unfair. The council met. "
          + "Brent Bozell, the country's deputy prime minister, said the channel was to blame.");
      assertNull(speakerOf(a, 0), a.claims().toString());
    }

    @Test
    void speaker_theWoman_isNotTheManNamedLast() {
      Analysis a = analyze("District Attorney Bruce L Castor Jr said there was no case. The woman said she had told the police.");
      assertEquals("bruce-l-castor-jr", speakerOf(a, 0));
      assertNull(speakerOf(a, 1), a.claims().toString());
    }

    @Test
    void speaker_theOfficeOfAPost_isNotItsHolder() {
      Analysis a = analyze("British Prime Minister Theresa May said the attack was reckless. "
          + "The prime minister's office said the inquiry would go on.");
      assertNull(speakerOf(a, 1), a.claims().toString());
    }

    @Test
    void speaker_aBodysAcronym_isNotThePersonItsTitleNamed() {
      Analysis a = analyze("CIA director William Burns said Russia was a threat. The CIA said the report was wrong.");
      assertEquals("us/cia", speakerOf(a, 1));
      Analysis b = analyze("NSC adviser Jake Sullivan said the talks had failed. The NSC said the report was wrong.");
      assertNull(speakerOf(b, 1), b.claims().toString());
    }

    @Test
    void speaker_itAfterAnOffice_isWhatTheOfficeResolvedTo() {
      Analysis a = analyze("Russian President Vladimir Putin spoke. The president's office said the talks would go on. "
          + "\u201cThey were useful,\u201d it added.");
      assertEquals("vladimir-putin", speakerOf(a, 0));
      assertEquals("vladimir-putin", speakerOf(a, 1));
    }

    @Test
    void speaker_theCountrysSpokeswoman_isTheSpokeswomanJustNamed() {
      Analysis a = analyze("Russian Foreign Ministry spokeswoman Maria Zakharova said the attack was a crime. "
          + "\u201cThey will answer for it,\u201d the Russian spokeswoman said.");
      assertEquals("maria-zakharova", lastSpeakerOf(a));
    }

    @Test
    void speaker_invertedAfterTheClause_withTheOutletItWasToldTo() {
      Analysis a = analyze("According to Constable Charles Poirier, the man was held. We could not wait to collect "
          + "all the evidence, explained agent Poirier to Radio-Canada.");
      assertEquals(2, a.claims().size());
      assertEquals("We could not wait to collect all the evidence", a.claims().get(1).content().text());
      assertEquals("charles-poirier", speakerOf(a, 1));
    }

    @Test
    void speaker_beforeAPlatformPhrase() {
      claim("Ken McCallum also took to Twitter to confirm the plot had failed.", ClaimKind.INDIRECT, "ken-mccallum",
          "the plot had failed");
    }

    @Test
    void speaker_aTitleWithItsPortfolioAndTheNameInApposition() {
      Claim c = onlyClaim(analyze("\u201cWe know they are in Mexico,\u201d declared the Minister of Justice and Security, "
          + "Gustavo Villatoro, to a channel."));
      assertEquals("the Minister of Justice and Security, Gustavo Villatoro", c.speaker().text());
      assertEquals("gustavo-villatoro", c.speaker().entity().orElseThrow().id());
    }

    @Test
    void speaker_aCountrysCoastguardInOneWord() {
      claim("Russia's coastguard said that it had patrolled the waters.", ClaimKind.INDIRECT, "ru/coast-guard",
          "it had patrolled the waters");
    }

    @Test
    void speaker_aCountrysCoastguardInOneWord_needsSuchABody() {
      claim("Britain's coastguard said that it had patrolled the waters.", ClaimKind.INDIRECT, null,
          "it had patrolled the waters");
    }

    @Test
    void speaker_theOrganisationsMission_isTheMissionTheTextNames() {
      org.secnews.gazetteer.Gazetteer withMissions = org.secnews.gazetteer.Gazetteer.builder()
          .load("test-entities.tsv", new java.io.StringReader(TestGazetteers.ENTITIES
              + "int/un\tAGENCY\tUnited Nations\t\t\tinternational\t\t\tUN\t\t\t\n"
              + "int/minusma\tAGENCY\tUnited Nations Mission in Mali\t\tint/un\tinternational\t\t\tMINUSMA\t\t\t\n"))
          .build();
      Analysis a = org.secnews.NewsAnalyzer.builder().gazetteer(withMissions).build().analyze(
          "The UN peacekeeping mission in Mali said a soldier was killed in the attack. MINUSMA said the camp held. "
              + "The Mission added that the attackers fled. The UN said it condemned the attack.");
      assertEquals(4, a.claims().size(), a.claims().toString());
      assertEquals("int/minusma", speakerOf(a, 0));
      assertEquals("int/minusma", speakerOf(a, 2));
      assertEquals("int/un", speakerOf(a, 3));
    }

    @Test
    void speaker_theCountrysBody_isTheStorysCountrys() {
      Analysis a = analyze("Russia said its drones were shot down. The country's armed forces said the strikes went on.");
      assertEquals("ru/armed-forces", speakerOf(a, 1));
    }

    @Test
    void speaker_aDocumentFromABody_isTheBody() {
      Analysis a = analyze("The CIA and the Security Service met. A report from the service said the plot had failed.");
      assertEquals("gb/security-service", speakerOf(a, 0));
    }

    @Test
    void speaker_theAgency_isTheLastBodyWhoseNameSaysAgency() {
      Analysis a = analyze("The Central Intelligence Agency briefed NATO. The agency said the plot had failed.");
      assertEquals("us/cia", speakerOf(a, 0));
    }

    @Test
    void speaker_aNameEndingInAWordThatIsAlsoAModal() {
      Claim c = onlyClaim(analyze("Guitarist Brian May has said he expects to be on the road from April."));
      assertEquals("Guitarist Brian May", c.speaker().text());
    }

    @Test
    void speaker_notASentenceOpeningAdverb() {
      Claim c = onlyClaim(analyze("Recently, Ken McCallum said the plot had failed."));
      assertEquals("ken-mccallum", c.speaker().entity().orElseThrow().id());
    }

    @Test
    void speaker_afterTheQuotation_withARelativeClauseInApposition() {
      Analysis a = analyze("\u201cShooting down the drone sends a clear message,\u201d Ken McCallum, who heads Britain's "
          + "domestic intelligence service, said.");
      assertEquals(1, a.claims().size(), a.claims().toString());
      assertEquals("ken-mccallum", speakerOf(a, 0));
    }

    @Test
    void speaker_aNewsAgency_isNoEntity() {
      Analysis a = analyze("The CIA said the drone was lost. The plot failed, according to the state news agency.");
      assertNull(speakerOf(a, 1), a.claims().toString());
    }

    @Test
    void speaker_theNationalPolice_areTheStorysCountrys_butBarePoliceNoOne() {
      Analysis a = analyze("Russia raided 250 homes on Monday. The national police said the searches were over. "
          + "Police said two men were held.");
      assertEquals("ru/mvd", speakerOf(a, 0));
      assertNull(speakerOf(a, 1), a.claims().toString());
    }

    @Test
    void judgement_calledAnObjectAQuotedName() {
      claim("Ken McCallum called the attack \"dangerous and escalatory\" on Friday.", ClaimKind.INDIRECT, "ken-mccallum",
          "the attack \"dangerous and escalatory");
      Analysis requests = analyze("Ken McCallum called for a \"pause year\". Richard Moore called on Russians \"who are silent\" to act.");
      assertTrue(requests.claims().isEmpty(), requests.claims().toString());
    }

    @Test
    void speaker_anotherAdviser_isSomeoneNew() {
      Analysis a = analyze("Vladimir Putin spoke on Monday. Another senior economic adviser said the sale was a swindle.");
      assertNull(speakerOf(a, 0), a.claims().toString());
    }

    @Test
    void speaker_aNameWithALongDescriptionOfItsBody() {
      Claim c = onlyClaim(analyze("Markus Caspers of the anti-terrorism department of the general public prosecutor's office "
          + "said the plot failed."));
      assertEquals("markus-caspers", c.speaker().entity().orElseThrow().id());
      assertTrue(c.speaker().text().startsWith("Markus Caspers"), c.speaker().text());
    }

    @Test
    void speaker_anAmbassadorToABody_speaksForTheCountry() {
      Analysis a = analyze("The Russian Ambassador to NATO said \"the response to an attack is an attack.\"");
      assertEquals("RU", speakerOf(a, 0));
    }

    @Test
    void speaker_aPronounAfterAClauseThatFollowsAPartialQuotation() {
      Analysis a = analyze("\u201cWe confirmed it,\u201d Ken McCallum told reporters.\n\n"
          + "\u201cWe are analysing the reason\u201d it disappeared, he added.");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("he", a.claims().get(1).speaker().text());
      assertEquals("ken-mccallum", speakerOf(a, 1));
    }

    @Test
    void speaker_aChiefOfStaffIsNotTheBodysChief() {
      Claim c = onlyClaim(analyze("The MI5 chief of staff said the plot was foiled."));
      assertTrue(c.speaker().entity().isEmpty(), c.toString());
    }

    @Test
    void speaker_aStatementOfABodyNamedByItsKind_andItAfterIt() {
      Analysis a = analyze("Russia arrests a suspected spy. The suspect had been working on tasks for foreign powers, "
          + "a police statement said. \u201cIt is suspected that the activities have gone on since 2017,\u201d it added.");
      assertEquals(2, a.claims().size());
      assertEquals("ru/mvd", speakerOf(a, 0));
      assertEquals("ru/mvd", speakerOf(a, 1));
    }

    @Test
    void content_aClauseBeforeTheAttribution_withoutTheAdjunctAfterIt() {
      claim("The suspect had been working on tasks for foreign powers, the statement said, without giving details.",
          ClaimKind.INDIRECT, null, "The suspect had been working on tasks for foreign powers");
      claim("Russia's spy agency is, he said, on a mission to create chaos in Europe.", ClaimKind.INDIRECT, null,
          "Russia's spy agency is, he said, on a mission to create chaos in Europe");
    }

    @Test
    void content_aSecondSubjectAndSayAfterAnd_isASecondClaim() {
      Analysis a = analyze("Ken McCallum said he was deeply concerned about the plot and the Russian Foreign Ministry "
          + "said it had summoned the ambassador.");
      assertEquals(2, a.claims().size());
      assertEquals("he was deeply concerned about the plot", a.claims().get(0).content().text());
      assertEquals("ru/mfa", speakerOf(a, 1));
    }
      @Test
    void indirect_aClauseWhollyQuotedAfterThat_isAClaimOfItsSpeaker_andTheOutletsCueIsLeftOut() {
      claim("The Russian Foreign Ministry said that \u201cthe country stands ready to respond to all such attacks,\u201d "
          + "the TASS agency reported.", ClaimKind.INDIRECT, "ru/mfa", "the country stands ready to respond to all such attacks");
      claim("The Russian Foreign Ministry said that \u201cthe country stands ready to respond to all such attacks.\u201d",
          ClaimKind.INDIRECT, "ru/mfa", "the country stands ready to respond to all such attacks.");
    }

    @Test
    void expressedThat_reportsSpeech_butExpressedConcernDoesNot() {
      claim("The Russian Foreign Ministry expressed that \u201cthe country stands ready to respond to all such attacks\u201d.",
          ClaimKind.INDIRECT, "ru/mfa", "the country stands ready to respond to all such attacks");
      assertEquals(List.of(), analyze("The Kremlin expressed concern over the attacks on the pipeline.").claims());
    }

    @Test
    void aPluralNounBeforeAnAuxiliary_isNoCue() {
      assertEquals(List.of(), analyze("The two Gulf states were also joined by the Kremlin in the talks.").claims());
    }

    @Test
    void aStatementSaying_isTheClaimOfWhoeverIssuedIt_evenAfterAnAgencysAccordingTo() {
      claim("The Kremlin released a statement on Wednesday night saying the border guards were travelling home.",
          ClaimKind.INDIRECT, "ru/kremlin", "the border guards were travelling home");
      claim("According to a TASS report, the Kremlin issued a statement saying the border guards were travelling home.",
          ClaimKind.INDIRECT, "ru/kremlin", "the border guards were travelling home");
    }
      @Test
    void callingItSo_afterAComma_isTheJudgementOfTheSentencesSubject() {
      claim("The Kremlin condemned the strike on the pipeline, calling it a terrorist attack on civilians.",
          ClaimKind.INDIRECT, "ru/kremlin", "it a terrorist attack on civilians");
      claim("He condemned the strike, calling it \u201ca blatant violation of sovereignty\u201d.",
          ClaimKind.INDIRECT, null, "it \u201ca blatant violation of sovereignty");
      assertEquals(List.of(), analyze("The Kremlin condemned the strike, calling for calm on the border.").claims());
      assertEquals(List.of(), analyze("A group calling itself \u2018the Free Army\u2019 has claimed the attack.").claims());
    }

    @Test
    void callingANounPhraseSo_isAJudgement_whenItEndsInOne() {
      Analysis a = analyze("Ukraine denied any involvement in the murder, calling the FSB's claims fictitious.");
      assertEquals("the FSB's claims fictitious", a.claims().get(a.claims().size() - 1).content().text(), a.claims().toString());
      assertEquals("UA", lastSpeakerOf(a));
      claim("The Kremlin condemned the strike, calling the vote in Kyiv an act of aggression.", ClaimKind.INDIRECT,
          "ru/kremlin", "the vote in Kyiv an act of aggression");
      assertEquals(List.of(), analyze("The Kremlin condemned the strike, calling the Russian government.").claims());
      assertEquals(List.of(), analyze("The Kremlin stayed silent, calling the police to the border.").claims());
    }

    @Test
    void andCalledSo_sharesTheSentencesSpeaker() {
      Analysis a = analyze("Britain said it suspects Russia was behind the attack and called the incident an act of "
          + "\"political terrorism.\"");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("the incident an act of \"political terrorism", a.claims().get(1).content().text());
      assertEquals("GB", speakerOf(a, 1));
    }

    @Test
    void namedOrIdentifiedAs_isWhoASourceSaysSomeoneIs_butNoAppointment() {
      claim("Police named the dead man as John Smith.", ClaimKind.INDIRECT, null, "the dead man as John Smith");
      claim("MI5 identified the pilot as a 25-year-old officer.", ClaimKind.INDIRECT, "gb/security-service",
          "the pilot as a 25-year-old officer");
      assertEquals(List.of(), analyze("MI5 named Ken McCallum as its new head.").claims());
      assertEquals(List.of(), analyze("He named retailers such as Boots and Jessops.").claims());
      Claim c = onlyClaim(analyze("Officials said investigators tracked the coins and identified the account known as "
          + "\"wallet\" used to collect payment."));
      assertTrue(c.content().text().endsWith("used to collect payment"), c.toString());
    }

    @Test
    void calledSoAfterAPreposition_isTheJudgementOfTheSentencesSubject() {
      claim("The Kremlin was criticised for calling the referee \"a disgrace to the game\".",
          ClaimKind.INDIRECT, "ru/kremlin", "the referee \"a disgrace to the game");
    }

    @Test
    void theSameSource_isTheLastSpeaker() {
      Analysis a = analyze("\u201cThe forces are pursuing the enemy and working to restore order,\u201d said Richard Moore.\n"
          + "According to the same source, communications with the town are disrupted.");
      assertEquals(2, a.claims().size());
      assertEquals("richard-moore", speakerOf(a, 1));
    }

    @Test
    void aDateline_isNoSubject() {
      claim("MOSCOW, Russia (AP) -- The Kremlin blamed Ukraine on Monday for the attack, warning that it would avenge it.",
          ClaimKind.INDIRECT, "ru/kremlin", "it would avenge it");
    }

    @Test
    void aDatelineWithTheAgencyAndDateInBrackets_isNoSubject() {
      claim("MOSCOW (UrduPoint News / Sputnik - 09th July, 2020) The Kremlin on Thursday suggested that Ukraine was behind the attack.",
          ClaimKind.INDIRECT, "ru/kremlin", "Ukraine was behind the attack");
    }

    @Test
    void bodiesJoinedByAnd_speakThroughTheFirstNamed() {
      claim("The Kremlin press service and police said in a joint statement that the suspects had been detained.",
          ClaimKind.INDIRECT, "ru/kremlin", "the suspects had been detained");
    }
      @Test
    void theyAfterABodysClaim_isThatBody_andTheSourceIsTheLastSpeaker() {
      Analysis a = analyze("\"The accused is suspected of state treason,\" the Kremlin said. "
          + "They said the suspect passed information to a foreign service.");
      assertEquals("ru/kremlin", speakerOf(a, 1));
      Analysis b = analyze("\u201cThe forces are pursuing the enemy and working to restore order,\u201d said Richard Moore.\n"
          + "According to the source, communications with the town are disrupted.");
      assertEquals("richard-moore", speakerOf(b, 1));
    }
      @Test
    void aBodyByItsKind_isTheLastOfThatKind_orTheStorysCountrys_neverAnotherKind() {
      Analysis a = analyze("The MVD detained two men in Moscow. The foreign ministry said the men were spies.");
      assertEquals("ru/mfa", speakerOf(a, 0));
    }

    @Test
    void aPluralPossessiveInTheSpeaker_doesNotEndTheQuotationsAttribution() {
      Analysis a = analyze("\"The accused is suspected of state treason,\" the federal prosecutors' office said.");
      assertEquals(1, a.claims().size());
      assertEquals("the federal prosecutors' office", a.claims().get(0).speaker().text());
    }
      @Test
    void aGerundAfterAFrontedPreposition_hasNoSubjectOfItsOwn() {
      claim("Despite saying there were no oversights, the Kremlin said it was not washing its hands of the attack.",
          ClaimKind.INDIRECT, "ru/kremlin", "it was not washing its hands of the attack");
    }

    @Test
    void theSubjectOfARelativeClause_isThePhraseBeforeWho() {
      Analysis a = analyze("A police officer who survived the attack told the BBC that dozens of militants had hijacked the train.");
      assertEquals("A police officer", a.claims().get(0).speaker().text());
      Analysis b = analyze("He attacked the photographers who she claims left her fearful of leaving the house.");
      assertEquals("she", b.claims().get(0).speaker().text());
    }

    @Test
    void anOutletCitingASource_relaysThatSourcesClaim() {
      claim("\u201cThe criminals used a car to follow the journalist,\u201d TASS reported, citing the Kremlin.",
          ClaimKind.DIRECT, "ru/kremlin", "The criminals used a car to follow the journalist");
      claim("The woman had left for Estonia, the Interfax agency reported on Monday, citing the Kremlin.",
          ClaimKind.INDIRECT, "ru/kremlin", "The woman had left for Estonia");
    }
      @Test
    void aBodyInACountry_isThatCountrysBody() {
      claim("The armed forces in Russia said the drones were shot down over the region.",
          ClaimKind.INDIRECT, "ru/armed-forces", "the drones were shot down over the region");
    }
      @Test
    void aStatementSaying_acrossATimeInBrackets() {
      claim("The Kremlin issued a statement around 11:30 p.m. (4:30 p.m. ET) Sunday saying the siege had ended.",
          ClaimKind.INDIRECT, "ru/kremlin", "the siege had ended");
    }

    @Test
    void anInfinitiveAfterAQuotation_isNoAttribution() {
      Analysis a = analyze("\u201cThere are enough indications that the state ordered the killing\u201d to suggest a motive, "
          + "the Kremlin said in a statement.");
      assertTrue(a.claims().stream().noneMatch(c -> c.speaker() != null && c.speaker().text().equals("to")),
          a.claims().toString());
    }
      @Test
    void mediaReportsSay_isOneSourceWithOneCue() {
      Analysis a = analyze("Press reports suggest that the two firms may reach an agreement next week.");
      assertEquals(1, a.claims().size(), a.claims().toString());
      assertEquals("Press reports", a.claims().get(0).speaker().text());
    }

    @Test
    void anOutletRelayingANamedSource_givesThatSourcesClaim() {
      claim("The state news agency IRNA reported that the Russian Foreign Ministry has said that 32 people were arrested.",
          ClaimKind.INDIRECT, "ru/mfa", "32 people were arrested");
    }

    @Test
    void aStatementThenACommaAndAParticiple_isTheIssuers() {
      Analysis a = analyze("Dutch media say the Kremlin released a statement on the twin blasts, claiming that one of "
          + "the bombers was a foreigner.");
      assertEquals("ru/kremlin", lastSpeakerOf(a), a.claims().toString());
    }

    @Test
    void aSpyAgency_isTheAgencyNotThePersonNamedLast() {
      Analysis a = analyze("MI5 briefed lawmakers, according to Ken McCallum. The spy agency also assessed that "
          + "a Russian aircraft was carrying security officials.");
      assertEquals("gb/security-service", speakerOf(a, 1), a.claims().toString());
    }

    @Test
    void theAgency_isTheLastAgencyProperNotAnArmyNamedSince() {
      Analysis a = analyze("MI5 said the Russian Armed Forces were short of men. Some 10,000 troops will be "
          + "deployed by December, according to the agency.");
      assertEquals("gb/security-service", speakerOf(a, 1), a.claims().toString());
    }

    @Test
    void quotedAsSaying_afterAQuotation() {
      Analysis a = analyze("\u201cThe mobilization of troops is ongoing,\u201d the CIA was quoted as saying. "
          + "\u201cWe are checking the deployment of some personnel.\u201d");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("us/cia", speakerOf(a, 0));
      assertEquals("us/cia", speakerOf(a, 1));
    }

    @Test
    void quotedAsSaying_beforeAndAfterAClause() {
      claim("Ken McCallum was quoted as saying that the threat was growing.", ClaimKind.INDIRECT, "ken-mccallum",
          "the threat was growing");
      claim("The threat was growing, Ken McCallum was quoted as saying.", ClaimKind.INDIRECT, "ken-mccallum",
          "The threat was growing");
    }

    @Test
    void quotedByAnOutletAsSaying_isTheSpeakersNotTheOutlets() {
      claim("Ken McCallum was quoted by the state news agency RIA as saying the talks had failed.", ClaimKind.INDIRECT,
          "ken-mccallum", "the talks had failed");
    }

    @Test
    void theMinistry_isTheMinistryThatJustSpoke() {
      Analysis a = analyze("MI5 said it could not confirm the claims. Russia's foreign ministry said the drones flew "
          + "at night. \u201cLondon should stop such dangerous provocations at once,\u201d the ministry was quoted as saying.");
      assertEquals("ru/mfa", speakerOf(a, 2), a.claims().toString());
    }

    @Test
    void aBodysStatement_isTheBodys() {
      Analysis a = analyze("The CIA said in a statement that the plot had involved agents. The agency\u2019s statement "
          + "said the officials targeted in the plot included two generals.");
      assertEquals("us/cia", speakerOf(a, 1), a.claims().toString());
    }

    @Test
    void aNameThenAnAdjunctThenTheCue_isTheNamesClaim() {
      claim("Ken McCallum in an interview after a ceremony for the new site of the hospital said he received a report.",
          ClaimKind.INDIRECT, "ken-mccallum", "he received a report");
      claim("MI5 at a briefing before the summit on Monday said the threat was growing.",
          ClaimKind.INDIRECT, "gb/security-service", "the threat was growing");
      claim("Ken McCallum in an ambush interview after a groundbreaking ceremony for the new site of the San Lorenzo "
          + "Ruiz General Hospital in Malabon said he received a report.", ClaimKind.INDIRECT, "ken-mccallum",
          "he received a report");
    }

    @Test
    void aCapitalisedHeadNoun_isStillADescription() {
      Analysis a = analyze("The CIA said the plot failed. The Agency also said it had warned the White House.");
      assertEquals("us/cia", speakerOf(a, 1), a.claims().toString());
    }

    @Test
    void theInitialsOfATitle_areThePersonIntroducedWithIt() {
      Analysis a = analyze("Inspector General of Police, Vijay Kumar, said the encounter took place at a checkpoint. "
          + "Ken McCallum was not there. The IGP said the men were active in the hills.");
      assertEquals("vijay-kumar", speakerOf(a, 1), a.claims().toString());
    }

    @Test
    void it_isTheLastSubject_notAnEntityInsideItsReportedClause() {
      Analysis a = analyze("In the report, MI6 said that Iran\u2019s estimated stockpile had reached 18 times the limit.\n\n"
          + "It estimated Iran\u2019s total stockpile was 3,760 kilogrammes as of February 12.");
      assertEquals("gb/sis", speakerOf(a, 1), a.claims().toString());
    }

    @Test
    void theRapporteur_isTheLastPersonNamed() {
      Analysis a = analyze("Ken McCallum, the UN special rapporteur, visited Kyiv. The rapporteur said she plans to return later this year.");
      assertEquals("ken-mccallum", speakerOf(a, 0), a.claims().toString());
    }

    @Test
    void participleAfterAQuotationAndItsAttribution_isThatSpeakers() {
      Analysis a = analyze("\u201cThe Danes are assessing what happened. So it is too early to say,\u201d Ken McCallum said, "
          + "adding that he had spoken to the Danish prime minister.");
      assertEquals("he had spoken to the Danish prime minister", a.claims().get(a.claims().size() - 1).content().text());
      assertEquals("ken-mccallum", lastSpeakerOf(a), a.claims().toString());
    }

    @Test
    void hisSpokespersonAfterTheClauseHeOpens_speaksForHim() {
      Analysis a = analyze("NATO chief Jens Stoltenberg condemned the air attack and called for those responsible to be "
          + "held accountable, his spokesperson said.");
      assertEquals("jens-stoltenberg", speakerOf(a, 0), a.claims().toString());
    }

    @Test
    void anAcronymOfThePostDefinedBeforeTheRankAndName_isThatPerson() {
      Analysis a = analyze("The Chief of Defence Staff (CDS), General Ken McCallum, ordered the troops north. "
          + "The CDS said the criminals had nothing to lose.");
      assertEquals("ken-mccallum", speakerOf(a, 0), a.claims().toString());
    }

    @Test
    void theBlocOrTheAlliance_isTheOrganisationOfStatesNamedLast() {
      Analysis a = analyze("NATO leaders met in Vilnius. The alliance said it would not rule out more deployments.");
      assertEquals("int/nato", speakerOf(a, 0), a.claims().toString());
      Analysis b = analyze("MI5 met the regulator. The watchdog said all candidates should get a free mailshot.");
      assertTrue(b.claims().get(0).speaker().entity().isEmpty(), b.claims().toString()); // a watchdog may be any regulator
      Analysis c = analyze("The UN nuclear watchdog said Iran had enriched uranium to 60 percent.");
      assertEquals("int/iaea", speakerOf(c, 0), c.claims().toString());
      Analysis d = analyze("The UN's nuclear watchdog said Iran had enriched uranium to 60 percent. "
          + "The United Nations nuclear watchdog said the cameras were off.");
      assertEquals("int/iaea", speakerOf(d, 0), d.claims().toString());
      assertEquals("int/iaea", speakerOf(d, 1), d.claims().toString());
    }

    @Test
    void aDescriptionWithAParticipleModifier_isItsHeadNoun() {
      Analysis a = analyze("Islamic State said it had attacked the town. The group commanded by a Malian jihadist "
          + "this time announced that it had taken the barracks.");
      assertEquals("group/islamic-state", speakerOf(a, 1), a.claims().toString());
      assertEquals("The group commanded by a Malian jihadist this time", a.claims().get(1).speaker().text());
      Analysis b = analyze("NATO leaders met. The alliance based in Brussels said it would send more troops.");
      assertEquals("int/nato", speakerOf(b, 0), b.claims().toString());
    }

    @Test
    void theCommitteeCapitalised_isTheBodyWhoseNameHasIt() {
      Analysis a = analyze("The Investigative Committee of Russia opened a case. The attack was planned abroad, "
          + "the Committee said.");
      assertEquals("ru/investigative-committee", speakerOf(a, 0), a.claims().toString());
    }

    @Test
    void aBodysPressOffice_isTheBody() {
      Analysis a = analyze("The Investigative Committee of Russia re-qualified the case as a terror attack, "
          + "the Committee\u2019s press office told reporters on Monday.");
      assertEquals("ru/investigative-committee", speakerOf(a, 0), a.claims().toString());
    }

    @Test
    void whatTheyCalled_isTheClausesSubject_notTheLastSpeaker() {
      Analysis a = analyze("A source in MI6 told reporters that the operation had been planned for a year. "
          + "In a statement, the Russian Foreign Ministry condemned what it called \u201ca terrorist attack "
          + "on airfields in the north of the country.\u201d");
      assertEquals("ru/mfa", speakerOf(a, 1), a.claims().toString());
      Analysis b = analyze("Ken McCallum spoke first. Vladimir Putin accused Ukraine of what he called "
          + "a terrorist attack on the airfields.");
      assertEquals("vladimir-putin", speakerOf(b, 0), b.claims().toString());
    }

    @Test
    void theInitialsOfATitleWithItsDistrict_areThePersonIntroducedWithThem() {
      Analysis a = analyze("\u201cThe bus fell into the gorge,\u201d Senior Superintendent of Police, Reasi, Mohita Sharma "
          + "told reporters. \u201cWe have also put the guards on alert,\u201d the SSP said.");
      assertEquals("mohita-sharma", speakerOf(a, 0), a.claims().toString());
      assertEquals("mohita-sharma", speakerOf(a, 1), a.claims().toString());
    }

    @Test
    void aTitleWithItsDistrictBeforeTheNameInApposition_isThatPerson() {
      Analysis a = analyze("A bus fell in Reasi district. Deputy Commissioner, Reasi Vishesh Paul Mahajan, who reached "
          + "the scene, said three of the dead were women.");
      assertEquals("vishesh-paul-mahajan", speakerOf(a, 0), a.claims().toString());
    }

    @Test
    void issuedAStatementThat_isTheIssuersClaim_notARelativeClause() {
      claim("MI5 released a statement that the men had been detained.", ClaimKind.INDIRECT, "gb/security-service",
          "the men had been detained");
      assertTrue(analyze("MI5 released a report that was widely criticised.").claims().isEmpty());
      assertTrue(analyze("MI5 released a security bulletin that patched eight critical holes.").claims().isEmpty());
    }

    @Test
    void anOutletReportingAnIssuedAnnouncement_givesTheIssuersClaim() {
      claim("MI5 issued an announcement that they had found the vandals, the BBC reported.", ClaimKind.INDIRECT,
          "gb/security-service", "they had found the vandals");
    }

    @Test
    void aBodysHeadquarters_isTheBody() {
      Analysis a = analyze("The Russian Armed Forces said the drills were over. More camps were destroyed in the north, "
          + "the army headquarters added.");
      assertEquals("ru/armed-forces", speakerOf(a, 1), a.claims().toString());
    }

    @Test
    void anOutletCitingXAsSaying_isXsClaim() {
      claim("The Interfax news agency cited Ken McCallum, the head of MI5, as saying the claims were absurd.",
          ClaimKind.INDIRECT, "ken-mccallum", "the claims were absurd");
      claim("The talks had failed, the agency quoted Ken McCallum as saying.", ClaimKind.INDIRECT, "ken-mccallum",
          "The talks had failed");
      claim("The traders could face a five-year jail term, Reuters reported MI5 as saying.", ClaimKind.INDIRECT,
          "gb/security-service", "The traders could face a five-year jail term");
      claim("\u201cThe traders could face a five-year jail term,\u201d Reuters reported MI5 as saying.", ClaimKind.DIRECT,
          "gb/security-service", "The traders could face a five-year jail term");
      claim("\u201cThe traders could face a five-year jail term,\u201d Reuters quoted MI5 as saying in evidence given "
          + "during the trial.", ClaimKind.DIRECT, "gb/security-service", "The traders could face a five-year jail term");
      claim("\u201cWe are going to have to cut costs,\u201d the newspaper quoted Ken McCallum as saying.",
          ClaimKind.DIRECT, "ken-mccallum", "We are going to have to cut costs");
    }

    @Test
    void saidThenADateWithItsYear_thenTheClause() {
      claim("MI5 said on Nov. 22, 2018 an inter-Korean summit will be held soon.", ClaimKind.INDIRECT,
          "gb/security-service", "an inter-Korean summit will be held soon");
    }

    @Test
    void saidThenANameAndANoun_isAClauseNotAnAdverbial() {
      claim("In a statement on Saturday, MI5 said Pakistani troops responded in a befitting manner.", ClaimKind.INDIRECT,
          "gb/security-service", "Pakistani troops responded in a befitting manner");
    }

    @Test
    void aJournalistsTitleBeforeTheName_isTheSpeakerAfterTheCue() {
      claim("All sides are anxious to avoid a confrontation, said BBC labour affairs correspondent Stephen Cape.",
          ClaimKind.INDIRECT, null, "All sides are anxious to avoid a confrontation");
      assertEquals("BBC labour affairs correspondent Stephen Cape",
          onlyClaim(analyze("All sides are anxious to avoid a confrontation, said BBC labour affairs correspondent "
              + "Stephen Cape.")).speaker().text());
    }

    @Test
    void aRoleWithTheNameInApposition_isThatPerson() {
      Analysis a = analyze("The country\u2019s Defence Minister, Jaroslav Nad, pasted a screenshot on his Facebook page "
          + "and wrote that he could confirm the report.");
      assertEquals("jaroslav-nad", speakerOf(a, 0), a.claims().toString());
    }

    @Test
    void whileALongNamedSubjectDenied_isASecondClaim() {
      Analysis a = analyze("Ken McCallum said the authorities had arrested two men, while Britain's Home Office minister "
          + "Yvette Cooper denied Britain sent spies to China.");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("the authorities had arrested two men", a.claims().get(0).content().text());
      assertEquals("yvette-cooper", speakerOf(a, 1));
    }

    @Test
    void anAttributedQuotationThenAccordingTo_staysTheSpeakers() {
      Analysis a = analyze("\u201cThere has been far too little focus on the fact that hackers target us,\u201d Ken McCallum "
          + "warned the committee, according to excerpts of his remarks obtained by CBS News. \u201cThe risk requires "
          + "our attention now.\u201d");
      assertEquals(2, a.claims().size(), a.claims().toString());
      assertEquals("ken-mccallum", speakerOf(a, 0));
      assertEquals("ken-mccallum", speakerOf(a, 1));
    }

    @Test
    void anAdverbBeforeTheCue_isNoPartOfTheSpeaker_andAnAdverbedParticiple_isNoCue() {
      Analysis a = analyze("MI5 said the plot failed. The agency initially tweeted that 14 officers had been killed.");
      assertEquals("The agency", a.claims().get(1).speaker().text(), a.claims().toString());
      assertEquals("gb/security-service", speakerOf(a, 1));
      assertTrue(analyze("The newly announced sanctions target people and firms in Iran.").claims().isEmpty());
    }

    @Test
    void theCommittee_isTheBodyNamedSo_elseNoOne() {
      org.secnews.gazetteer.Gazetteer g = org.secnews.gazetteer.Gazetteer.builder()
          .load("test", new java.io.StringReader(TestGazetteers.ENTITIES
              + "ru/nak\tAGENCY\tNational Anti-Terrorism Committee\tRU\t\tsecurity\t\t\t\t\t\t\n"))
          .build();
      org.secnews.NewsAnalyzer analyzer = org.secnews.NewsAnalyzer.builder().gazetteer(g).build();
      Analysis a = analyzer.analyze("The National Anti-Terrorism Committee said the attack was over. MI5 was not "
          + "involved. The committee said security personnel had surrounded the building.", LocalDate.of(2024, 3, 23));
      assertEquals("ru/nak", lastSpeakerOf(a), a.claims().toString());
      Analysis none = analyzer.analyze("MI5 said the plot failed. The committee said security personnel had surrounded the building.",
          LocalDate.of(2024, 3, 23));
      assertNull(none.claims().get(1).speaker().entity().orElse(null), none.claims().toString());
    }

    @Test
    void theRussianDiplomat_isTheRussianOfficialJustNamed_notAnotherCountrys() {
      Analysis a = analyze("Vladimir Putin addressed the council on Monday. The Russian official said the strikes were illegal.");
      assertEquals("vladimir-putin", lastSpeakerOf(a), a.claims().toString());
      Analysis other = analyze("Joe Biden addressed the council on Monday. The Russian diplomat said the strikes were illegal.");
      assertNull(other.claims().get(other.claims().size() - 1).speaker().entity().orElse(null), other.claims().toString());
    }

    @Test
    void theArmy_inAStoryDatelinedInACapital_isThatCountrysArmy() {
      String body = "Russian and Ukrainian soldiers clashed near the border. Russia said Russia's troops held. Russia "
          + "blamed Russian deserters. The army said the clash was minor.";
      Analysis a = analyze("Kyiv:\n" + body);
      assertEquals("ua/armed-forces", lastSpeakerOf(a), a.claims().toString());
      Analysis none = analyze(body);
      assertEquals("ru/armed-forces", lastSpeakerOf(none), none.claims().toString());
    }

    @Test
    void theForeignMinistry_isThatOfTheCountryWhoseVoicesSpoke() {
      String lead = "Dutch officials met Dutch and Russian envoys in The Hague, the Dutch capital. ";
      Analysis a = analyze(lead + "Russia said the talks were useful. The foreign ministry said the dispute was over.");
      assertEquals("ru/mfa", lastSpeakerOf(a), a.claims().toString());
      Analysis none = analyze(lead + "The foreign ministry said the dispute was over.");
      assertEquals("nl/mfa", lastSpeakerOf(none), none.claims().toString());
      Analysis dateline = analyze("Moscow:\n" + lead + "The foreign ministry said the dispute was over.");
      assertEquals("ru/mfa", lastSpeakerOf(dateline), dateline.claims().toString());
    }

    @Test
    void aLowerCaseMinistryByItsFullName_isTheStorysMinistryOfThatKind() {
      Analysis a = analyze("A Ukrainian teenager was detained. He was radicalised, the ministry of the interior said.");
      assertEquals("ua/mvs", lastSpeakerOf(a), a.claims().toString());
      a = analyze("A Ukrainian teenager was detained. He was radicalised, the ministry of home affairs (MOHA) said.");
      assertEquals("ua/mvs", lastSpeakerOf(a), a.claims().toString());
    }

    @Test
    void aSpyChiefOfACountry_isTheHeadOfItsIntelligenceBodyThatTheTextNames() {
      Analysis a = analyze("Richard Moore spoke in Prague. Britain's spy chief said Russia was failing.");
      assertEquals("richard-moore", lastSpeakerOf(a), a.claims().toString());
      Analysis none = analyze("Diplomats met in Prague. Britain's spy chief said Russia was failing.");
      assertNull(lastSpeakerOf(none), none.claims().toString());
      Analysis agency = analyze("Richard Moore spoke in Prague. The head of Britain's spy agency said Russia was failing.");
      assertEquals("richard-moore", lastSpeakerOf(agency), agency.claims().toString());
    }

    @Test
    void theArmyCapitalised_isStillTheStorysArmy() {
      Analysis a = analyze("Troops clashed with gunmen near the border with Israel on Monday. The Army said four soldiers were wounded.");
      assertEquals("il/idf", lastSpeakerOf(a), a.claims().toString());
    }

    @Test
    void aDocumentsCapitalisedName_opensNoSentenceWithAnUnknownPerson() {
      Analysis a = analyze("The Comprehensive Strategic Partnership Agreement will replace the treaties of 1961, according to "
          + "Ken McCallum, the adviser.\n\u201cThe agreement will not have any confrontational nature,\u201d he said.");
      assertEquals("ken-mccallum", lastSpeakerOf(a), a.claims().toString());
    }

    @Test
    void theParliamentarian_isThePersonLastNamed() {
      Analysis a = analyze("Rep. Jane Holloway said the plot failed. According to the parliamentarian, the launch was postponed.");
      assertEquals("jane-holloway", lastSpeakerOf(a), a.claims().toString());
    }

    @Test
    void inverted_saidXWithAnAppositionThenARelay() {
      Analysis a = analyze("Nearly 8,000 North Korean soldiers are still fighting in Russia\u2019s Kursk Oblast, said Kyrylo "
          + "Budanov, head of Ukraine\u2019s Main Intelligence Directorate (HUR), according to The War Zone.");
      Claim c = a.claims().get(0);
      assertEquals("Kyrylo Budanov", c.speaker().text(), a.claims().toString());
      assertEquals("Nearly 8,000 North Korean soldiers are still fighting in Russia\u2019s Kursk Oblast", c.content().text());
    }

    @Test
    void theCountryDescribed_isTheStorysCountry_orTheOneWrittenIntoIt() {
      Analysis a = analyze("Iran said on Tuesday that it had expelled two diplomats. Iran has long accused the United States "
          + "of plotting against it. The Islamic country said the diplomats had been spying.");
      assertEquals("The Islamic country", a.claims().get(a.claims().size() - 1).speaker().text(), a.claims().toString());
      assertEquals("IR", lastSpeakerOf(a));
      Analysis jordan = analyze("Jordan lost a pilot in Syria. The Jordanian kingdom vowed that it would respond.");
      assertEquals("JO", lastSpeakerOf(jordan), jordan.claims().toString());
    }

    @Test
    void theBody_isTheIntergovernmentalBodyJustNamed_butNoNationalOne() {
      Analysis a = analyze("The IAEA has sent inspectors to Iran after the blast. A fuller report will follow next week, the body said.");
      assertEquals("int/iaea", lastSpeakerOf(a), a.claims().toString());
      Analysis org = analyze("\u201cWe are following with great concern the situation in the east,\u201d NATO said. "
          + "The alliance met on Monday. \u201cThe fighting must stop now before it spreads,\u201d the organisation said.");
      assertEquals("int/nato", lastSpeakerOf(org), org.claims().toString());
      Analysis national = analyze("MI5 has opened an inquiry after the blast. A fuller report will follow next week, the body said.");
      assertNull(national.claims().get(national.claims().size() - 1).speaker().entity().orElse(null), national.claims().toString());
    }
  }

  @Nested
  final class MoreCues {
    @Test
    void direct_aDocumentThatReadsAQuotation() {
      claim("“MI6 will take whatever measures are necessary to keep the border safe,” the statement read.",
          ClaimKind.DIRECT, "gb/sis", "MI6 will take whatever measures are necessary to keep the border safe");
      claim("MI6 issued a statement reading: “The border will be closed to every vehicle from Monday.”",
          ClaimKind.DIRECT, "gb/sis", "The border will be closed to every vehicle from Monday.");
    }

    @Test
    void direct_aStatementReadingAfterTheSentencesSubject() {
      claim("Richard Moore responded hours later with a statement reading, “Our warnings have been left unheard.”",
          ClaimKind.DIRECT, "richard-moore", "Our warnings have been left unheard.");
    }

    @Test
    void speaker_theStatementWithNoSpeakerBeforeIsTheBodyLastNamed() {
      Analysis a = analyze("A plot was foiled, as reported by MI6. “The group was plotting to seize power,” the statement reads.");
      Claim c = a.claims().get(a.claims().size() - 1);
      assertEquals("reads", c.cue().text());
      assertEquals("gb/sis", speakerId(c));
    }

    @Test
    void noClaim_readingAsAnAct() {
      assertTrue(analyze("The minister read the report on the train and then read a statement to the press.").claims().isEmpty());
      assertTrue(analyze("“The Spy Who Came in from the Cold,” he read on the flight home to London.").claims().isEmpty());
      assertTrue(analyze("Protesters carried a banner reading “Peace now for all of our children” through London.").claims().isEmpty());
    }

    @Test
    void speaker_aBodysNameWithACueFormInsideIt() {
      Analysis a = analyze("The drones were seen on Tuesday, the Office for Counter Reading (MI6) said in a statement.");
      assertEquals("gb/sis", speakerId(a.claims().get(a.claims().size() - 1)));
    }

    @Test
    void reported_informedAndReassured() {
      claim("Al-Hiyari informed reporters that large quantities of pills had been seized since January.",
          ClaimKind.INDIRECT, null, "large quantities of pills had been seized since January");
      claim("A search operation has been launched in the area by security forces, the police officer informed.",
          ClaimKind.INDIRECT, null, "A search operation has been launched in the area by security forces");
      claim("He reassured the public that the government remains in full control of the situation.",
          ClaimKind.INDIRECT, null, "the government remains in full control of the situation");
    }

    @Test
    void reported_observeOnlyBeforeAClause() {
      claim("Britain will observe three days of mourning, Richard Moore added, while a minute of silence will be "
          + "observed in schools.", ClaimKind.INDIRECT, "richard-moore", "Britain will observe three days of mourning");
      claim("Richard Moore observed that the threat had grown.", ClaimKind.INDIRECT, "richard-moore",
          "the threat had grown");
      claim("The involvement of foreign firms sits uneasily with many people, observes Richard Moore.",
          ClaimKind.INDIRECT, "richard-moore", "The involvement of foreign firms sits uneasily with many people");
    }

    @Test
    void speaker_aNameWithItsGlossInBracketsAfterALongTitle() {
      claim("The trips are one of five ways the party meddles, Department of Prosecutorial Affairs Director-General "
          + "Kuo Yung-fa (郭永發) said.", ClaimKind.INDIRECT, "kuo-yung-fa", "The trips are one of five ways the party meddles");
    }

    @Test
    void reported_dismissedAsAQuotedJudgementBeforeWhatItJudges() {
      claim("Richard Moore dismissed as “nonsense” suggestions that the timing of the statement was aimed at the report.",
          ClaimKind.INDIRECT, "richard-moore",
          "“nonsense” suggestions that the timing of the statement was aimed at the report");
    }

    @Test
    void noClaim_aProtestAsANoun() {
      assertTrue(analyze("Ten people were killed in a rare violent protest in the state that has overshadowed the "
          + "celebrations.").claims().isEmpty());
      assertTrue(analyze("Violent protests scarcely occur in Britain, where the rules are strict.").claims().isEmpty());
    }

    @Test
    void reported_anOutletQuotingItsSourceRelaysTheSourcesClaim() {
      claim("The fugitive was arrested at a clinic in Palermo, a CNN report said quoting Richard Moore as saying on Monday.",
          ClaimKind.INDIRECT, "richard-moore", "The fugitive was arrested at a clinic in Palermo");
      Claim cited = onlyClaim(analyze("The arrests were made after a report from a friendly country, the paper added, "
          + "citing security sources."));
      assertEquals("the paper", cited.speaker().text());
      Claim quoted = onlyClaim(analyze("A plane carrying the vice president has gone missing, the BBC reports, quoting a "
          + "statement from Richard Moore."));
      assertEquals("the BBC", quoted.speaker().text());
    }

    @Test
    void reported_saidAccordingToAnOutlet_isTheSpeakersClaim() {
      Analysis a = analyze("Richard Moore spoke in London. The police have 48 hours to question them, he said according "
          + "to The Malta Independent.");
      Claim c = onlyClaim(a);
      assertEquals("The police have 48 hours to question them", c.content().text());
      assertEquals("richard-moore", speakerId(c));
    }

    @Test
    void reported_saidThenTheSpeakerWithAnAppositionAndAPlace() {
      claim("Specifically, there are findings of a connection to the campaign, said Richard Moore, spokesman for the "
          + "Federal Ministry of the Interior, in Berlin.", ClaimKind.INDIRECT, "richard-moore",
          "Specifically, there are findings of a connection to the campaign");
    }

    @Test
    void reported_saidThenAuthoritiesOfABody() {
      claim("Two Russians were detained for alleged espionage in the last 24 hours, said authorities of MI6 on Sunday.",
          ClaimKind.INDIRECT, null, "Two Russians were detained for alleged espionage in the last 24 hours");
    }

    @Test
    void reported_toldAnOutletThenANumber() {
      claim("A security source told Reuters 16 soldiers had been killed.", ClaimKind.INDIRECT, null,
          "16 soldiers had been killed");
    }

    @Test
    void reported_aPlacesClauseWithItsOwnCueIsAnotherClaim() {
      Analysis a = analyze("MI6 said five people were killed in Nablus in the northern West Bank, where Richard Moore "
          + "confirmed an overnight operation targeted the group.");
      assertEquals("five people were killed in Nablus in the northern West Bank", a.claims().get(0).content().text());
      assertEquals(2, a.claims().size(), a.claims().toString());
    }

    @Test
    void noClaim_informedWithoutAClauseOrToReassure() {
      assertTrue(analyze("The coast guard informed the defence ministry and the foreign ministry.").claims().isEmpty());
      assertTrue(analyze("The visit aims to reassure the large community and boost the investigation.").claims().isEmpty());
    }

    @Test
    void reported_counteredOnlyBeforeThat() {
      claim("The prosecution countered that the rules cannot be applied to the case.",
          ClaimKind.INDIRECT, null, "the rules cannot be applied to the case");
      assertTrue(analyze("The agencies shared intelligence on the plot and countered the attack.").claims().isEmpty());
      assertTrue(analyze("Britain constantly shares “its information heritage” with its partners.").claims().isEmpty());
    }

    @Test
    void reported_perTheStatement() {
      claim("Two of the armed drones were intercepted over the city, per MI6.",
          ClaimKind.INDIRECT, "gb/sis", "Two of the armed drones were intercepted over the city");
      assertTrue(analyze("The tax rose to 40 dollars per barrel last year.").claims().isEmpty());
      Claim outlet = onlyClaim(analyze("“We took hard decisions,” said Richard Moore in a statement, per USA Today."));
      assertEquals("richard-moore", speakerId(outlet));
    }

    @Test
    void direct_threatenedBeforeItsSpeaker() {
      claim("“We are heating Europe and they still threaten to close the borders,” threatened Richard Moore.",
          ClaimKind.DIRECT, "richard-moore", "We are heating Europe and they still threaten to close the borders");
    }

    @Test
    void reported_indicatedBeforeItsSpeaker() {
      claim("Most of them arrived through the northern provinces, indicated MI6 in a statement.",
          ClaimKind.INDIRECT, "gb/sis", "Most of them arrived through the northern provinces");
    }
  }

  @Nested
  final class Administrations {
    @Test
    void speaker_theAdministrationIsTheBodyOfThatNameJustNamed() {
      Analysis a = analyze("The Transportation Security Administration said it had found a knife. The administration "
          + "said the passenger was arrested.");
      assertEquals("us/tsa", speakerId(a.claims().get(a.claims().size() - 1)));
    }

    @Test
    void speaker_theAdministrationIsNoOtherBody() {
      Analysis a = analyze("MI6 said it had found a knife. The administration said the passenger was arrested.");
      assertNull(speakerId(a.claims().get(a.claims().size() - 1)));
    }
  }

  @Nested
  final class PersonsInOnePhrase {
    @Test
    void speaker_theFirstPersonNotTheOneInTheRolesComplement() {
      claim("“The talks have failed,” Richard Moore, spokesman for Russian President Vladimir Putin, said last month.",
          ClaimKind.DIRECT, "richard-moore", "The talks have failed");
    }

    @Test
    void speaker_aPersonsPossessiveIsNotTheSpeaker() {
      claim("Vladimir Putin's chief adviser said the talks had failed.", ClaimKind.INDIRECT, null,
          "the talks had failed");
      claim("Joe Biden's former legal counsel Harold Winters said the talks had failed.", ClaimKind.INDIRECT, null,
          "the talks had failed");
    }

    @Test
    void speaker_aLeadersSpokesmanIsTheOneTheGazetteerKnows() {
      claim("The spokesman for Russian President Vladimir Putin said the talks had failed.", ClaimKind.INDIRECT,
          "dmitry-peskov", "the talks had failed");
      claim("Vladimir Putin's spokesman said the talks had failed.", ClaimKind.INDIRECT, "dmitry-peskov",
          "the talks had failed");
      claim("The deputy spokesman for Russian President Vladimir Putin said the talks had failed.", ClaimKind.INDIRECT,
          "vladimir-putin", "the talks had failed"); // a deputy is not the spokesman the gazetteer knows
    }

    @Test
    void speaker_aLeadersGovernmentIsTheState() {
      claim("Vladimir Putin's government said the talks had failed.", ClaimKind.INDIRECT, "RU",
          "the talks had failed");
    }

    @Test
    void speaker_aLeadersOfficeIsTheLeader() {
      claim("Vladimir Putin's office said the talks had failed.", ClaimKind.INDIRECT, "vladimir-putin",
          "the talks had failed");
    }

    @Test
    void speaker_theOfficialInAppositionToADescriptionThatNamesAnother() {
      claim("The press secretary of Russian President Vladimir Putin, Dmitry Peskov, said the commanders were "
          + "supposed to stay in Turkey.", ClaimKind.INDIRECT, "dmitry-peskov",
          "the commanders were supposed to stay in Turkey");
    }

    @Test
    void speaker_aSecondCueJoinedByAndAfterAQuotationOfTwoSentences_isTheSameSpeaker() {
      Analysis a = analyze("\u201cTurkey broke the deal. At the same time, no one informed Russia,\u201d Dmitry Peskov "
          + "said and recalled that the commanders were supposed to stay in Turkey.");
      Claim last = a.claims().get(a.claims().size() - 1);
      assertEquals("the commanders were supposed to stay in Turkey", last.content().text(), a.claims().toString());
      assertEquals("dmitry-peskov", speakerId(last), a.claims().toString());
    }

    @Test
    void speaker_aPersonsStatementIsStillTheirs() {
      claim("Vladimir Putin's statement said the talks had failed.", ClaimKind.INDIRECT, "vladimir-putin",
          "the talks had failed");
      claim("Joe Biden's pick for secretary of state, Antony Blinken, said the talks had failed.",
          ClaimKind.INDIRECT, "antony-blinken", "the talks had failed");
    }
  }
}
