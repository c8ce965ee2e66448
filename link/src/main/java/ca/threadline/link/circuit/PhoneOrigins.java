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
   * @param region province, territory or state code, e.g. {@code QC}
   * @param place the main place the code serves, e.g. {@code Montréal, QC}; may be {@code null}
   */
  record Origin(String areaCode, String country, String region, String place) {}

  /** Only reads the NANP area code, without knowing where it is. */
  static PhoneOrigins areaCodeOnly() {
    return e164 ->
        e164.startsWith("+1") && e164.length() == 12
            ? Optional.of(new Origin(e164.substring(2, 5), null, null, null))
            : Optional.empty();
  }
}
