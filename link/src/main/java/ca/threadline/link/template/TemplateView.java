package ca.threadline.link.template;

import java.util.List;

/**
 * What is fixed and what changes across the ads of one template cluster, for an analyst to read
 * at a glance (in the spirit of InfoShield's template/slot view, Lee et al., ICDE 2021).
 *
 * @param template the words the ads share, in the order of the central ad, as written there, with
 *     slots shown as {@code {n:type}} (fixed parts contain only words, so braces are unambiguous)
 * @param slots the variable parts, numbered as in {@code template}
 * @param aligned how many ads were aligned (at most {@link TemplateExplainer#MAX_ALIGNED}, the
 *     first ones of the cluster)
 * @param centerAd index of the central ad the template is read from
 * @param fixedShare share of the central ad's tokens that are fixed words
 */
public record TemplateView(String template, List<Slot> slots, int aligned, int centerAd, double fixedShare) {
  public TemplateView {
    slots = List.copyOf(slots);
  }

  /**
   * One variable part.
   *
   * @param type {@code text}, or the selector type when every value is one masked selector
   *     ({@code phone}, {@code location}, {@code age}, {@code price}, {@code num}, ...)
   * @param adsWithValue how many aligned ads have something there
   * @param distinct how many different values
   * @param values the most frequent values with their ad counts (at most 10)
   */
  public record Slot(int number, String type, int adsWithValue, int distinct, List<Value> values) {
    public Slot {
      values = List.copyOf(values);
    }
  }

  public record Value(String value, int ads) {}
}
