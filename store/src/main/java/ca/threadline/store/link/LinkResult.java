package ca.threadline.store.link;

/** How much of a {@link LinkUpdate} differed from the store (all zero: nothing was written). */
public record LinkResult(
    int assignmentsChanged, int clustersChanged, int networksChanged, int circuitsChanged, int networksRemoved,
    int unknownDocuments) {
  public boolean nothingChanged() {
    return assignmentsChanged + clustersChanged + networksChanged + circuitsChanged + networksRemoved == 0;
  }
}
