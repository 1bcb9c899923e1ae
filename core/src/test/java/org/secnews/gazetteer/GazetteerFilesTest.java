package org.secnews.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.secnews.entity.EntityType;
import org.secnews.entity.MentionForm;

final class GazetteerFilesTest {
  private static Gazetteer load(String content) {
    return Gazetteer.builder().load("f.tsv", new StringReader(content)).build();
  }

  @Test
  void load_readsColumnsFlagsAndComments() {
    Gazetteer g = load("\uFEFF# a comment\n\nid\ttype\tname\tacronyms\n"
        + "us/cia\tAGENCY\tCentral Intelligence Agency\tCIA|IS!?\n");
    assertEquals(EntityType.AGENCY, g.entity("us/cia").orElseThrow().type());
    Alias is = g.aliases("us/cia").get(2);
    assertEquals("IS", is.text());
    assertEquals(CasePolicy.EXACT, is.casePolicy());
    assertTrue(is.ambiguous());
    assertEquals(MentionForm.ACRONYM, is.form());
  }

  @Test
  void load_groupNamesGetTheOtherSpellingsOfTheirConnectives() {
    Gazetteer g = load("id\ttype\tname\taliases\n"
        + "group/ttp\tGROUP\tTehrik-i-Taliban Pakistan\t\n"
        + "group/jua\tGROUP\tJamaat-ul-Ahrar\t\n");
    assertEquals(java.util.List.of("Tehrik-i-Taliban Pakistan", "Tehrik-e-Taliban Pakistan"),
        g.aliases("group/ttp").stream().map(Alias::text).toList());
    assertEquals(java.util.List.of("Jamaat-ul-Ahrar", "Jamaatul Ahrar"),
        g.aliases("group/jua").stream().map(Alias::text).toList());
  }

  @Test
  void load_unknownColumnNamesFileAndLine() {
    GazetteerFormatException e = assertThrows(GazetteerFormatException.class,
        () -> load("# x\nid\tname\tcolour\n"));
    assertEquals("f.tsv", e.file());
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("colour"), e.getMessage());
  }

  @Test
  void load_tooManyCellsFails() {
    GazetteerFormatException e = assertThrows(GazetteerFormatException.class,
        () -> load("id\tname\nGB\tUnited Kingdom\textra\n"));
    assertEquals(2, e.line());
  }

  @Test
  void load_badTypeAndCountryFail() {
    assertThrows(GazetteerFormatException.class, () -> load("id\ttype\tname\nx\tPLANET\tMars\n"));
    assertThrows(GazetteerFormatException.class, () -> load("id\tname\tcountry\nx/y\tX\tGBR\n"));
  }

  @Test
  void load_noHeaderFails() {
    assertThrows(GazetteerFormatException.class, () -> load("# only comments\n"));
  }

  @Test
  void load_postsWithPartialDates() {
    Gazetteer g = Gazetteer.builder()
        .load("e.tsv", new StringReader("id\ttype\tname\nrichard-moore\tOFFICIAL\tRichard Moore\n"))
        .load("p.tsv", new StringReader("person\tpost\torg\tfrom\tto\nrichard-moore\thead\tgb/sis\t2020-10\t2025-09\n"))
        .build();
    Post p = g.posts("richard-moore").get(0);
    assertEquals(LocalDate.of(2020, 10, 1), p.from());
    assertEquals(LocalDate.of(2025, 9, 30), p.to());
    assertTrue(g.holder("gb/sis", "head", LocalDate.of(2023, 7, 19)).isPresent());
    assertTrue(g.holder("gb/sis", "head", LocalDate.of(2026, 1, 1)).isEmpty());
  }

  @Test
  void load_postEndingBeforeItStartsFails() {
    assertThrows(GazetteerFormatException.class, () -> Gazetteer.builder()
        .load("p.tsv", new StringReader("person\tpost\torg\tfrom\tto\nx\thead\tgb/sis\t2020\t2019\n")));
  }

  @Test
  void build_postOfUnknownOfficialFails() {
    assertThrows(IllegalStateException.class, () -> Gazetteer.builder()
        .load("p.tsv", new StringReader("person\tpost\torg\tfrom\nnobody\thead\tgb/sis\t2020\n")).build());
  }

  @Test
  void load_laterRowReplacesEarlier() {
    Gazetteer g = Gazetteer.builder()
        .load("a.tsv", new StringReader("id\tname\nGB\tUnited Kingdom\n"))
        .load("b.tsv", new StringReader("id\tname\nGB\tBritain\n"))
        .build();
    assertEquals("Britain", g.entity("GB").orElseThrow().name());
    assertEquals(1, g.size());
  }

  @Test
  void find_foldsCaseDiacriticsAndHyphens() {
    Gazetteer g = load("id\tname\taliases\ngroup/al-qaeda\tal-Qaeda\tAl Qa'ida\n");
    assertEquals(1, g.find("AL QAEDA").size());
    assertEquals(1, g.find("group/al-qaeda").size());
  }

  @Test
  void withoutHonorific_dropsTitles() {
    Alias a = new Alias("Sir Richard Moore", MentionForm.ALIAS, CasePolicy.NAME, false);
    assertEquals("Richard Moore", Gazetteer.withoutHonorific(a).text());
    Alias single = new Alias("Sir Moore", MentionForm.ALIAS, CasePolicy.NAME, false);
    assertEquals("Sir Moore", Gazetteer.withoutHonorific(single).text());
  }
}
