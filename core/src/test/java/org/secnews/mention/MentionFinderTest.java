package org.secnews.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secnews.testsupport.Asserts.assertMentions;

import org.junit.jupiter.api.Test;
import org.secnews.Analysis;
import org.secnews.TestGazetteers;
import org.secnews.entity.MentionForm;

final class MentionFinderTest {
  private static Analysis analyze(String text) {
    return TestGazetteers.analyzer().analyze(text);
  }

  @Test
  void surname_afterFullName() {
    assertMentions(analyze("Richard Moore spoke. Later Moore left. Mr Moore smiled."),
        "[Richard Moore|richard-moore] spoke. Later [Moore|richard-moore] left. Mr [Moore|richard-moore] smiled.");
  }

  @Test
  void surname_notBeforeFullName() {
    assertMentions(analyze("Moore spoke. Richard Moore left."), "Moore spoke. [Richard Moore|richard-moore] left.");
  }

  @Test
  void surname_inTheLinesThatOpenTheText_beforeTheFullName() {
    assertMentions(analyze("Advertisement\n\nMoore says the threat grew\n\nRichard Moore spoke on Monday."),
        "Advertisement\n\n[Moore|richard-moore] says the threat grew\n\n[Richard Moore|richard-moore] spoke on Monday.");
    assertMentions(analyze("Advertisement\n\nThe threat grew.\n\nMoore says so\n\nRichard Moore spoke on Monday."),
        "Advertisement\n\nThe threat grew.\n\nMoore says so\n\n[Richard Moore|richard-moore] spoke on Monday.");
  }

  @Test
  void introduced_inATitleCaseHeadline_isNoLongerThanTheTextRepeatsIt() {
    assertMentions(analyze("- President Lasso Calls for Calm After Assassination\n"
            + "The killing, according to President Guillermo Lasso, was sabotage."),
        "- President [Lasso|guillermo-lasso] Calls for Calm After Assassination\n"
            + "The killing, according to President [Guillermo Lasso|guillermo-lasso], was sabotage.");
  }

  @Test
  void introduced_namedInTheHeadlineAsInTheTextLater() {
    assertMentions(analyze("Espionage is a serious matter - Saifuddin Nasution\n\n"
            + "Home Affairs Minister Saifuddin Nasution Ismail said the threat grew."),
        "Espionage is a serious matter - [Saifuddin Nasution|saifuddin-nasution-ismail]\n\n"
            + "Home Affairs Minister [Saifuddin Nasution Ismail|saifuddin-nasution-ismail] said the threat grew.");
  }

  @Test
  void introduced_afterASheriffOrASpecialAgent_withDottedInitials() {
    assertMentions(analyze("Jacksonville’s Sheriff T.K. Waters spoke. Waters said more."),
        "Jacksonville’s Sheriff [T.K. Waters|t-k-waters] spoke. [Waters|t-k-waters] said more.");
    assertMentions(analyze("Special Agent in Charge Brian Boetig said the threat was real."),
        "Special Agent in Charge [Brian Boetig|brian-boetig] said the threat was real.");
    assertMentions(analyze("Agent Simon Beresford said she was a favourite."), "Agent Simon Beresford said she was a favourite.");
  }

  @Test
  void agency_aGenericNameAfterAnotherPlace_isAnotherBody() {
    assertMentions(analyze("The Busan Metropolitan Police said two men were held. The Metropolitan Police said more."),
        "The Busan Metropolitan Police said two men were held. The [Metropolitan Police|gb/met-police] said more.");
  }

  @Test
  void introduced_byAnApposedRepresentativeOfAStateOrUnBody() {
    assertMentions(analyze("Bintou Keita, Britain's special representative, reported to the council."),
        "[Bintou Keita|bintou-keita], [Britain|GB]'s special representative, reported to the council.");
    assertMentions(analyze("Jane Doe, a sales representative at the firm, said prices rose."),
        "Jane Doe, a sales representative at the firm, said prices rose.");
  }

  @Test
  void introduced_afterAbbreviatedBritishPoliceRanks() {
    assertMentions(analyze("Det Ch Supt James Dunkerley said they were satisfied."),
        "Det Ch Supt [James Dunkerley|james-dunkerley] said they were satisfied.");
  }

  @Test
  void introduced_afterAnIndefiniteDescriptionOfAStatePost() {
    assertMentions(analyze("A senior superintendent of police operations, Muhammad Baloch, said separatists attacked."),
        "A senior superintendent of police operations, [Muhammad Baloch|muhammad-baloch], said separatists attacked.");
    assertMentions(analyze("A senior executive at the bank, John Smith, said profits fell."),
        "A senior executive at the bank, John Smith, said profits fell.");
  }

  @Test
  void introduced_byACoordinatorForAStateBody() {
    assertMentions(analyze("Dean Haydon, national coordinator for Britain’s counter-terrorism policing, said the attack was terrible."),
        "[Dean Haydon|dean-haydon], national coordinator for [Britain|GB]’s counter-terrorism policing, said the attack was terrible.");
    assertMentions(analyze("It happened at noon, according to Hamza Shafqaat, a senior government administrator."),
        "It happened at noon, according to [Hamza Shafqaat|hamza-shafqaat], a senior government administrator.");
  }

  @Test
  void introduced_aCountryNameAfterAGivenNameIsASurname() {
    assertMentions(analyze("Deputy Attorney General Lisa Monaco said the money was seized in Monaco."),
        "Deputy Attorney General [Lisa Monaco|lisa-monaco] said the money was seized in [Monaco|MC].");
  }

  @Test
  void introduced_anAcronymInTitleCaseAfterAGivenNameIsASurname_thereAndLater() {
    assertMentions(analyze("Attorney General Chris Carr said 41 people were charged. CARR denied it, according to Carr."),
        "Attorney General [Chris Carr|chris-carr] said 41 people were charged. [CARR|group/cyber-army-of-russia-reborn] "
            + "denied it, according to [Carr|chris-carr].");
    assertMentions(analyze("Senior Nato officials met in London as Western Nato allies watched."),
        "Senior [Nato|int/nato] officials met in [London|GB] as Western [Nato|int/nato] allies watched.");
    // after a whole name, after a title, or before a name, it is the body: a scraped "Gabriel Wernstedt Säpo",
    // "First Admiral Bakamla Octavianus Budi Susanto"
    assertMentions(analyze("Press officer Gabriel Wernstedt Carr said so. First Admiral Carr Octavianus Susanto agreed."),
        "Press officer Gabriel Wernstedt [Carr|group/cyber-army-of-russia-reborn] said so. First Admiral "
            + "[Carr|group/cyber-army-of-russia-reborn] [Octavianus Susanto|octavianus-susanto] agreed.");
  }

  @Test
  void surname_thatIsACommonWordNeedsATitle() {
    assertMentions(analyze("Theresa May spoke in London. In May she left, said Mrs May."),
        "[Theresa May|theresa-may] spoke in [London|GB]. In May she left, said Mrs [May|theresa-may].");
  }

  @Test
  void surname_listedLaterForm() {
    assertMentions(analyze("Catherine De Bolle spoke. De Bolle said more."),
        "[Catherine De Bolle|catherine-de-bolle] spoke. [De Bolle|catherine-de-bolle] said more.");
  }

  @Test
  void introduced_titleBeforeName() {
    Analysis a = analyze("Major Ibrahim Hassan, a police officer, told Reuters. Hassan left.");
    assertMentions(a, "Major [Ibrahim Hassan|ibrahim-hassan], a police officer, told Reuters. [Hassan|ibrahim-hassan] left.");
    assertEquals(MentionForm.INTRODUCED, a.mentions().get(0).form());
  }

  @Test
  void introduced_roleInApposition() {
    assertMentions(analyze("Yanjun Xu, a deputy director at China's spy agency, was jailed."),
        "[Yanjun Xu|yanjun-xu], a deputy director at [China|CN]'s spy agency, was jailed.");
  }

  @Test
  void introduced_notWithoutRole() {
    assertMentions(analyze("Bybit CEO Ben Zhou said so. Louis Prior, 19, said."),
        "Bybit CEO Ben Zhou said so. Louis Prior, 19, said.");
  }

  @Test
  void introduced_electedOfficeCounts() {
    assertMentions(analyze("Tory leader Michael Howard agreed. And Menzies Campbell, the Liberal Democrats' "
            + "foreign affairs spokesman, said no."),
        "Tory leader [Michael Howard|michael-howard] agreed. And [Menzies Campbell|menzies-campbell], the Liberal Democrats' "
            + "foreign affairs spokesman, said no.");
  }

  @Test
  void peer_withAnotherSeatIsAnotherPerson_andLawLordsAreJudges() {
    assertMentions(analyze("Senior law lord Lord Bingham ruled. Lord Hoffmann agreed. "
            + "But Lord Walker of Gestingthorpe dissented. Lord Walker of Aldringham was not there."),
        "Senior law lord Lord [Bingham|lord-bingham] ruled. Lord [Hoffmann|lord-hoffmann] agreed. "
            + "But Lord [Walker|lord-walker] of Gestingthorpe dissented. "
            + "Lord [Walker of Aldringham|michael-walker] was not there.");
  }

  @Test
  void peer_ladyOrBaronessIsATitle_andLawLordsMakeJudges() {
    assertMentions(analyze("Law Lords rule against the checks. Lady Hale said they were wrong."),
        "Law Lords rule against the checks. Lady [Hale|lady-hale] said they were wrong.");
    assertMentions(analyze("Lady Gaga sang at the gala."), "Lady Gaga sang at the gala.");
    assertMentions(analyze("Former cabinet secretary Baroness Amos said no."),
        "Former cabinet secretary Baroness [Amos|baroness-amos] said no.");
  }

  @Test
  void peer_notVouchedForByAnotherPeerWhenPossessive() {
    assertMentions(analyze("Senior law lord Lord Bingham ruled. I never read Lord Byron's poems."),
        "Senior law lord Lord [Bingham|lord-bingham] ruled. I never read Lord Byron's poems.");
  }

