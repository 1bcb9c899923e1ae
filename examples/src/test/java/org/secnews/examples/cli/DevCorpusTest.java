package org.secnews.examples.cli;

import java.nio.file.Path;

/** The shared dev corpus: 23 articles the rules were developed on. */
final class DevCorpusTest extends GoldCorpusTest {
  @Override
  String documents() {
    return "corpus/dev";
  }

  @Override
  Path gold(Path shared, Path repository) {
    return shared.resolve("corpus/dev/gold.jsonl");
  }

  @Override
  Path entities(Path shared, Path repository) {
    return shared.resolve("corpus/dev/entities.tsv");
  }

  @Override
  double[] floors() {
    return new double[] {0.99, 0.97, 0.95}; // measured 0.998, 0.980, 0.968
  }
}
