package ca.threadline.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * "Which documents of this case have selector X / image Y / belong to network N": answered from
 * the Lucene index, which holds exactly these as terms, instead of from database indexes that the
 * embedded H2 would rewrite on every bulk commit (see the schema's notes). Callers check access
 * first (these methods are used inside {@code Guard} work); results are database document ids,
 * ascending, for the repositories to read by primary key.
 */
public final class IndexLookup {
  private static final int MEMO_ENTRIES = 256;
  private final TextIndex index;
  /**
   * Case-wide aggregations (top selectors, networks by size: the case page's two full-case facet
   * counts, most of its cost) remembered for the index reader they were computed on. Invariant:
   * an entry is only ever served with the reader's own facet state, so a refreshed index (new
   * documents, new links) is never answered from an older one; notes and tags are not indexed
   * and leave it valid. Access checks are not cached: callers run these inside {@code Guard} work.
   */
  private volatile Memo memo;

  private record Memo(TextIndex.FacetStates states, ConcurrentHashMap<String, List<FacetCount>> values) {}

  public IndexLookup(TextIndex index) {
    this.index = index;
  }

  public static Query selectorTerm(String selectorKey) {
    return new TermQuery(new Term(IndexFields.SELECTOR, selectorKey));
  }

  public static Query networkTerm(String networkKey) {
    return new TermQuery(new Term(IndexFields.NETWORK_KEY, networkKey));
  }

  public long[] withSelector(long caseId, String selectorKey) {
    return ids(caseId, new TermQuery(new Term(IndexFields.SELECTOR, selectorKey)));
  }

  public long[] withImage(long caseId, String sha256) {
    return ids(caseId, new TermQuery(new Term(IndexFields.IMAGE, sha256)));
  }

  public long[] inNetwork(long caseId, String networkKey) {
    return ids(caseId, new TermQuery(new Term(IndexFields.NETWORK_KEY, networkKey)));
  }

  /** Summarises the documents with a selector; see {@link #summarise}. */
  public DocumentSet withSelectorSummary(long caseId, String selectorKey, int newest, int top, String unit) {
    return summarise(caseId, new TermQuery(new Term(IndexFields.SELECTOR, selectorKey)), newest, top, unit);
  }

  /** Summarises the documents of a network; see {@link #summarise}. */
  public DocumentSet inNetworkSummary(long caseId, String networkKey, int newest, int top, String unit) {
    return summarise(caseId, new TermQuery(new Term(IndexFields.NETWORK_KEY, networkKey)), newest, top, unit);
  }

  /** Summarises the documents of the case (a timeline of the whole case, say). */
  public DocumentSet caseSummary(long caseId, int newest, int top, String unit) {
    return summarise(caseId, null, newest, top, unit);
  }

  /**
   * One pass over the matching documents: the {@code newest} most recently posted, the top
   * {@code top} values of each summary facet, and the timeline by {@code unit} (day, week or
   * month, UTC; weeks start on Monday) and city. Cost grows with the matching documents' count,
   * not with the case or the database, which is what keeps the network page of a large network fast.
   */
  public DocumentSet summarise(long caseId, Query filter, int newest, int top, String unit) {
    Timeline.check(unit);
    index.catchUpIfStale();
    return index.withSearcher(
        (searcher, state) -> {
          Query q = caseQuery(caseId, filter);
          Sort byDate = new Sort(new SortField(IndexFields.POSTED, SortField.Type.LONG, true));
          FacetsCollectorManager.FacetsResult r =
              FacetsCollectorManager.search(searcher, q, Math.max(1, newest), byDate, new FacetsCollectorManager());
          FacetsCollector fc = r.facetsCollector();
          int total = 0;
          for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
            total += m.totalHits();
          }
          StoredFields stored = searcher.storedFields();
          int n = Math.min(newest, r.topDocs().scoreDocs.length);
          long[] ids = new long[n];
          for (int i = 0; i < n; i++) {
            ids[i] = Long.parseLong(stored.document(r.topDocs().scoreDocs[i].doc).get(IndexFields.ID));
          }
          Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
          if (state.main() != null && total > 0) {
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state.main(), fc);
            for (String dim : SUMMARY_DIMENSIONS) {
              facets.put(dim, top(counts, dim, top));
            }
          }
          if (state.selectors() != null && total > 0) {
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state.selectors(), fc);
            facets.put(IndexFields.DIM_SELECTOR, top(counts, IndexFields.DIM_SELECTOR, top));
          }
          return new DocumentSet(total, ids, facets, Timeline.of(fc, unit));
        });
  }

  static final List<String> SUMMARY_DIMENSIONS = List.of(IndexFields.DIM_NETWORK,
      IndexFields.DIM_CLUSTER, IndexFields.DIM_INDICATOR, IndexFields.DIM_CITY);

  private static List<FacetCount> top(SortedSetDocValuesFacetCounts counts, String dim, int top) throws IOException {
    List<FacetCount> out = new ArrayList<>();
    FacetResult r;
    try {
      r = counts.getTopChildren(top, dim);
    } catch (IllegalArgumentException notIndexedYet) {
      return out;
    }
    if (r != null) {
      for (LabelAndValue lv : r.labelValues) {
        out.add(new FacetCount(lv.label, lv.value.intValue()));
      }
    }
    return out;
  }

  /** The database id of the first document of the network that shows an indicator (0 if none). */
  public long firstInNetworkWithIndicator(long caseId, String networkKey, String code) {
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.NETWORK_KEY, networkKey)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, IndexFields.DIM_INDICATOR, code)),
            BooleanClause.Occur.FILTER)
        .build();
    return index.withSearcher(
        (searcher, state) -> {
          var top = searcher.search(caseQuery(caseId, q), 1);
          return top.scoreDocs.length == 0 ? 0L
              : Long.parseLong(searcher.storedFields().document(top.scoreDocs[0].doc).get(IndexFields.ID));
        });
  }

  /**
   * The selectors of the case in most documents, optionally of one type ({@code phone}, ...), with
   * their document counts: facet counts, so the cost does not grow with the selectors table.
   */
  public List<FacetCount> topSelectors(long caseId, String type, int limit) {
    index.catchUpIfStale();
    return index.withSearcher(
        (searcher, state) -> memoised(state, "selectors/" + caseId + "/" + type + "/" + limit,
            () -> topSelectors(searcher, state, caseId, type, limit)));
  }

  private static List<FacetCount> topSelectors(IndexSearcher searcher, TextIndex.FacetStates state, long caseId,
      String type, int limit) throws IOException {
    if (state.selectors() == null) {
      return List.of();
    }
    FacetsCollector fc = searcher.search(caseQuery(caseId, null), new FacetsCollectorManager());
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state.selectors(), fc);
    if (type == null) {
      return top(counts, IndexFields.DIM_SELECTOR, limit);
    }
    FacetResult all;
    try {
      all = counts.getAllChildren(IndexFields.DIM_SELECTOR);
    } catch (IllegalArgumentException notIndexedYet) {
      return List.of();
    }
    if (all == null) {
      return List.of();
    }
    String prefix = type + ":";
    return Arrays.stream(all.labelValues)
        .filter(lv -> lv.label.startsWith(prefix))
        .map(lv -> new FacetCount(lv.label, lv.value.intValue()))
        .sorted(java.util.Comparator.comparingInt(FacetCount::count).reversed().thenComparing(FacetCount::value))
        .limit(limit)
        .toList();
  }

  /** Networks of the case with their document counts, largest first. */
  public List<FacetCount> networks(long caseId, int limit) {
    index.catchUpIfStale();
    return index.withSearcher(
        (searcher, state) -> memoised(state, "networks/" + caseId + "/" + limit, () -> networks(searcher, state, caseId, limit)));
  }

  private static List<FacetCount> networks(IndexSearcher searcher, TextIndex.FacetStates state, long caseId, int limit)
      throws IOException {
    List<FacetCount> out = new ArrayList<>();
    if (state.main() == null) {
      return out;
    }
    FacetsCollector fc = searcher.search(caseQuery(caseId, null), new FacetsCollectorManager());
    FacetResult r;
    try {
      r = new SortedSetDocValuesFacetCounts(state.main(), fc).getTopChildren(limit, IndexFields.DIM_NETWORK);
    } catch (IllegalArgumentException noNetworksYet) {
      return out;
    }
    if (r != null) {
      for (LabelAndValue lv : r.labelValues) {
        out.add(new FacetCount(lv.label, lv.value.intValue()));
      }
    }
    return out;
  }

  private interface Aggregation {
    List<FacetCount> compute() throws IOException;
  }

  /** The aggregation for {@code key} on the reader whose facet state is {@code states}; see {@link #memo}. */
  private List<FacetCount> memoised(TextIndex.FacetStates states, String key, Aggregation aggregation) throws IOException {
    Memo m = memo;
    if (m == null || m.states() != states) {
      m = new Memo(states, new ConcurrentHashMap<>());
      memo = m;
    }
    List<FacetCount> v = m.values().get(key);
    if (v == null) {
      v = List.copyOf(aggregation.compute());
      if (m.values().size() < MEMO_ENTRIES) {
        m.values().put(key, v);
      }
    }
    return v;
  }

  private static Query caseQuery(long caseId, Query filter) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(IndexFields.CASE, Long.toString(caseId))), BooleanClause.Occur.FILTER);
    if (filter != null) {
      b.add(filter, BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private long[] ids(long caseId, Query filter) {
    index.catchUpIfStale();
    long[] ids = index.withSearcher((searcher, state) -> searcher.search(caseQuery(caseId, filter), new IdsManager()));
    Arrays.sort(ids);
    return ids;
  }

  /** Collects the database id (doc values) of every matching document. */
  private static final class IdsManager implements CollectorManager<IdsCollector, long[]> {
    @Override
    public IdsCollector newCollector() {
      return new IdsCollector();
    }

    @Override
    public long[] reduce(java.util.Collection<IdsCollector> collectors) {
      int n = 0;
      for (IdsCollector c : collectors) {
        n += c.size;
      }
      long[] out = new long[n];
      int at = 0;
      for (IdsCollector c : collectors) {
        System.arraycopy(c.ids, 0, out, at, c.size);
        at += c.size;
      }
      return out;
    }
  }

  private static final class IdsCollector implements Collector {
    long[] ids = new long[64];
    int size;

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      NumericDocValues values = context.reader().getNumericDocValues(IndexFields.ID_VALUE);
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (values != null && values.advanceExact(doc)) {
            if (size == ids.length) {
              ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = values.longValue();
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
