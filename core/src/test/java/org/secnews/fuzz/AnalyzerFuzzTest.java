package org.secnews.fuzz;

import static org.secnews.testsupport.Asserts.assertInvariants;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import org.secnews.Analysis;
import org.secnews.NewsAnalyzer;
import org.secnews.TestGazetteers;
import org.secnews.gazetteer.Gazetteer;
import org.secnews.gazetteer.GazetteerFormatException;

/**
 * Coverage-guided fuzzing of the two ways bytes enter the library: text to analyse and
 * gazetteer files.
 *
 * <p>In the normal build these run in regression mode: every input of the seed corpus
 * ({@code src/test/resources/org/secnews/fuzz/AnalyzerFuzzTestInputs/<method>/}) once. A long
 * run explores new inputs:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl core test -Dtest=AnalyzerFuzzTest#analyze} (stops at the
 * {@code maxDuration} below, or at the first failure, whose input Jazzer saves next to the seeds).
 */
final class AnalyzerFuzzTest {
  private static final NewsAnalyzer ANALYZER = TestGazetteers.analyzer();

  @FuzzTest(maxDuration = "10m")
  void analyze(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Analysis a = ANALYZER.analyze(text);
    assertInvariants(a);
  }

  @FuzzTest(maxDuration = "10m")
  void gazetteerFile(FuzzedDataProvider data) {
    String file = data.consumeString(4000);
    String text = data.consumeRemainingAsString();
    Gazetteer g;
    try {
      g = Gazetteer.builder().load("fuzz.tsv", new StringReader(file)).build();
    } catch (GazetteerFormatException | IllegalStateException e) {
      return; // a malformed file is refused at load time, with file and line
    }
    // whatever a user's file holds, analysis must not fail
    assertInvariants(NewsAnalyzer.builder().gazetteer(g).build().analyze(text));
  }
}
