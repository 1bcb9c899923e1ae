package org.secnews.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.secnews.NewsAnalyzer;
import org.secnews.claim.ClaimExtractor;
import org.secnews.entity.Mention;
import org.secnews.gazetteer.Gazetteer;
import org.secnews.mention.MentionFinder;
import org.secnews.text.Sentence;
import org.secnews.text.SentenceSplitter;
import org.secnews.text.Tokenizer;
import org.secnews.text.Tokens;

/**
 * Throughput of each stage and of the whole pipeline over a corpus: one operation is one pass
 * over every document, so MB/s = corpus MB / (seconds per operation). The corpus is the folder
 * named by the system property {@code secnews.bench.dir} (default {@code ../shared/corpus/bench},
 * tried from the working directory and its parent), or a generated one when it is absent.
 * Run: {@code java -cp examples/target/secnews-cli.jar org.openjdk.jmh.Main Pipeline}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PipelineBenchmark {
  List<String> docs;
  List<Tokens> tokens;
  List<List<Sentence>> sentences;
  List<List<Mention>> mentions;
  NewsAnalyzer analyzer;
  MentionFinder finder;
  ClaimExtractor extractor;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    docs = corpus();
    long bytes = docs.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
    System.out.printf("%ncorpus: %d documents, %.3f MB%n", docs.size(), bytes / 1e6);
    Gazetteer g = Gazetteer.builtIn();
    analyzer = NewsAnalyzer.builder().gazetteer(g).build();
    finder = new MentionFinder(g);
    extractor = new ClaimExtractor(g);
    tokens = new ArrayList<>();
    sentences = new ArrayList<>();
    mentions = new ArrayList<>();
    for (String d : docs) {
      Tokens t = Tokenizer.standard().tokenize(d);
      List<Sentence> s = SentenceSplitter.standard().split(t);
      tokens.add(t);
      sentences.add(s);
      mentions.add(finder.find(t, s));
    }
  }

  static List<String> corpus() throws IOException {
    String dir = System.getProperty("secnews.bench.dir", "../shared/corpus/bench");
    for (Path p : List.of(Path.of(dir), Path.of("..").resolve(dir))) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          List<String> out = new ArrayList<>();
          for (Path f : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
            out.add(Files.readString(f));
          }
          if (!out.isEmpty()) {
            return out;
          }
        }
      }
    }
    return Generated.news(2000, 42);
  }

  @Benchmark
  public void tokenize(Blackhole bh) {
    for (String d : docs) {
      bh.consume(Tokenizer.standard().tokenize(d));
    }
  }

  @Benchmark
  public void split(Blackhole bh) {
    for (Tokens t : tokens) {
      bh.consume(SentenceSplitter.standard().split(t));
    }
  }

  @Benchmark
  public void mentions(Blackhole bh) {
    for (int i = 0; i < docs.size(); i++) {
      bh.consume(finder.find(tokens.get(i), sentences.get(i)));
    }
  }

  @Benchmark
  public void claims(Blackhole bh) {
    for (int i = 0; i < docs.size(); i++) {
      bh.consume(extractor.extract(tokens.get(i), sentences.get(i), mentions.get(i), null));
    }
  }

  @Benchmark
  public void fullPipeline(Blackhole bh) {
    for (String d : docs) {
      bh.consume(analyzer.analyze(d));
    }
  }
}
