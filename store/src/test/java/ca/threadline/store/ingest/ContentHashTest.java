package ca.threadline.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.store.document.DocumentInput;
import ca.threadline.store.document.DocumentKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The content hash must not depend on the process that computes it: a document stored by one
 * run and seen again by the next (another JVM) must be UNCHANGED. Regression: scores were kept in
 * a {@code Map.copyOf}, whose iteration order is salted per JVM, so re-runs in a new process found
 * every document with two scores "changed".
 */
class ContentHashTest {
  @Test
  void scoresIterateInNameOrderSoTheHashIsTheSameInEveryProcess() {
    Map<String, Double> scores = new HashMap<>();
    for (int i = 0; i < 40; i++) {
      scores.put("score_" + (char) ('a' + i % 26) + i, i / 10.0);
    }
    DocumentInput d = new DocumentInput("a1", DocumentKind.AD, "text", "en", null, null, null, null, null, null, null, scores);
    List<String> keys = new ArrayList<>(d.scores().keySet());
    assertThat(keys).isEqualTo(new ArrayList<>(new TreeMap<>(scores).keySet()));
    DocumentInput same = new DocumentInput("a1", DocumentKind.AD, "text", "en", null, null, null, null, null, null, null, new TreeMap<>(scores));
    assertThat(ContentHash.of(same)).isEqualTo(ContentHash.of(d));
  }
}
