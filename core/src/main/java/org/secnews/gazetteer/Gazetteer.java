package org.secnews.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.secnews.entity.Entity;
import org.secnews.entity.EntityType;
import org.secnews.entity.MentionForm;
import org.secnews.internal.FoldedVocabulary;
import org.secnews.internal.Folding;
import org.secnews.internal.LongIntMap;
import org.secnews.text.TokenKind;
import org.secnews.text.Tokenizer;
import org.secnews.text.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An immutable dictionary of entities, their written forms and officials' posts, compiled into a
 * token trie for longest-match lookup.
 *
 * <p>Build one with {@link #builder()} (from files, readers or code) or take the bundled data
 * with {@link #builtIn()}. A finished gazetteer is immutable and thread-safe: build it once and
 * share it.
 *
 * <p>Design: every alias is tokenized with the document tokenizer and folded (lower case, no
 * Latin diacritics, one apostrophe); the folded words get dense ids in a
 * {@link FoldedVocabulary} and the alias becomes a path in a trie whose transitions live in one
 * open-addressing {@code long -> int} map keyed by {@code (node, word id)}. Hyphens are skipped on
 * both sides, so {@code al-Qaeda} and {@code al Qaeda} share a path. Looking up a text token costs
 * one hash of its folded characters and allocates nothing; the matcher then checks each
 * candidate's {@link CasePolicy} against the original characters.
 *
 * @since 0.1
 */
public final class Gazetteer {
  /**
   * The logger, made on first use: binding SLF4J costs some 50 ms of a cold start, and a load that
   * goes well logs nothing.
   */
  static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);
  }

  /** The class-path index of bundled gazetteer files, one resource path per line. */
  public static final String INDEX = "META-INF/secnews/gazetteers.list";

  // Plain hash maps wrapped read-only: built once by the builder, never changed, safely published
  // through final fields. (Guava's immutable multimaps cost a noticeable share of the first load.)
  private final Map<String, Entity> entities; // id -> entity, in load order
  private final Map<String, List<Alias>> aliases; // id -> written forms, the name first
  private final Map<String, List<String>> surnames;
  private final Map<String, List<Post>> postsByPerson;
  private final Map<String, List<Post>> postsByOrg;
  private final List<Post> allPosts;
  private final Map<String, String> sources;
  private final Map<String, List<Entity>> byAcronym; // exact acronym text -> entities
  private final int aliasCount;
  final FoldedVocabulary vocabulary;
  final LongIntMap transitions; // (node << 32 | word id) -> child node
  final int[] rootChild; // word id -> child of the root, or -1: most tokens start no name, and this answers in one read
  // the aliases ending at node n are terminalEntries[terminalStart[n] .. terminalStart[n + 1]); STOP
  // entries have entity null. One flat array rather than an array per node: most nodes end one
  // alias, and a million one-element arrays would cost 20 MB of headers.
  final int[] terminalStart;
  final AliasEntry[] terminalEntries;

  /**
   * Compiles a builder's entries: keeps the written forms that differ from the bare name, then
   * tokenizes every alias and stop name into the trie.
   */
  private static Gazetteer compile(Builder b) {
    Map<String, Entity> entities = new LinkedHashMap<>(b.entities);
    Map<String, List<Alias>> formsById = new HashMap<>();
    int count = 0;
    for (Map.Entry<String, List<Alias>> e : b.aliases.entrySet()) {
      Entity en = entities.get(e.getKey());
      if (en != null) {
        List<Alias> forms = e.getValue();
        if (!(forms.size() == 1 && isNameAlias(forms.get(0), en))) {
          formsById.put(e.getKey(), List.copyOf(forms)); // an entity known by its name alone stores nothing here
        }
        count += forms.size();
      }
    }
    count += DerivedForms.derive(entities, formsById);
    Map<String, List<String>> surnames = new HashMap<>();
    b.surnames.forEach((k, v) -> surnames.put(k, List.copyOf(v)));

    FoldedVocabulary.Builder vocab = new FoldedVocabulary.Builder();
    LongIntMap trans = new LongIntMap();
    List<List<AliasEntry>> terms = new ArrayList<>();
    terms.add(null); // root
    List<AliasEntry> pending = new ArrayList<>(count + b.stops.size());
    for (Entity e : entities.values()) {
      Map<String, Alias> byText = new LinkedHashMap<>();
      for (Alias al0 : formsOf(e, formsById)) {
        Alias al = e.type() == EntityType.OFFICIAL ? withoutHonorific(al0) : al0;
        Alias old = byText.get(al.text());
        if (old == null) {
          byText.put(al.text(), al);
        } else if (al.ambiguous() || al.casePolicy() != CasePolicy.NAME) {
          // an explicitly flagged repeat of a name sets that name's flags
          byText.put(al.text(), new Alias(old.text(), old.form(),
              al.casePolicy() != CasePolicy.NAME ? al.casePolicy() : old.casePolicy(),
              old.ambiguous() || al.ambiguous()));
        }
      }
      for (Alias al : byText.values()) {
        pending.add(new AliasEntry(e, al, null));
      }
    }
    for (String stop : b.stops) {
      pending.add(new AliasEntry(null, new Alias(stop, MentionForm.NAME, CasePolicy.NAME, false), null));
    }
    // tokenizing the aliases is independent work: done in parallel, inserted in order
    List<int[]> words = pending.parallelStream().map(x -> wordBounds(x.alias().text())).toList();
    for (int k = 0; k < pending.size(); k++) {
      insert(vocab, trans, terms, pending.get(k), words.get(k));
    }
    int[] terminalStart = new int[terms.size() + 1];
    List<AliasEntry> flat = new ArrayList<>(pending.size());
    for (int i = 0; i < terms.size(); i++) {
      terminalStart[i] = flat.size();
      List<AliasEntry> l = terms.get(i);
      if (l != null) {
        // stop names first (they veto), then exact-case policies before lenient ones
        l.sort(Comparator.comparingInt(x -> x.entity() == null ? -1 : x.alias().casePolicy().ordinal()));
        flat.addAll(l);
      }
    }
    terminalStart[terms.size()] = flat.size();
    return new Gazetteer(entities, formsById, count, surnames, b.posts, b.sources, vocab.build(), trans,
        terminalStart, flat.toArray(new AliasEntry[0]));
  }

  /**
   * Assembles a gazetteer from its compiled parts, made by {@link #compile} or read from a
   * {@link GazetteerSnapshot}, and derives the indexes both share.
   */
  Gazetteer(Map<String, Entity> entities, Map<String, List<Alias>> formsById, int aliasCount,
      Map<String, List<String>> surnames, List<Post> posts, Map<String, String> sources,
      FoldedVocabulary vocabulary, LongIntMap transitions, int[] terminalStart, AliasEntry[] terminalEntries) {
    this.entities = java.util.Collections.unmodifiableMap(entities);
    this.aliases = formsById;
    this.aliasCount = aliasCount;
    this.surnames = surnames;
    Map<String, List<Post>> byPerson = new HashMap<>();
    Map<String, List<Post>> byOrg = new HashMap<>();
    for (Post p : posts) {
      byPerson.computeIfAbsent(p.person(), k -> new ArrayList<>(2)).add(p);
      byOrg.computeIfAbsent(p.org(), k -> new ArrayList<>(4)).add(p);
    }
    byPerson.replaceAll((k, v) -> java.util.Collections.unmodifiableList(v));
    byOrg.replaceAll((k, v) -> java.util.Collections.unmodifiableList(v));
    this.postsByPerson = byPerson;
    this.postsByOrg = byOrg;
    this.allPosts = List.copyOf(posts);
    this.sources = new HashMap<>(sources);
    Map<String, List<Entity>> acr = new HashMap<>();
    for (Entity en : entities.values()) { // in load order, so entities sharing an acronym keep it
      for (Alias a : formsById.getOrDefault(en.id(), List.of())) {
        if (a.form() == MentionForm.ACRONYM && !a.ambiguous()) {
          acr.computeIfAbsent(a.text(), k -> new ArrayList<>(1)).add(en);
        }
      }
    }
    this.byAcronym = acr;
    this.vocabulary = vocabulary;
    this.transitions = transitions;
    this.rootChild = new int[vocabulary.size()];
    for (int id = 0; id < rootChild.length; id++) {
      rootChild[id] = transitions.get(id); // the root is node 0: key (0 << 32 | id)
    }
    this.terminalStart = terminalStart;
    this.terminalEntries = terminalEntries;
  }

  /** The written forms of {@code e} in a map that stores only the entities with more than their name. */
  static List<Alias> formsOf(Entity e, Map<String, List<Alias>> formsById) {
    List<Alias> l = formsById.get(e.id());
    return l != null ? l : List.of(nameAlias(e));
  }

  /** The alias every entity has: its name, matched with a name's letter case. */
  static Alias nameAlias(Entity e) {
    return new Alias(e.name(), MentionForm.NAME, CasePolicy.NAME, false);
  }

  /**
   * Whether the alias is exactly {@link #nameAlias}. Compared field by field: the first call of a
   * record's generated {@code equals} bootstraps a method handle, some 30 ms of a cold start.
   */
  static boolean isNameAlias(Alias a, Entity e) {
    return a.text().equals(e.name()) && a.form() == MentionForm.NAME
        && a.casePolicy() == CasePolicy.NAME && !a.ambiguous();
  }

  /** Titles and honorifics that are not part of a person's name (SPEC: the span is the name alone). */
  private static final List<String> HONORIFICS = List.of("Sir ", "Dame ", "Lord ", "Lady ", "Dr. ",
      "Dr ", "Mr. ", "Mr ", "Mrs. ", "Mrs ", "Ms. ", "Ms ", "Ayatollah ", "Grand Ayatollah ",
      "Seyyed ", "Sayyid ", "Sayed ", "Sheikh ", "King ", "Queen ", "Prince ", "Crown Prince ",
      "Emir ", "President ", "General ", "Gen. ", "Admiral ", "Colonel ", "Marshal ", "Pope ");

  /** The alias without a leading honorific, when a name of two words or more remains. */
  static Alias withoutHonorific(Alias a) {
    String t = a.text();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String h : HONORIFICS) {
        if (t.startsWith(h) && t.substring(h.length()).trim().indexOf(' ') > 0) {
          t = t.substring(h.length()).trim();
          changed = true;
        }
      }
    }
    return t.equals(a.text()) ? a : new Alias(t, a.form(), a.casePolicy(), a.ambiguous());
  }

  /**
   * The trie words of an alias as start and end offsets into its text: its tokens without
   * hyphens, initials without their dot.
   */
  static int[] wordBounds(String text) {
    Tokens t = Tokenizer.standard().tokenize(text);
    int[] b = new int[2 * t.size()];
    int k = 0;
    for (int i = 0; i < t.size(); i++) {
      if (t.kind(i) != TokenKind.HYPHEN) {
        b[k++] = t.start(i);
        b[k++] = isInitial(t, i) ? t.start(i) + 1 : t.end(i);
      }
    }
    return k == b.length ? b : Arrays.copyOf(b, k);
  }

  private static void insert(FoldedVocabulary.Builder vocab, LongIntMap trans, List<List<AliasEntry>> terms,
      AliasEntry entry, int[] bounds) {
    if (bounds.length == 0) {
      return;
    }
    String text = entry.alias().text();
    int node = 0;
    for (int k = 0; k < bounds.length; k += 2) {
      int id = vocab.add(text.subSequence(bounds[k], bounds[k + 1]));
      long key = ((long) node << 32) | id;
      int child = trans.get(key);
      if (child < 0) {
        child = terms.size();
        terms.add(null);
        trans.put(key, child);
      }
      node = child;
    }
    List<AliasEntry> l = terms.get(node);
    if (l == null) {
      l = new ArrayList<>(2);
      terms.set(node, l);
    }
    l.add(new AliasEntry(entry.entity(), entry.alias(), bounds));
  }

  /** Whether token {@code i} is a capital initial with its dot ({@code W.}), matched with or without the dot. */
  static boolean isInitial(Tokens t, int i) {
    return t.kind(i) == TokenKind.ABBREVIATION && t.length(i) == 2 && Character.isUpperCase(t.first(i));
  }

  /**
   * A new, empty builder.
   *
   * @return a new builder with no entries
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A gazetteer with no entries.
   *
   * @return a new empty gazetteer
   */
  public static Gazetteer empty() {
    return new Builder().build();
  }

  /**
   * The bundled gazetteers found on the class path (module {@code secnews-gazetteers}), loaded
   * once and cached; empty, with a warning in the log, when none are on the class path.
   *
   * @return the shared built-in gazetteer
   */
  public static Gazetteer builtIn() {
    return BuiltIn.INSTANCE;
  }

  private static final class BuiltIn {
    static final Gazetteer INSTANCE = load();

    private static Gazetteer load() {
      ClassLoader cl = Gazetteer.class.getClassLoader();
      Gazetteer compiled = GazetteerSnapshot.readBuiltIn(cl, Builder.builtInPaths(cl));
      return compiled != null ? compiled : builder().loadBuiltIn().build();
    }
  }

  /**
   * The entity with this id.
   *
   * @param id the entity's id
   * @return the entity, or empty if there is none with this id
   */
  public Optional<Entity> entity(String id) {
    return Optional.ofNullable(entities.get(id));
  }

  /**
   * All entities, in load order.
   *
   * @return an unmodifiable view of all entities, in load order
   */
  public Collection<Entity> entities() {
    return entities.values();
  }

  /**
   * The written forms of the entity with this id (its name first).
   *
   * @param id the entity's id
   * @return its aliases, its name first; empty if there is no such entity
   */
  public List<Alias> aliases(String id) {
    List<Alias> forms = aliases.get(id);
    if (forms != null) {
      return forms;
    }
    Entity e = entities.get(id);
    return e == null ? List.of() : List.of(nameAlias(e));
  }

  /**
   * The explicit later-reference forms of an official ({@code De Bolle}), if listed.
   *
   * @param id the official's id
   * @return the listed surnames; empty if none are listed
   */
  public List<String> surnames(String id) {
    return surnames.getOrDefault(id, List.of());
  }

  /**
   * The posts an official held, in file order.
   *
   * @param personId the official's id
   * @return the official's posts, in file order; empty if none
   */
  public List<Post> posts(String personId) {
    return postsByPerson.getOrDefault(personId, List.of());
  }

  /**
   * All posts.
   *
   * @return all post records
   */
  public Collection<Post> posts() {
    return allPosts;
  }

  /**
   * The posts that belong to an organisation or country.
   *
   * @param org the agency id or country code
   * @return the posts at {@code org}; empty if none
   */
  public List<Post> postsOf(String org) {
    return postsByOrg.getOrDefault(org, List.of());
  }

  /**
   * Who held {@code post} at {@code org} on {@code date}; with no date, the newest holder. Acting
   * holders count only where no substantive holder is found.
   *
   * @param org  the agency id or country code the post belongs to
   * @param post the role, such as {@code head}
   * @param date the day, or {@code null} for the newest holder
   * @return the post record of the holder, or empty if none is found
   */
  public Optional<Post> holder(String org, String post, LocalDate date) {
    return holder(org, post, date, person -> true);
  }

  /**
   * Who held {@code post} at {@code org} on {@code date}, among the people {@code among} accepts;
   * with no date, the newest such holder.
   *
   * @param org   the agency id or country code the post belongs to
   * @param post  the role, such as {@code head}
   * @param date  the day, or {@code null} for the newest holder
   * @param among which person ids may be returned
   * @return the post record of the holder, or empty if none is found
   */
  public Optional<Post> holder(String org, String post, LocalDate date, Predicate<String> among) {
    Post best = null;
    for (Post p : postsOf(org)) {
      if (!p.post().equals(post) || !among.test(p.person())) {
        continue;
      }
      if (date != null && !p.heldOn(date)) {
        continue;
      }
      if (best == null || better(p, best)) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean better(Post p, Post than) {
    boolean pActing = p.note().contains("acting");
    boolean tActing = than.note().contains("acting");
    if (pActing != tActing) {
      return !pActing;
    }
    if (p.from() == null || than.from() == null) {
      return than.from() == null && p.from() != null;
    }
    return p.from().isAfter(than.from());
  }

  /**
   * The entities with exactly this (unambiguous) acronym, as written: {@code MI5}.
   *
   * @param acronym the acronym, case-sensitive
   * @return the entities with that acronym; empty if none
   */
  public List<Entity> withAcronym(String acronym) {
    return byAcronym.getOrDefault(acronym, List.of());
  }

  /**
   * The source recorded for an entity's row ({@code curated}, {@code misp:threat-actor}...).
   *
   * @param id the entity's id
   * @return the recorded source, or {@code ""} if none
   */
  public String source(String id) {
    return sources.getOrDefault(id, "");
  }

  /**
   * Entities one of whose forms equals {@code name} once folded (case, diacritics, hyphens).
   *
   * @param name the name to look up; an entity id also matches
   * @return the matching entities, the one whose id is {@code name} (if any) first; empty if none
   */
  public List<Entity> find(String name) {
    String key = normalizeForFind(name);
    List<Entity> out = new ArrayList<>();
    for (Entity en : entities.values()) {
      for (Alias a : aliases(en.id())) {
        if (normalizeForFind(a.text()).equals(key) && !out.contains(en)) {
          out.add(en);
        }
      }
    }
    Entity byId = entities.get(name);
    if (byId != null && !out.contains(byId)) {
      out.add(0, byId);
    }
    return out;
  }

  private static String normalizeForFind(String s) {
    return Folding.fold(s).replace('-', ' ').replaceAll("\\s+", " ").trim();
  }

  /**
   * Number of entities.
   *
   * @return the number of entities
   */
  public int size() {
    return entities.size();
  }

  /**
   * Counts per entity type.
   *
   * @return the number of entities of each type, every type included, in declaration order
   */
  public Map<EntityType, Integer> countsByType() {
    Map<EntityType, Integer> m = new LinkedHashMap<>();
    for (EntityType t : EntityType.values()) {
      m.put(t, 0);
    }
    for (Entity e : entities.values()) {
      m.merge(e.type(), 1, Integer::sum);
    }
    return m;
  }

  /**
   * Number of aliases of all entities.
   *
   * @return the total number of aliases
   */
  public int aliasCount() {
    return aliasCount;
  }

  /**
   * Collects entities, aliases and posts. Rows with an id seen before replace the earlier row, so
   * a user's file loaded after the built-in data overrides it. Not thread-safe; {@link #build()}
   * checks the whole and fails with a message naming what is wrong.
   */
  public static final class Builder {
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, List<Alias>> aliases = new HashMap<>();
    private final Map<String, List<String>> surnames = new HashMap<>();
    private final Map<String, String> sources = new HashMap<>();
    private final List<Post> posts = new ArrayList<>();
    private final List<String> stops = new ArrayList<>();

    private Builder() {}

    /**
     * Adds (or replaces) an entity with its written forms; the name is always one of them.
     *
     * @param entity the entity, not null
     * @param forms  its written forms besides its name
     * @return this builder
     */
    public Builder add(Entity entity, Collection<Alias> forms) {
      Objects.requireNonNull(entity, "entity");
      entities.remove(entity.id());
      entities.put(entity.id(), entity);
      List<Alias> list = new ArrayList<>();
      list.add(nameAlias(entity));
      for (Alias a : forms) {
        if (!(a.form() == MentionForm.NAME && a.text().equals(entity.name()) && !a.ambiguous()
            && a.casePolicy() == CasePolicy.NAME)) {
          list.add(a);
        }
      }
      aliases.put(entity.id(), list);
      surnames.remove(entity.id());
      return this;
    }

    /**
     * Adds an entity with just its name as written form.
     *
     * @param entity the entity, not null
     * @return this builder
     */
    public Builder add(Entity entity) {
      return add(entity, List.of());
    }

    /**
     * Adds an official's post.
     *
     * @param post the post, not null
     * @return this builder
     */
    public Builder addPost(Post post) {
      posts.add(Objects.requireNonNull(post, "post"));
      return this;
    }

    /**
     * Adds a name that is no entity but contains one ({@code Latin America}), which blocks matches inside it.
     *
     * @param name the stop name, not null
     * @return this builder
     */
    public Builder addStopName(String name) {
      stops.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * Reads one gazetteer file (format in the {@code secnews-gazetteers} README).
     *
     * @param file the gazetteer file, read as UTF-8
     * @return this builder
     * @throws GazetteerFormatException for a malformed row, naming file and line
     * @throws UncheckedIOException     if the file cannot be read
     */
    public Builder load(Path file) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return load(file.toString(), r);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read gazetteer file " + file + ": " + e.getMessage(), e);
      }
    }

    /**
     * Reads gazetteer rows from {@code reader}; {@code name} is used in error messages.
     *
     * @param name   the source's name, for error messages
     * @param reader the gazetteer rows
     * @return this builder
     */
    public Builder load(String name, Reader reader) {
      List<GazetteerFiles.EntityRow> rows = new ArrayList<>();
      List<Post> newPosts = new ArrayList<>();
      List<String> newStops = new ArrayList<>();
      try {
        GazetteerFiles.read(name, reader, rows, newPosts, newStops);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read gazetteer " + name + ": " + e.getMessage(), e);
      }
      addParsed(new Parsed(rows, newPosts, newStops));
      return this;
    }

    /** The gazetteer files the class-path indexes {@value #INDEX} name, in order. */
    static List<String> builtInPaths(ClassLoader cl) {
      List<String> paths = new ArrayList<>();
      try {
        Enumeration<URL> indexes = cl.getResources(INDEX);
        while (indexes.hasMoreElements()) {
          URL index = indexes.nextElement();
          String list;
          try (InputStream in = index.openStream()) {
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          for (String line : list.split("\n")) {
            String path = line.trim();
            if (!path.isEmpty() && !path.startsWith("#")) {
              paths.add(path);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the built-in gazetteers: " + e.getMessage(), e);
      }
      return paths;
    }

    /**
     * Loads every file named in the class-path index {@value #INDEX}. The files are parsed in
     * parallel (they are independent) and added in index order, so the result is the same as a
     * sequential load.
     *
     * @return this builder
     */
    public Builder loadBuiltIn() {
      ClassLoader cl = Gazetteer.class.getClassLoader();
      List<String> paths = builtInPaths(cl);
      if (paths.isEmpty()) {
        Log.LOG.warn("no built-in gazetteers on the class path ({} not found): add secnews-gazetteers", INDEX);
        return this;
      }
      List<java.util.concurrent.CompletableFuture<Parsed>> parsed = new ArrayList<>();
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
          Math.min(paths.size(), Math.max(1, Runtime.getRuntime().availableProcessors())), r -> {
            Thread t = new Thread(r, "secnews-gazetteer-load");
            t.setDaemon(true);
            return t;
          });
      try {
        for (String path : paths) {
          parsed.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> parse(cl, path), pool));
        }
        for (java.util.concurrent.CompletableFuture<Parsed> f : parsed) {
          Parsed p;
          try {
            p = f.join();
          } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
              throw r;
            }
            throw e;
          }
          addParsed(p);
        }
      } finally {
        pool.shutdown();
      }
      return this;
    }

    private record Parsed(List<GazetteerFiles.EntityRow> rows, List<Post> posts, List<String> stops) {}

    private static Parsed parse(ClassLoader cl, String path) {
      try (InputStream in = cl.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException(INDEX + " names " + path + ", which is not on the class path");
        }
        List<GazetteerFiles.EntityRow> rows = new ArrayList<>();
        List<Post> newPosts = new ArrayList<>();
        List<String> newStops = new ArrayList<>();
        GazetteerFiles.read(path, new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
            rows, newPosts, newStops);
        return new Parsed(rows, newPosts, newStops);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read gazetteer " + path + ": " + e.getMessage(), e);
      }
    }

    private void addParsed(Parsed p) {
      for (GazetteerFiles.EntityRow row : p.rows()) {
        add(row.entity(), row.aliases());
        if (!row.surnames().isEmpty()) {
          surnames.put(row.entity().id(), List.copyOf(row.surnames()));
        }
        sources.put(row.entity().id(), row.source());
      }
      posts.addAll(p.posts());
      stops.addAll(p.stops());
    }

    /**
     * Checks and compiles the gazetteer.
     *
     * @return the compiled gazetteer
     * @throws IllegalStateException if a post names an official that is not in the gazetteer
     */
    public Gazetteer build() {
      for (Post p : posts) {
        Entity e = entities.get(p.person());
        if (e == null) {
          throw new IllegalStateException("post '" + p.post() + "' at " + p.org()
              + " names unknown official '" + p.person() + "'");
        }
      }
      addUnqualifiedNames();
      return compile(this);
    }

    /**
     * A body named (or also known as) {@code National Intelligence Service (South Korea)} is written
     * {@code National Intelligence Service}: a name several states use, so it is added as an ambiguous alias,
     * which counts only where the text names the body's country. Not where another entity owns
     * that name outright ({@code National Security Agency} is the US agency's).
     */
    private void addUnqualifiedNames() {
      java.util.Set<String> owned = new java.util.HashSet<>();
      aliases.values().forEach(list -> list.forEach(a -> {
        if (!a.ambiguous()) {
          owned.add(a.text());
        }
      }));
      for (Entity e : entities.values()) {
        List<Alias> list = aliases.get(e.id());
        if (e.country().isEmpty()) {
          continue;
        }
        List<String> qualified = new ArrayList<>();
        qualified.add(e.name());
        for (Alias a : list) {
          if (a.form() == MentionForm.ALIAS && !a.ambiguous()) {
            qualified.add(a.text()); // "Attorney General's Office (Venezuela)" of the Public Ministry
          }
        }
        for (String q : qualified) {
          String bare = withoutQualifier(q);
          if (bare != null && !owned.contains(bare) && list.stream().noneMatch(a -> a.text().equals(bare))) {
            list.add(new Alias(bare, MentionForm.NAME, CasePolicy.NAME, true));
          }
        }
      }
    }
  }

  /**
   * A name without its trailing qualifier ({@code Internal Security Agency (Poland)} gives {@code
   * Internal Security Agency}), or null if it has none.
   *
   * @param name an entity's name
   * @return the name without its parenthesised qualifier, or null if it has none
   */
  public static String withoutQualifier(String name) {
    int open = name.lastIndexOf(" (");
    if (open <= 0 || !name.endsWith(")") || name.indexOf(')') < open) {
      return null;
    }
    String bare = name.substring(0, open).trim();
    return bare.indexOf('(') >= 0 || bare.isEmpty() ? null : bare;
  }

  @Override
  public String toString() {
    return "Gazetteer" + countsByType().toString().toLowerCase(Locale.ROOT);
  }
}
