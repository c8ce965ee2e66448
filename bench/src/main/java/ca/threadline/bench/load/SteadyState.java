package ca.threadline.bench.load;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * When every user has signed in: requests sent from then on are also counted apart, so that the
 * sign-in burst (fifty Argon2id hashes at once) and the steady state can be told apart.
 */
final class SteadyState {
  private final int users;
  private final AtomicInteger signedIn = new AtomicInteger();
  private volatile long since;

  SteadyState(int users) {
    this.users = users;
  }

  /** One more user signed in; the last one starts the steady state. */
  void signedIn() {
    if (signedIn.incrementAndGet() == users) {
      since = System.nanoTime();
    }
  }

  /** Whether a request sent at {@code startNanos} ({@link System#nanoTime}) belongs to the steady state. */
  boolean covers(long startNanos) {
    long s = since;
    return s != 0 && startNanos >= s;
  }
}
