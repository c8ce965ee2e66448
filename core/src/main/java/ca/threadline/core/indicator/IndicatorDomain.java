package ca.threadline.core.indicator;

/** Which kind of exploitation an indicator points to. */
public enum IndicatorDomain {
  SEX_TRAFFICKING("sex_trafficking"),
  FORCED_LABOUR("forced_labour");

  private final String wire;

  IndicatorDomain(String wire) {
    this.wire = wire;
  }

  public String wireName() {
    return wire;
  }
}
