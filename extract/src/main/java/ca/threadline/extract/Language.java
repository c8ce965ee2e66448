package ca.threadline.extract;

/** The language of a record, as far as Threadline needs to know it: English, French, or both. */
public enum Language {
  EN("en"),
  FR("fr"),
  /** Substantial English and French in one record (common in Canadian job ads). */
  MIXED("mixed"),
  /** Too little text to tell. */
  UNDETERMINED("und");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
