package ca.threadline.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;

/**
 * "Which documents of this case have selector X / image Y / belong to network N": answered from
 * the Lucene index, which holds exactly these as terms, instead of from database indexes that the
 * embedded H2 would rewrite on every bulk commit (see the schema's notes). Callers check access
 * first (these methods are used inside {@code Guard} work); results are database document ids,
 * ascending, for the repositories to read by primary key.
 */
public final class IndexLookup {
  private final TextIndex index;

  public IndexLookup(TextIndex index) {
    this.index = index;
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

  /** Networks of the case with their document counts, largest first. */
  public List<FacetCount> networks(long caseId, int limit) {
    index.catchUpIfStale();
    return index.withSearcher(
        (searcher, state) -> {
          List<FacetCount> out = new ArrayList<>();
          if (state == null) {
            return out;
          }
          FacetsCollector fc =
              searcher.search(caseQuery(caseId, null), new FacetsCollectorManager());
          FacetResult r;
          try {
            r = new SortedSetDocValuesFacetCounts(state, fc).getTopChildren(limit, IndexFields.DIM_NETWORK);
          } catch (IllegalArgumentException noNetworksYet) {
            return out;
          }
          if (r != null) {
            for (LabelAndValue lv : r.labelValues) {
              out.add(new FacetCount(lv.label, lv.value.intValue()));
            }
          }
          return out;
        });
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
