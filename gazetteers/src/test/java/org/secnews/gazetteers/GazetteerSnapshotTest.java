package org.secnews.gazetteers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.secnews.NewsAnalyzer;
import org.secnews.entity.Entity;
import org.secnews.gazetteer.Alias;
import org.secnews.gazetteer.Gazetteer;
import org.secnews.gazetteer.GazetteerSnapshot;

/**
 * The build compiles the TSV files into a snapshot; loading it must give exactly what loading the
 * files gives.
 */
final class GazetteerSnapshotTest {
  @Test
  void snapshot_isBuiltAndMatchesTheFiles() {
    Optional<Gazetteer> snapshot = GazetteerSnapshot.builtIn();
    assertTrue(snapshot.isPresent(), "the build should write " + GazetteerSnapshot.RESOURCE);
    Gazetteer fromFiles = Gazetteer.builder().loadBuiltIn().build();
    Gazetteer compiled = snapshot.get();
    assertEquals(fromFiles.toString(), compiled.toString());
    assertEquals(fromFiles.aliasCount(), compiled.aliasCount());
    assertEquals(List.copyOf(fromFiles.posts()), List.copyOf(compiled.posts()));
    assertEquals(records(fromFiles), records(compiled));
  }

  @Test
  void snapshot_matchesEveryNameAsTheFilesDo() {
    Gazetteer fromFiles = Gazetteer.builder().loadBuiltIn().build();
    assertEquals(mentionsOfEveryName(fromFiles), mentionsOfEveryName(GazetteerSnapshot.builtIn().orElseThrow()));
  }

  private static List<String> records(Gazetteer g) {
    List<String> out = new ArrayList<>();
    for (Entity e : g.entities()) {
      out.add(e + " " + g.aliases(e.id()) + " " + g.surnames(e.id()) + " " + g.source(e.id()));
    }
    return out;
  }

  /** Every name of every entity in a sentence of its own, analysed as one text. */
  private static String mentionsOfEveryName(Gazetteer g) {
    StringBuilder text = new StringBuilder();
    for (Entity e : g.entities()) {
      for (Alias a : g.aliases(e.id())) {
        text.append("On Monday ").append(a.text()).append(" said so.\n\n");
      }
    }
    return NewsAnalyzer.builder().gazetteer(g).build().analyze(text.toString()).mentions().toString();
  }
}
