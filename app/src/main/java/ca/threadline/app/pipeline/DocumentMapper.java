package ca.threadline.app.pipeline;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.indicator.IndicatorDefinition;
import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import ca.threadline.evidence.item.Item;
import ca.threadline.extract.geo.Gazetteer;
import ca.threadline.extract.geo.Place;
import ca.threadline.extract.indicator.IndicatorScores;
import ca.threadline.extract.indicator.Lexicon;
import ca.threadline.link.engine.AdRecord;
import ca.threadline.store.document.DocumentInput;
import ca.threadline.store.document.DocumentKind;
import ca.threadline.store.document.ImageRef;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns a derived row and the custody log's record of its item into a case-store document and a
 * linking record.
 *
 * <p>Rules:
 * <ul>
 *   <li>Document ids (unique within a case): an ad's own {@code id} (so that the same ad seen again
 *       in a later export of the site is one document, updated when its content changed); a web
 *       page's URL (a new capture of the page updates it; every capture stays in the evidence);
 *       any other file's evidence item id.
 *   <li>Kind: {@code job_ad} for an ad whose line says {@code "kind":"job"} (or {@code job_ad}),
 *       {@code ad} for other ads, {@code page} for web responses and HTML, {@code file} otherwise.
 *   <li>Time: an ad's {@code posted_at}; a page's capture time; none for files.
 *   <li>City: the site's city field canonicalised by the gazetteer ({@code "MTL"} becomes
 *       {@code "Montréal, QC"}), else the first place named in the text, else the field as written:
 *       the same place the linker's circuits use.
 *   <li>Scores: {@code sex_trafficking} (the evidence-weighted score) and {@code forced_labour} (the
 *       number of distinct forced-labour signs), from {@link IndicatorScores}.
 *   <li>A crawler's own WARC records ({@code metadata:} and {@code urn:} resources: wget's log and
 *       manifest) stay evidence only.
 *   <li>Texts longer than the store takes are cut, with the selectors and indicators inside the
 *       kept part (the evidence keeps the whole).
 * </ul>
 */
final class DocumentMapper {
  private final Map<String, IndicatorDefinition> definitions = new HashMap<>();
  private final Gazetteer gazetteer;
  private final Consumer<String> warnings;

  DocumentMapper(Gazetteer gazetteer, Consumer<String> warnings) {
    this.gazetteer = gazetteer;
    this.warnings = warnings;
    for (IndicatorDefinition d : Lexicon.standard().definitions()) {
      definitions.put(d.code(), d);
    }
  }

