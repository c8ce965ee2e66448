package ca.threadline.store.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene document for one stored document: how each column becomes a field. Facet
 * dimensions are SortedSet doc values (no taxonomy index to keep in step).
 */
final class IndexFields {
  static final String ID = "id";
  static final String CASE = "case";
  static final String TEXT = "text";
  static final String POSTED = "posted";
  static final String EXTERNAL_ID = "external_id";
  static final String SELECTOR = "selector";
  static final String IMAGE = "image";
  static final String NETWORK_KEY = "network_key";
  static final String ID_VALUE = "id_value";
  static final String DIM_CITY = "city";
  static final String DIM_MONTH = "month";
  static final String DIM_SELECTOR_TYPE = "selector_type";
  static final String DIM_INDICATOR = "indicator";
  static final String DIM_NETWORK = "network";
  static final String DIM_CLUSTER = "cluster";
  static final String DIM_LANGUAGE = "language";
  static final String DIM_KIND = "kind";
  /**
   * Selector keys as a facet: counts of selectors over any set of documents, from the index. Kept
   * in a doc-values field of its own so that counting the search facets does not pay for it.
   */
  static final String DIM_SELECTOR = "selector_key";
  static final String SELECTOR_FACETS_FIELD = "$selector_facets";
  /** The city as a sorted doc value, for timelines computed over the matching documents. */
  static final String CITY_VALUE = "city_value";

  /** Text indexed with offsets in the postings: the highlighter then needs no re-analysis. */
  static final FieldType TEXT_TYPE;

  static {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    TEXT_TYPE = t;
  }

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

  private IndexFields() {}

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(DIM_SELECTOR_TYPE, true);
    config.setMultiValued(DIM_INDICATOR, true);
    config.setMultiValued(DIM_SELECTOR, true);
    config.setIndexFieldName(DIM_SELECTOR, SELECTOR_FACETS_FIELD);
    return config;
  }

  static String month(Instant t) {
    return MONTH.format(t);
  }

  /** Everything the index needs of one document, as loaded from the database. */
  record Source(
      long id,
      long caseId,
      String externalId,
      String kind,
      String text,
      String language,
      Instant postedAt,
      String city,
      String network,
      String cluster,
      Collection<String> selectorKeys,
      Collection<String> imageHashes,
      Collection<String> selectorTypes,
      Collection<String> indicatorCodes) {}

  static Document toDocument(Source s) {
    Document d = new Document();
    d.add(new StringField(ID, Long.toString(s.id()), Field.Store.YES));
    d.add(new NumericDocValuesField(ID_VALUE, s.id()));
    d.add(new StringField(CASE, Long.toString(s.caseId()), Field.Store.NO));
    d.add(new StoredField(EXTERNAL_ID, s.externalId()));
    if (s.text() != null) {
      d.add(new Field(TEXT, s.text(), TEXT_TYPE));
    }
    if (s.postedAt() != null) {
      long ms = s.postedAt().toEpochMilli();
      d.add(new LongPoint(POSTED, ms));
      d.add(new NumericDocValuesField(POSTED, ms));
      d.add(new StoredField(POSTED, ms));
      d.add(new SortedSetDocValuesFacetField(DIM_MONTH, month(s.postedAt())));
    }
    facet(d, DIM_CITY, s.city());
    if (s.city() != null && !s.city().isEmpty()) {
      d.add(new SortedDocValuesField(CITY_VALUE, new BytesRef(s.city())));
    }
    facet(d, DIM_NETWORK, s.network());
    facet(d, DIM_CLUSTER, s.cluster());
    facet(d, DIM_LANGUAGE, s.language());
    facet(d, DIM_KIND, s.kind());
    if (s.network() != null) {
      d.add(new StringField(NETWORK_KEY, s.network(), Field.Store.NO));
    }
    for (String sha : new TreeSet<>(s.imageHashes())) {
      d.add(new StringField(IMAGE, sha, Field.Store.NO));
    }
    for (String key : new TreeSet<>(s.selectorKeys())) {
      d.add(new StringField(SELECTOR, key, Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField(DIM_SELECTOR, key));
    }
    for (String type : new TreeSet<>(s.selectorTypes())) {
      d.add(new SortedSetDocValuesFacetField(DIM_SELECTOR_TYPE, type));
    }
    for (String code : new TreeSet<>(s.indicatorCodes())) {
      d.add(new SortedSetDocValuesFacetField(DIM_INDICATOR, code));
    }
    return d;
  }

  private static void facet(Document d, String dim, String value) {
    if (value != null && !value.isEmpty()) {
      d.add(new SortedSetDocValuesFacetField(dim, value));
      d.add(new StoredField(dim, value));
    }
  }
}
