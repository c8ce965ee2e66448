package ca.threadline.store.search;

import ca.threadline.store.document.TimelinePoint;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/** Postings per period and city over the documents a search matched, from doc values. */
final class Timeline {
  private Timeline() {}

  static void check(String unit) {
    if (!unit.equals("day") && !unit.equals("week") && !unit.equals("month")) {
      throw new IllegalArgumentException("timeline unit must be day, week or month: " + unit);
    }
  }

  /** Start of the period holding {@code millis}, UTC; weeks start on Monday (as PostgreSQL's date_trunc). */
  static Instant period(long millis, String unit) {
    ZonedDateTime t = Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
    return switch (unit) {
      case "day" -> t.toInstant();
      case "week" -> t.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toInstant();
      default -> t.withDayOfMonth(1).toInstant();
    };
  }

  static List<TimelinePoint> of(FacetsCollector fc, String unit) throws IOException {
    Map<Instant, Map<String, Integer>> counts = new TreeMap<>();
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      LeafReader reader = m.context().reader();
      NumericDocValues posted = reader.getNumericDocValues(IndexFields.POSTED);
      SortedDocValues city = reader.getSortedDocValues(IndexFields.CITY_VALUE);
      if (posted == null || m.bits() == null) {
        continue;
      }
      DocIdSetIterator it = m.bits().iterator();
      if (it == null) {
        continue;
      }
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (!posted.advanceExact(doc)) {
          continue;
        }
        String c = city != null && city.advanceExact(doc) ? city.lookupOrd(city.ordValue()).utf8ToString() : "";
        counts.computeIfAbsent(period(posted.longValue(), unit), k -> new TreeMap<>()).merge(c, 1, Integer::sum);
      }
    }
    List<TimelinePoint> out = new ArrayList<>();
    counts.forEach((period, byCity) ->
        byCity.forEach((c, n) -> out.add(new TimelinePoint(period, c.isEmpty() ? null : c, n))));
    return out;
  }
}
