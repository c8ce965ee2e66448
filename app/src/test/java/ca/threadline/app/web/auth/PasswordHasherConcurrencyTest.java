package ca.threadline.app.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many sign-ins at once (the load run's fifty users): hashes are computed at most
 * {@code maxConcurrent} at a time and off the callers' virtual threads, so they neither take
 * every carrier thread from the other requests nor need fifty Argon2id memory blocks at once.
 */
class PasswordHasherConcurrencyTest {

  @Test
  void concurrentVerificationsFromVirtualThreadsAreBoundedAndCorrect() throws Exception {
    PasswordHasher hasher = new PasswordHasher(1024, 1, 1, 2);
    String good = hasher.hash("correct horse battery");
    List<Future<Boolean>> results = new ArrayList<>();
    try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 40; i++) {
        String pw = i % 3 == 0 ? "wrong password " + i : "correct horse battery";
        results.add(users.submit(() -> hasher.verify(pw, good) == pw.equals("correct horse battery")));
      }
    }
    for (Future<Boolean> r : results) {
      assertThat(r.get()).isTrue();
    }
    assertThat(hasher.peakConcurrency()).isBetween(1, 2);
  }

  @Test
  void hashesRunOnTheHashersOwnPlatformThreads() throws Exception {
    PasswordHasher hasher = new PasswordHasher(1024, 1, 1, 1);
    try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<String> h = users.submit(() -> hasher.hash("a virtual thread's password"));
      assertThat(hasher.verify("a virtual thread's password", h.get())).isTrue();
    }
    Thread worker = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("argon2id-")).findFirst().orElseThrow();
    assertThat(worker.isVirtual()).isFalse();
    assertThat(worker.isDaemon()).isTrue();
  }
}
