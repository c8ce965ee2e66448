package ca.threadline.link.text;

import ca.threadline.core.selector.SelectorType;

/**
 * Typed tokens that stand in for the variable parts of an ad. An ad template keeps its shape when a
 * phone number or a city changes ("call ⟨phone⟩ in ⟨location⟩"), so masking keeps shingles across
 * the copies of one template equal, while deleting (as InfoShield's cleaner does with digits)
 * would also glue the surrounding words into shingles that never occurred.
 */
public final class Mask {
  /** A digit run that no selector claimed: a street number, a time, "24/7", a rate. */
  public static final String NUMBER = "⟨num⟩";

  private static final String[] BY_TYPE = new String[SelectorType.values().length];

  static {
    for (SelectorType t : SelectorType.values()) {
      BY_TYPE[t.ordinal()] = "⟨" + t.wireName() + "⟩";
    }
  }

  private Mask() {}

  public static String of(SelectorType type) {
    return BY_TYPE[type.ordinal()];
  }

  public static boolean isMask(String token) {
    return token.length() > 2 && token.charAt(0) == '⟨' && token.charAt(token.length() - 1) == '⟩';
  }

  /** {@code "phone"} for {@code "⟨phone⟩"}; the token itself when it is not a mask. */
  public static String typeName(String token) {
    return isMask(token) ? token.substring(1, token.length() - 1) : token;
  }
}
