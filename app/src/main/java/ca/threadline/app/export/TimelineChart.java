package ca.threadline.app.export;

import ca.threadline.store.document.TimelinePoint;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A static SVG bar chart of a network's postings per day (UTC), with the first and last day named. */
final class TimelineChart {
  static final int WIDTH = 760;
  static final int HEIGHT = 140;

  private TimelineChart() {}

  static String svg(List<TimelinePoint> points) {
    Map<Instant, Integer> perDay = new TreeMap<>();
    for (TimelinePoint p : points) {
      perDay.merge(p.period().truncatedTo(ChronoUnit.DAYS), p.documents(), Integer::sum);
    }
    if (perDay.isEmpty()) {
      return "<p class=\"muted\">No dated documents.</p>\n";
    }
    Instant first = perDay.keySet().iterator().next();
    Instant last = ((TreeMap<Instant, Integer>) perDay).lastKey();
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    int max = perDay.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    double bw = (double) (WIDTH - 40) / days;
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 %d %d\""
        + " width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"Postings per day\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
    b.append(String.format(Locale.ROOT, "<line x1=\"30\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>%n", HEIGHT - 20, WIDTH - 10, HEIGHT - 20));
    for (Map.Entry<Instant, Integer> e : perDay.entrySet()) {
      long d = ChronoUnit.DAYS.between(first, e.getKey());
      double h = (HEIGHT - 40) * e.getValue() / (double) max;
      b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#2e6da4\"><title>%s: %d</title></rect>%n",
          30 + d * bw, HEIGHT - 20 - h, Math.max(1, bw - 1), h, day(e.getKey()), e.getValue()));
    }
    b.append(String.format(Locale.ROOT, "<text x=\"30\" y=\"%d\" class=\"axis\">%s</text>%n", HEIGHT - 5, day(first)));
    b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"axis\" text-anchor=\"end\">%s</text>%n", WIDTH - 10, HEIGHT - 5, day(last)));
    b.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"24\" class=\"axis\">%d</text>%n", max));
    b.append("</svg>\n");
    return b.toString();
  }

  static String day(Instant i) {
    return i.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }
}
