package ca.threadline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import ca.threadline.store.audit.AuditEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refusals under concurrency. A refusal is audited on a connection of its own (it must outlive
 * the refused unit of work's rollback); it used to take that connection while still holding the
 * refused one, so as many simultaneous refusals as the pool has connections each held one and
 * waited for another: every request of every user then stalled for the pool's 60 s wait and
 * failed. A signed-in user probing cases they are not in could freeze the workbench that way.
 */
class GuardConcurrencyTest {

  @Test
  void simultaneousRefusalsDoNotExhaustThePool(@TempDir Path home) {
    StoreConfig config = new StoreConfig(home, null, null, null, 2, Clock.systemUTC());
    try (Store store = Store.open(config)) {
      User admin = store.users().bootstrapAdmin("admin", "Admin", null);
      long caseId = store.cases().create(admin, "Case", null).id();
      User outsider = store.users().create(admin, "outsider", "Outsider", Role.INVESTIGATOR, null);
      User member = store.users().create(admin, "member", "Member", Role.INVESTIGATOR, null);
      store.cases().addMember(admin, caseId, member.id(), Role.INVESTIGATOR);
      int threads = 16;
      int each = 25;
      AtomicInteger refused = new AtomicInteger();
      assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
          List<Future<?>> all = new ArrayList<>();
          for (int t = 0; t < threads; t++) {
            int n = t;
            all.add(pool.submit(() -> {
              for (int i = 0; i < each; i++) {
                // Reads refused, writes refused inside their transaction, and members working meanwhile.
                if (n % 4 == 3) {
                  store.notes().addNote(member, caseId, ca.threadline.store.access.EntityRef.of(
                      ca.threadline.store.access.EntityType.CASE, Long.toString(caseId)), "note " + n + "-" + i);
                  continue;
                }
                assertThatThrownBy(() -> {
                  if (n % 2 == 0) {
                    store.cases().get(outsider, caseId);
                  } else {
                    store.notes().tag(outsider, caseId, ca.threadline.store.access.EntityRef.of(
                        ca.threadline.store.access.EntityType.CASE, Long.toString(caseId)), "x");
                  }
                }).isInstanceOf(AccessDeniedException.class);
                refused.incrementAndGet();
              }
              return null;
            }));
          }
          for (Future<?> f : all) {
            f.get();
          }
        }
      });
      assertThat(refused.get()).isEqualTo(12 * each);
      List<AuditEntry> log = store.audit().all(admin, 0, 1000);
      assertThat(log.stream().filter(e -> e.outcome().equals("denied") && e.userName().equals("outsider")).count())
          .isEqualTo(12L * each);
      assertThat(store.notes().notes(member, caseId, null)).hasSize(4 * each);
    }
  }
}
