package ca.threadline.core.selector;

import java.util.Locale;

/**
 * The kinds of identifiers Threadline finds in text. {@link #strong()} types identify a person or
 * an operation (they may tie ads into a network); weak ones describe an ad (age, place, price).
 */
public enum SelectorType {
  PHONE(true),
  EMAIL(true),
  HANDLE(true),
  URL(false),
  BTC(true),
  ETH(true),
  AGE(false),
  LOCATION(false),
  PRICE(false);

  private final boolean strong;

  SelectorType(boolean strong) {
    this.strong = strong;
  }

  public boolean strong() {
    return strong;
  }

  /** The name used on the wire (JSON Lines, CSV, URLs): lower case. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SelectorType fromWire(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
