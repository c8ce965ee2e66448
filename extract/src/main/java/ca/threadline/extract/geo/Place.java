package ca.threadline.extract.geo;

import java.util.List;
import java.util.Objects;

/**
 * A Canadian city or town from the {@link Gazetteer}.
 *
 * @param name official name with its accents ("Montréal", "Trois-Rivières", "St. John's")
 * @param province two-letter province or territory code
 * @param lat latitude of the approximate centre, decimal degrees, 2 decimals
 * @param lon longitude of the approximate centre, decimal degrees, 2 decimals
 * @param populationClass size class from the 2021 census
 * @param forms the ways the gazetteer recognises it in text (names, EN/FR variants, nicknames,
 *     neighbourhoods), without matching flags
 * @param within for a community, borough or former municipality ("Scarborough", "Dartmouth",
 *     "Hull"), the name of the municipality it is part of (in the same province); empty otherwise
 */
public record Place(
    String name, String province, double lat, double lon, PopulationClass populationClass, List<String> forms, String within) {
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(province, "province");
    Objects.requireNonNull(populationClass, "populationClass");
    forms = List.copyOf(forms);
    within = within == null ? "" : within;
  }

  /** The location selector's value: {@code "Montréal, QC"}. */
  public String canonical() {
    return name + ", " + province;
  }

  public Province provinceEnum() {
    return Province.ofCode(province);
  }
}
