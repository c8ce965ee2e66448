package ca.threadline.extract.phone;

import ca.threadline.extract.text.FoldedText;
import java.util.Set;

/**
 * Words that, glued after digits, make them a quantity rather than part of a phone number:
 * {@code 250hh}, {@code 105lb}, {@code 19yo}, {@code 22ans}, {@code 34DD}, {@code 1000night}.
 * DIG/pnmatcher deletes "numbers before units" (lbs, kg, hour, hr, hh) for the same reason. Any
 * suffix of one to three letters counts (cup sizes, {@code h}, {@code am}, {@code 2e}, {@code 1st},
 * {@code cad}); longer ones only from the list. Other glued words ({@code 0199email}) are not
 * units: the digits stay a candidate group.
 */
final class Units {
  private static final Set<String> LONG_UNITS = Set.of(
      "hour", "hours", "heure", "heures", "mins", "minute", "minutes", "night", "nights", "nuit",
      "nuits", "overnight", "roses", "rose", "years", "year", "inch", "inches", "pounds", "lbs",
      "kilos", "month", "months", "mois", "week", "weeks", "semaine", "semaines", "dollars",
      "bucks", "euros", "hhr", "sessions", "session", "days", "jours", "jour", "ansold",
      "yrsold", "yearsold", "feet", "foot", "pieds", "metres", "meters", "hourly");

  private Units() {}

  /** Whether folded {@code [from, to)} (letters) is a unit. */
  static boolean isUnit(FoldedText t, int from, int to) {
    if (to - from <= 3) {
      return true;
    }
    return to - from <= 12 && LONG_UNITS.contains(t.subSequence(from, to).toString());
  }
}
