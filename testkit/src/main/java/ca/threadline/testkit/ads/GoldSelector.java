package ca.threadline.testkit.ads;

import java.util.List;
import java.util.Objects;

/**
 * One selector a correct extractor must (gold) or may (optional) find in a generated ad.
 *
 * @param type wire name of the selector type: phone, email, handle, url, btc, eth, age, location,
 *     price
 * @param value canonical value per CONTRACTS.md §1: phone E.164, email lower-case, handle
 *     {@code platform:handle} lower-case, url with lower-case scheme and host, btc as written
 *     (Bech32 lower-case), eth {@code 0x} + 40 lower-case hex, age and price integer strings,
 *     location {@code City, PR} with official accents ({@code Montréal, QC})
 * @param tags for phones exactly the expected obfuscation tags ({@link PhoneObfuscation}, sorted;
 *     empty when plain); for prices the currency first ({@code CAD}) then the written style; for
 *     other types the written style (informative only)
 */
public record GoldSelector(String type, String value, List<String> tags) {
  public GoldSelector {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
