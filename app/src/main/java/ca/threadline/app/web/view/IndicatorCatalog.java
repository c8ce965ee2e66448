package ca.threadline.app.web.view;

import ca.threadline.core.indicator.IndicatorDefinition;
import ca.threadline.extract.indicator.Lexicon;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The reviewed indicator rules (labels in both languages, weight, strength, source, rationale), by code. */
public final class IndicatorCatalog {
  private final Map<String, IndicatorDefinition> byCode = new LinkedHashMap<>();

  public IndicatorCatalog(Iterable<IndicatorDefinition> definitions) {
    for (IndicatorDefinition d : definitions) {
      byCode.putIfAbsent(d.code(), d);
    }
  }

  public static IndicatorCatalog standard() {
    return new IndicatorCatalog(Lexicon.standard().definitions());
  }

  public Optional<IndicatorDefinition> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The label of a code in {@code lang}, or the code itself for a rule this build does not know. */
  public String label(String code, String lang) {
    IndicatorDefinition d = byCode.get(code);
    if (d == null) {
      return code;
    }
    String l = "fr".equals(lang) ? d.labelFr() : d.labelEn();
    return l == null || l.isBlank() ? code : l;
  }

  public String rationale(String code) {
    IndicatorDefinition d = byCode.get(code);
    return d == null ? "" : d.rationale() == null ? "" : d.rationale();
  }
}
