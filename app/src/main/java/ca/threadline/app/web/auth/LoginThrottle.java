package ca.threadline.app.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing (OWASP Authentication Cheat Sheet, "Protect against automated
 * attacks"): a user name that failed {@code perAccount} times within {@code window} is locked until
 * the oldest of those failures leaves the window; a client address gets a larger budget
 * ({@code perAddress}), so one machine cannot spray many accounts either. A successful sign-in
 * clears the account's failures (not the address's). Locked attempts are refused before the
 * password is even hashed, so a flood costs the server nothing.
 *
 * <p>Memory is bounded: at most {@code maxKeys} keys are tracked; when full, keys whose failures
 * have all left the window are dropped first, then new keys are tracked by address only.
 */
public final class LoginThrottle {
  private final int perAccount;
  private final int perAddress;
  private final Duration window;
  private final Clock clock;
  private final int maxKeys;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginThrottle(int perAccount, int perAddress, Duration window, Clock clock, int maxKeys) {
    this.perAccount = perAccount;
    this.perAddress = perAddress;
    this.window = window;
    this.clock = clock;
    this.maxKeys = maxKeys;
  }

  /** Five failures per account and fifty per address in fifteen minutes. */
  public static LoginThrottle standard(Clock clock) {
    return new LoginThrottle(5, 50, Duration.ofMinutes(15), clock, 100_000);
  }

  /** How long the attempt must wait, or empty when it may proceed. */
  public Optional<Duration> retryAfter(String userName, String address) {
    Instant now = clock.instant();
    Duration a = lockedFor(accountKey(userName), perAccount, now);
    Duration b = lockedFor(addressKey(address), perAddress, now);
    Duration d = a.compareTo(b) >= 0 ? a : b;
    return d.isZero() ? Optional.empty() : Optional.of(d);
  }

  public void failed(String userName, String address) {
    Instant now = clock.instant();
    record(accountKey(userName), now);
    record(addressKey(address), now);
  }

  public void succeeded(String userName) {
    failures.remove(accountKey(userName));
  }

  private Duration lockedFor(String key, int limit, Instant now) {
    Deque<Instant> d = failures.get(key);
    if (d == null) {
      return Duration.ZERO;
    }
    synchronized (d) {
      prune(d, now);
      if (d.size() < limit) {
        return Duration.ZERO;
      }
      // The attempt may proceed once fewer than `limit` failures remain in the window.
      Instant[] times = d.toArray(Instant[]::new);
      Instant unlock = times[times.length - limit].plus(window);
      Duration left = Duration.between(now, unlock);
      return left.isNegative() || left.isZero() ? Duration.ZERO : left;
    }
  }

  private void record(String key, Instant now) {
    if (!failures.containsKey(key) && failures.size() >= maxKeys) {
      failures.entrySet().removeIf(e -> {
        synchronized (e.getValue()) {
          prune(e.getValue(), now);
          return e.getValue().isEmpty();
        }
      });
      if (failures.size() >= maxKeys && key.startsWith("u:")) {
        return;
      }
    }
    Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (d) {
      prune(d, now);
      d.addLast(now);
      // Only the newest `max(limits)` failures matter for the lock.
      while (d.size() > Math.max(perAccount, perAddress)) {
        d.removeFirst();
      }
    }
  }

  private void prune(Deque<Instant> d, Instant now) {
    Instant cutoff = now.minus(window);
    while (!d.isEmpty() && !d.peekFirst().isAfter(cutoff)) {
      d.removeFirst();
    }
  }

  private static String accountKey(String userName) {
    String n = userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT);
    return "u:" + (n.length() > 100 ? n.substring(0, 100) : n);
  }

  private static String addressKey(String address) {
    return "a:" + (address == null ? "" : address);
  }
}
