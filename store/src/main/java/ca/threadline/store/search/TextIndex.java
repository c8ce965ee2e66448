package ca.threadline.store.search;

import ca.threadline.store.StoreException;
import ca.threadline.store.db.ConnectionSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The installation's full-text index under {@code <home>/index/}: one Lucene document per stored
 * document, of every case (each carries its case id; every search filters on it).
 *
 * <p>Invariant: the last Lucene commit's user data holds {@code revision} R, and the index holds
 * every document whose database revision is at most R, as of that revision. {@link #catchUp()}
 * indexes the documents with revision above R (see {@code Writers} for why revisions commit in
 * order) and commits the new R; a crash between a database commit and an index commit therefore
 * costs only a catch-up at the next open. {@link #rebuild()} drops everything and catches up
 * from 0 through the same code, so a rebuilt index equals an incrementally maintained one.
 */
public final class TextIndex implements AutoCloseable {
  private static final String REVISION = "revision";
  private static final String FORMAT = "format";
  /**
   * Version of the analysis chain and field layout. An index written under another format is
   * rebuilt from the database on open (the database is the record; the index is derived).
   */
  static final String CURRENT_FORMAT = "2";
  private static final int CHUNK = 1000;
  private static final int COMMIT_EVERY = 50_000;

  private final ConnectionSource db;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig facetsConfig = IndexFields.facetsConfig();
  private final BilingualAnalyzer analyzer = new BilingualAnalyzer();
  private final AtomicBoolean stale = new AtomicBoolean();
  private volatile FacetState facetState;
  /** Guards building facet states, apart from the index's own monitor, which a catch-up holds long. */
  private final Object stateLock = new Object();
  private long revision;

  private record FacetState(IndexReader reader, FacetStates states) {}

  /**
   * Facet ordinals of one searcher: the search dimensions, and the selector keys (a field of
   * their own). Either is null while the index has no document with such values.
   */
  record FacetStates(SortedSetDocValuesReaderState main, SortedSetDocValuesReaderState selectors) {}

  public TextIndex(Path dir, ConnectionSource db) {
    this.db = db;
    try {
      Files.createDirectories(dir);
      this.directory = FSDirectory.open(dir);
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      // forceMergeDeletes after sealing must rewrite every segment holding a deleted document
      // (the default skips segments with under 10% deletions, leaving their stored text on disk).
      org.apache.lucene.index.TieredMergePolicy merges = new org.apache.lucene.index.TieredMergePolicy();
      merges.setForceMergeDeletesPctAllowed(0);
      config.setMergePolicy(merges);
      this.writer = new IndexWriter(directory, config);
      this.searchers = new SearcherManager(writer, null);
      Map<String, String> data = commitData();
      this.revision = CURRENT_FORMAT.equals(data.get(FORMAT)) ? Long.parseLong(data.getOrDefault(REVISION, "0")) : 0;
      if (revision == 0) {
        writer.deleteAll(); // unknown or older format: catchUp() rebuilds everything
      }
    } catch (LockObtainFailedException e) {
      throw new StoreException("the index at " + dir + " is in use by another Threadline process", e);
    } catch (IOException e) {
      throw new StoreException("cannot open the index at " + dir + ": " + e.getMessage(), e);
    }
  }

  private Map<String, String> commitData() {
    return writer.getLiveCommitData() == null ? Map.of() : toMap(writer.getLiveCommitData());
  }

  private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> entries) {
    java.util.HashMap<String, String> m = new java.util.HashMap<>();
    for (Map.Entry<String, String> e : entries) {
      m.put(e.getKey(), e.getValue());
    }
    return m;
  }

  /** The highest database revision the committed index holds. */
  public synchronized long revision() {
    return revision;
  }

  /**
   * Notes that this process committed indexed data. Catching up is deferred to the next search
   * (or {@link #catchUpIfStale()}), so that an import followed by linking indexes each document
   * once, not once per step.
   */
  public void markStale() {
    stale.set(true);
  }

  /** Catches up if this process wrote since the last catch-up; returns how many documents it indexed. */
  public int catchUpIfStale() {
    if (!stale.getAndSet(false)) {
      return 0;
    }
    try {
      return catchUp();
    } catch (RuntimeException e) {
      stale.set(true);
      throw e;
    }
  }

  /** Indexes every document changed since the index's revision; returns how many. */
  public synchronized int catchUp() {
    List<long[]> changed = db.withConnection(c -> IndexLoader.changedSince(c, revision));
    if (changed.isEmpty()) {
      return 0;
    }
    try {
      int sinceCommit = 0;
      for (int from = 0; from < changed.size(); from += CHUNK) {
        List<long[]> chunk = changed.subList(from, Math.min(changed.size(), from + CHUNK));
        List<Long> ids = new ArrayList<>(chunk.size());
        for (long[] idRev : chunk) {
          ids.add(idRev[0]);
        }
        IndexLoader.Loaded loaded = db.withConnection(c -> IndexLoader.load(c, ids));
        for (IndexFields.Source s : loaded.sources()) {
          Document doc = facetsConfig.build(IndexFields.toDocument(s));
          writer.updateDocument(new Term(IndexFields.ID, Long.toString(s.id())), doc);
        }
        sinceCommit += chunk.size();
        boolean last = from + CHUNK >= changed.size();
        if (last) {
          commit(changed.get(changed.size() - 1)[1]);
        } else if (sinceCommit >= COMMIT_EVERY) {
          // Everything below the next chunk's first revision is complete.
          commit(changed.get(from + CHUNK)[1] - 1);
          sinceCommit = 0;
        }
      }
      searchers.maybeRefreshBlocking();
      return changed.size();
    } catch (IOException e) {
      throw new UncheckedIOException("index update failed", e);
    }
  }

  private void commit(long upTo) throws IOException {
    long target = Math.max(revision, upTo);
    writer.setLiveCommitData(Map.of(REVISION, Long.toString(target), FORMAT, CURRENT_FORMAT).entrySet());
    writer.commit();
    revision = target;
  }

  /**
   * Catches up, then rewrites the segments that hold deleted documents and commits: after fields
   * were sealed, the text the index had stored for those documents is gone from the index files,
   * not merely marked deleted (Lucene keeps a deleted document's stored fields until a merge).
   */
  public synchronized void catchUpAndExpunge() {
    catchUp();
    try {
      writer.forceMergeDeletes(true);
      commit(revision);
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("index purge after sealing failed", e);
    }
  }

  /** Drops the index and rebuilds it from the database. */
  public synchronized int rebuild() {
    try {
      writer.deleteAll();
      revision = 0;
      commit(0);
      int n = catchUp();
      searchers.maybeRefreshBlocking();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException("index rebuild failed", e);
    }
  }

  /** Runs a search on the current searcher, with the facet state that matches it. */
  <T> T withSearcher(SearchWork<T> work) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return work.run(s, facetState(s.getIndexReader()));
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  interface SearchWork<T> {
    T run(IndexSearcher searcher, FacetStates facets) throws IOException;
  }

  private FacetStates facetState(IndexReader reader) throws IOException {
    FacetState current = facetState;
    if (current != null && current.reader() == reader) {
      return current.states();
    }
    synchronized (stateLock) {
      current = facetState;
      if (current != null && current.reader() == reader) {
        return current.states();
      }
      FacetStates states = new FacetStates(
          state(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME), state(reader, IndexFields.SELECTOR_FACETS_FIELD));
      facetState = new FacetState(reader, states);
      return states;
    }
  }

  private SortedSetDocValuesReaderState state(IndexReader reader, String field) throws IOException {
    try {
      return new DefaultSortedSetDocValuesReaderState(reader, field, facetsConfig);
    } catch (IllegalArgumentException noFacetsYet) {
      return null;
    }
  }

  FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  BilingualAnalyzer analyzer() {
    return analyzer;
  }

  @Override
  public synchronized void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the index failed", e);
    }
  }
}
