package ca.threadline.link.circuit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a {@link Circuit} from the posting times and places of a network's ads: sort the dated,
 * placed ads by time (ties: input order), and merge runs of the same place into stops. A return to
 * an earlier city starts a new stop, so the sequence reads as the route taken.
 */
public final class CircuitBuilder {
  /** Marks an ad without posting time in {@code times}. */
  public static final long UNDATED = Long.MIN_VALUE;

  /**
   * @param ads indices of the network's ads, ascending
   * @param times posting time per ad index (epoch seconds, or {@link #UNDATED})
   * @param places canonical place per ad index, or {@code null}
   */
  public Circuit build(int[] ads, long[] times, String[] places) {
    int undated = 0;
    int unplaced = 0;
    List<Integer> usable = new ArrayList<>();
    for (int ad : ads) {
      if (times[ad] == UNDATED) {
        undated++;
      } else if (places[ad] == null) {
        unplaced++;
      } else {
        usable.add(ad);
      }
    }
    Integer[] order = usable.toArray(Integer[]::new);
    Arrays.sort(order, Comparator.<Integer>comparingLong(ad -> times[ad]).thenComparingInt(ad -> ad));
    List<Circuit.Stop> stops = new ArrayList<>();
    int k = 0;
    while (k < order.length) {
      String place = places[order[k]];
      int j = k;
      while (j + 1 < order.length && places[order[j + 1]].equals(place)) {
        j++;
      }
      stops.add(new Circuit.Stop(place, Instant.ofEpochSecond(times[order[k]]), Instant.ofEpochSecond(times[order[j]]), j - k + 1));
      k = j + 1;
    }
    return new Circuit(stops, undated, unplaced);
  }
}
