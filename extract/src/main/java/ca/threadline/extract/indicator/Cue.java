package ca.threadline.extract.indicator;

import java.util.List;

/**
 * A named list of phrases that rules read (what kind of ad this is, whether a price is a fee,
 * where an address is); a cue is not an indicator and never appears in the output.
 */
public record Cue(String name, String rationale, List<LexiconEntry.Phrase> phrases) {
  public Cue {
    phrases = List.copyOf(phrases);
  }
}
