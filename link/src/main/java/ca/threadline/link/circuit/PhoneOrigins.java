package ca.threadline.link.circuit;

import java.util.Optional;

/**
 * Where a phone number's area code belongs. Ibanez & Suthers (HICSS 2014) read the area code of
 * the advertised number as the origin of an operation moving along a circuit of cities.
 */
@FunctionalInterface
public interface PhoneOrigins {
  Optional<Origin> of(String e164);

  /**
   * @param areaCode the NPA, e.g. {@code 514}
   * @param country ISO country code ({@code CA}, {@code US}), or {@code NANP} for non-geographic
   *     codes; may be {@code null} when unknown
   * @param region province, territory or state code, e.g. {@code QC}; may be {@code null}
   * @param regionName the region's name, e.g. {@code Quebec}; may be {@code null}
   * @param place the main place the code serves, e.g. {@code Montréal}; may be {@code null}
   */
  record Origin(String areaCode, String country, String region, String regionName, String place) {}

  /** Only reads the NANP area code, without knowing where it is. */
  static PhoneOrigins areaCodeOnly() {
    return e164 ->
        e164.startsWith("+1") && e164.length() == 12
            ? Optional.of(new Origin(e164.substring(2, 5), null, null, null, null))
            : Optional.empty();
  }
}
