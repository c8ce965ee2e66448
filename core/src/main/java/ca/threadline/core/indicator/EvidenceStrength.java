package ca.threadline.core.indicator;

/**
 * How strong the published evidence behind an indicator is. Weights follow this grading so that
 * a score never rests on folklore alone.
 */
public enum EvidenceStrength {
  /** Significant against known case outcomes (e.g. the NIJ/JRSA 2024 study of 1,263 ads). */
  VALIDATED("validated"),
  /** A legal rule or an official indicator list (statute, ILO, FINTRAC, program requirement). */
  OFFICIAL("official"),
  /** Used in practice or research but not validated against outcomes. */
  PRACTICE("practice"),
  /** Press-level or anecdotal signals; recorded, weighed little, labelled weak. */
  WEAK("weak");

  private final String wire;

  EvidenceStrength(String wire) {
    this.wire = wire;
  }

  public String wireName() {
    return wire;
  }
}