  @Test
  void introduced_appositionMustDescribeTheName() {
    assertMentions(analyze("Helena Kennedy, a Labour peer and a human rights lawyer, spoke. Anna Veron, a spokesman "
            + "for trade commissioner Peter Mandelson, agreed. Entering Westminster, he came to share an office with "
            + "the MP for Sedgefield. In Bethnal Green, former Labour MP George Galloway won. Loch Ness West, said the "
            + "first minister, was safe."),
        "[Helena Kennedy|helena-kennedy], a Labour peer and a human rights lawyer, spoke. Anna Veron, "
            + "a spokesman for trade commissioner Peter Mandelson, agreed. Entering Westminster, he "
            + "came to share an office with the MP for Sedgefield. In Bethnal Green, former Labour MP "
            + "[George Galloway|george-galloway] won. Loch Ness West, said the first minister, was safe.");
  }

  @Test
  void titledSurname_notTheOfficialWhenSomeoneElseOfThatNameWasNamed() {
    assertMentions(analyze("Britain's Ed Moore testified. Mr Moore said he was innocent."),
        "[Britain|GB]'s Ed Moore testified. Mr Moore said he was innocent.");
    assertMentions(analyze("Britain's spy chief spoke. Mr Moore said he was innocent."),
        "[Britain|GB]'s spy chief spoke. Mr [Moore|richard-moore] said he was innocent.");
  }

  @Test
  void introduced_notASeatAfterFor_norAPrivateBodysSpokesman() {
    assertMentions(analyze("He is now MP for Meirionnydd Nant Conwy. Riggs spokesman Mark Hendrix said so. "
            + "Home Affairs spokesman Mark Oaten disagreed. Pete Simpson, head of the lab at security firm "
            + "Clearswift, said so."),
        "He is now MP for Meirionnydd Nant Conwy. Riggs spokesman Mark Hendrix said so. "
            + "Home Affairs spokesman [Mark Oaten|mark-oaten] disagreed. Pete Simpson, head of the lab at security firm "
            + "Clearswift, said so.");
  }

  @Test
  void introduced_notAnArmedGroupsSpokesman() {
    assertMentions(analyze("ISIS spokesman Abu Omar Bakr said so. The group's spokesman, Abu Ali Farouk, said so. "
            + "Abu Hamza Said, an al-Qaeda spokesman, said so. A ministry spokesman, Abu Karim Nasser, said so."),
        "[ISIS|group/islamic-state] spokesman Abu Omar Bakr said so. The group's spokesman, Abu Ali Farouk, said so. "
            + "Abu Hamza Said, an [al-Qaeda|group/al-qaeda] spokesman, said so. A ministry spokesman, "
            + "[Abu Karim Nasser|abu-karim-nasser], said so.");
  }

  @Test
  void capital_afterAGivenName_isASurname_andSoIsItsLaterUse() {
    assertMentions(analyze("The film's producer Michael London said so. British police chief Michael London "
            + "said so. London said more."),
        "The film's producer Michael London said so. [British|GB] police chief [Michael London|michael-london] "
            + "said so. [London|michael-london] said more.");
  }

  @Test
  void introduced_byADescriptionAfterALaterSentenceOpenedByTheSurname() {
    assertMentions(analyze("Marek Zielony made the announcement in Warsaw. He confirmed the reports. "
            + "Zielony added that the suspects were foreigners. The interior minister also said more."),
        "[Marek Zielony|marek-zielony] made the announcement in [Warsaw|PL]. He confirmed the reports. "
            + "[Zielony|marek-zielony] added that the suspects were foreigners. The interior minister also said more.");
  }

  @Test
  void surnameAlone_isTheOneOfficialOfThatNameInOfficeOnTheDate() {
    String text = "Sullivan told reporters the talks had failed. Sullivan left.";
    assertMentions(TestGazetteers.analyzer().analyze(text, java.time.LocalDate.of(2023, 7, 19)),
        "[Sullivan|jake-sullivan] told reporters the talks had failed. [Sullivan|jake-sullivan] left.");
    assertMentions(TestGazetteers.analyzer().analyze(text, java.time.LocalDate.of(2019, 7, 19)), text);
    assertMentions(analyze(text), text);
    String other = "Andy Sullivan, a fan, spoke. Sullivan told reporters the talks had failed.";
    assertMentions(TestGazetteers.analyzer().analyze(other, java.time.LocalDate.of(2023, 7, 19)), other);
  }

  @Test
  void surname_ofAnEastAsianNameIsItsFirstWord() {
    assertMentions(analyze("Chinese ministry spokesman Zhao Lijian spoke. Zhao said more. Lijian is a name."),
        "[Chinese|CN] ministry spokesman [Zhao Lijian|zhao-lijian] spoke. [Zhao|zhao-lijian] said more. "
            + "[Lijian|zhao-lijian] is a name.");
  }

  @Test
  void surnameAlone_withoutItsArabicArticle() {
    assertMentions(TestGazetteers.analyzer().analyze("Burhan said the war would go on.", java.time.LocalDate.of(2023, 7, 19)),
        "[Burhan|abdel-fattah-al-burhan] said the war would go on.");
  }

  @Test
  void surnameAlone_writtenWithItsArabicArticle_keepsIt() {
    assertMentions(TestGazetteers.analyzer().analyze("The war would go on, al-Burhan said.", java.time.LocalDate.of(2023, 7, 19)),
        "The war would go on, [al-Burhan|abdel-fattah-al-burhan] said.");
    assertMentions(analyze("Abdel Fattah al-Burhan spoke. Later al-Burhan left."),
        "[Abdel Fattah al-Burhan|abdel-fattah-al-burhan] spoke. Later [al-Burhan|abdel-fattah-al-burhan] left.");
  }

  @Test
  void bodyName_afterAnotherStatesName_isThatStatesBody() {
    assertMentions(analyze("Russia's Joint Chiefs of Staff met. The Joint Chiefs of Staff met."),
        "[Russia|RU]'s [Joint Chiefs of Staff|ru/jcs] met. The [Joint Chiefs of Staff|us/jcs] met.");
    assertMentions(analyze("China's Joint Chiefs of Staff met."), "[China|CN]'s [Joint Chiefs of Staff|cn/jsd] met.");
    assertMentions(analyze("Russia's top military body, the Joint Chiefs of Staff, met. Russia's army met the Joint Chiefs of Staff."),
        "[Russia|RU]'s top military body, the [Joint Chiefs of Staff|ru/jcs], met. [Russia|RU]'s army met the "
            + "[Joint Chiefs of Staff|us/jcs].");
  }

  @Test
  void mediaOutlet_namedAfterAMediaNoun_isNoBody() {
    assertMentions(analyze("Russian news agency CIA reported it. The newspaper MI6 said so. The CIA said so."),
        "[Russian|RU] news agency CIA reported it. The newspaper MI6 said so. The [CIA|us/cia] said so.");
  }

  @Test
  void introduced_byTheDescriptionThatOpensTheNextSentence() {
    assertMentions(analyze("Michael Howard has denied his shadow cabinet was split.\n\nThe Tory leader said it "
            + "was not easy. Ann Lee has sold her firm. The company said so."),
        "[Michael Howard|michael-howard] has denied his shadow cabinet was split.\n\nThe Tory leader said it "
            + "was not easy. Ann Lee has sold her firm. The company said so.");
  }

  @Test
  void introduced_speakingForAPartyInApposition() {
    assertMentions(analyze("Mark Oaten, for the Liberal Democrats, said the vote was lost. Anna Kerr, for the "
            + "Red Cross, said no."),
        "[Mark Oaten|mark-oaten], for the Liberal Democrats, said the vote was lost. Anna Kerr, for the "
            + "Red Cross, said no.");
  }

  @Test
  void introduced_byTheLeadThatDescribesThem() {
    assertMentions(analyze("Terrorists may strike, London's most senior police officer has said.\n\n"
            + "Sir Ian Blair said groups would remember Madrid."),
        "Terrorists may strike, [London|GB]'s most senior police officer has said.\n\n"
            + "Sir [Ian Blair|ian-blair] said groups would remember Madrid.");
  }

  @Test
  void introduced_byTheSentenceBeforeThatGivesACountrysTitle() {
    assertMentions(analyze("Russia's High Commissioner to Britain said migrants should integrate. "
            + "Dr Olga Petrova said others would not listen."),
        "[Russia|RU]'s High Commissioner to [Britain|GB] said migrants should integrate. "
            + "Dr [Olga Petrova|olga-petrova] said others would not listen.");
  }

  @Test
  void introduced_aPeerByRoleTitleAndSurname() {
    assertMentions(analyze("Former cabinet secretary Lord Butler spoke. Lord Butler said Butler was right."),
        "Former cabinet secretary Lord [Butler|lord-butler] spoke. Lord [Butler|lord-butler] said [Butler|lord-butler] was right.");
  }

  @Test
  void introduced_aPeerIsTheBritishOfficialOfThatSurname() {
    assertMentions(analyze("Former cabinet secretary Lord Clarke said no."),
        "Former cabinet secretary Lord [Clarke|charles-clarke] said no.");
  }

  @Test
  void introduced_notAPeerWithoutARoleNorAKnight() {
    assertMentions(analyze("Lord Butler said no. The film star, Sir Cameron, agreed."),
        "Lord Butler said no. The film star, Sir Cameron, agreed.");
  }

  @Test
  void introduced_aPeerWithASeatOrInAStateSentence() {
    assertMentions(analyze("Lord Nicholls of Birkenhead agreed. Lord Dubs told MPs so."),
        "Lord [Nicholls|lord-nicholls] of Birkenhead agreed. Lord [Dubs|lord-dubs] told MPs so.");
  }

