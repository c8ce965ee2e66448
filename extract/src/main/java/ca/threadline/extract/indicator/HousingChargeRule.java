package ca.threadline.extract.indicator;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.indicator.IndicatorDefinition;
import java.util.List;

/**
 * {@code housing_deduction}: housing or transport charged to the worker beyond what Canadian
 * programs allow, read sentence by sentence (a hard-break segment).
 *
 * <ul>
 *   <li>Any job ad: housing deducted from pay ("from pay", "retenu sur la paie") at more than
 *       ${@value #AGRICULTURAL_HOUSING_CAP}/week. The Agricultural Stream cap is the one program cap
 *       an ad can be checked against without knowing the worker's income, so it is the reference
 *       for every wage deduction for housing.
 *   <li>Agricultural job ads (cue {@code agriculture}): a housing charge above
 *       ${@value #AGRICULTURAL_HOUSING_CAP}/week — the on-farm housing deduction cap of the TFWP
 *       Agricultural Stream (SAWP allows none) — or a housing deduction of unstated amount; any
 *       charge or deduction for transport (the employer must provide daily transport at no cost).
 *   <li>Other job ads: a housing charge above 30% of the pre-tax weekly income the ad itself implies
 *       (advertised hourly wage × 40 h), the TFWP low-wage stream's affordability rule; nothing when
 *       the ad states no wage.
 * </ul>
 *
 * An amount belongs to a housing or transport phrase when it follows within {@value #AFTER}
 * tokens in the same sentence ("housing $550/month from pay", "Logement 120$/semaine") or
 * directly precedes it ("$150/week for housing"). A "free"/"included" cue in the sentence and no
 * charge above the cap means no indicator. Amounts need a period (week, month, day) to be compared.
 * Sources: ESDC TFWP Agricultural Stream program requirements; infotetquebec.com/en/accommodation.
 */
final class HousingChargeRule implements DerivedRule {
  static final double AGRICULTURAL_HOUSING_CAP = 30.0;
  static final double LOW_WAGE_SHARE = 0.30;
  static final double FULL_TIME_HOURS = 40.0;
  private static final int AFTER = 6;
  private static final int BEFORE = 2;

  private final int housing;
  private final int transport;
  private final int deduction;
  private final int free;
  private final int agriculture;

  HousingChargeRule(Lexicon lexicon) {
    housing = lexicon.cue("housing");
    transport = lexicon.cue("transport");
    deduction = lexicon.cue("deduction");
    free = lexicon.cue("free");
    agriculture = lexicon.cue("agriculture");
  }

  @Override
  public String name() {
    return "housing_charge";
  }

  @Override
  public void find(Reading r, IndicatorDefinition definition, List<Indicator> out) {
    if (r.kind != AdKind.JOB || !(r.has(housing) || r.has(transport))) {
      return;
    }
    Tokens t = r.tokens;
    boolean ag = r.has(agriculture);
    double weeklyIncome = Double.NaN;
    for (Amounts.Amount a : r.amounts().all) {
      if (a.unit() == Amounts.Unit.HOUR) {
        weeklyIncome = Double.isNaN(weeklyIncome) ? a.value() * FULL_TIME_HOURS : Math.max(weeklyIncome, a.value() * FULL_TIME_HOURS);
      }
    }
    double cap = ag ? AGRICULTURAL_HOUSING_CAP : LOW_WAGE_SHARE * weeklyIncome;
    int lastSegment = -1;
    for (int h : merged(r)) {
      int first = r.hits.first[h];
      int segment = t.segment[first];
      if (segment == lastSegment) {
        continue;
      }
      lastSegment = segment;
      Charge c = charge(r, segment, cap, ag);
      if (c != null) {
        out.add(r.indicator(definition, c.from, c.to));
      }
    }
  }

  /** Hits of the housing and transport cues, in text order. */
  private int[] merged(Reading r) {
    int[] a = r.cueHits(housing);
    int[] b = r.cueHits(transport);
    int[] all = new int[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    java.util.Arrays.sort(all);
    return all;
  }

  /** Token range of a charge found in one segment. */
  private record Charge(int from, int to) {}

  private Charge charge(Reading r, int segment, double cap, boolean ag) {
    Tokens t = r.tokens;
    int from = Integer.MAX_VALUE;
    int to = -1;
    boolean fire = false;
    boolean freeHere = inSegment(r, free, segment) >= 0;
    boolean deducted = inSegment(r, deduction, segment) >= 0;
    for (int cue : new int[] {housing, transport}) {
      for (int h : r.cueHits(cue)) {
        int hf = r.hits.first[h];
        int hl = r.hits.last[h];
        if (t.segment[hf] != segment) {
          continue;
        }
        Amounts.Amount amount = amountFor(r, hf, hl);
        boolean over = amount != null && !Double.isNaN(cap) && amount.weekly() > cap;
        boolean here;
        if (cue == housing) {
          boolean deductedOverCap = deducted && amount != null && amount.weekly() > AGRICULTURAL_HOUSING_CAP;
          here = over || deductedOverCap || (ag && deducted && amount == null && !freeHere);
        } else {
          here = ag && !freeHere && (deducted || (amount != null && amount.value() > 0));
        }
        if (here) {
          fire = true;
          from = Math.min(from, hf);
          to = Math.max(to, hl);
          if (amount != null) {
            from = Math.min(from, amount.first());
            to = Math.max(to, amount.last());
          }
        }
      }
    }
    if (!fire) {
      return null;
    }
    if (deducted) {
      // stretch the evidence over the deduction words that follow ("retenu sur la paie")
      for (int h : r.cueHits(deduction)) {
        int df = r.hits.first[h];
        if (t.segment[df] == segment && df > from && df <= to + AFTER) {
          to = Math.max(to, r.hits.last[h]);
        }
      }
    }
    return new Charge(from, to);
  }

  /** The first hit of {@code cue} in {@code segment}, or -1. */
  private static int inSegment(Reading r, int cue, int segment) {
    for (int h : r.cueHits(cue)) {
      if (r.tokens.segment[r.hits.first[h]] == segment) {
        return h;
      }
    }
    return -1;
  }

  /** The amount with a period that belongs to the phrase at tokens [first, last], or null. */
  private static Amounts.Amount amountFor(Reading r, int first, int last) {
    Tokens t = r.tokens;
    for (Amounts.Amount a : r.amounts().all) {
      if (a.unit().perWeek == 0 || t.segment[a.first()] != t.segment[first]) {
        continue;
      }
      boolean after = a.first() > last && a.first() - last <= AFTER;
      boolean before = a.last() < first && first - a.last() <= BEFORE && noBreak(t, a.last(), first);
      if (after || before) {
        return a;
      }
    }
    return null;
  }

  private static boolean noBreak(Tokens t, int from, int to) {
    for (int k = from + 1; k <= to; k++) {
      if (t.brk[k] != Tokens.NONE) {
        return false;
      }
    }
    return true;
  }
}
