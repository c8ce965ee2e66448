package ca.threadline.store;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import ca.threadline.store.document.DocumentInput;
import ca.threadline.store.ingest.IngestRun;
import ca.threadline.store.link.LinkUpdate;
import ca.threadline.store.link.NetworkRepository.NetworkSize;
import ca.threadline.store.selector.SelectorCount;
import ca.threadline.store.testing.SyntheticCase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case page's aggregations (top selectors, networks by size) are remembered per index reader:
 * asked again they answer the same, after new documents and links they answer the new counts
 * (never an older reader's), each case its own, and every call is still checked and audited.
 */
class CaseAggregatesTest {
  private static final long SEED = 8_120_551L;

  @Test
  void rememberedPerReaderAndRecomputedAfterChanges(@TempDir Path home) {
    try (Store store = Store.open(StoreConfig.embedded(home))) {
      User admin = store.users().bootstrapAdmin("admin", "Admin", null);
      long a = store.cases().create(admin, "A", null).id();
      long b = store.cases().create(admin, "B", null).id();
      User outsider = store.users().create(admin, "outsider", "Outsider", Role.INVESTIGATOR, null);
      SyntheticCase gen = new SyntheticCase(SEED, 6);
      add(store, admin, a, gen, gen.next(60));

      List<SelectorCount> top1 = store.selectors().top(admin, a, null, 40);
      List<NetworkSize> nets1 = store.networks().list(admin, a, 50);
      assertThat(top1).isNotEmpty();
      assertThat(nets1).isNotEmpty();
      assertThat(store.selectors().top(admin, a, null, 40)).isEqualTo(top1);
      assertThat(store.networks().list(admin, a, 50)).isEqualTo(nets1);
      assertThat(store.selectors().top(admin, b, null, 40)).as("another case").isEmpty();
      assertThat(store.networks().list(admin, b, 50)).as("another case").isEmpty();

      // Notes change nothing indexed: the same answer.
      store.notes().addNote(admin, a, ca.threadline.store.access.EntityRef.of(ca.threadline.store.access.EntityType.CASE,
          Long.toString(a)), "checked");
      assertThat(store.selectors().top(admin, a, null, 40)).isEqualTo(top1);

      // Sixty more documents of the same operators: every count grows.
      add(store, admin, a, gen, gen.next(60));
      List<SelectorCount> top2 = store.selectors().top(admin, a, null, 40);
      List<NetworkSize> nets2 = store.networks().list(admin, a, 50);
      int total1 = nets1.stream().mapToInt(NetworkSize::documents).sum();
      int total2 = nets2.stream().mapToInt(NetworkSize::documents).sum();
      assertThat(total2).isGreaterThan(total1);
      assertThat(top2.stream().mapToInt(SelectorCount::documents).sum())
          .isGreaterThan(top1.stream().mapToInt(SelectorCount::documents).sum());
      // The same documents in case B: B gets its own counts.
      assertThat(store.networks().list(admin, b, 50)).isEmpty();

      org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.selectors().top(outsider, a, null, 40))
          .isInstanceOf(AccessDeniedException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.networks().list(outsider, a, 50))
          .isInstanceOf(AccessDeniedException.class);
    }
  }

  private static void add(Store store, User admin, long caseId, SyntheticCase gen, List<DocumentInput> docs) {
    IngestRun run = store.ingest().begin(admin, caseId, "test");
    store.ingest().store(admin, run, docs);
    store.ingest().finish(admin, run);
    store.links().apply(admin, caseId, new LinkUpdate(gen.assignments(docs), null, null, null, null));
    store.flushIndex();
  }
}
