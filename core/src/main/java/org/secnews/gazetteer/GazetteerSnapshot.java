package org.secnews.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.secnews.entity.Entity;
import org.secnews.entity.EntityType;
import org.secnews.entity.Gender;
import org.secnews.entity.MentionForm;
import org.secnews.internal.FoldedVocabulary;
import org.secnews.internal.LongIntMap;
import org.secnews.internal.Snapshot;

/**
 * The built-in gazetteers compiled when {@code secnews-gazetteers} is built, so that a cold JVM
 * loads them with a few bulk copies instead of parsing and tokenizing some 13,000 names.
 *
 * <p>The build runs {@link #main} after copying the TSV files; it writes {@value #RESOURCE} with
 * the CRC-32 of every TSV file it read. {@link Gazetteer#builtIn()} uses the snapshot only when the
 * class path lists exactly those files with exactly those checksums, and otherwise (an edited file,
 * a second gazetteer jar, a damaged snapshot) loads the TSV files as before: the snapshot can make
 * loading faster, never different. Users never need to call this class.
 *
 * @since 0.1
 */
public final class GazetteerSnapshot {
  /** The class-path resource the build writes. */
  public static final String RESOURCE = "META-INF/secnews/gazetteers.snapshot";

  private static final int VERSION = 1;

  private GazetteerSnapshot() {}

  /**
   * Compiles the gazetteers listed on the class path and writes their snapshot.
   *
   * @param args one argument: the file to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      // no System.exit: the build runs this inside Maven's JVM
      throw new IllegalArgumentException("usage: GazetteerSnapshot OUTPUT_FILE");
    }
    ClassLoader cl = GazetteerSnapshot.class.getClassLoader();
    List<String> paths = Gazetteer.Builder.builtInPaths(cl);
    if (paths.isEmpty()) {
      throw new IllegalStateException("no gazetteers on the class path (" + Gazetteer.INDEX + ")");
    }
    Gazetteer g = Gazetteer.builder().loadBuiltIn().build();
    Path out = Path.of(args[0]);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.write(out, write(g, paths, checksums(cl, paths)));
  }

  /**
   * The built-in gazetteers as the snapshot on the class path has them, if it was made from exactly
   * the files the class path lists. {@link Gazetteer#builtIn()} uses this and caches it; call this
   * only to check that the snapshot is in use.
   *
   * @return the snapshot's gazetteer, or empty if there is no snapshot of the current files
   */
  public static java.util.Optional<Gazetteer> builtIn() {
    ClassLoader cl = GazetteerSnapshot.class.getClassLoader();
    return java.util.Optional.ofNullable(readBuiltIn(cl, Gazetteer.Builder.builtInPaths(cl)));
  }

  /**
   * The built-in gazetteer from the snapshot on the class path, or null if there is none that was
   * made from exactly these files.
   */
  static Gazetteer readBuiltIn(ClassLoader cl, List<String> paths) {
    URL url = cl.getResource(RESOURCE);
    if (url == null) {
      return null;
    }
    try (InputStream in = url.openStream()) {
      Snapshot.Reader r = new Snapshot.Reader(in.readAllBytes(), VERSION);
      int n = r.getInt();
      // the files it was made from, each with its CRC-32
      if (n != paths.size()) {
        return null;
      }
      int[] expected = new int[n];
      for (int i = 0; i < n; i++) {
        if (!r.getString().equals(paths.get(i))) {
          return null;
        }
        expected[i] = r.getInt();
      }
      int[] actual = checksums(cl, paths);
      for (int i = 0; i < n; i++) {
        if (expected[i] != actual[i]) {
          return null; // a file changed after the snapshot was made
        }
      }
      return read(r);
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IndexOutOfBoundsException e) {
      Gazetteer.Log.LOG.warn("ignoring the gazetteer snapshot {}: {}", url, e.getMessage());
      return null;
    }
  }

