package ca.threadline.testkit.ads;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Prices as ads write them. In escort ads an amount with a currency mark ({@code $150/hh},
 * {@code 280 $ l'heure}, {@code 160 roses hh}, {@code 200🌹 1h}) is a gold price; a bare rate
 * sheet ({@code HH 140 / H 200 / 2H 400}, {@code 150hh 250h}) is only optional, as in the
 * development set. "Roses" are the usual code for dollars, so they are CAD too. Amounts in job
 * ads (wages, fees, deductions) are optional prices. Values are integer strings (thousands
 * separators dropped: {@code $1,200} and {@code 1 200 $} are {@code 1200}).
 */
final class PriceForms {
  /** One written amount: text, integer value, and tags ({@code CAD} first, then the style). */
  record Written(String text, String value, List<String> tags) {}

  /** A priced duration in an escort rate sheet. */
  enum Duration { HALF_HOUR, HOUR, TWO_HOURS, NIGHT }

  private PriceForms() {}

  static int amount(Duration d, RandomGenerator r) {
    return switch (d) {
      case HALF_HOUR -> 10 * Pick.between(10, 25, r);
      case HOUR -> 10 * Pick.between(16, 40, r);
      case TWO_HOURS -> 10 * Pick.between(30, 70, r);
      case NIGHT -> 100 * Pick.between(8, 20, r);
    };
  }

  /** A currency-marked escort price (gold). */
  static Written escort(int amount, Duration d, NumberLanguage lang, RandomGenerator r) {
    String n = thousands(amount, lang, r);
    int style = r.nextInt(10);
    if (style == 0) {
      return new Written(amount + " roses " + unit(d, lang, true, r), "" + amount, List.of("CAD", "roses"));
    }
    if (style == 1) {
      return new Written(amount + "🌹 " + unit(d, lang, true, r), "" + amount, List.of("CAD", "rose_emoji"));
    }
    if (lang == NumberLanguage.EN) {
      return switch (r.nextInt(6)) {
        case 0, 1 -> new Written("$" + n + "/" + unit(d, lang, true, r), "" + amount, List.of("CAD", "dollar_prefix"));
        case 2 -> new Written("$" + n + " " + unit(d, lang, false, r), "" + amount, List.of("CAD", "dollar_prefix"));
        case 3 -> new Written(unit(d, lang, false, r) + " $" + n, "" + amount, List.of("CAD", "dollar_prefix"));
        case 4 -> new Written(n + "$ " + unit(d, lang, true, r), "" + amount, List.of("CAD", "dollar_suffix"));
        default -> new Written(n + " CAD/" + unit(d, lang, true, r), "" + amount, List.of("CAD", "code"));
      };
    }
    return switch (r.nextInt(5)) {
      case 0, 1 -> new Written(n + " $ " + unit(d, lang, false, r), "" + amount, List.of("CAD", "dollar_suffix"));
      case 2 -> new Written(n + "$ " + unit(d, lang, true, r), "" + amount, List.of("CAD", "dollar_suffix"));
      case 3 -> new Written(unit(d, lang, true, r) + " : " + n + " $", "" + amount, List.of("CAD", "dollar_suffix"));
      default -> new Written(n + "$/" + unit(d, lang, true, r), "" + amount, List.of("CAD", "dollar_suffix"));
    };
  }

  /**
   * A bare rate sheet ({@code HH 140 / H 200 / 2H 400}, {@code 150hh 250h}): optional prices.
   * The unit goes after the amount only when it does not start with a digit ("140hh", never
   * "1402H").
   */
  static List<Written> bareSheet(List<Duration> durations, List<Integer> amounts, RandomGenerator r) {
    List<Written> out = new ArrayList<>();
    boolean suffix = r.nextBoolean();
    for (int i = 0; i < durations.size(); i++) {
      Duration d = durations.get(i);
      int amount = amounts.get(i);
      String text = switch (d) {
        case HALF_HOUR -> suffix ? amount + Pick.one(r, "hh", "HH", "/hh") : Pick.one(r, "HH", "hh", "30min") + " " + amount;
        case HOUR -> suffix ? amount + Pick.one(r, "h", "H", "hr", "/h") : Pick.one(r, "H", "h", "1h", "1hr") + " " + amount;
        case TWO_HOURS -> Pick.one(r, "2H", "2h", "2hrs") + " " + amount;
        case NIGHT -> Pick.one(r, "ON", "nuit", "overnight") + " " + amount;
      };
      out.add(new Written(text, "" + amount, List.of("CAD", "bare")));
    }
    return out;
  }

  private static String unit(Duration d, NumberLanguage lang, boolean compact, RandomGenerator r) {
    if (lang == NumberLanguage.EN) {
      return switch (d) {
        case HALF_HOUR -> compact ? Pick.one(r, "hh", "HH", "30min") : Pick.one(r, "half hour", "30 min", "HH");
        case HOUR -> compact ? Pick.one(r, "h", "hr", "1hr") : Pick.one(r, "hour", "1 hour", "1hr");
        case TWO_HOURS -> compact ? Pick.one(r, "2h", "2hrs") : Pick.one(r, "2 hours", "2hrs");
        case NIGHT -> compact ? Pick.one(r, "night", "overnight") : Pick.one(r, "overnight", "all night");
      };
    }
    return switch (d) {
      case HALF_HOUR -> compact ? Pick.one(r, "hh", "HH", "30min") : Pick.one(r, "la demi-heure", "30 min");
      case HOUR -> compact ? Pick.one(r, "h", "1h", "heure") : Pick.one(r, "l'heure", "de l'heure", "1 heure");
      case TWO_HOURS -> compact ? Pick.one(r, "2h", "2 h") : Pick.one(r, "les 2 heures", "2 heures");
      case NIGHT -> compact ? Pick.one(r, "nuit") : Pick.one(r, "la nuit", "nuit complète");
    };
  }

  /** An amount in a job ad ({@code $2,800}, {@code 2 800 $}, {@code 450$}): optional price. */
  static Written jobAmount(int amount, NumberLanguage lang, RandomGenerator r) {
    String n = thousands(amount, lang, r);
    String text = lang == NumberLanguage.EN
        ? (Pick.chance(0.8, r) ? "$" + n : n + "$")
        : (Pick.chance(0.7, r) ? n + " $" : n + "$");
    return new Written(text, "" + amount, List.of("CAD", "job"));
  }

  /** An hourly wage ({@code $17/hr}, {@code 15 $/h}, {@code 18 $ de l'heure}): optional price. */
  static Written wage(int dollars, NumberLanguage lang, RandomGenerator r) {
    String text = lang == NumberLanguage.EN
        ? Pick.one(r, "$" + dollars + "/hr", "$" + dollars + " per hour", "$" + dollars + "/h", "$" + dollars + " an hour")
        : Pick.one(r, dollars + " $/h", dollars + " $ de l'heure", dollars + "$/heure", dollars + " $ l'heure");
    return new Written(text, "" + dollars, List.of("CAD", "wage"));
  }

  private static String thousands(int amount, NumberLanguage lang, RandomGenerator r) {
    if (amount < 1000 || r.nextInt(3) == 0) {
      return "" + amount;
    }
    String low = String.format("%03d", amount % 1000);
    String sep = lang == NumberLanguage.EN ? "," : Pick.one(r, " ", "\u00A0");
    return amount / 1000 + sep + low;
  }
}
