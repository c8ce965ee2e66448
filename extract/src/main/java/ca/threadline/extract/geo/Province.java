package ca.threadline.extract.geo;

import java.util.List;

/**
 * Canada's provinces and territories with their two-letter codes (Canada Post), English and French
 * names, and the other ways ads write them ("B.C.", "Qc", "Nfld", "Î.-P.-É."). The written forms
 * are matched by {@link ProvinceMention}.
 */
public enum Province {
  AB("Alberta", "Alberta", List.of("Alta", "Alta.")),
  BC("British Columbia", "Colombie-Britannique", List.of("B.C.", "C.-B.")),
  MB("Manitoba", "Manitoba", List.of("Man.")),
  NB("New Brunswick", "Nouveau-Brunswick", List.of("N.B.", "N.-B.")),
  NL("Newfoundland and Labrador", "Terre-Neuve-et-Labrador",
      List.of("Newfoundland", "Nfld", "Nfld.", "Labrador", "Terre-Neuve", "N.L.", "T.-N.-L.", "NF")),
  NS("Nova Scotia", "Nouvelle-Écosse", List.of("N.S.", "N.-É.")),
  NT("Northwest Territories", "Territoires du Nord-Ouest", List.of("NWT", "N.W.T.", "T.N.-O.")),
  NU("Nunavut", "Nunavut", List.of()),
  ON("Ontario", "Ontario", List.of("Ont", "Ont.")),
  PE("Prince Edward Island", "Île-du-Prince-Édouard", List.of("PEI", "P.E.I.", "Î.-P.-É.", "IPE")),
  QC("Quebec", "Québec", List.of("Qc", "Que.", "Qué.", "PQ", "P.Q.")),
  SK("Saskatchewan", "Saskatchewan", List.of("Sask", "Sask.")),
  YT("Yukon", "Yukon", List.of("Y.T."));

  private final String english;
  private final String french;
  private final List<String> variants;

  Province(String english, String french, List<String> variants) {
    this.english = english;
    this.french = french;
    this.variants = variants;
  }

  public String code() {
    return name();
  }

  public String englishName() {
    return english;
  }

  public String frenchName() {
    return french;
  }

  /**
   * Abbreviations and other names besides the code and the two official names. Short forms
   * ("Qc", "Sask", "Man.") are matched with the case and period written here, since several are
   * also words ("man", "que"); dotted initials ("B.C.") and long names in any case.
   */
  public List<String> variants() {
    return variants;
  }

  /** The province with this two-letter code, or {@code null}. */
  public static Province ofCode(String code) {
    for (Province p : values()) {
      if (p.name().equalsIgnoreCase(code)) {
        return p;
      }
    }
    return null;
  }
}
