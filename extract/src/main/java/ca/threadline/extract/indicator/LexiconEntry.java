package ca.threadline.extract.indicator;

import ca.threadline.core.indicator.IndicatorDefinition;
import java.util.List;

/**
 * One indicator block of a lexicon file: its reviewed definition and how it is found.
 *
 * @param negatable a negation word ("no", "never", "sans", "aucun"…) within the
 *     {@value LexiconIndicatorFinder#NEGATION_WINDOW} tokens before a trigger, in the same clause,
 *     cancels it ("no recruitment fee")
 * @param derived name of the rule in code that also (or only) finds it, e.g. {@code housing_charge};
 *     {@code null} when the triggers are all there is
 * @param triggers phrases that fire it
 * @param suppressors phrases that cancel a trigger they overlap ("fees paid by the employer")
 */
public record LexiconEntry(
    IndicatorDefinition definition, boolean negatable, String derived, List<Phrase> triggers, List<Phrase> suppressors) {
  public LexiconEntry {
    triggers = List.copyOf(triggers);
    suppressors = List.copyOf(suppressors);
  }

  public String code() {
    return definition.code();
  }

  /**
   * A pattern line of a lexicon file.
   *
   * @param language {@code en}, {@code fr} or {@code any} (what the author wrote it for; matching
   *     runs every pattern on every record, since Canadian ads mix languages)
   * @param condition a cue that must also occur in the record, or {@code null}
   * @param pattern the pattern ({@link PatternSyntax})
   * @param line where it was written, for error messages
   */
  public record Phrase(String language, String condition, String pattern, String line) {}
}
