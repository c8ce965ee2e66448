package ca.threadline.store.search;

import ca.threadline.core.selector.SelectorType;
import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import ca.threadline.store.access.Guard;
import ca.threadline.store.access.User;
import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Full-text search with facets and highlighted snippets, inside one case, for a member of it. */
public final class DocumentSearch {
  static final List<String> DIMENSIONS =
      List.of(IndexFields.DIM_CITY, IndexFields.DIM_MONTH, IndexFields.DIM_SELECTOR_TYPE, IndexFields.DIM_INDICATOR,
          IndexFields.DIM_NETWORK, IndexFields.DIM_CLUSTER, IndexFields.DIM_LANGUAGE, IndexFields.DIM_KIND);
  private static final int FACET_TOP = 30;
  private static final int SNIPPETS = 2;
  private static final int SNIPPET_CHARS = 160;

  private final Guard guard;
  private final TextIndex index;

  public DocumentSearch(Guard guard, TextIndex index) {
    this.guard = guard;
    this.index = index;
  }

  public SearchResults search(User actor, long caseId, SearchRequest request) {
    index.catchUpIfStale();
    return guard.read(actor, caseId, "search", EntityRef.of(EntityType.SEARCH, "documents"),
        describe(request), c -> run(caseId, request));
  }

  private SearchResults run(long caseId, SearchRequest r) {
    Query text = textQuery(r.query());
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text, BooleanClause.Occur.MUST);
    b.add(new TermQuery(new Term(IndexFields.CASE, Long.toString(caseId))), BooleanClause.Occur.FILTER);
    if (r.from() != null || r.to() != null) {
      long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochMilli();
      long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochMilli() - 1;
      b.add(LongPoint.newRangeQuery(IndexFields.POSTED, lo, hi), BooleanClause.Occur.FILTER);
    }
    if (r.selector() != null) {
      b.add(new TermQuery(new Term(IndexFields.SELECTOR, r.selector())), BooleanClause.Occur.FILTER);
    }
    DrillDownQuery q = new DrillDownQuery(index.facetsConfig(), b.build());
    r.cities().forEach(v -> q.add(IndexFields.DIM_CITY, v));
    r.selectorTypes().forEach(v -> q.add(IndexFields.DIM_SELECTOR_TYPE, v.wireName()));
    r.indicatorCodes().forEach(v -> q.add(IndexFields.DIM_INDICATOR, v));
    r.networks().forEach(v -> q.add(IndexFields.DIM_NETWORK, v));
    return index.withSearcher((searcher, states) -> execute(searcher, states.main(), q, text, r));
  }

  private SearchResults execute(
      IndexSearcher searcher, SortedSetDocValuesReaderState state, Query q, Query text, SearchRequest r)
      throws IOException {
    int n = Math.max(1, r.offset() + r.limit());
    Sort sort = r.sortByDate() ? new Sort(new SortField(IndexFields.POSTED, SortField.Type.LONG, true)) : null;
    FacetsCollectorManager.FacetsResult result =
        sort == null
            ? FacetsCollectorManager.search(searcher, q, n, new FacetsCollectorManager())
            : FacetsCollectorManager.search(searcher, q, n, sort, new FacetsCollectorManager());
    FacetsCollector fc = result.facetsCollector();
    long total = 0;
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      total += m.totalHits();
    }
    TopDocs top = result.topDocs();
    ScoreDoc[] page = top.scoreDocs.length <= r.offset()
        ? new ScoreDoc[0]
        : java.util.Arrays.copyOfRange(top.scoreDocs, r.offset(), Math.min(top.scoreDocs.length, r.offset() + r.limit()));
    return new SearchResults(total, hits(searcher, text, page), facets(state, fc));
  }

  private List<SearchHit> hits(IndexSearcher searcher, Query text, ScoreDoc[] page) throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    Object[] snippets = new SnippetHighlighter(searcher).snippets(text, docIds);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> out = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      var d = stored.document(page[i].doc);
      Number posted = d.getField(IndexFields.POSTED) == null ? null : d.getField(IndexFields.POSTED).numericValue();
      @SuppressWarnings("unchecked")
      List<Snippet> s = snippets[i] == null ? List.of() : (List<Snippet>) snippets[i];
      out.add(
          new SearchHit(
              Long.parseLong(d.get(IndexFields.ID)),
              d.get(IndexFields.EXTERNAL_ID),
              Float.isNaN(page[i].score) ? 0f : page[i].score,
              posted == null ? null : Instant.ofEpochMilli(posted.longValue()),
              d.get(IndexFields.DIM_CITY),
              d.get(IndexFields.DIM_NETWORK),
              d.get(IndexFields.DIM_KIND),
              s));
    }
    return out;
  }

  private Query textQuery(String query) {
    if (query == null || query.isBlank()) {
      return MatchAllDocsQuery.INSTANCE;
    }
    QueryParser parser = new QueryParser(IndexFields.TEXT, index.analyzer());
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    try {
      return parser.parse(query);
    } catch (ParseException | IllegalArgumentException e) {
      // Not valid query syntax (a stray quote or bracket): search for the words as typed.
      try {
        return parser.parse(QueryParser.escape(query));
      } catch (ParseException e2) {
        return MatchAllDocsQuery.INSTANCE;
      }
    }
  }

  private static Map<String, List<FacetCount>> facets(SortedSetDocValuesReaderState state, FacetsCollector fc)
      throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    if (state == null) {
      return out;
    }
    Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
    for (String dim : DIMENSIONS) {
      FacetResult fr;
      try {
        fr = facets.getTopChildren(FACET_TOP, dim);
      } catch (IllegalArgumentException dimensionNotIndexedYet) {
        fr = null;
      }
      List<FacetCount> counts = new ArrayList<>();
      if (fr != null) {
        for (LabelAndValue lv : fr.labelValues) {
          counts.add(new FacetCount(lv.label, lv.value.intValue()));
        }
      }
      out.put(dim, counts);
    }
    return out;
  }

  private static String describe(SearchRequest r) {
    StringBuilder b = new StringBuilder("q=").append(r.query() == null ? "" : r.query());
    if (!r.cities().isEmpty()) b.append(" city=").append(r.cities());
    if (r.from() != null || r.to() != null) b.append(" dates=").append(r.from()).append("..").append(r.to());
    if (!r.selectorTypes().isEmpty()) b.append(" types=").append(r.selectorTypes().stream().map(SelectorType::wireName).toList());
    if (!r.indicatorCodes().isEmpty()) b.append(" indicators=").append(r.indicatorCodes());
    if (!r.networks().isEmpty()) b.append(" networks=").append(r.networks());
    if (r.selector() != null) b.append(" selector=").append(r.selector());
    return b.toString();
  }

  /** A highlighter whose passages come out as {@link Snippet} lists. */
  private static final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(IndexSearcher searcher) {
      super(
          UnifiedHighlighter.builder(searcher, new BilingualAnalyzer())
              .withFormatter(new SnippetFormatter())
              .withMaxNoHighlightPassages(1)
              .withBreakIterator(
                  () -> LengthGoalBreakIterator.createClosestToLength(
                      BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f)));
    }

    Object[] snippets(Query query, int[] docIds) throws IOException {
      Map<String, Object[]> m =
          highlightFieldsAsObjects(new String[] {IndexFields.TEXT}, query, docIds, new int[] {SNIPPETS});
      return m.get(IndexFields.TEXT);
    }
  }
}
