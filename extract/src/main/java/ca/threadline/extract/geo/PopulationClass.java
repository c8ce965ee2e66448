package ca.threadline.extract.geo;

/** Size of a place by its 2021 census population, coarse enough to stay true between censuses. */
public enum PopulationClass {
  /** 1,000,000 and more. */
  A(1_000_000),
  /** 250,000 to 999,999. */
  B(250_000),
  /** 100,000 to 249,999. */
  C(100_000),
  /** 50,000 to 99,999. */
  D(50_000),
  /** 20,000 to 49,999. */
  E(20_000),
  /** Under 20,000. */
  F(0);

  private final int minimum;

  PopulationClass(int minimum) {
    this.minimum = minimum;
  }

  /** The smallest population in this class. */
  public int minimum() {
    return minimum;
  }
}
