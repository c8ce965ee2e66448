package ca.threadline.extract.indicator;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.indicator.IndicatorDefinition;
import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code wage_below_minimum}: an hourly wage under the general minimum wage of the province the
 * job ad is in. Fires only when both are known: the wage has an hourly unit ("$13/hr",
 * "12,50 $ de l'heure") and the province comes from a location selector ("Lévis, QC") or a
 * province name in the text. With several provinces, the lowest minimum applies; with a range
 * ("$14-18/hr"), its high end: both choices avoid flagging a lawful offer.
 */
final class WageBelowMinimumRule implements DerivedRule {
  private final MinimumWageTable table;
  private final List<Integer> provinceCues = new ArrayList<>();
  private final List<String> provinceCodes = new ArrayList<>();

  WageBelowMinimumRule(Lexicon lexicon, MinimumWageTable table) {
    this.table = table;
    for (Cue c : lexicon.cues()) {
      if (c.name().startsWith("province_")) {
        provinceCues.add(lexicon.cue(c.name()));
        provinceCodes.add(c.name().substring("province_".length()));
      }
    }
  }

  @Override
  public String name() {
    return "wage_below_minimum";
  }

  @Override
  public void find(Reading r, IndicatorDefinition definition, List<Indicator> out) {
    if (r.kind != AdKind.JOB) {
      return;
    }
    List<Amounts.Amount> hourly = new ArrayList<>();
    for (Amounts.Amount a : r.amounts().all) {
      if (a.unit() == Amounts.Unit.HOUR && a.value() >= 1) {
        hourly.add(a);
      }
    }
    if (hourly.isEmpty()) {
      return;
    }
    double minimum = Double.NaN;
    for (String province : provinces(r)) {
      OptionalDouble rate = table.rate(province);
      if (rate.isPresent()) {
        minimum = Double.isNaN(minimum) ? rate.getAsDouble() : Math.min(minimum, rate.getAsDouble());
      }
    }
    if (Double.isNaN(minimum)) {
      return;
    }
    for (Amounts.Amount a : hourly) {
      if (a.value() < minimum - 1e-9) {
        out.add(r.indicator(definition, a.first(), a.last()));
      }
    }
  }

  private Set<String> provinces(Reading r) {
    Set<String> out = new TreeSet<>();
    for (Selector s : r.selectors) {
      if (s.type() == SelectorType.LOCATION) {
        int comma = s.value().lastIndexOf(", ");
        if (comma >= 0) {
          out.add(s.value().substring(comma + 2).strip());
        }
      }
    }
    for (int i = 0; i < provinceCues.size(); i++) {
      if (r.has(provinceCues.get(i))) {
        out.add(provinceCodes.get(i));
      }
    }
    return out;
  }
}