  /** The document of a row, or {@code null} when it has no text to store. */
  PipelineDocument map(DerivedRow row, EvidenceFacts evidence) {
    Item item = evidence.item(row.itemId());
    if (item == null) {
      warnings.accept("derived row for item " + row.itemId() + " has no committed item in the custody log; skipped");
      return null;
    }
    if ("warc-resource".equals(item.kind()) && item.source() != null
        && (item.source().startsWith("metadata:") || item.source().startsWith("urn:"))) {
      return null; // a crawler's own records (wget's log and manifest): evidence of the crawl, not case material
    }
    String text = row.text();
    ObjectNode line = "ad".equals(item.kind()) ? evidence.adLine(item) : null;
    if (text == null && line != null && line.path("text").isTextual()) {
      text = line.path("text").textValue(); // rows written before they carried the text
    }
    if (text == null) {
      warnings.accept("item " + row.itemId() + " (" + item.source() + "): its derived row has no text; re-import it to derive it again");
      return null;
    }
    List<Selector> selectors = new ArrayList<>(row.selectors());
    List<Indicator> indicators = indicators(row, text);
    if (text.length() > DocumentInput.MAX_TEXT) {
      warnings.accept("item " + row.itemId() + " (" + item.source() + "): text cut at " + DocumentInput.MAX_TEXT
          + " characters in the case store (the evidence keeps all of it)");
      text = text.substring(0, DocumentInput.MAX_TEXT);
      selectors.removeIf(s -> s.span().end() > DocumentInput.MAX_TEXT);
      indicators.removeIf(i -> i.span().end() > DocumentInput.MAX_TEXT);
    }
    final int length = text.length();
    selectors.removeIf(s -> s.span().end() > length);
    indicators.removeIf(i -> i.span().end() > length);
    JsonNode meta = item.meta() == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : item.meta();
    String externalId;
    DocumentKind kind;
    Instant postedAt = null;
    String cityField = null;
    String url = null;
    switch (item.kind()) {
      case "ad" -> {
        externalId = firstText(line, "id", meta.path("ad_id").asText(null), item.id());
        String k = line == null ? "" : line.path("kind").asText("").toLowerCase(Locale.ROOT);
        kind = k.equals("job") || k.equals("job_ad") ? DocumentKind.JOB_AD : DocumentKind.AD;
        postedAt = time(firstText(line, "posted_at", meta.path("posted_at").asText(null), null));
        cityField = firstText(line, "city", meta.path("city").asText(null), null);
        url = firstText(line, "url", meta.path("url").asText(null), null);
      }
      case "http-response", "warc-resource", "warc-conversion" -> {
        externalId = item.source() != null && !item.source().isBlank() ? item.source() : item.id();
        kind = DocumentKind.PAGE;
        postedAt = time(item.capturedAt());
        url = item.source();
      }
      case "html" -> {
        externalId = item.id();
        kind = DocumentKind.PAGE;
      }
      default -> {
        externalId = item.id();
        kind = DocumentKind.FILE;
      }
    }
    if (externalId.length() > 500) {
      externalId = item.id();
    }
    if (url != null && url.length() > 4000) {
      url = null;
    }
    List<ImageRef> images = new ArrayList<>();
    List<String> imageHashes = new ArrayList<>();
    for (Item img : evidence.images(item.id())) {
      if (imageHashes.contains(img.sha256())) {
        continue;
      }
      images.add(new ImageRef(img.sha256()));
      imageHashes.add(img.sha256());
    }
    String city = place(cityField, selectors);
    IndicatorScores s = IndicatorScores.of(indicators);
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("sex_trafficking", s.sexTrafficking().score());
    scores.put("forced_labour", (double) s.forcedLabour().count());
    DocumentInput input = new DocumentInput(externalId, kind, text, row.language(), postedAt, city, url, item.sha256(),
        images, selectors, indicators, scores);
    AdRecord record = new AdRecord(externalId, text, postedAt, cityField, selectors, imageHashes);
    return new PipelineDocument(item.id(), item.source(), input, record);
  }

  private List<Indicator> indicators(DerivedRow row, String text) {
    List<Indicator> out = new ArrayList<>();
    for (DerivedRow.RowIndicator i : row.indicators()) {
      IndicatorDefinition d = definitions.get(i.code());
      if (d == null) {
        warnings.accept("item " + row.itemId() + ": indicator " + i.code() + " is not in this version's lexicon; not stored");
        continue;
      }
      if (i.start() < 0 || i.end() < i.start() || i.end() > text.length()) {
        continue;
      }
      out.add(new Indicator(d, i.evidence(), new Span(i.start(), i.end())));
    }
    return out;
  }

  private String place(String cityField, List<Selector> selectors) {
    if (cityField != null && !cityField.isBlank()) {
      var p = gazetteer.lookup(cityField.strip());
      if (p.isPresent()) {
        return p.map(Place::canonical).get();
      }
    }
    for (Selector s : selectors) {
      if (s.type() == SelectorType.LOCATION) {
        return s.value();
      }
    }
    return cityField == null || cityField.isBlank() ? null : cityField.strip();
  }

  private static String firstText(ObjectNode line, String field, String fallback, String otherwise) {
    if (line != null) {
      JsonNode v = line.get(field);
      if (v != null && v.isTextual() && !v.textValue().isBlank()) {
        return v.textValue();
      }
      if (v != null && v.isIntegralNumber()) {
        return v.bigIntegerValue().toString();
      }
    }
    return fallback != null && !fallback.isBlank() ? fallback : otherwise;
  }

  /** ISO-8601 with offset; without one, or a bare date, read as UTC (as {@code threadline cluster} does). */
  static Instant time(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      // zone-less forms below
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // a date
    }
    try {
      return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
