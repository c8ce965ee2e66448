package ca.threadline.testkit.ads;

/** Language of the number words a renderer writes. */
public enum NumberLanguage {
  EN,
  FR
}
