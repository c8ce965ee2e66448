package ca.threadline.extract.indicator;

import ca.threadline.core.indicator.IndicatorDomain;

/**
 * What an ad is, as far as indicators care: an escort/sex-work ad, a job ad, or unclear. Decided
 * per record from cue phrases ({@code escort_kind}, {@code job_kind} in {@code cues.lexicon}) and
 * selectors (a stated age points to an escort ad). Indicators are domain-aware: "24/7" in a job ad
 * ("customer service 24/7") is not the escort-ad signal {@code available_24_7}, and "cash only" in
 * an escort ad is not the forced-labour sign {@code cash_only_pay}.
 */
public enum AdKind {
  ESCORT,
  JOB,
  UNKNOWN;

  /** Whether indicators of {@code domain} may fire in an ad of this kind (both do when unclear). */
  public boolean allows(IndicatorDomain domain) {
    return switch (this) {
      case ESCORT -> domain == IndicatorDomain.SEX_TRAFFICKING;
      case JOB -> domain == IndicatorDomain.FORCED_LABOUR;
      case UNKNOWN -> true;
    };
  }

  static AdKind decide(int escortEvidence, int jobEvidence) {
    if (jobEvidence > escortEvidence) {
      return JOB;
    }
    if (escortEvidence > jobEvidence) {
      return ESCORT;
    }
    return UNKNOWN;
  }
}