  /** The CRC-32 of each file. */
  static int[] checksums(ClassLoader cl, List<String> paths) {
    int[] out = new int[paths.size()];
    for (int i = 0; i < out.length; i++) {
      try (InputStream in = cl.getResourceAsStream(paths.get(i))) {
        if (in == null) {
          throw new UncheckedIOException(new IOException(paths.get(i) + " is not on the class path"));
        }
        CRC32 crc = new CRC32();
        crc.update(in.readAllBytes());
        out[i] = (int) crc.getValue();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** The snapshot of {@code g}, made from {@code paths} with these checksums. */
  static byte[] write(Gazetteer g, List<String> paths, int[] checksums) {
    Snapshot.Writer w = new Snapshot.Writer(VERSION);
    w.putInt(paths.size());
    for (int i = 0; i < paths.size(); i++) {
      w.putChars(paths.get(i));
      w.putInt(checksums[i]);
    }
    Strings strings = new Strings();
    List<Entity> entities = new ArrayList<>(g.entities());
    Map<String, Integer> index = new HashMap<>();
    // strings first, so the reader has the table before the records that point into it
    List<int[]> records = new ArrayList<>();
    for (Entity e : entities) {
      index.put(e.id(), index.size());
      List<Integer> rec = new ArrayList<>();
      rec.add(strings.of(e.id()));
      rec.add(e.type().ordinal());
      rec.add(strings.of(e.name()));
      rec.add(strings.of(e.country()));
      rec.add(strings.of(e.parent()));
      rec.add(strings.of(e.kind()));
      rec.add(e.gender().ordinal());
      rec.add(strings.of(g.source(e.id())));
      List<String> surnames = g.surnames(e.id());
      rec.add(surnames.size());
      surnames.forEach(s -> rec.add(strings.of(s)));
      List<Alias> forms = g.aliases(e.id());
      boolean nameOnly = forms.size() == 1 && Gazetteer.isNameAlias(forms.get(0), e);
      rec.add(nameOnly ? -1 : forms.size());
      if (!nameOnly) {
        forms.forEach(a -> alias(rec, a, strings));
      }
      records.add(rec.stream().mapToInt(Integer::intValue).toArray());
    }
    List<int[]> posts = new ArrayList<>();
    for (Post p : g.posts()) {
      posts.add(new int[] {strings.of(p.person()), strings.of(p.post()), strings.of(p.org()),
          day(p.from()), day(p.to()), strings.of(p.note())});
    }
    List<int[]> terminals = new ArrayList<>();
    for (AliasEntry t : g.terminalEntries) {
      List<Integer> rec = new ArrayList<>();
      rec.add(t.entity() == null ? -1 : index.get(t.entity().id()));
      alias(rec, t.alias(), strings);
      terminals.add(rec.stream().mapToInt(Integer::intValue).toArray());
    }

    w.putInt(strings.list.size());
    strings.list.forEach(w::putChars);
    w.putInt(records.size());
    records.forEach(w::putInts);
    w.putInt(g.aliasCount());
    w.putInt(posts.size());
    posts.forEach(w::putInts);
    g.vocabulary.writeTo(w);
    g.transitions.writeTo(w);
    w.putInts(g.terminalStart);
    w.putInt(terminals.size());
    for (int k = 0; k < terminals.size(); k++) {
      w.putInts(terminals.get(k));
      w.putInts(Gazetteer.wordBounds(g.terminalEntries[k].alias().text()));
    }
    return w.toBytes();
  }

  private static void alias(List<Integer> rec, Alias a, Strings strings) {
    rec.add(strings.of(a.text()));
    rec.add(a.form().ordinal());
    rec.add(a.casePolicy().ordinal());
    rec.add(a.ambiguous() ? 1 : 0);
  }

  private static int day(LocalDate d) {
    return d == null ? Integer.MIN_VALUE : Math.toIntExact(d.toEpochDay());
  }

  /**
   * Reads a whole snapshot {@link #write} made, without checking its files.
   *
   * @throws IllegalArgumentException if the bytes are no intact snapshot
   */
  static Gazetteer read(byte[] image) {
    Snapshot.Reader r = new Snapshot.Reader(image, VERSION);
    int n = r.getInt();
    for (int i = 0; i < n; i++) {
      r.getString();
      r.getInt();
    }
    return read(r);
  }

  /** Reads what {@link #write} wrote after the list of files. */
  private static Gazetteer read(Snapshot.Reader r) {
    String[] strings = new String[r.getInt()];
    for (int i = 0; i < strings.length; i++) {
      strings[i] = r.getString();
    }
    EntityType[] types = EntityType.values();
    Gender[] genders = Gender.values();
    int n = r.getInt();
    Entity[] byIndex = new Entity[n];
    Map<String, Entity> entities = new LinkedHashMap<>(2 * n);
    Map<String, List<Alias>> forms = new HashMap<>();
    Map<String, List<String>> surnames = new HashMap<>();
    Map<String, String> sources = new HashMap<>(2 * n);
    for (int i = 0; i < n; i++) {
      int[] rec = r.getInts();
      Entity e = new Entity(strings[rec[0]], types[rec[1]], strings[rec[2]], strings[rec[3]],
          strings[rec[4]], strings[rec[5]], genders[rec[6]]);
      byIndex[i] = e;
      entities.put(e.id(), e);
      sources.put(e.id(), strings[rec[7]]);
      int at = 8;
      int ns = rec[at++];
      if (ns > 0) {
        List<String> list = new ArrayList<>(ns);
        for (int k = 0; k < ns; k++) {
          list.add(strings[rec[at++]]);
        }
        surnames.put(e.id(), List.copyOf(list));
      }
      int nf = rec[at++];
      if (nf >= 0) {
        Alias[] list = new Alias[nf];
        for (int k = 0; k < nf; k++, at += 4) {
          list[k] = alias(rec, at, strings);
        }
        forms.put(e.id(), List.of(list));
      }
    }
    int aliasCount = r.getInt();
    int np = r.getInt();
    List<Post> posts = new ArrayList<>(np);
    for (int i = 0; i < np; i++) {
      int[] p = r.getInts();
      posts.add(new Post(strings[p[0]], strings[p[1]], strings[p[2]], date(p[3]), date(p[4]), strings[p[5]]));
    }
    FoldedVocabulary vocabulary = FoldedVocabulary.readFrom(r);
    LongIntMap transitions = LongIntMap.readFrom(r);
    int[] terminalStart = r.getInts();
    AliasEntry[] terminals = new AliasEntry[r.getInt()];
    for (int k = 0; k < terminals.length; k++) {
      int[] rec = r.getInts();
      terminals[k] = new AliasEntry(rec[0] < 0 ? null : byIndex[rec[0]], alias(rec, 1, strings), r.getInts());
    }
    if (!r.atEnd() || terminalStart.length == 0 || terminalStart[terminalStart.length - 1] != terminals.length) {
      throw new IllegalArgumentException("damaged snapshot: unread data or a short trie");
    }
    return new Gazetteer(entities, forms, aliasCount, surnames, posts, sources, vocabulary, transitions,
        terminalStart, terminals);
  }

  private static final MentionForm[] FORMS = MentionForm.values();
  private static final CasePolicy[] POLICIES = CasePolicy.values();

  private static Alias alias(int[] rec, int at, String[] strings) {
    return new Alias(strings[rec[at]], FORMS[rec[at + 1]], POLICIES[rec[at + 2]], rec[at + 3] != 0);
  }

  private static LocalDate date(int day) {
    return day == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
  }

  /** A string table: each distinct string written once, records point to it by index. */
  private static final class Strings {
    final List<String> list = new ArrayList<>();
    final Map<String, Integer> ids = new HashMap<>();

    int of(String s) {
      return ids.computeIfAbsent(s, k -> {
        list.add(k);
        return list.size() - 1;
      });
    }
  }
}
