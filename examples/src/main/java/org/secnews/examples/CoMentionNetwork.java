package org.secnews.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.secnews.Analysis;
import org.secnews.NewsAnalyzer;
import org.secnews.entity.EntityType;
import org.secnews.entity.Mention;

/**
 * Which countries the news mentions together: an undirected, weighted edge list as CSV, ready
 * for Gephi, networkx or igraph.
 *
 * <pre>
 * java -cp examples/target/secnews-cli.jar org.secnews.examples.CoMentionNetwork DIR &gt; edges.csv
 * </pre>
 *
 * <p>Two countries are linked when both are mentioned in the same document, whatever the form
 * ({@code Russia}, {@code Russian}, {@code Moscow} as the government all count for {@code RU});
 * the weight is the number of such documents. Each pair appears once, its ids in order
 * ({@code country_a < country_b}, ISO 3166 codes as in SPEC.md); rows are sorted by weight,
 * heaviest first, then by the pair.
 */
public final class CoMentionNetwork {
  private CoMentionNetwork() {}

  private record Edge(String a, String b) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: CoMentionNetwork DIR   (prints country pairs mentioned together as CSV)");
      System.exit(2);
    }
    NewsAnalyzer analyzer = NewsAnalyzer.builder().build(); // once: it loads the gazetteers
    Map<Edge, Integer> weights = new HashMap<>();
    for (Path file : WhoSaidWhat.textFiles(Path.of(args[0]))) {
      String text = WhoSaidWhat.readArticle(file);
      if (text == null) {
        continue;
      }
      Analysis a = analyzer.analyze(text);
      // The distinct countries of this document, sorted, so that a < b below.
      TreeSet<String> countries = new TreeSet<>();
      for (Mention m : a.mentions(EntityType.COUNTRY)) {
        countries.add(m.id());
      }
      List<String> cs = new ArrayList<>(countries);
      for (int i = 0; i < cs.size(); i++) {
        for (int j = i + 1; j < cs.size(); j++) {
          weights.merge(new Edge(cs.get(i), cs.get(j)), 1, Integer::sum);
        }
      }
    }
    List<Map.Entry<Edge, Integer>> edges = new ArrayList<>(weights.entrySet());
    edges.sort(Comparator.<Map.Entry<Edge, Integer>>comparingInt(e -> -e.getValue())
        .thenComparing(e -> e.getKey().a())
        .thenComparing(e -> e.getKey().b()));

    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.print(WhoSaidWhat.row("country_a", "country_b", "documents"));
    for (Map.Entry<Edge, Integer> e : edges) {
      out.print(WhoSaidWhat.row(e.getKey().a(), e.getKey().b(), e.getValue().toString()));
    }
    out.flush();
  }
}