  @Test
  void introduced_notAPeerOfFictionNorALady() {
    assertMentions(analyze("Lord Voldemort returns in the film. Lady Gaga sang at the government's gala."),
        "Lord Voldemort returns in the film. Lady Gaga sang at the government's gala.");
  }

  @Test
  void introduced_afterATitleSetOffByAComma() {
    assertMentions(analyze("The head of the unit, Detective Chief Superintendent, Mick Deats, said so. Deats left."),
        "The head of the unit, Detective Chief Superintendent, [Mick Deats|mick-deats], said so. [Deats|mick-deats] left.");
  }

  @Test
  void introduced_notAListOfBandsEndingInAQueen() {
    assertMentions(analyze("Songs by Joy Division, Queen, Kate Bush and others. Finance Minister, Tom McCabe MSP, spoke."),
        "Songs by Joy Division, Queen, Kate Bush and others. Finance Minister, [Tom McCabe|tom-mccabe] MSP, spoke.");
  }

  @Test
  void introduced_takesTheGenderItsGivenNameTells() {
    Analysis a = analyze("MI5 director Hazel Blears spoke. MI6 director Jan Berry spoke.");
    assertEquals(org.secnews.entity.Gender.FEMALE, a.mentions().get(1).entity().gender(), a.mentions().toString());
    assertEquals(org.secnews.entity.Gender.UNKNOWN, a.mentions().get(3).entity().gender(), a.mentions().toString());
  }

  @Test
  void introduced_aProsecutingAttorney() {
    assertMentions(analyze("Prosecuting attorney Carol Lam said so."), "Prosecuting attorney [Carol Lam|carol-lam] said so.");
  }

  @Test
  void introduced_byACopulaRole() {
    assertMentions(analyze("Amit Yoran was director of the cyber division at the CIA. Yoran quit."),
        "[Amit Yoran|amit-yoran] was director of the cyber division at the [CIA|us/cia]. [Yoran|amit-yoran] quit.");
  }

  @Test
  void introduced_notByACopulaVerb() {
    assertMentions(analyze("Zach Braff was named best new director at the British awards."),
        "Zach Braff was named best new director at the [British|GB] awards.");
  }

  @Test
  void introduced_byTheFormerHolderDescribedInTheNextSentence() {
    assertMentions(analyze("The ruling must be obeyed, Mary Robinson has said.\n\n"
            + "The former UN commissioner and Russian president told the BBC so. Robinson left."),
        "The ruling must be obeyed, [Mary Robinson|mary-robinson] has said.\n\n"
            + "The former [UN|int/un] commissioner and [Russian|RU] president told the BBC so. [Robinson|mary-robinson] left.");
  }

  @Test
  void introduced_notByADescriptionThatMayBeAnotherPersons() {
    assertMentions(analyze("Tony Blair met the North East campaign.\n\nThe former police chief spoke."),
        "[Tony Blair|tony-blair] met the North East campaign.\n\nThe former police chief spoke.");
  }

  @Test
  void introduced_notAConjunctionAndAnAcronym() {
    assertMentions(analyze("Kyiv met China's Foreign Minister. Neither GSCB Director Olga Petrova nor anyone spoke."),
        "[Kyiv|UA] met [China|CN]'s Foreign Minister. Neither GSCB Director Olga Petrova nor anyone spoke.");
  }

  @Test
  void introduced_notByALeadWhoseRoleIsNoStatePost() {
    assertMentions(analyze("Many visited from Iran, the campaign's director told the BBC. Curt Hopkins said so."),
        "Many visited from [Iran|IR], the campaign's director told the BBC. Curt Hopkins said so.");
  }

  @Test
  void introduced_notAUnitNamedAfterATitle() {
    assertMentions(analyze("He died in the custody of the Queen's Lancashire Regiment. The King's Own Scottish Borderers left."),
        "He died in the custody of the Queen's Lancashire Regiment. The King's Own Scottish Borderers left.");
  }

  @Test
  void introduced_notACharityDirector() {
    assertMentions(analyze("The group Liberty was delighted.\n\nDirector Shami Chakrabarti called for change."),
        "The group Liberty was delighted.\n\nDirector Shami Chakrabarti called for change.");
  }

  @Test
  void introduced_anAgencysMan() {
    assertMentions(analyze("A court ruled that former CIA man Jeffrey Royer, 41, fed information to traders."),
        "A court ruled that former [CIA|us/cia] man [Jeffrey Royer|jeffrey-royer], 41, fed information to traders.");
  }

  @Test
  void introduced_byARoleThatIsAStatePostByItself() {
    assertMentions(analyze("Former minister Clare Short said so. X Factor judge Sharon Osbourne laughed."),
        "Former minister [Clare Short|clare-short] said so. X Factor judge Sharon Osbourne laughed.");
  }

  @Test
  void introduced_notAGroupSpokesman() {
    assertMentions(analyze("Sheikh Abdiasis Abu Musab, al-Qaeda's spokesman, told Reuters."),
        "Sheikh Abdiasis Abu Musab, [al-Qaeda|group/al-qaeda]'s spokesman, told Reuters.");
  }

  @Test
  void definedAcronym_inParenthesesAndLater() {
    assertMentions(analyze("The Security Service (SSX) warned. SSX agents left."),
        "The [Security Service|gb/security-service] ([SSX|gb/security-service]) warned. [SSX|gb/security-service] agents left.");
  }

  @Test
  void genericBody_resolvedToNearestCountry() {
    Analysis a = analyze("The envoy to the Netherlands was summoned to the Foreign Ministry.");
    assertMentions(a, "The envoy to the [Netherlands|NL] was summoned to the [Foreign Ministry|nl/mfa].");
    assertEquals(MentionForm.CONTEXTUAL, a.mentions().get(1).form());
  }

  @Test
  void peerListedByTitle_isTheSurnameAloneAndLaterTooButNotBefore() {
    assertMentions(analyze("Goldsmith spoke. Lord Goldsmith said the war was legal. Goldsmith left."),
        "Goldsmith spoke. Lord [Goldsmith|peter-goldsmith] said the war was legal. [Goldsmith|peter-goldsmith] left.");
  }

  @Test
  void titledSurname_withoutFullName_isTheOneOfficialOfThatName() {
    assertMentions(analyze("Minister Bijleveld said the four left. Bijleveld spoke later."),
        "Minister [Bijleveld|ank-bijleveld] said the four left. [Bijleveld|ank-bijleveld] spoke later.");
  }

  @Test
  void titledSurname_afterAnHonorific_needsTheOfficialsCountryInTheText() {
    assertMentions(analyze("Mrs Bijleveld spoke."), "Mrs Bijleveld spoke.");
    assertMentions(analyze("The Dutch met. Mrs Bijleveld spoke."),
        "The [Dutch|NL] met. Mrs [Bijleveld|ank-bijleveld] spoke.");
    assertMentions(analyze("The Dutch met. Mr Bijleveld spoke."), "The [Dutch|NL] met. Mr Bijleveld spoke.");
  }

  @Test
  void titledSurname_afterSirOrDame_isAGivenName() {
    assertMentions(analyze("The Dutch crowd cheered. Sir Bijleveld spoke."), "The [Dutch|NL] crowd cheered. Sir Bijleveld spoke.");
    assertMentions(analyze("The Dutch crowd cheered. Dame Bijleveld spoke."), "The [Dutch|NL] crowd cheered. Dame Bijleveld spoke.");
  }

  @Test
  void genericBody_afterADemonymThatNamesALanguage_isStillTheCountrysBefore() {
    Analysis a = analyze("Police in the Netherlands, known by its Russian initials as NP, said nothing. The Foreign Ministry summoned the envoy.");
    assertLastMention("nl/mfa", a);
    Analysis named = analyze("Police in the Netherlands blamed Russian hackers. The Foreign Ministry summoned the envoy.");
    assertLastMention("ru/mfa", named);
  }

  @Test
  void genericBody_beforeAnyCountry_isTheFirstCountryOfTheText() {
    Analysis a = analyze("The Foreign Ministry summoned the envoy. Russian officials said nothing.");
    assertMentions(a, "The [Foreign Ministry|ru/mfa] summoned the envoy. [Russian|RU] officials said nothing.");
  }

  @Test
  void genericBody_ofTheOfficialWhoSpeaksForIt() {
    assertMentions(analyze("Britain protested. Foreign Ministry spokeswoman Ank Bijleveld said nothing."),
        "[Britain|GB] protested. [Foreign Ministry|nl/mfa] spokeswoman [Ank Bijleveld|ank-bijleveld] said nothing.");
  }

  @Test
  void genericBody_namedAgain_isTheSameBody() {
    assertMentions(analyze("The Russian Foreign Ministry spoke. Dutch envoys left. The Foreign Ministry said nothing."),
        "The [Russian Foreign Ministry|ru/mfa] spoke. [Dutch|NL] envoys left. The [Foreign Ministry|ru/mfa] said nothing.");
  }

  @Test
  void genericBodyInLowerCase_isAMentionOnlyRightAfterItsCountry() {
    assertMentions(analyze("The Netherlands' foreign ministry summoned the envoy."),
        "The [Netherlands|NL]' [foreign ministry|nl/mfa] summoned the envoy.");
    assertMentions(analyze("Russia's foreign ministry said nothing."),
        "[Russia|RU]'s [foreign ministry|ru/mfa] said nothing.");
    assertMentions(analyze("Russian envoys left. The foreign ministry said nothing."),
        "[Russian|RU] envoys left. The foreign ministry said nothing.");
  }

  @Test
  void genericBody_withoutCountryIsNoMention() {
    assertMentions(analyze("The Foreign Ministry said nothing."), "The Foreign Ministry said nothing.");
  }

  @Test
  void slug_ofNames() {
    assertEquals("jeong-joon-hee", MentionFinder.slug("Jeong Joon-hee"));
    assertEquals("ibrahim-traore", MentionFinder.slug("Ibrahim Traoré"));
    assertEquals("person", MentionFinder.slug("—"));
  }

