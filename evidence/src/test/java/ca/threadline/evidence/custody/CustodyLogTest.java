package ca.threadline.evidence.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.Problem;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.evidence.testing.EvidenceFixture;
import ca.threadline.evidence.testing.LocalTsa;
import ca.threadline.evidence.timestamp.TimestampCheck;
import ca.threadline.evidence.timestamp.TsaClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustodyLogTest {
  @TempDir Path dir;

  private void acts(EvidenceFixture f, int n) throws Exception {
    try (EvidenceStore s = f.open()) {
      for (int i = 0; i < n; i++) {
        s.recordAct("note", new CaseName("C1"), Json.object().put("n", i), "tester");
      }
    }
  }

  @Test
  void everyCommitIsASignedCheckpointOverTheRebuiltTree() throws Exception {
    EvidenceFixture f = new EvidenceFixture(dir);
    acts(f, 5);
    LogState s = LogReader.read(f.home);
    assertThat(s.problems()).isEmpty();
    assertThat(s.entries()).hasSize(5);
    assertThat(s.checkpoints()).hasSize(5);
    for (int i = 0; i < 5; i++) {
      Checkpoint cp = s.checkpoints().get(i);
      assertThat(cp.size()).isEqualTo(i + 1);
      assertThat(cp.root()).isEqualTo(s.tree().root(i + 1));
      assertThat(s.key().verify(cp.signedText(), cp.signature())).isTrue();
      assertThat(s.entries().get(i).get("seq").longValue()).isEqualTo(i);
    }
    // Reopening appends after what is there.
    acts(f, 2);
    assertThat(LogReader.read(f.home).entries()).hasSize(7);
  }

  @Test
  void checkpointsAreTimestampedByTheConfiguredAuthorityAndVerify() throws Exception {
    try (LocalTsa tsa = LocalTsa.start()) {
      EvidenceFixture f = new EvidenceFixture(dir);
      f.timestamper = new TsaClient(tsa.url());
      acts(f, 3);
      LogState s = LogReader.read(f.home);
      assertThat(tsa.requests()).isEqualTo(3);
      TimestampCheck check = new TimestampCheck(List.of(tsa.ca()));
      for (Checkpoint cp : s.checkpoints()) {
        assertThat(cp.tsr()).isNotNull();
        TimestampCheck.Result r = check.check(cp.tsr(), cp.signedText());
        assertThat(r.problem()).isNull();
        assertThat(r.anchored()).isTrue();
        // The token is for these bytes only.
        assertThat(check.check(cp.tsr(), "other".getBytes(StandardCharsets.US_ASCII)).problem()).contains("imprint");
      }
      // A token from an authority the installation does not trust is refused.
      try (LocalTsa other = LocalTsa.start()) {
        assertThat(new TimestampCheck(List.of(other.ca())).check(s.checkpoints().get(0).tsr(), s.checkpoints().get(0).signedText()).problem()).contains("not a trusted");
      }
      // An authority that fails does not stop the commit; the checkpoint records why.
      tsa.failing(true);
      acts(f, 1);
      Checkpoint last = LogReader.read(f.home).latestCheckpoint();
      assertThat(last.tsr()).isNull();
      assertThat(last.tsaError()).contains("503");
      assertThat(f.messages).anyMatch(m -> m.contains("not time-stamped"));
    }
  }

  @Test
  void anInterruptedActIsRolledBackAndRecorded() throws Exception {
    EvidenceFixture f = new EvidenceFixture(dir);
    acts(f, 2);
    LogState before = LogReader.read(f.home);
    // Simulate a crash after the pending HEAD and a partial append: a torn line and a stray blob.
    Head pending = before.head().pending(true, before.head().time());
    InstallationKey key = InstallationKey.loadOrCreate(f.home.keys());
    Files.write(f.home.head(), pending.signedWith(key).toBytes());
    Files.write(f.home.log(), "{\"act\":\"half-writ".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
    Path stray = f.home.blobs().resolve("ab/cd/abcd" + "0".repeat(60));
    Files.createDirectories(stray.getParent());
    Files.writeString(stray, "orphan");
    LogState interrupted = LogReader.read(f.home);
    assertThat(interrupted.problems()).isEmpty();
    assertThat(interrupted.notes()).anyMatch(n -> n.contains("interrupted"));
    assertThat(f.verify().problems()).isEmpty();
    // The next writer rolls back and records a recovery act.
    acts(f, 1);
    LogState after = LogReader.read(f.home);
    assertThat(after.problems()).isEmpty();
    assertThat(after.entries()).hasSize(4);
    assertThat(after.entries().get(2).get("act").asText()).isEqualTo("recovery");
    assertThat(Files.exists(stray)).isFalse();
    assertThat(after.entries().get(2).path("rolled_back").path("files").get(0).path("path").asText()).isEqualTo(f.home.relative(stray));
    assertThat(f.verify().problems()).isEmpty();
  }

  @Test
  void entriesAppendedWithoutACommitAreReportedAsAdded() throws Exception {
    EvidenceFixture f = new EvidenceFixture(dir);
    acts(f, 2);
    Files.write(f.home.log(), "{\"seq\":2,\"act\":\"forged\"}\n".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
    List<Problem> p = f.verify().problems();
    assertThat(p).extracting(Problem::problem).contains("added");
    // And nothing may be chained onto it.
    assertThatThrownBy(f::open).isInstanceOf(CustodyWriter.CustodyDamagedException.class);
  }

  @Test
  void reorderedOrAlteredEntriesAreReported() throws Exception {
    EvidenceFixture f = new EvidenceFixture(dir);
    acts(f, 4);
    List<String> lines = Files.readAllLines(f.home.log());
    Path copy = dir.resolve("copy");
    // swap entries 1 and 2
    String l1 = lines.get(1);
    lines.set(1, lines.get(2));
    lines.set(2, l1);
    Files.write(f.home.log(), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    List<Problem> p = f.verify().problems();
    assertThat(p).extracting(Problem::problem).contains("log_entry_out_of_order", "log_root_mismatch");
    assertThat(p).filteredOn(x -> x.problem().equals("log_entry_out_of_order")).extracting(Problem::entry).contains(1L, 2L);
    assertThat(copy).doesNotExist();
  }
}
