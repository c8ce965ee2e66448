package ca.threadline.app.link;

import ca.threadline.link.circuit.PhoneOrigins;
import ca.threadline.link.circuit.PlaceResolver;
import ca.threadline.link.engine.Featurizer;
import ca.threadline.link.template.TemplateParameters;

/** Wires the linking engine to the extract module's place and area-code knowledge. */
final class LinkSetup {
  private LinkSetup() {}

  static PlaceResolver places() {
    return PlaceResolver.asWritten();
  }

  static PhoneOrigins phoneOrigins() {
    return PhoneOrigins.areaCodeOnly();
  }

  static Featurizer featurizer(TemplateParameters params) {
    return new Featurizer(params, places());
  }
}
