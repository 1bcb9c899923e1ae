package org.secnews.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.secnews.TestGazetteers;

final class RolesTest {
  private final Roles roles = Roles.of(TestGazetteers.small());

  @Test
  void bodyAndHeadWord_onADate() {
    Roles.Role r = roles.resolve("the MI6 chief", LocalDate.of(2023, 7, 19)).orElseThrow();
    assertEquals("richard-moore", r.official().id());
    assertEquals("gb/sis", r.organisation().id());
    assertEquals(LocalDate.of(2020, 10, 1), r.post().from());
  }

  @Test
  void noHolderOnThatDate() {
    assertTrue(roles.resolve("the MI6 chief", LocalDate.of(2026, 1, 1)).isEmpty());
  }

  @Test
  void countryAndKindOfBody() {
    Roles.Role r = roles.resolve("the head of the UK’s domestic intelligence agency", LocalDate.of(2024, 10, 9))
        .orElseThrow();
    assertEquals("ken-mccallum", r.official().id());
    assertEquals("gb/security-service", r.organisation().id());
  }

  @Test
  void countryPost() {
    Roles.Role r = roles.resolve("Russia's president", LocalDate.of(2020, 1, 1)).orElseThrow();
    assertEquals("vladimir-putin", r.official().id());
    assertEquals("RU", r.organisation().id());
  }

  @Test
  void noRoleWord() {
    assertTrue(roles.resolve("the agency", null).isEmpty());
  }

  @Test
  void aBranchOfTheArmedForces_byItsOwnName_elseTheArmedForces() {
    org.secnews.gazetteer.Gazetteer g = org.secnews.gazetteer.Gazetteer.builder()
        .add(new org.secnews.entity.Entity("lk/armed-forces", org.secnews.entity.EntityType.AGENCY,
            "Sri Lanka Armed Forces", "LK", "", "military", org.secnews.entity.Gender.UNKNOWN))
        .add(new org.secnews.entity.Entity("lk/army", org.secnews.entity.EntityType.AGENCY,
            "Sri Lanka Army", "LK", "lk/armed-forces", "military", org.secnews.entity.Gender.UNKNOWN))
        .build();
    Roles lk = Roles.of(g);
    assertEquals("lk/army", lk.bodyOf("the army", "LK").id());
    assertEquals("lk/armed-forces", lk.bodyOf("the navy", "LK").id());
    assertEquals("lk/armed-forces", lk.bodyOf("the armed forces", "LK").id());
  }

  @Test
  void headOfState_andLeader_ofACountry() {
    assertEquals("vladimir-putin", roles.resolve("Russia's head of state", LocalDate.of(2020, 1, 1)).orElseThrow().official().id());
    assertEquals("vladimir-putin", roles.resolve("the Russian leader", LocalDate.of(2020, 1, 1)).orElseThrow().official().id());
    assertEquals("keir-starmer", roles.resolve("the British leader", LocalDate.of(2024, 8, 1)).orElseThrow().official().id());
  }

  @Test
  void headOfDiplomacy_andTheUsSecretaryOfState_areTheForeignMinister() {
    LocalDate d = LocalDate.of(2023, 5, 1);
    assertEquals("antony-blinken", roles.resolve("the head of US diplomacy", d).orElseThrow().official().id());
    assertEquals("antony-blinken", roles.resolve("America's top diplomat", d).orElseThrow().official().id());
    assertEquals("antony-blinken", roles.resolve("the US Secretary of State", d).orElseThrow().official().id());
    assertTrue(roles.resolve("Britain's Secretary of State", d).isEmpty());
  }

  @Test
  void armyChief_andInspectorGeneralOfPolice() {
    assertEquals("eyal-zamir", roles.resolve("Israel's army chief", LocalDate.of(2025, 6, 1)).orElseThrow().official().id());
    assertEquals("danny-levy", roles.resolve("Israel's Inspector General of Police", LocalDate.of(2024, 6, 1)).orElseThrow()
        .official().id());
  }
}
