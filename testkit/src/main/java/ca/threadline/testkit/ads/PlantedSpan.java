package ca.threadline.testkit.ads;

/**
 * Where the generator put something in an ad's text: UTF-16 offsets {@code [start, end)} as in
 * CONTRACTS.md §1.
 *
 * @param role {@code gold}, {@code optional}, {@code indicator} or {@code decoy}
 * @param type selector type (gold/optional), indicator code, or decoy kind
 * @param value canonical selector value; for indicators and decoys the text itself
 */
public record PlantedSpan(String role, String type, String value, int start, int end) {
  public PlantedSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
