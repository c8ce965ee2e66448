package ca.threadline.core.indicator;

import java.util.Objects;

/**
 * A reviewed indicator rule: stable {@code code}, labels in both official languages, its weight,
 * the strength of the evidence behind it and the source that establishes it (paper, FINTRAC alert,
 * ILO indicator, statute). Definitions live in the lexicon files of the {@code extract} module.
 */
public record IndicatorDefinition(
    String code,
    IndicatorDomain domain,
    String labelEn,
    String labelFr,
    double weight,
    EvidenceStrength strength,
    String source,
    String rationale) {
  public IndicatorDefinition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(strength, "strength");
    if (weight < 0 || weight > 1) {
      throw new IllegalArgumentException("weight of " + code + " must be in [0, 1]: " + weight);
    }
  }
}