  @Test
  void glued_nameGluedToNextWord() {
    Analysis a = analyze("The leader of Secret Intelligence Servicecommonly referred to as MI6.");
    assertMentions(a, "The leader of [Secret Intelligence Service|gb/sis]commonly referred to as [MI6|gb/sis].");
    assertEquals(MentionForm.VARIANT, a.mentions().get(0).form());
  }

  @Test
  void glued_notForASingleWord() {
    assertMentions(analyze("Russiatoday and Britainx"), "Russiatoday and Britainx");
  }

  @Test
  void variant_digitsForLettersInAcronyms() {
    Analysis a = analyze("The M15 intelligence chief and M16 spies, but not M1 or 5I.");
    assertMentions(a, "The [M15|gb/security-service] intelligence chief and [M16|gb/sis] spies, but not M1 or 5I.");
    assertEquals(MentionForm.VARIANT, a.mentions().get(0).form());
  }

  @Test
  void nearMiss_oneEditFromASurnameInPlay() {
    Analysis a = analyze("Ank Bijleveld spoke. Later Bijlevedl and Bijleveldt left. Bijlev did not.");
    assertMentions(a, "[Ank Bijleveld|ank-bijleveld] spoke. Later [Bijlevedl|ank-bijleveld] and "
        + "[Bijleveldt|ank-bijleveld] left. Bijlev did not.");
  }

  @Test
  void nearMiss_notBeforeTheFullName() {
    assertMentions(analyze("Bijlevedl spoke."), "Bijlevedl spoke.");
  }

  @Test
  void oneEdit_rules() {
    assertTrue(MentionFinder.oneEdit("Fakhrizadeh", "Fakhriadeh"));
    assertTrue(MentionFinder.oneEdit("Volostin", "Voloshin"));
    assertTrue(MentionFinder.oneEdit("abcdef", "abdcef"));
    assertFalse(MentionFinder.oneEdit("abcdef", "abcdef"));
    assertFalse(MentionFinder.oneEdit("abcdef", "badcfe"));
  }

  @Test
  void introduced_afterATitleAndAParenthesis_withInitials() {
    assertMentions(analyze("The raid was planned, said Special DG (anti-Maoist operation) D M Awasthi."),
        "The raid was planned, said Special DG (anti-Maoist operation) [D M Awasthi|d-m-awasthi].");
    assertMentions(analyze("Acting Inspector General of Police (IGP) Chandana Wickremaratne said all were held."),
        "Acting Inspector General of Police (IGP) [Chandana Wickremaratne|chandana-wickremaratne] said all were held.");
  }

  @Test
  void introduced_chiefOfStaffOfABody() {
    assertMentions(analyze("MI5 counter-terrorism chief of staff Janat Saipoldayev said the plot failed."),
        "[MI5|gb/security-service] counter-terrorism chief of staff [Janat Saipoldayev|janat-saipoldayev] said the plot failed.");
  }

  @Test
  void introduced_describedByTheLeadsCountryPossessive() {
    assertMentions(analyze("Nationalists from Russia were behind the plot, the Balkan country's chief special prosecutor "
            + "said today.\nMilivoje Katnic said the investigation leads to that conclusion."),
        "Nationalists from [Russia|RU] were behind the plot, the Balkan country's chief special prosecutor "
            + "said today.\n[Milivoje Katnic|milivoje-katnic] said the investigation leads to that conclusion.");
  }

  @Test
  void demonymAfterAGivenName_isASurnameUnlessANounFollows() {
    assertMentions(analyze("Najib Russian, a spokesman for the Interior Ministry, said eight attackers were involved."),
        "[Najib Russian|najib-russian], a spokesman for the Interior Ministry, said eight attackers were involved.");
    assertMentions(analyze("Najib met Russian diplomats."), "Najib met [Russian|RU] diplomats.");
    assertMentions(analyze("Mr Russian said so. The Russian said no."), "Mr Russian said so. The [Russian|RU] said no.");
  }

  @Test
  void servingOfficialsSurname_notInsideALongerArabicName() {
    Analysis a = TestGazetteers.analyzer().analyze("Prayers at al-Haram al-Burhan were calm. Burhan said so.",
        java.time.LocalDate.of(2023, 7, 19));
    assertMentions(a, "Prayers at al-Haram al-Burhan were calm. [Burhan|abdel-fattah-al-burhan] said so.");
  }

  @Test
  void servingOfficialsSurname_sharedAcrossCountries_isTheOneOfTheCountryNamed() {
    java.time.LocalDate d = java.time.LocalDate.of(2025, 1, 6);
    assertMentions(TestGazetteers.analyzer().analyze("Eight soldiers died in India. Shah said he was saddened.", d),
        "Eight soldiers died in [India|IN]. [Shah|amit-shah] said he was saddened.");
    assertMentions(TestGazetteers.analyzer().analyze("Eight soldiers died. Shah said he was saddened.", d),
        "Eight soldiers died. Shah said he was saddened.");
  }

  @Test
  void servingOfficialsSurname_notWhenTheTextNamesAnotherWithItFirst() {
    Analysis a = TestGazetteers.analyzer().analyze("Prosecutors charged Huang Chu-jung with spying. Huang denied it.",
        java.time.LocalDate.of(2023, 7, 19));
    assertMentions(a, "Prosecutors charged Huang Chu-jung with spying. Huang denied it.");
    Analysis b = TestGazetteers.analyzer().analyze("The envoy spoke. Huang said the talks went on.",
        java.time.LocalDate.of(2023, 7, 19));
    assertMentions(b, "The envoy spoke. [Huang|huang-xia] said the talks went on.");
  }

  @Test
  void introduced_withASpanishSecondSurname_laterCalledByTheFirst() {
    assertMentions(analyze("Attorney General Jesus Murillo Karam said the mayor was held. Murillo said the police had orders."),
        "Attorney General [Jesus Murillo Karam|jesus-murillo-karam] said the mayor was held. "
            + "[Murillo|jesus-murillo-karam] said the police had orders.");
  }

  @Test
  void introduced_misspellingOfAListedOfficial_isThatOfficial() {
    assertMentions(analyze("Prime Minister Yvete Cooper spoke. The NATO chief Jens Stoltenbrg said more."),
        "Prime Minister [Yvete Cooper|yvette-cooper] spoke. The [NATO|int/nato] chief [Jens Stoltenbrg|jens-stoltenberg] said more.");
  }

  @Test
  void arabicSurname_writtenWithoutItsHyphen_orWithItsArticleApartAndCapitalised() {
    assertMentions(analyze("Adel Abdul Mahdi spoke. Abdul Mahdi said more."),
        "[Adel Abdul Mahdi|adil-abdul-mahdi] spoke. [Abdul Mahdi|adil-abdul-mahdi] said more.");
    assertMentions(analyze("Abdel Fattah al-Burhan spoke. Mr Al Burhan said more."),
        "[Abdel Fattah al-Burhan|abdel-fattah-al-burhan] spoke. Mr [Al Burhan|abdel-fattah-al-burhan] said more.");
  }

  @Test
  void introduced_aStateBodysChairperson_butNotACompanys() {
    assertMentions(analyze("MI5 Chairperson Jane Holloway spoke."),
        "[MI5|gb/security-service] Chairperson [Jane Holloway|jane-holloway] spoke.");
    assertMentions(analyze("Google Chairman Eric Schmidt spoke."), "Google Chairman Eric Schmidt spoke.");
  }

  @Test
  void introduced_withAParticle_laterCapitalisedAtASentenceStart_evenWhenTheSurnameIsACapital() {
    assertMentions(analyze("Senator Leila de Souza spoke. De Souza said more."),
        "Senator [Leila de Souza|leila-de-souza] spoke. [De Souza|leila-de-souza] said more.");
    assertMentions(analyze("Senator Anna de Berlin spoke."), "Senator [Anna de Berlin|anna-de-berlin] spoke.");
  }

  @Test
  void genericBody_theAcronymMfa_isTheForeignMinistryNamed() {
    Analysis a = analyze("The envoy to the Netherlands was summoned. MFA said the talks had failed.");
    assertLastMention("nl/mfa", a);
  }

  /** Asserts that the last mention of {@code a} is of entity {@code id}. */
  private static void assertLastMention(String id, Analysis a) {
    assertEquals(id, a.mentions().get(a.mentions().size() - 1).id(), a.mentions().toString());
  }

  @Test
  void introduced_aLegislaturesLeader() {
    assertMentions(analyze("Senate Minority Leader Koko Pimentel spoke. Pimentel said more."),
        "Senate Minority Leader [Koko Pimentel|koko-pimentel] spoke. [Pimentel|koko-pimentel] said more.");
    assertMentions(analyze("House Speaker Mike Johnson spoke."), "House Speaker [Mike Johnson|mike-johnson] spoke.");
  }

  @Test
  void introduced_otherTransliterationOfAnArabicName_isThatOfficial() {
    assertMentions(analyze("General Abdelfattah al-Bourhane spoke."),
        "General [Abdelfattah al-Bourhane|abdel-fattah-al-burhan] spoke.");
  }

  @Test
  void introduced_sameConsonantsAsAEuropeanOfficial_isSomeoneElse() {
    assertMentions(analyze("Federal Prosecutor Petra Frenk spoke."), "Federal Prosecutor [Petra Frenk|petra-frenk] spoke.");
  }

  @Test
  void introduced_listedOfficialWithoutHisMiddleName_isThatOfficial() {
    assertMentions(analyze("President Recep Erdogan spoke."), "President [Recep Erdogan|recep-tayyip-erdogan] spoke.");
  }

  @Test
  void introduced_oneLetterFromAListedNameButShort_isSomeoneElse() {
    assertMentions(analyze("Home Secretary Tony Blaik spoke."), "Home Secretary [Tony Blaik|tony-blaik] spoke.");
  }

