package ca.threadline.link.engine;

import ca.threadline.link.circuit.Circuit;
import ca.threadline.link.circuit.PhoneOrigins;
import java.util.List;

/**
 * Why a network holds together and where it went: for the {@code --explain} output.
 *
 * @param network label (smallest ad index)
 * @param ads number of ads
 * @param templateClusters labels of its template clusters with at least two ads
 * @param singleAds ads in no shared template (tied only by selectors)
 * @param tiedBy the specific strong selectors shared by at least two of its ads
 * @param ignored generic selectors its ads carry, which did not link
 * @param circuit its cities over time
 * @param phoneOrigins the area-code origin of each of its phones
 */
public record NetworkView(
    int network,
    int ads,
    List<Integer> templateClusters,
    int singleAds,
    List<Tie> tiedBy,
    List<Ignored> ignored,
    Circuit circuit,
    List<PhoneOrigin> phoneOrigins) {
  /** A selector that tied ads: how many ads of this network carry it, across how many groups. */
  public record Tie(String type, String value, int ads, int groups) {}

  /**
   * A generic selector: how widely it is shared in the corpus, and why it was ignored.
   *
   * @param adsHere ads of this network carrying it
   * @param adsInCorpus ads of the whole input carrying it
   */
  public record Ignored(String type, String value, int adsHere, int adsInCorpus, int groups, int ownContactGroups, String reason) {}

  /** A phone of the network and its area code's origin (fields null when unknown). */
  public record PhoneOrigin(String phone, PhoneOrigins.Origin origin, int ads) {}
}
