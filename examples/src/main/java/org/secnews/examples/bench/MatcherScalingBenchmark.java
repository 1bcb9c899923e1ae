package org.secnews.examples.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.secnews.entity.Entity;
import org.secnews.entity.EntityType;
import org.secnews.entity.Gender;
import org.secnews.gazetteer.Gazetteer;
import org.secnews.gazetteer.GazetteerMatcher;
import org.secnews.text.Sentence;
import org.secnews.text.SentenceSplitter;
import org.secnews.text.Tokenizer;
import org.secnews.text.Tokens;

/**
 * Whether matching stays flat as the gazetteer grows: the matcher over the bench corpus with the
 * built-in gazetteers ({@code aliases = 0}) and with the built-in data plus 1,000, 100,000 and
 * 1,000,000 generated person names; the heap the gazetteer retains is printed at set-up.
 * Run: {@code java -cp examples/target/secnews-cli.jar org.openjdk.jmh.Main MatcherScaling}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class MatcherScalingBenchmark {
  @Param({"0", "1000", "100000", "1000000"})
  public int aliases;

  List<Tokens> tokens;
  List<List<Sentence>> sentences;
  GazetteerMatcher matcher;

  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ven", "dor", "tsu", "bel", "qua", "zin",
      "ost", "gar", "nel", "pri", "sha", "vok", "lem", "tar", "wen", "ixa"};

  static String name(Random r, int syllables) {
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
    return b.toString();
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    tokens = new ArrayList<>();
    sentences = new ArrayList<>();
    for (String d : PipelineBenchmark.corpus()) {
      Tokens t = Tokenizer.standard().tokenize(d);
      tokens.add(t);
      sentences.add(SentenceSplitter.standard().split(t));
    }
    long before = usedHeap();
    Gazetteer g = gazetteer(aliases);
    matcher = new GazetteerMatcher(g);
    long after = usedHeap();
    System.out.printf("%ngazetteer: %d entities, %d aliases, about %.0f MB retained%n", g.size(), g.aliasCount(),
        (after - before) / 1e6);
  }

  /** The built-in data plus {@code aliases} generated names; the builder is garbage once this returns. */
  static Gazetteer gazetteer(int aliases) {
    Gazetteer.Builder b = Gazetteer.builder().loadBuiltIn();
    Random r = new Random(7);
    for (int i = 0; i < aliases; i++) {
      String n = name(r, 2 + r.nextInt(2)) + " " + name(r, 2 + r.nextInt(3));
      b.add(new Entity("generated-" + i, EntityType.OFFICIAL, n, "", "", "", Gender.UNKNOWN));
    }
    return b.build();
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  @Benchmark
  public void matchCorpus(Blackhole bh) {
    for (int i = 0; i < tokens.size(); i++) {
      bh.consume(matcher.match(tokens.get(i), sentences.get(i)));
    }
  }
}