  @Test
  void introduced_asTheBossOfAStateBody() {
    assertMentions(analyze("MI5 boss Jane Holloway said the threat grew."),
        "[MI5|gb/security-service] boss [Jane Holloway|jane-holloway] said the threat grew.");
  }

  @Test
  void introduced_notTheHeadOfASportsBody() {
    assertMentions(analyze("Greek Athletics Federation boss Vassilli Sevastis said the athletes were innocent."),
        "[Greek|GR] Athletics Federation boss Vassilli Sevastis said the athletes were innocent.");
    assertMentions(analyze("Dutch football federation spokesman Frank Huizinga said he was the best."),
        "[Dutch|NL] football federation spokesman Frank Huizinga said he was the best.");
  }

  @Test
  void surname_withoutItsAccent_andWithIt_isThePersonNamedBefore() {
    assertMentions(TestGazetteers.analyzer().analyze("Interior Minister Rosa Icela Rodriguez spoke. Rodríguez said more.",
        java.time.LocalDate.of(2024, 7, 26)),
        "Interior Minister [Rosa Icela Rodriguez|rosa-icela-rodriguez] spoke. [Rodríguez|rosa-icela-rodriguez] said more.");
  }

  @Test
  void introduced_aListedLaterFormAfterATitle_isThePersonNamedBefore() {
    assertMentions(analyze("Andrés Manuel López Obrador spoke. President López Obrador said more."),
        "[Andrés Manuel López Obrador|andres-manuel-lopez-obrador] spoke. President [López Obrador|andres-manuel-lopez-obrador] said more.");
  }

  @Test
  void introduced_afterACapitalisedTitleOfAStateBodyBeforeAComma() {
    assertMentions(analyze("They are dying, the General Commander of the Honduran police, Bernadino Rafael, declared."),
        "They are dying, the General Commander of the [Honduran|HN] police, [Bernadino Rafael|bernadino-rafael], declared.");
    assertMentions(analyze("Spokesperson for the intelligence service, Dr. Peter Afunanya, made the disclosure."),
        "Spokesperson for the intelligence service, Dr. [Peter Afunanya|peter-afunanya], made the disclosure.");
    assertMentions(analyze("The General Manager of the football club, Peter Afunanya, spoke."),
        "The General Manager of the football club, Peter Afunanya, spoke.");
  }

  @Test
  void introduced_byAnAppositionNamingABureau() {
    assertMentions(analyze("The cell was dangerous, said Cherkaoui Habboub, Director of the Central Bureau of Judicial Investigations, on Monday."),
        "The cell was dangerous, said [Cherkaoui Habboub|cherkaoui-habboub], Director of the Central Bureau of Judicial Investigations, on Monday.");
  }

  @Test
  void genericBody_afterACountrysPossessive_isThatCountrys_notTheOneNamedBefore() {
    assertMentions(analyze("The Dutch Foreign Ministry protested. Later Russia's Foreign Ministry replied."),
        "The [Dutch Foreign Ministry|nl/mfa] protested. Later [Russia|RU]'s [Foreign Ministry|ru/mfa] replied.");
  }

  @Test
  void introduced_notABranchOfABody() {
    assertMentions(analyze("Prosecutors indicted 23 people, the Tainan Branch of the Russian prosecutor's office announced."),
        "Prosecutors indicted 23 people, the Tainan Branch of the [Russian|RU] prosecutor's office announced.");
  }

  @Test
  void introduced_afterASpokespersonForALowerCaseMinistry() {
    assertMentions(analyze("On May 25, the deputy spokesperson for the foreign ministry Pham Thu Hang said the ships violated the zone."),
        "On May 25, the deputy spokesperson for the foreign ministry [Pham Thu Hang|pham-thu-hang] said the ships violated the zone.");
  }

  @Test
  void introduced_aBodysNameRunningIntoThePersonsIsNoPartOfIt() {
    assertMentions(analyze("Press Secretary of the State Border Committee Anton Bychkovsky told reporters."),
        "Press Secretary of the State Border Committee [Anton Bychkovsky|anton-bychkovsky] told reporters.");
  }

  @Test
  void introduced_twoSurnamesInTheHeadlineBeforeTheFullName() {
    assertMentions(analyze("Sutaj Estok: police press charges\n\nInterior Minister Matus Sutaj Estok said the man acted alone."),
        "[Sutaj Estok|matus-sutaj-estok]: police press charges\n\nInterior Minister [Matus Sutaj Estok|matus-sutaj-estok] said the man acted alone.");
  }

  @Test
  void introduced_atACitysPolice() {
    assertMentions(analyze("Three men were held, says Jens Jespersen at the London police."),
        "Three men were held, says [Jens Jespersen|jens-jespersen] at the [London|GB] police.");
    assertMentions(analyze("Andy Roddick of the US won. Tom Ellison at the first meeting of the New Zealand Rugby Union spoke."),
        "Andy Roddick of the [US|US] won. Tom Ellison at the first meeting of the [New Zealand|NZ] Rugby Union spoke.");
  }

  @Test
  void introduced_withTwoSurnames_laterCalledByBothIsOneMention() {
    assertMentions(analyze("Interior Minister Matus Sutaj Estok said the man was held. Sutaj Estok said he acted alone."),
        "Interior Minister [Matus Sutaj Estok|matus-sutaj-estok] said the man was held. "
            + "[Sutaj Estok|matus-sutaj-estok] said he acted alone.");
  }

  @Test
  void introduced_afterATitleWithItsPortfolioInApposition() {
    assertMentions(analyze("We know they are in Mexico, declared the Minister of Justice and Security, Gustavo Villatoro, to a channel."),
        "We know they are in [Mexico|MX], declared the Minister of Justice and Security, [Gustavo Villatoro|gustavo-villatoro], to a channel.");
    assertMentions(analyze("Minister for Children, Young People and Families Margaret Hodge said so."),
        "Minister for Children, Young People and Families Margaret Hodge said so."); // no "Young People"
    assertMentions(analyze("He hopes to remain MP for Richmond, North Yorks, and start a family."),
        "He hopes to remain MP for Richmond, North Yorks, and start a family.");
  }

  @Test
  void introduced_byTheBodyAfterTheName() {
    assertMentions(analyze("John MacFarlane of the Security Service said the data was sensitive."),
        "[John MacFarlane|john-macfarlane] of the [Security Service|gb/security-service] said the data was sensitive.");
    assertMentions(analyze("Matthew G. Olsen, who heads the CIA's security division, said the case was grave."),
        "[Matthew G. Olsen|matthew-g-olsen], who heads the [CIA|us/cia]'s security division, said the case was grave.");
    assertMentions(analyze("John Smith of the choir said the data was sensitive."),
        "John Smith of the choir said the data was sensitive.");
  }

  @Test
  void introduced_constablesAndNotWeekdays() {
    assertMentions(analyze("According to RCMP Constable Charles Poirier, the man was held. A lawyer told CTV Monday."),
        "According to RCMP Constable [Charles Poirier|charles-poirier], the man was held. A lawyer told CTV Monday.");
  }

  @Test
  void firstName_aloneBeforeACue_isThePersonNamedInFullWithIt() {
    assertMentions(analyze("Police chief Tito Karnavian spoke. Tito told Reuters the raids would go on. Tito Street was shut."),
        "Police chief [Tito Karnavian|tito-karnavian] spoke. [Tito|tito-karnavian] told Reuters the raids would go on. "
            + "Tito Street was shut.");
    assertMentions(analyze("Police chief Tito Karnavian and police officer Tito Sulistyo spoke. Tito told Reuters so."),
        "Police chief [Tito Karnavian|tito-karnavian] and police officer [Tito Sulistyo|tito-sulistyo] spoke. "
            + "Tito told Reuters so.");
  }

  @Test
  void acronym_ofABodyNamedInFull() {
    assertMentions(analyze("The Metropolitan Police Service said so. Later the MPS and the SS spoke."),
        "The [Metropolitan Police Service|gb/met-police] said so. Later the [MPS|gb/met-police] and the SS spoke.");
    assertMentions(analyze("The MPS spoke. The Metropolitan Police said so. The MP spoke."),
        "The MPS spoke. The [Metropolitan Police|gb/met-police] said so. The MP spoke.");
  }

  @Test
  void introduced_withAnArabicArticleInTheSurname() {
    assertMentions(analyze("Attorney General Hamad al-Shamsi said the trial was fair."),
        "Attorney General [Hamad al-Shamsi|hamad-al-shamsi] said the trial was fair.");
  }

  @Test
  void servingOfficial_aShortOrCommonSurname_onlyAsASpeaker() {
    java.time.LocalDate d = java.time.LocalDate.of(2018, 11, 21);
    assertMentions(TestGazetteers.analyzer().analyze("\u201cWe are disappointed,\u201d May told parliament.", d),
        "\u201cWe are disappointed,\u201d [May|theresa-may] told parliament.");
    assertMentions(TestGazetteers.analyzer().analyze("In May the talks ended. May Day came.", d),
        "In May the talks ended. May Day came.");
  }

  @Test
  void servingOfficial_notASurnameTheTextAlsoWritesInLowerCase() {
    java.time.LocalDate d = java.time.LocalDate.of(2024, 8, 1);
    assertMentions(TestGazetteers.analyzer().analyze("Cooper workshops are rare now. A cooper makes barrels.", d),
        "Cooper workshops are rare now. A cooper makes barrels.");
    assertMentions(TestGazetteers.analyzer().analyze("Cooper visited Dover on Monday. She met British officials.", d),
        "[Cooper|yvette-cooper] visited Dover on Monday. She met [British|GB] officials.");
  }

  @Test
  void introduced_policeRanksAndDescriptionsInApposition() {
    assertMentions(analyze("The Garda assured police chief constable Simon Byrne of help."),
        "The Garda assured police chief constable [Simon Byrne|simon-byrne] of help.");
    assertMentions(analyze("On Friday, the assistant chief constable for crime department, Mark McEwan, said so."),
        "On Friday, the assistant chief constable for crime department, [Mark McEwan|mark-mcewan], said so.");
    assertMentions(analyze("On Friday, the lead singer of the band, Mark McEwan, said so."),
        "On Friday, the lead singer of the band, Mark McEwan, said so.");
  }

