package ca.threadline.extract.geo;

/**
 * One NANP area code and where it points.
 *
 * @param npa the three digits
 * @param country ISO 3166-1 alpha-2 code ("CA", "US", "JM", ...), or "NANP" for non-geographic
 *     codes shared by every member (toll-free 800/833/.../888, premium 900)
 * @param region province/territory, state or US-territory code ("ON", "NV", "PR"); codes shared by
 *     several Canadian provinces list them all ("NS/PE", "YT/NT/NU"); empty when non-geographic
 * @param regionName English name of the region, or of the service when non-geographic
 * @param place main place served ("Toronto", "Las Vegas"); empty when none
 */
public record AreaCode(String npa, String country, String region, String regionName, String place) {
  public boolean canadian() {
    return country.equals("CA");
  }

  /** Whether the code belongs to a place rather than a service (toll-free, premium, ...). */
  public boolean geographic() {
    return !region.isEmpty();
  }
}
