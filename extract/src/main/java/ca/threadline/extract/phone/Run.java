package ca.threadline.extract.phone;

import java.util.List;

/**
 * Consecutive digit groups with only separators between them: the stretch of text a phone
 * number (or several) can be read from.
 *
 * @param groups the groups, in text order
 * @param gaps {@code gaps[k]} = {@link Separators} bits of the gap before {@code groups[k]}
 *     ({@code gaps[0]} is unused)
 * @param plusAt folded index of a {@code +} written just before the first group, or -1
 */
record Run(List<DigitGroup> groups, int[] gaps, int plusAt) {
  int size() {
    return groups.size();
  }

  DigitGroup group(int k) {
    return groups.get(k);
  }
}