  @Test
  void introduced_byAStateBodyDescribedAfterTheName() {
    assertMentions(analyze("Markus Caspers of the anti-terrorism department of the general prosecutor's office said so."),
        "[Markus Caspers|markus-caspers] of the anti-terrorism department of the general prosecutor's office said so.");
  }

  @Test
  void introduced_afterAnHonorific_andNotExtendedByCapitals() {
    assertMentions(analyze("Inspector-General of Police Tan Sri Khalid Abu Bakar said the men were held."),
        "Inspector-General of Police Tan Sri [Khalid Abu Bakar|khalid-abu-bakar] said the men were held.");
    assertMentions(analyze("Interior Ministry spokesman Mufti Abdul Matin Kani said the men were held."),
        "Interior Ministry spokesman Mufti [Abdul Matin Kani|abdul-matin-kani] said the men were held.");
    assertMentions(analyze("Defense Secretary Delfin Lorenzana INQUIRER PHOTO said so."),
        "Defense Secretary [Delfin Lorenzana|delfin-lorenzana] INQUIRER PHOTO said so.");
    assertMentions(analyze("Government spokesman Zaw Min Tun said the raid was over."),
        "Government spokesman [Zaw Min Tun|zaw-min-tun] said the raid was over.");
  }

  @Test
  void capital_namingATreaty_isNoCountry_andAdvisersAreTitles() {
    assertMentions(analyze("Mongolia is a party to the Moscow Statute. Moscow said no."),
        "Mongolia is a party to the Moscow Statute. [Moscow|RU] said no.");
    assertMentions(analyze("Then-Homeland Security Adviser Thomas Bossert said so."),
        "Then-Homeland Security Adviser [Thomas Bossert|thomas-bossert] said so.");
  }

  @Test
  void introduced_afterADescriptionThatNamesTheBodyLed_andJudicialAndAbbreviatedTitles() {
    assertMentions(analyze("The head of the Metropolitan Police, Leon Charles, vowed to find them."),
        "The head of the [Metropolitan Police|gb/met-police], [Leon Charles|leon-charles], vowed to find them.");
    assertMentions(analyze("\u201cThey are cowards,\u201d said Justice Michael Code."),
        "\u201cThey are cowards,\u201d said Justice [Michael Code|michael-code].");
    assertMentions(analyze("U.S. Atty. Randy Grossman said the men were arrested."),
        "[U.S.|US] Atty. [Randy Grossman|randy-grossman] said the men were arrested.");
    assertMentions(analyze("The bank's lawyers met the chairman of Britain's biggest bank, Lloyds Banking, on Friday."),
        "The bank's lawyers met the chairman of [Britain|GB]'s biggest bank, Lloyds Banking, on Friday.");
  }

  @Test
  void introduced_afterALowerCaseRoleAndAMalaysianHonorific() {
    assertMentions(analyze("Top cop Tan Sri Razarudin Husain told reporters that the man had ties to the group."),
        "Top cop Tan Sri [Razarudin Husain|razarudin-husain] told reporters that the man had ties to the group.");
  }

  @Test
  void introduced_afterACapitalisedTitleSetOffByCommas() {
    assertMentions(analyze("Inspector General of Police, Vijay Kumar, said the encounter took place at a checkpoint."),
        "Inspector General of Police, [Vijay Kumar|vijay-kumar], said the encounter took place at a checkpoint.");
  }

  @Test
  void introduced_aCommodoresNameWithoutTheRank() {
    assertMentions(analyze("Coast guard spokesperson Commodore Jay Tarriela said the vessel was hit."),
        "Coast guard spokesperson Commodore [Jay Tarriela|jay-tarriela] said the vessel was hit.");
  }

  @Test
  void genericBody_ministryOfNationalDefence_isTheCountrys() {
    assertMentions(analyze("Azerbaijan said so. The Ministry of National Defense denied it."),
        "[Azerbaijan|AZ] said so. The [Ministry of National Defense|az/mod] denied it.");
  }

  @Test
  void acronymDefinedAfterABody_overridesAnotherBodysAcronym() {
    assertMentions(analyze("Azerbaijan said so. The Azerbaijani Ministry of Defence said it. The Ministry of Defence (MoD) of Azerbaijan said more."),
        "[Azerbaijan|AZ] said so. The [Azerbaijani Ministry of Defence|az/mod] said it. The [Ministry of Defence|az/mod] ([MoD|az/mod]) of [Azerbaijan|AZ] said more.");
    assertMentions(analyze("The MoD said so."), "The [MoD|gb/mod] said so.");
  }

  @Test
  void introduced_afterACapitalisedTitleAndItsDistrictSetOffByCommas() {
    assertMentions(analyze("The bus fell, Senior Superintendent of Police, Reasi, Mohita Sharma told reporters."),
        "The bus fell, Senior Superintendent of Police, Reasi, [Mohita Sharma|mohita-sharma] told reporters.");
  }

  @Test
  void introduced_withoutTheDistrictOfThePostBeforeTheName() {
    assertMentions(analyze("A bus fell in Reasi district. Deputy Commissioner, Reasi Vishesh Paul Mahajan, said three died."),
        "A bus fell in Reasi district. Deputy Commissioner, Reasi [Vishesh Paul Mahajan|vishesh-paul-mahajan], said three died.");
  }

  @Test
  void introduced_afterADescriptionWithTheBodysAcronym() {
    assertMentions(analyze("The chief of analytics at the Metropolitan Police (MPS), Relja Zeljski, said so."),
        "The chief of analytics at the [Metropolitan Police|gb/met-police] ([MPS|gb/met-police]), [Relja Zeljski|relja-zeljski], said so.");
  }

  @Test
  void introduced_byANationalBodyOrAnUpperHouseCommittee_notByANationalTeam() {
    assertMentions(analyze("The head of the national crisis management center, Vilmantas Vitkauskas, said so."),
        "The head of the national crisis management center, [Vilmantas Vitkauskas|vilmantas-vitkauskas], said so.");
    assertMentions(analyze("Interfax cited Vladimir Dzhabarov, first deputy head of the upper house's international "
        + "affairs committee, as saying so."),
        "Interfax cited [Vladimir Dzhabarov|vladimir-dzhabarov], first deputy head of the upper house's international "
        + "affairs committee, as saying so.");
    assertMentions(analyze("The head coach of the national team, Gareth Southgate, said so."),
        "The head coach of the national team, Gareth Southgate, said so.");
  }

  @Test
  void introduced_afterAStatesPossessiveRoleAtTheSentenceStart_butNotAPlaceAfterThe() {
    assertMentions(analyze("It was over.\n\nIran's ambassador to Russia, Hossein Akbari, said the attack was carried out by jets."),
        "It was over.\n\n[Iran|IR]'s ambassador to [Russia|RU], [Hossein Akbari|hossein-akbari], said the attack was "
            + "carried out by jets.");
    assertMentions(analyze("The UN envoy for the Middle East warned on Tuesday of catastrophic consequences."),
        "The [UN|int/un] envoy for the Middle East warned on Tuesday of catastrophic consequences.");
  }

  @Test
  void introduced_asTheSpeakerOfAQuotationAfterADescriptionInTheParagraphBefore() {
    String text = "The raid ended, the head of the British police's counter-terrorist branch told reporters.\n"
        + "\u201cWe saw smoke coming out of the den,\u201d Monirul Islam said.";
    assertMentions(analyze(text), "The raid ended, the head of the [British|GB] police's counter-terrorist branch told "
        + "reporters.\n\u201cWe saw smoke coming out of the den,\u201d [Monirul Islam|monirul-islam] said.");
    assertMentions(analyze("The raid ended, his neighbour told reporters.\n\u201cWe saw smoke coming out of the den,\u201d "
        + "Monirul Islam said."), "The raid ended, his neighbour told reporters.\n\u201cWe saw smoke coming out of the "
        + "den,\u201d Monirul Islam said.");
  }

  @Test
  void aDatelineAfterALeadDescription_isNoPerson() {
    String text = "China is the main threat, says a CIA official.\n\nPublished February 7th, 2023 at 3:25pm\n";
    assertMentions(analyze(text), "[China|CN] is the main threat, says a [CIA|us/cia] official.\n\nPublished February 7th, "
        + "2023 at 3:25pm\n");
  }

  @Test
  void aFamousSurnameAlias_afterAnotherOfficialNamedInFull_isThatOfficial() {
    assertMentions(analyze("Police Commissioner Anna Putin said the gunman acted alone. Putin said more charges would follow."),
        "Police Commissioner [Anna Putin|anna-putin] said the gunman acted alone. [Putin|anna-putin] said more charges "
            + "would follow.");
    assertMentions(analyze("Vladimir Putin spoke. Putin said more charges would follow."),
        "[Vladimir Putin|vladimir-putin] spoke. [Putin|vladimir-putin] said more charges would follow.");
  }

  @Test
  void introduced_aProsecutorDescribedBeforeTheName_andATitleWithOfThe() {
    assertMentions(analyze("The prosecutor in charge of the investigations, Juan Barros, stated that the victim was held."),
        "The prosecutor in charge of the investigations, [Juan Barros|juan-barros], stated that the victim was held.");
    assertMentions(analyze("Minister of the Interior Juan Perez explained that the inmates fled."),
        "Minister of the Interior [Juan Perez|juan-perez] explained that the inmates fled.");
  }

  @Test
  void introduced_afterACapitalisedTitleOfAStateBody() {
    assertMentions(analyze("The General Commander of the Russian Police, Ivan Petrov, urged calm."),
        "The General Commander of the [Russian Police|ru/mvd], [Ivan Petrov|ivan-petrov], urged calm.");
    assertMentions(analyze("The Commander of the Order of the Bath, Ivan Petrov, urged calm."),
        "The Commander of the Order of the Bath, Ivan Petrov, urged calm.");
  }

