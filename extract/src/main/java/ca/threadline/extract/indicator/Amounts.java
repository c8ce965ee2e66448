package ca.threadline.extract.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Money amounts written in an ad, with the period they are per: "$17/hr", "16,10 $ de l'heure",
 * "Logement 120$/semaine", "$550/month", "5 500 $", "$15-17/hr". A number counts only next to a
 * currency sign or word, so "12 hours" and phone digits are never money.
 *
 * <p>Reading: [$] NUMBER [$|dollars|cad] [– [$] NUMBER [$]] then up to three
 * connectors ({@code / per a an par de l' la each}) and a unit word. A range keeps both ends
 * ({@link Amount#low()}, {@link Amount#value()} = the high end). Nothing crosses a hard break.
 */
final class Amounts {
  enum Unit {
    NONE(0),
    HOUR(0),
    DAY(7),
    WEEK(1),
    TWO_WEEKS(0.5),
    MONTH(12.0 / 52.0),
    YEAR(1.0 / 52.0);

    /** Factor from this period to one week (0 when it is not a period of rent or pay). */
    final double perWeek;

    Unit(double perWeek) {
      this.perWeek = perWeek;
    }
  }

  /**
   * @param value the amount (the high end of a range)
   * @param low the low end of a range, else {@link #value()}
   * @param first first token (currency sign or number)
   * @param last last token (unit, currency or number)
   */
  record Amount(double value, double low, int first, int last, Unit unit) {
    /** The amount per week, or NaN when the period is unknown or hourly. */
    double weekly() {
      return unit.perWeek == 0 ? Double.NaN : value * unit.perWeek;
    }
  }

  private static final Map<String, Unit> UNITS = units();
  private static final java.util.Set<String> CONNECTORS =
      java.util.Set.of("/", "per", "a", "an", "par", "de", "du", "l", "la", "le", "each", "every", "the", "by", "chaque");
  private static final java.util.Set<String> CURRENCY_WORDS = java.util.Set.of("dollars", "dollar", "cad", "piastres", "cdn");
  private static final java.util.Set<String> RANGE_WORDS = java.util.Set.of("to", "a", "au", "jusqu");

  private static Map<String, Unit> units() {
    Map<String, Unit> m = new java.util.HashMap<>();
    for (String s : "hour hours hr hrs h hre hres heure heures hourly horaire hrly".split(" ")) {
      m.put(s, Unit.HOUR);
    }
    for (String s : "day days daily jour jours journee jr".split(" ")) {
      m.put(s, Unit.DAY);
    }
    for (String s : "week weeks wk wks weekly semaine semaines sem hebdo hebdomadaire".split(" ")) {
      m.put(s, Unit.WEEK);
    }
    for (String s : "biweekly quinzaine".split(" ")) {
      m.put(s, Unit.TWO_WEEKS);
    }
    for (String s : "month months mo mth mths monthly mois mensuel mensuellement".split(" ")) {
      m.put(s, Unit.MONTH);
    }
    for (String s : "year annual annually annee annees annuel".split(" ")) {
      m.put(s, Unit.YEAR);
    }
    return Map.copyOf(m);
  }

  final List<Amount> all;

  private Amounts(List<Amount> all) {
    this.all = List.copyOf(all);
  }

  static Amounts read(Tokens t) {
    List<Amount> out = new ArrayList<>();
    int k = 0;
    while (k < t.size) {
      if (t.kind[k] != Tokens.NUMBER) {
        k++;
        continue;
      }
      Num num = number(t, k);
      int first = k;
      int last = num.last();
      boolean currency = false;
      if (k > 0 && t.brk[k] != Tokens.HARD && isCurrencySign(t, k - 1)) {
        first = k - 1;
        currency = true;
      }
      if (isCurrencyAfter(t, last)) {
        last++;
        currency = true;
      }
      if (!currency) {
        k = num.last() + 1;
        continue;
      }
      double low = num.value();
      double high = low;
      // a range: "$15-17", "15 $ à 17 $", "$15 to $17"
      int p = last;
      boolean joined = next(t, p) && dashBetween(t, p, p + 1);
      if (next(t, p) && t.kind[p + 1] == Tokens.WORD && RANGE_WORDS.contains(t.fold(p + 1))) {
        p++;
        joined = true;
      }
      if (joined && next(t, p) && isCurrencySign(t, p + 1)) {
        p++;
      }
      if (joined && next(t, p) && t.kind[p + 1] == Tokens.NUMBER) {
        Num hi = number(t, p + 1);
        if (hi.value() > low) {
          high = hi.value();
          last = hi.last();
          if (isCurrencyAfter(t, last)) {
            last++;
          }
        }
      }
      Unit unit = Unit.NONE;
      int q = last;
      for (int skipped = 0; skipped <= 3 && next(t, q); skipped++) {
        String f = t.fold(q + 1);
        Unit u = UNITS.get(f);
        if (u != null) {
          unit = u;
          last = q + 1;
          break;
        }
        if (!CONNECTORS.contains(f)) {
          break;
        }
        q++;
      }
      out.add(new Amount(high, low, first, last, unit));
      k = last + 1;
    }
    return new Amounts(out);
  }

  /** Token {@code i + 1} exists and no hard break separates it from {@code i}. */
  private static boolean next(Tokens t, int i) {
    return i + 1 < t.size && t.brk[i + 1] != Tokens.HARD;
  }

  private static boolean dashBetween(Tokens t, int a, int b) {
    for (int i = t.end[a]; i < t.start[b]; i++) {
      char c = t.text.charAt(i);
      if (c == '-' || c == '–' || c == '—' || c == '~' || c == '‐') {
        return true;
      }
    }
    return false;
  }

  private static boolean isCurrencySign(Tokens t, int i) {
    return t.isSymbol(i, '$') || t.isSymbol(i, '€');
  }

  private static boolean isCurrencyAfter(Tokens t, int i) {
    return next(t, i) && (isCurrencySign(t, i + 1) || (t.kind[i + 1] == Tokens.WORD && CURRENCY_WORDS.contains(t.fold(i + 1))));
  }

  /** A number and its last token. */
  private record Num(double value, int last) {}

  /** The number at {@code k} ({@link Tokenizer} already joined "5 500" into one token). */
  private static Num number(Tokens t, int k) {
    return new Num(t.value[k], k);
  }
}
