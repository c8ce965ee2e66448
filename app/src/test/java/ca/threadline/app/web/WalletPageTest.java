package ca.threadline.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.cli.Cli;
import ca.threadline.app.web.auth.PasswordHasher;
import ca.threadline.app.web.view.Fmt;
import ca.threadline.core.selector.Selector;
import ca.threadline.extract.Extraction;
import ca.threadline.extract.StandardExtractor;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.access.User;
import ca.threadline.store.document.DocumentInput;
import ca.threadline.store.document.DocumentKind;
import ca.threadline.store.ingest.IngestRun;
import ca.threadline.testkit.chain.ChainGenerator;
import ca.threadline.testkit.chain.GroundTruth;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crypto look-ups on the selector and wallet pages, with the chain engine holding a generated
 * chain (testkit ChainGenerator, imported, tagged and clustered through the CLI) and a case whose
 * ad asks for payment to one of its addresses; checked against the chain's ground truth.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WalletPageTest {
  @TempDir static Path tmp;
  Store store;
  Workbench server;
  GroundTruth truth;
  String address;
  long caseId;
  WebClient client;

  static void cli(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.run(args, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), err);
    assertThat(code).as(String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8)).isZero();
  }

  @BeforeAll
  void start() throws IOException {
    System.setProperty("java.awt.headless", "true");
    Path home = tmp.resolve("home");
    ChainGenerator.Result gen = ChainGenerator.generate(
        new ChainGenerator.Config(11, 90, 25, 50, "mainnet", false, false, 0, 0, false, 134_217_728L, true), tmp.resolve("gen"));
    truth = gen.truth();
    cli("chain", "import", "--blocks", gen.blocksDir().toString(), "--home", home.toString());
    cli("chain", "tags", "import", gen.truthDir().resolve("tagpack.yaml").toString(), "--home", home.toString());
    cli("chain", "cluster", "--home", home.toString());
    GroundTruth.Fact sweep = truth.facts("sweep").get(0);
    address = ((List<?>) sweep.values().get("invoices")).get(0).toString();

    store = Store.open(StoreConfig.embedded(home));
    User admin = store.users().bootstrapAdmin("admin", "Admin", new PasswordHasher(1024, 1, 1).hash(CaseFixture.PASSWORD));
    caseId = store.cases().create(admin, "Operation Monnaie", null).id();
    String text = "Deposit first: send 0.002 BTC to " + address + " then text 514-555-0163";
    Extraction x = StandardExtractor.create().extract(text);
    assertThat(x.selectors()).extracting(Selector::key).contains("btc:" + address);
    IngestRun run = store.ingest().begin(admin, caseId, "wallet test");
    store.ingest().store(admin, run, List.of(new DocumentInput("pay-1", DocumentKind.AD, text, "en",
        Instant.parse("2026-02-01T10:00:00Z"), "Laval, QC", null, null, List.of(), x.selectors(), x.indicators(), Map.of())));
    store.flushIndex();
    server = Workbench.start(Workbench.services(store, home, Clock.systemUTC(), false), "127.0.0.1", 0);
    client = new WebClient(server.port());
    assertThat(client.signIn("admin", CaseFixture.PASSWORD).statusCode()).isEqualTo(303);
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void selectorPageShowsTheChainsViewOfTheAddress() {
    String page = client.get("/cases/" + caseId + "/selector?key=" + WebClient.enc("btc:" + address)).body();
    assertThat(page).contains("id=\"chain-facts\"").contains(Fmt.btc(truth.balance(address)))
        .contains(Fmt.btc(truth.received(address))).contains("id=\"exposure\"");
    assertThat(page).contains("/wallet?address=" + WebClient.enc(address));
  }

  @Test
  void walletPageDrawsWhereTheMoneyWent() throws IOException {
    assertThat(client.get("/cases/" + caseId + "/wallet?address=" + WebClient.enc(address)).body()).contains("id=\"flow-graph\"");
    JsonNode flows = Json.mapper().readTree(
        client.get("/cases/" + caseId + "/api/wallet/flows?address=" + WebClient.enc(address)).body());
    assertThat(flows.get("chain").asBoolean()).isTrue();
    assertThat(flows.get("nodes").size()).isGreaterThan(1);
    assertThat(flows.get("edges").size()).isGreaterThan(0);
    // The invoice was swept to an exchange, which the TagPack names: the flow reaches a tagged cluster.
    assertThat(flows.get("nodes").toString()).contains("\"kind\":\"tagged\"");
    // Only addresses of the case can be looked up (need to know).
    assertThat(client.get("/cases/" + caseId + "/wallet?address=1BoatSLRHtKNngkdXEeobR76b53LETtpyT").statusCode()).isEqualTo(404);
    assertThat(client.get("/cases/" + caseId + "/api/wallet/flows?address=1BoatSLRHtKNngkdXEeobR76b53LETtpyT").statusCode())
        .isEqualTo(404);
  }
}
