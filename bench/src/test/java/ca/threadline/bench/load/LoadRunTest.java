package ca.threadline.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.web.Services;
import ca.threadline.app.web.Workbench;
import ca.threadline.app.web.auth.LoginThrottle;
import ca.threadline.app.web.auth.PasswordHasher;
import ca.threadline.app.web.auth.SessionStore;
import ca.threadline.app.web.chain.ChainLookups;
import ca.threadline.app.web.geo.CityCoordinates;
import ca.threadline.app.web.image.Renditions;
import ca.threadline.app.web.view.IndicatorCatalog;
import ca.threadline.app.web.view.Pages;
import ca.threadline.bench.store.SampleCase;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.access.User;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short load run in CI: ten users with their own accounts sign in at once and browse and write
 * for five seconds (and at least fifteen steps each, however slow the machine) against a real workbench on loopback over a generated case; no request may
 * fail (no 5xx, no unexpected 4xx, no time-out) and every acknowledged note and tag must be in
 * the store with its audit entry. Latency is measured by {@code LoadBench}, never asserted here.
 */
class LoadRunTest {
  private static final long SEED = 20261129L;

  @Test
  void tenUsersBrowseAndWriteWithoutErrorsOrLostWrites(@TempDir Path home) throws Exception {
    System.out.println("LoadRunTest seed " + SEED);
    System.setProperty("java.awt.headless", "true");
    try (Store store = Store.open(StoreConfig.embedded(home))) {
      long caseId = SampleCase.fill(store, 150, SEED);
      User admin = store.users().find("bench").orElseThrow();
      // Argon2id with small parameters (the server verifies with the same hasher): CI time goes to browsing.
      PasswordHasher hasher = new PasswordHasher(1024, 1, 1);
      List<Account> accounts = LoadAccounts.ensure(store, admin, admin, caseId, 10, hasher);
      Instant since = Instant.now();
      LoadResult r;
      Clock clock = Clock.systemUTC();
      Services services = new Services(store, home, new Pages(), SessionStore.standard(clock), LoginThrottle.standard(clock), hasher,
          clock, IndicatorCatalog.standard(), CityCoordinates.standard(), new ChainLookups(home), new Renditions(), false);
      try (Workbench w = Workbench.start(services, "127.0.0.1", 0)) {
        r = LoadRun.run(new LoadRun.Options(URI.create("http://127.0.0.1:" + w.port() + "/"), accounts, 10, 5, 50, SEED, null, 15));
      }
      System.out.println(r.json());
      assertThat(r.outcomes()).as("statuses of all requests").containsOnlyKeys("200", "303");
      assertThat(r.errors()).isZero();
      assertThat(r.routes().get("sign_in").count()).isEqualTo(10);
      assertThat(r.routes()).containsKeys("search", "search_facet", "document", "selector", "network", "graph", "timeline",
          "circuit", "case", "note");
      assertThat(r.ledger().count("note")).as("notes acknowledged").isPositive();

      Set<String> names = accounts.stream().map(Account::name).collect(Collectors.toSet());
      DataLossCheck.Report check = DataLossCheck.check(store, caseId, admin, admin, names, since, r.ledger());
      System.out.println(check.json());
      assertThat(check.notesLost()).isZero();
      assertThat(check.tagsLost()).isZero();
      assertThat(check.noteAuditMismatches()).isZero();
      assertThat(check.tagAuditMissing()).isZero();
      assertThat(check.notesStored()).isEqualTo(check.notesAcknowledged());
      assertThat(check.signInsAudited()).isEqualTo(10);
    }
  }
}
