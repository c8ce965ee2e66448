package ca.threadline.testkit.ads;

import java.util.List;

/**
 * A Canadian place of the generator's own list ({@code cities.tsv}).
 *
 * @param official official name with its accents ({@code Montréal})
 * @param province two-letter province or territory code
 * @param weight relative frequency in ads (larger cities more often)
 * @param forms written forms with their tag ({@code en}, {@code fr}, {@code both},
 *     {@code unaccented}, {@code abbrev}, {@code variant}, {@code airport})
 */
record City(String official, String province, int weight, List<Form> forms) {
  record Form(String tag, String text) {}

  /** The canonical location value: {@code City, PR}. */
  String canonical() {
    return official + ", " + province;
  }
}
