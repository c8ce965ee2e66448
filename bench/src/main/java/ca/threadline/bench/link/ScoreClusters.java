package ca.threadline.bench.link;

import ca.threadline.testkit.corpus.PairwiseScore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Scores {@code threadline cluster} output against gold labels written by {@link WriteCorpus}:
 * pairwise precision, recall and F1 of template clusters (against gold templates) and networks
 * (against gold operators). Ads missing from the output count as singletons.
 *
 * <pre>
 * java -cp "bench/target/threadline-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" \
 *   ca.threadline.bench.link.ScoreClusters --output clusters.jsonl --gold /tmp/corpus.jsonl.gold
 * </pre>
 */
public final class ScoreClusters {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ScoreClusters() {}

  public static void main(String[] args) throws IOException {
    Path output = null;
    Path gold = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--output" -> output = Path.of(args[++i]);
        case "--gold" -> gold = Path.of(args[++i]);
        default -> {
          System.err.println("usage: ScoreClusters --output clusters.jsonl --gold corpus.jsonl.gold");
          System.exit(2);
        }
      }
    }
    if (output == null || gold == null) {
      System.err.println("usage: ScoreClusters --output clusters.jsonl --gold corpus.jsonl.gold");
      System.exit(2);
    }
    Map<String, String[]> predicted = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode n = JSON.readTree(line);
        if (n.has("kind")) {
          continue; // --explain records
        }
        predicted.put(n.get("id").asText(), new String[] {n.get("template_cluster").asText(), n.get("network").asText()});
      }
    }
    Map<String, Integer> labels = new HashMap<>();
    int[][] cols = new int[4][];
    int n = 0;
    java.util.List<String[]> rows = new java.util.ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode g = JSON.readTree(line);
        String id = g.get("id").asText();
        String[] p = predicted.getOrDefault(id, new String[] {"missing:" + id, "missing:" + id});
        rows.add(new String[] {"t:" + p[0], "n:" + p[1], "gt:" + g.get("template").asText(), "go:" + g.get("operator").asText()});
        n++;
      }
    }
    for (int c = 0; c < 4; c++) {
      cols[c] = new int[n];
      for (int i = 0; i < n; i++) {
        cols[c][i] = labels.computeIfAbsent(rows.get(i)[c], k -> labels.size());
      }
    }
    System.out.printf("ads %,d (%,d in the output)%n", n, predicted.size());
    System.out.println("templates " + PairwiseScore.of(cols[0], cols[2]));
    System.out.println("networks  " + PairwiseScore.of(cols[1], cols[3]));
  }
}