  @Test
  void introduced_thenNamedInFullAgain_isOneMention() {
    assertMentions(analyze("Police chief Moazzam Jah Ansari spoke. Later, Moazzam Jah Ansari said more. Moazzam Jah left."),
        "Police chief [Moazzam Jah Ansari|moazzam-jah-ansari] spoke. Later, [Moazzam Jah Ansari|moazzam-jah-ansari] said "
            + "more. [Moazzam Jah|moazzam-jah-ansari] left.");
  }

  @Test
  void introduced_notAPlaceBeforeATitle() {
    assertMentions(analyze("But a spokesman for the prosecutor, New York State Comptroller Alan Hevesi, said no deal was made."),
        "But a spokesman for the prosecutor, New York State Comptroller Alan Hevesi, said no deal was made.");
  }

  @Test
  void surname_aTaiwaneseFamilyNameComesFirst() {
    assertMentions(analyze("Bureau Director-General Chiu Kuo-cheng told lawmakers. They praised Chiu for the work."),
        "Bureau Director-General [Chiu Kuo-cheng|chiu-kuo-cheng] told lawmakers. They praised [Chiu|chiu-kuo-cheng] for "
            + "the work.");
  }

  @Test
  void introduced_afterAnIrishOrScottishSeat() {
    assertMentions(analyze("People Before Profit TD Richard Boyd Barrett said he wanted sanctions."),
        "People Before Profit TD [Richard Boyd Barrett|richard-boyd-barrett] said he wanted sanctions.");
    assertMentions(analyze("Labour MSP Jackie Baillie said the plan failed."),
        "Labour MSP [Jackie Baillie|jackie-baillie] said the plan failed.");
  }

  @Test
  void introduced_afterATitleForAPortfolio() {
    assertMentions(analyze("Secretary for Security John Lee said the group planned to cause damage."),
        "Secretary for Security [John Lee|john-lee] said the group planned to cause damage.");
  }

  @Test
  void introduced_asAnAdviserToABody() {
    assertMentions(analyze("Mykhailo Podolyak, an advisor to Ukraine's Presidential Office, called it a provocation."),
        "[Mykhailo Podolyak|mykhailo-podolyak], an advisor to [Ukraine|UA]'s Presidential Office, called it a provocation.");
  }

  @Test
  void introduced_theRegionsNameBeforeTheNameIsNoPartOfIt() {
    assertMentions(analyze("Governor of Russia's Bryansk Oblast Alexander Bogomaz said a group had entered."),
        "Governor of [Russia|RU]'s Bryansk Oblast [Alexander Bogomaz|alexander-bogomaz] said a group had entered.");
  }

  @Test
  void introduced_byALowerCaseRoleOfTheBodyNamedAfterIt() {
    assertMentions(analyze("Punjab's director general of police Gaurav Yadav said the module was busted."),
        "Punjab's director general of police [Gaurav Yadav|gaurav-yadav] said the module was busted.");
  }

  @Test
  void surnameAlone_ofAServingOfficial_needsHisCountryInTheTextUnlessItSpeaks() {
    java.time.LocalDate date = java.time.LocalDate.of(2025, 10, 20);
    String elsewhere = "In Balochistan, fighters captured a Levy checkpost at Soorab.";
    assertMentions(TestGazetteers.analyzer().analyze(elsewhere, date), elsewhere);
    assertMentions(TestGazetteers.analyzer().analyze("Israeli police raided a flat. Levy visited the scene.", date),
        "[Israeli|IL] police raided a flat. [Levy|danny-levy] visited the scene.");
    assertMentions(TestGazetteers.analyzer().analyze("Levy said the police would act.", date),
        "[Levy|danny-levy] said the police would act.");
  }

  @Test
  void surname_ofANorthKoreanNameIsItsFirstWord() {
    assertMentions(analyze("Mr Jo Chol Su, director of the Foreign Ministry's department, said so. Mr Jo said more."),
        "Mr [Jo Chol Su|jo-chol-su], director of the Foreign Ministry's department, said so. Mr [Jo|jo-chol-su] said more.");
  }

  @Test
  void surnameAlone_ofTwoServingOfficials_isTheHeadOfGovernment() {
    String text = "Britain signed the deal. Starmer told MPs it was good.";
    assertMentions(TestGazetteers.analyzer().analyze(text, java.time.LocalDate.of(2025, 1, 1)),
        "[Britain|GB] signed the deal. [Starmer|keir-starmer] told MPs it was good.");
  }

  @Test
  void introduced_notAListedOfficialsVariantWhenDescribedAsAnotherCountrys() {
    assertMentions(analyze("Recep Erdogan, a spokesman of Iran's interior ministry, said so."),
        "[Recep Erdogan|recep-erdogan], a spokesman of [Iran|IR]'s interior ministry, said so.");
  }

  @Test
  void introduced_afterARoleOfACountrysBody() {
    assertMentions(analyze("The press secretary of the Netherlands’ Ministry of Foreign Affairs Maria Jansen told reporters."),
        "The press secretary of the [Netherlands|NL]’ [Ministry of Foreign Affairs|nl/mfa] "
            + "[Maria Jansen|maria-jansen] told reporters.");
  }

  @Test
  void introduced_aNameWithTwoParticles_andItsSurnamesLater() {
    assertMentions(analyze("Defence Minister Manuel Gómez de la Torre spoke. Gómez de la Torre added more."),
        "Defence Minister [Manuel Gómez de la Torre|manuel-gomez-de-la-torre] spoke. "
            + "[Gómez de la Torre|manuel-gomez-de-la-torre] added more.");
  }

  @Test
  void introduced_afterABurmeseHonorific() {
    assertMentions(analyze("Acting President U Myint Swe warned the country could split."),
        "Acting President U [Myint Swe|myint-swe] warned the country could split.");
  }

  @Test
  void firstName_afterATitle_isThePersonNamedInFull() {
    assertMentions(analyze("Colonel Ekwarit Chobchuphon, a spokesman, spoke. Colonel Ekwarit said more."),
        "Colonel [Ekwarit Chobchuphon|ekwarit-chobchuphon], a spokesman, spoke. Colonel [Ekwarit|ekwarit-chobchuphon] "
            + "said more.");
  }

  @Test
  void introduced_aMayorIsALocalStatePost() {
    assertMentions(analyze("In a post on Facebook, Mulhouse mayor Michèle Lutz said the horror had swept over the town."),
        "In a post on Facebook, Mulhouse mayor [Michèle Lutz|michele-lutz] said the horror had swept over the town.");
  }

  @Test
  void surname_aListedTitleAndGivenNameIsNoSurnameToSplit() {
    assertMentions(analyze("Tamim bin Hamad Al Thani met the envoys. Sheikh Abdullah said the talks went well."),
        "[Tamim bin Hamad Al Thani|tamim-bin-hamad-al-thani] met the envoys. Sheikh Abdullah said the talks went well.");
  }

  @Test
  void surname_theFirstOfTwoListedSurnamesAlone() {
    assertMentions(analyze("Police chief Omar García Harfuch was wounded. Hours later García blamed the cartel."),
        "Police chief [Omar García Harfuch|omar-garcia-harfuch] was wounded. Hours later [García|omar-garcia-harfuch] "
            + "blamed the cartel.");
  }

  @Test
  void surname_theLastOfTwoListedSurnamesAlone() {
    assertMentions(analyze("Anders Fogh Rasmussen spoke in Brussels. Later Rasmussen met the leaders."),
        "[Anders Fogh Rasmussen|anders-fogh-rasmussen] spoke in Brussels. Later [Rasmussen|anders-fogh-rasmussen] met "
            + "the leaders.");
  }

  @Test
  void aNameExtendedByAPlaceAndDefinedByAnAcronym_isTheAcronymsEntity() {
    assertMentions(analyze("The National Liberation Army of West Papua (TPNPB) denied the report."),
        "The [National Liberation Army of West Papua|group/tpnpb] ([TPNPB|group/tpnpb]) denied the report.");
    assertMentions(analyze("The National Liberation Army of Colombia attacked a base."),
        "The [National Liberation Army|group/eln] of Colombia attacked a base.");
  }

  @Test
  void introduced_aPoliceDetectiveAndAStateOmbudsman() {
    assertMentions(analyze("Felipe Curi, a police detective, denied there had been any executions."),
        "[Felipe Curi|felipe-curi], a police detective, denied there had been any executions.");
    assertMentions(analyze("That contradicts the State Police Ombudsman, Claudio Aparecido da Silva, who counted ten."),
        "That contradicts the State Police Ombudsman, [Claudio Aparecido da Silva|claudio-aparecido-da-silva], who "
            + "counted ten.");
  }

  @Test
  void introduced_anAppositionLeftUnclosedBeforeTheCue() {
    assertMentions(analyze("Vladimer Bortsvadze, Deputy Interior Minister said the situation was stable."),
        "[Vladimer Bortsvadze|vladimer-bortsvadze], Deputy Interior Minister said the situation was stable.");
  }

  @Test
  void introduced_afterAMinisterOfALowerCasePortfolio() {
    assertMentions(analyze("On Tuesday, former minister of state security Ayanda Dlodlo, told the hearing."),
        "On Tuesday, former minister of state security [Ayanda Dlodlo|ayanda-dlodlo], told the hearing.");
  }

  @Test
  void introduced_notAPlaceBeforeASpokesmanWhoSpeaks() {
    assertMentions(analyze("Troops took over Bab al-Tebbaneh, a military spokesman told reporters."),
        "Troops took over Bab al-Tebbaneh, a military spokesman told reporters.");
  }

  @Test
  void introduced_afterSouthAsianPoliceRankAbbreviations() {
    assertMentions(analyze("Police Spokesman SP Ruwan Gunasekara said three were held. Later SP Gunasekara said more."),
        "Police Spokesman SP [Ruwan Gunasekara|ruwan-gunasekara] said three were held. Later SP "
            + "[Gunasekara|ruwan-gunasekara] said more.");
  }

