package ca.threadline.store.document;

import java.util.Locale;

/** What a stored document is: an escort/sex-work ad, a job ad, a captured web page, a file's text. */
public enum DocumentKind {
  AD,
  JOB_AD,
  PAGE,
  FILE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DocumentKind fromWire(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
