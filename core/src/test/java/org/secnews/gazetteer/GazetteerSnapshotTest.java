package org.secnews.gazetteer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secnews.NewsAnalyzer;
import org.secnews.TestGazetteers;
import org.secnews.entity.Entity;

final class GazetteerSnapshotTest {
  private static final List<String> PATHS = List.of("test/entities.tsv");

  /** The test gazetteer with sources, surnames, a qualified name and a group's spellings. */
  private static final Gazetteer RICH = Gazetteer.builder()
      .load("entities", new java.io.StringReader(TestGazetteers.ENTITIES))
      .load("posts", new java.io.StringReader(TestGazetteers.POSTS))
      .load("stops", new java.io.StringReader(TestGazetteers.STOPS))
      .load("more", new java.io.StringReader(String.join("\n",
          "id\ttype\tname\tcountry\tgender\taliases\tacronyms\tsurnames\tsource",
          "kr/nis\tAGENCY\tNational Intelligence Service (South Korea)\tKR\t\t\tNIS\t\tWikidata Q1",
          "group/ttp\tGROUP\tTehrik-i-Taliban Pakistan\tPK\t\tJamaat-ul-Ahrar?\tTTP\t\tTRAC",
          "richard-moore\tOFFICIAL\tSir Richard Moore\tGB\tm\t\t\tMoore\tUK government",
          "ken-mccallum\tOFFICIAL\tKen McCallum\tGB\tm\t\t\t\tMI5",
          "vladimir-putin\tOFFICIAL\tVladimir Putin\tRU\tm\tPutin\t\t\tKremlin",
          "tony-blair\tOFFICIAL\tTony Blair\tGB\tm\t\t\t\t-",
          "jake-sullivan\tOFFICIAL\tJake Sullivan\tUS\tm\t\t\t\t-",
          "keir-starmer\tOFFICIAL\tKeir Starmer\tGB\tm\t\t\t\t-",
          "charles-clarke\tOFFICIAL\tCharles Clarke\tGB\tm\t\t\t\t-",
          "theresa-may\tOFFICIAL\tTheresa May\tGB\tf\t\t\t\t-",
          "yvette-cooper\tOFFICIAL\tYvette Cooper\tGB\tf\t\t\t\t-",
          "")))
      .build();

  private static byte[] snapshotOf(Gazetteer g) {
    return GazetteerSnapshot.write(g, PATHS, new int[] {42});
  }

  /** Everything a caller can ask a gazetteer, and how its trie matches each of its names. */
  private static List<String> describe(Gazetteer g) {
    List<String> out = new ArrayList<>();
    NewsAnalyzer analyzer = NewsAnalyzer.builder().gazetteer(g).build();
    for (Entity e : g.entities()) {
      out.add(e + " " + g.aliases(e.id()) + " " + g.surnames(e.id()) + " " + g.source(e.id())
          + " " + g.posts(e.id()) + " " + g.postsOf(e.id()));
      for (Alias a : g.aliases(e.id())) {
        out.add(a.text() + " -> " + g.withAcronym(a.text()) + " "
            + analyzer.analyze("Officials said " + a.text() + " spoke.").mentions());
      }
    }
    out.add(g.posts() + " " + g.aliasCount() + " " + g.countsByType());
    return out;
  }

  @Test
  void roundTrip_keepsEveryRecordAndEveryMatch() {
    Gazetteer g = RICH;
    Gazetteer back = GazetteerSnapshot.read(snapshotOf(g));
    assertEquals(describe(g), describe(back));
    assertArrayEquals(g.terminalStart, back.terminalStart);
    assertEquals(g.vocabulary.size(), back.vocabulary.size());
    assertEquals(g.transitions.size(), back.transitions.size());
    assertArrayEquals(g.rootChild, back.rootChild);
  }

  @Test
  void roundTrip_ofAnEmptyGazetteer() {
    Gazetteer back = GazetteerSnapshot.read(snapshotOf(Gazetteer.empty()));
    assertEquals(0, back.size());
    assertEquals(describe(Gazetteer.empty()), describe(back));
  }

  @Test
  void damagedSnapshot_isRejectedWithAClearError() {
    byte[] image = snapshotOf(RICH);
    assertThrows(IllegalArgumentException.class,
        () -> GazetteerSnapshot.read(Arrays.copyOf(image, image.length - 8)));
    byte[] notOne = image.clone();
    notOne[0] = 'X';
    assertThrows(IllegalArgumentException.class, () -> GazetteerSnapshot.read(notOne));
    assertThrows(IllegalArgumentException.class, () -> GazetteerSnapshot.read(new byte[0]));
  }

  /** A class path with one gazetteer file, its index and a snapshot made from it. */
  private static URLClassLoader classPath(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("META-INF/secnews"));
    Files.writeString(dir.resolve(Gazetteer.INDEX), PATHS.get(0) + "\n");
    Files.createDirectories(dir.resolve("test"));
    Files.writeString(dir.resolve(PATHS.get(0)), TestGazetteers.ENTITIES, StandardCharsets.UTF_8);
    URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    Gazetteer g = Gazetteer.builder().load("test", new java.io.StringReader(TestGazetteers.ENTITIES)).build();
    Files.write(dir.resolve(GazetteerSnapshot.RESOURCE),
        GazetteerSnapshot.write(g, PATHS, GazetteerSnapshot.checksums(cl, PATHS)));
    return cl;
  }

  @Test
  void builtIn_usesASnapshotMadeFromTheSameFiles(@TempDir Path dir) throws IOException {
    try (URLClassLoader cl = classPath(dir)) {
      Gazetteer g = GazetteerSnapshot.readBuiltIn(cl, Gazetteer.Builder.builtInPaths(cl));
      assertNotNull(g);
      assertEquals(TestGazetteers.small().entities().size(), g.entities().size());
    }
  }

  @Test
  void builtIn_ignoresASnapshotOfAnEditedFile(@TempDir Path dir) throws IOException {
    try (URLClassLoader cl = classPath(dir)) {
      Files.writeString(dir.resolve(PATHS.get(0)), TestGazetteers.ENTITIES + "xx/new\tagency\tNew Agency\n");
      assertNull(GazetteerSnapshot.readBuiltIn(cl, Gazetteer.Builder.builtInPaths(cl)));
    }
  }

  @Test
  void builtIn_ignoresASnapshotOfOtherFiles(@TempDir Path dir) throws IOException {
    try (URLClassLoader cl = classPath(dir)) {
      assertNull(GazetteerSnapshot.readBuiltIn(cl, List.of(PATHS.get(0), "more/entities.tsv")));
    }
  }

  @Test
  void builtIn_ignoresADamagedSnapshot(@TempDir Path dir) throws IOException {
    try (URLClassLoader cl = classPath(dir)) {
      Path snapshot = dir.resolve(GazetteerSnapshot.RESOURCE);
      byte[] image = Files.readAllBytes(snapshot);
      Files.write(snapshot, Arrays.copyOf(image, image.length / 2));
      assertNull(GazetteerSnapshot.readBuiltIn(cl, Gazetteer.Builder.builtInPaths(cl)));
    }
  }
}