  @Test
  void variant_aListedOfficialUnderAnotherSpellingOfHisGivenName() {
    assertMentions(analyze("Russian President Volodymyr Putin said the dam was sabotaged."),
        "[Russian|RU] President [Volodymyr Putin|vladimir-putin] said the dam was sabotaged.");
  }

  @Test
  void introduced_afterARoleOfABodyTheGazetteerLacks() {
    assertMentions(analyze("“We act,” stated the spokesperson for the Special Prosecutor's Office, Vukash Radonjic, on Sunday."),
        "“We act,” stated the spokesperson for the Special Prosecutor's Office, [Vukash Radonjic|vukash-radonjic], on Sunday.");
    assertMentions(analyze("“We act,” said the general commander of the Police, César Zapata."),
        "“We act,” said the general commander of the Police, [César Zapata|cesar-zapata].");
    assertMentions(analyze("The Kyrgyz Border Guard Service's chief of staff, Iskender Mambetaliev, told journalists."),
        "The Kyrgyz Border Guard Service's chief of staff, [Iskender Mambetaliev|iskender-mambetaliev], told journalists.");
  }

  @Test
  void notIntroduced_afterARoleOfAPrivateBody() {
    assertMentions(analyze("“We act,” said the chairman of the Football Association, Greg Clarke."),
        "“We act,” said the chairman of the Football Association, Greg Clarke.");
  }

  @Test
  void servingOfficial_bySurnameWrittenWithoutItsDiacritics() {
    Analysis a = TestGazetteers.analyzer().analyze("Davutoglu said the bombing was planned.", java.time.LocalDate.of(2016, 2, 18));
    assertMentions(a, "[Davutoglu|ahmet-davutoglu] said the bombing was planned.");
  }

  @Test
  void definedAcronym_laterUsesMeanWhatTheTextDefined() {
    Analysis a = analyze("Finland's National Bureau of Investigation (NBI) opened a case. The NBI said the hack was serious.");
    assertLastMention("fi/nbi", a);
  }

  @Test
  void introduced_aServingOfficialByADoubleSurnameAfterATitle() {
    Analysis a = TestGazetteers.analyzer().analyze("President Lopez Obrador expressed his regret.", java.time.LocalDate.of(2022, 7, 18));
    assertMentions(a, "President [Lopez Obrador|andres-manuel-lopez-obrador] expressed his regret.");
  }

  @Test
  void introduced_afterAStateRoleOfAPlaceOrOfABodyWithForInItsName() {
    assertMentions(analyze("Residents heard the Governor of the Aktobe province, Berdibek Saparbayev, call for calm."),
        "Residents heard the Governor of the Aktobe province, [Berdibek Saparbayev|berdibek-saparbayev], call for calm.");
    assertMentions(analyze("Earlier, the head of the State Agency for Security, Plamen Tonchev, said spies were active."),
        "Earlier, the head of the State Agency for Security, [Plamen Tonchev|plamen-tonchev], said spies were active.");
    assertMentions(analyze("Police left. The police spokesperson of the southern province of Nimroze, Bahram Haqmal, said so."),
        "Police left. The police spokesperson of the southern province of Nimroze, [Bahram Haqmal|bahram-haqmal], said so.");
  }

  @Test
  void genericBody_ofTheGroupsCountry_whenTheTextNamesNoState() {
    assertMentions(analyze("The Interior Ministry said ten members of Sinai Province were killed in a raid."),
        "The [Interior Ministry|eg/interior-ministry] said ten members of [Sinai Province|group/is-sinai] were killed "
            + "in a raid.");
    assertMentions(analyze("Russia said ten members of Sinai Province were killed. The Interior Ministry said so."),
        "[Russia|RU] said ten members of [Sinai Province|group/is-sinai] were killed. The Interior Ministry said so.");
  }

  @Test
  void introduced_afterAPostAndThePlaceItServesAfterIn() {
    assertMentions(analyze("The Commissioner of Police in Zamfara, Abutu Yaro, has confirmed the abduction."),
        "The Commissioner of Police in Zamfara, [Abutu Yaro|abutu-yaro], has confirmed the abduction.");
    assertMentions(analyze("Police left. The police spokesman in Ciudad Juarez, Abutu Yaro, said so."),
        "Police left. The police spokesman in Ciudad Juarez, [Abutu Yaro|abutu-yaro], said so.");
    assertMentions(analyze("The head of a private school in Kabul, Abutu Yaro, said so."),
        "The head of a private school in Kabul, Abutu Yaro, said so."); // no state post
  }

  @Test
  void introduced_afterAStatesPossessiveOpenedByAQuotationMark() {
    assertMentions(analyze("\"They fled,\" Ukraine's chief of defence forces, Aronda Nyakayirima, told Reuters."),
        "\"They fled,\" [Ukraine|UA]'s chief of defence forces, [Aronda Nyakayirima|aronda-nyakayirima], told Reuters.");
  }

  @Test
  void introduced_beforeAnAppositionOfAProvinceDefenceInvestigatorOrDiplomaticPost() {
    assertMentions(analyze("\"Ramadi has fallen,\" Muhannad Haimour, a spokesman for Anbar province, said."),
        "\"Ramadi has fallen,\" [Muhannad Haimour|muhannad-haimour], a spokesman for Anbar province, said.");
    assertMentions(analyze("They had been fired, said Ramanka Mokaloba, a defence official."),
        "They had been fired, said [Ramanka Mokaloba|ramanka-mokaloba], a defence official.");
    assertMentions(analyze("\"They were targeted,\" said Paul Waight, investigator for the London Police Department."),
        "\"They were targeted,\" said [Paul Waight|paul-waight], investigator for the [London|GB] Police Department.");
    assertMentions(analyze("Mehdi Hosseini Matin, Iran's charge d'affaires in the UK, said the ship was seized."),
        "[Mehdi Hosseini Matin|mehdi-hosseini-matin], [Iran|IR]'s charge d'affaires in the [UK|GB], said the ship was seized.");
    assertMentions(analyze("Donald Yamamoto, U.S. ambassador to Ukraine, confirmed the attack."),
        "[Donald Yamamoto|donald-yamamoto], [U.S.|US] ambassador to [Ukraine|UA], confirmed the attack.");
  }

  @Test
  void introduced_theStaffOfAnOfficialNamedBefore() {
    assertMentions(analyze("Leo Varadkar spoke. Varadkar's spokesman, Rafid Jaboori, told AFP so."),
        "[Leo Varadkar|leo-varadkar] spoke. [Varadkar|leo-varadkar]'s spokesman, [Rafid Jaboori|rafid-jaboori], told AFP so.");
  }

  @Test
  void notIntroduced_afterAStateRoleOfASportsClub() {
    assertMentions(analyze("\"We will win,\" said the ambassador of the Chelsea Football Club, Greg Clarke."),
        "\"We will win,\" said the ambassador of the Chelsea Football Club, Greg Clarke.");
  }

  @Test
  void notIntroduced_aReporterBeforeADescriptionOfAnOfficial() {
    assertMentions(analyze("It was the largest attack yet, the Ministry of Defence said, as Correspondent John Ray reports\n\n"
            + "The defence secretary said the ships were safe."),
        "It was the largest attack yet, the Ministry of Defence said, as Correspondent John Ray reports\n\n"
            + "The defence secretary said the ships were safe.");
  }

  @Test
  void variant_aListedOfficialWhoseShortGivenNameIsMisspeltByALetter() {
    assertMentions(analyze("NATO Secretary General Jen Stoltenberg said the alliance was ready."),
        "[NATO|int/nato] Secretary General [Jen Stoltenberg|jens-stoltenberg] said the alliance was ready.");
  }

  @Test
  void introduced_beforeALongAppositionWithAListThatNamesAStateBodyBeforeTheVerb() {
    assertMentions(analyze("Vince O’Brien, the head of operations for drugs, firearms and other commodities for the "
            + "Security Service, told the Guardian the trade would grow."),
        "[Vince O’Brien|vince-obrien], the head of operations for drugs, firearms and other commodities for the "
            + "[Security Service|gb/security-service], told the Guardian the trade would grow.");
    assertMentions(analyze("Greg Smith, the head of sales for drugs, cosmetics and other goods at Boots, told the Guardian so."),
        "Greg Smith, the head of sales for drugs, cosmetics and other goods at Boots, told the Guardian so.");
  }

  @Test
  void introduced_afterAnUndersecretaryOrABodyWithItsAcronymInBrackets() {
    assertMentions(analyze("Later the Civil Police’s operational undersecretary, Ronaldo Oliveira, said he regretted it."),
        "Later the Civil Police’s operational undersecretary, [Ronaldo Oliveira|ronaldo-oliveira], said he regretted it.");
    assertMentions(analyze("According to the commander of the Police Operations Battalion (BOPE), Uirá Nascimento, they fled."),
        "According to the commander of the Police Operations Battalion (BOPE), [Uirá Nascimento|uira-nascimento], they fled.");
  }

  @Test
  void introduced_afterARoleOfABodyWithItsAcronymInBracketsAndNoComma() {
    assertMentions(analyze("Four were held, the spokesman of the Secret Intelligence Service (SIS) Konstantin Bychek said."),
        "Four were held, the spokesman of the [Secret Intelligence Service|gb/sis] ([SIS|gb/sis]) [Konstantin Bychek|konstantin-bychek] said.");
  }

  @Test
  void introduced_beforeWhoHadServedAsAnEmbassysCounselor() {
    assertMentions(analyze("They said Ri Il-gyu, who had served as the counselor of political affairs at the embassy in Cuba, defected."),
        "They said [Ri Il-gyu|ri-il-gyu], who had served as the counselor of political affairs at the embassy in Cuba, defected.");
  }
}
