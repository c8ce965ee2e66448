package ca.threadline.app.link;

import ca.threadline.extract.geo.AreaCode;
import ca.threadline.extract.geo.AreaCodes;
import ca.threadline.extract.geo.Gazetteer;
import ca.threadline.extract.geo.Place;
import ca.threadline.link.circuit.PhoneOrigins;
import ca.threadline.link.circuit.PlaceResolver;
import ca.threadline.link.engine.Featurizer;
import ca.threadline.link.template.TemplateParameters;
import java.util.Optional;

/**
 * Wires the linking engine to the extract module's knowledge of places: the Canadian gazetteer
 * canonicalises a site's city field ("MTL", "montreal" → "Montréal, QC"), the NANP area-code table
 * gives a phone's origin.
 */
final class LinkSetup {
  private LinkSetup() {}

  /** The gazetteer's place for a city field, else nothing (an unknown field is not a place). */
  static PlaceResolver places() {
    Gazetteer g = Gazetteer.standard();
    return field -> g.lookup(field).map(Place::canonical);
  }

  static PhoneOrigins phoneOrigins() {
    AreaCodes codes = AreaCodes.standard();
    return e164 -> {
      Optional<AreaCode> a = codes.ofE164(e164);
      if (a.isEmpty()) {
        return PhoneOrigins.areaCodeOnly().of(e164);
      }
      AreaCode c = a.get();
      return Optional.of(new PhoneOrigins.Origin(c.npa(), c.country(), blankToNull(c.region()), blankToNull(c.regionName()), blankToNull(c.place())));
    };
  }

  static Featurizer featurizer(TemplateParameters params) {
    return new Featurizer(params, places());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
