package ca.threadline.store.ingest;

import java.util.List;

/**
 * What one {@code Ingest.store} call did.
 *
 * @param newSelectors selector keys ({@code type:value}) the case had never seen before
 * @param existingSelectors selectors the case knew before this run, hit again by new material
 */
public record IngestResult(
    int added,
    int changed,
    int unchanged,
    List<StoredRef> documents,
    List<String> newSelectors,
    List<SelectorHit> existingSelectors) {
  public IngestResult {
    documents = List.copyOf(documents);
    newSelectors = List.copyOf(newSelectors);
    existingSelectors = List.copyOf(existingSelectors);
  }

  /** True when the call wrote no document (a re-run of material already stored). */
  public boolean nothingChanged() {
    return added == 0 && changed == 0;
  }
}
