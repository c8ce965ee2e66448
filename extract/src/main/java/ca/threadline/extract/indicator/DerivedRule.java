package ca.threadline.extract.indicator;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.indicator.IndicatorDefinition;
import java.util.List;

/**
 * An indicator found by reasoning over the record rather than by a phrase alone (an obfuscated
 * phone, a wage under the provincial minimum, a job ad naming no employer). Named in the lexicon
 * with {@code derived: NAME}; the lexicon supplies the definition, the rule the evidence.
 */
interface DerivedRule {
  /** The name the lexicon uses in {@code derived:}. */
  String name();

  /** Appends what it finds in {@code r} as indicators of {@code definition}. */
  void find(Reading r, IndicatorDefinition definition, List<Indicator> out);
}
