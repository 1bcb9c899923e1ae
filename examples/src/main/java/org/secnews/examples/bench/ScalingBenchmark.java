package org.secnews.examples.bench;

import java.io.IOException;
import java.util.List;
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
import org.secnews.Analysis;
import org.secnews.NewsAnalyzer;
import org.secnews.gazetteer.Gazetteer;

/**
 * Whether the cost of one document grows linearly with its size: the bench corpus (or generated
 * news) joined into one document of 1, 4, 16 and 64 MB; the time per MB should stay flat.
 * Run: {@code java -cp examples/target/secnews-cli.jar org.openjdk.jmh.Main Scaling}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class ScalingBenchmark {
  @Param({"1", "4", "16", "64"})
  public int megabytes;

  String document;
  NewsAnalyzer analyzer;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    List<String> docs = PipelineBenchmark.corpus();
    StringBuilder b = new StringBuilder(megabytes << 20);
    int i = 0;
    while (b.length() < megabytes << 20) {
      b.append(docs.get(i++ % docs.size())).append("\n\n");
    }
    document = b.substring(0, megabytes << 20);
    analyzer = NewsAnalyzer.builder().gazetteer(Gazetteer.builtIn()).maxChars(Integer.MAX_VALUE).build();
  }

  @Benchmark
  public Analysis analyzeOneDocument() {
    return analyzer.analyze(document);
  }
}
