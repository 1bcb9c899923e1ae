package org.secnews.examples.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.secnews.gazetteer.Gazetteer;
import org.secnews.gazetteer.GazetteerSnapshot;

/**
 * How long loading the built-in gazetteers takes.
 *
 * <p>{@code coldLoad} is the first load in a fresh JVM (single shot, one per fork: what a user
 * pays after JVM start-up), from the snapshot the build compiles, as {@link Gazetteer#builtIn()}
 * does it; {@code coldLoadFromFiles} parses and compiles the TSV files instead, as a class path
 * without the snapshot (or with edited files) would. {@code warmLoad} and {@code
 * warmLoadFromFiles} are the steady-state costs once the JIT has compiled the loader. Run: {@code java -cp examples/target/secnews-cli.jar org.openjdk.jmh.Main GazetteerLoad}.
 */
public class GazetteerLoadBenchmark {

  /** First load after JVM start-up: 10 fresh JVMs, one load each. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(10)
  public Gazetteer coldLoad() {
    return GazetteerSnapshot.builtIn().orElseThrow();
  }

  /** First load after JVM start-up from the TSV files: 10 fresh JVMs, one load each. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(10)
  public Gazetteer coldLoadFromFiles() {
    return Gazetteer.builder().loadBuiltIn().build();
  }

  /** Load once the loader is warm. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public Gazetteer warmLoad() {
    return GazetteerSnapshot.builtIn().orElseThrow();
  }

  /** Load from the TSV files once the loader is warm. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public Gazetteer warmLoadFromFiles() {
    return Gazetteer.builder().loadBuiltIn().build();
  }
}
