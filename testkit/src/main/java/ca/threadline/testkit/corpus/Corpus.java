package ca.threadline.testkit.corpus;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A generated corpus: ads in posting order with their gold template and operator labels. */
public record Corpus(CorpusSpec spec, List<CorpusAd> ads, int reusedPhones) {
  public Corpus {
    ads = List.copyOf(ads);
  }

  public int size() {
    return ads.size();
  }

  /** Gold template labels as dense ints, one per ad. */
  public int[] goldTemplates() {
    return dense(true);
  }

  /** Gold operator labels as dense ints, one per ad. */
  public int[] goldOperators() {
    return dense(false);
  }

  private int[] dense(boolean template) {
    Map<String, Integer> ids = new HashMap<>();
    int[] out = new int[ads.size()];
    for (int i = 0; i < out.length; i++) {
      CorpusAd a = ads.get(i);
      out[i] = ids.computeIfAbsent(template ? a.template() : a.operator(), k -> ids.size());
    }
    return out;
  }

  /** Writes the ads as {@code threadline cluster} input, one JSON object per line. */
  public void writeJsonl(Writer out) throws IOException {
    for (CorpusAd a : ads) {
      out.write(a.toJson());
      out.write('\n');
    }
  }

  /** Writes the gold labels, one {@code {"id","template","operator"}} per line. */
  public void writeGold(Writer out) throws IOException {
    for (CorpusAd a : ads) {
      out.write(a.goldJson());
      out.write('\n');
    }
  }
}
