package ca.threadline.extract.indicator;

import ca.threadline.core.indicator.EvidenceStrength;
import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.indicator.IndicatorDomain;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-record summaries of the indicators found: a lead for human review, never a verdict (see
 * {@code docs/indicators.md}, "Cautions").
 *
 * <h2>Sex trafficking: evidence-weighted</h2>
 *
 * Each code counts once, at its lexicon weight. The validated indicators (Lugo-Graulich et al.
 * 2024) combine as a noisy-OR, {@code v = 1 - Π(1 - w)}; all other sex-trafficking codes add up
 * but are capped at {@value #WEAK_CAP}, {@code u = min(cap, Σ w)}; the score is
 * {@code 1 - (1 - v)(1 - u)}. Invariant: with validated weights of 0.5, one validated indicator
 * (score ≥ 0.5) always outranks any pile of weak ones (score ≤ {@value #WEAK_CAP}); movement
 * language has weight 0 and never moves the score.
 *
 * <h2>Forced labour: by count</h2>
 *
 * Volodko, Cockbain &amp; Kleinberg (2020) found at least one indicator in 98.4% of 430 migrant job
 * ads and five or more in 15%: one sign alone is ordinary. The summary is the number of distinct
 * forced-labour codes and a level: none (0), low (1–2), elevated (3–4), high (≥ 5).
 */
public record IndicatorScores(SexTrafficking sexTrafficking, ForcedLabour forcedLabour) {
  public static final double WEAK_CAP = 0.2;

  /** No indicators at all. */
  public static final IndicatorScores NONE = of(List.of());

  /**
   * @param score in [0, 1], rounded to 3 decimals
   * @param validated codes of validated indicators present, sorted
   * @param other codes of the other sex-trafficking indicators present, sorted
   */
  public record SexTrafficking(double score, List<String> validated, List<String> other) {
    public SexTrafficking {
      validated = List.copyOf(validated);
      other = List.copyOf(other);
    }
  }

  /**
   * @param count distinct forced-labour codes present
   * @param codes those codes, sorted
   */
  public record ForcedLabour(int count, Level level, List<String> codes) {
    public ForcedLabour {
      codes = List.copyOf(codes);
    }
  }

  /** Forced-labour level by count of distinct indicators. */
  public enum Level {
    NONE("none"),
    LOW("low"),
    ELEVATED("elevated"),
    HIGH("high");

    private final String wire;

    Level(String wire) {
      this.wire = wire;
    }

    public String wireName() {
      return wire;
    }

    public static Level of(int count) {
      return count == 0 ? NONE : count <= 2 ? LOW : count <= 4 ? ELEVATED : HIGH;
    }
  }

  public static IndicatorScores of(List<Indicator> indicators) {
    Map<String, Double> validated = new TreeMap<>();
    Map<String, Double> other = new TreeMap<>();
    Map<String, Boolean> labour = new TreeMap<>();
    for (Indicator i : indicators) {
      if (i.definition().domain() == IndicatorDomain.FORCED_LABOUR) {
        labour.put(i.code(), true);
      } else if (i.definition().strength() == EvidenceStrength.VALIDATED) {
        validated.put(i.code(), i.weight());
      } else {
        other.put(i.code(), i.weight());
      }
    }
    double keep = 1;
    for (double w : validated.values()) {
      keep *= 1 - w;
    }
    double weak = Math.min(WEAK_CAP, other.values().stream().mapToDouble(Double::doubleValue).sum());
    double score = 1 - keep * (1 - weak);
    score = Math.round(score * 1000) / 1000.0;
    List<String> labourCodes = List.copyOf(new LinkedHashMap<>(labour).keySet());
    return new IndicatorScores(
        new SexTrafficking(score, List.copyOf(validated.keySet()), List.copyOf(other.keySet())),
        new ForcedLabour(labourCodes.size(), Level.of(labourCodes.size()), labourCodes));
  }
}
