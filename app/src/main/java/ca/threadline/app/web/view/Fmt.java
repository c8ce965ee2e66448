package ca.threadline.app.web.view;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Dates and amounts as pages show them (UTC, ISO-like, the same in both languages). */
public final class Fmt {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Fmt() {}

  public static String date(Instant t) {
    return t == null ? "" : DAY.format(t);
  }

  public static String time(Instant t) {
    return t == null ? "" : MINUTE.format(t);
  }

  /** Satoshis as BTC with 8 decimals. */
  public static String btc(Long sat) {
    if (sat == null) {
      return "";
    }
    return java.math.BigDecimal.valueOf(sat, 8).toPlainString() + " BTC";
  }

  /** A document score: counts (the forced-labour indicator count) as integers, scores with two decimals. */
  public static String score(String name, double v) {
    return name.endsWith("labour") || name.endsWith("count") ? Long.toString(Math.round(v)) : weight(v);
  }

  public static String weight(double w) {
    return String.format(java.util.Locale.ROOT, "%.2f", w);
  }
}
