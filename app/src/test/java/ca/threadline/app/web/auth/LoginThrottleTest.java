package ca.threadline.app.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  /** A clock the test moves. */
  static final class Manual extends Clock {
    Instant now = Instant.parse("2026-03-01T12:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void locksAnAccountAfterFiveFailuresUntilTheOldestLeavesTheWindow() {
    Manual clock = new Manual();
    LoginThrottle t = LoginThrottle.standard(clock);
    for (int i = 0; i < 5; i++) {
      assertThat(t.retryAfter("Ines", "10.0.0.1")).isEmpty();
      t.failed("Ines", "10.0.0.1");
      clock.now = clock.now.plusSeconds(60);
    }
    // Same account, other address, other case of the name: still locked.
    assertThat(t.retryAfter("ines", "10.0.0.2")).hasValue(Duration.ofMinutes(10));
    assertThat(t.retryAfter("remi", "10.0.0.2")).isEmpty();
    clock.now = clock.now.plus(Duration.ofMinutes(10));
    assertThat(t.retryAfter("ines", "10.0.0.2")).isEmpty();
    t.failed("ines", "10.0.0.2");
    assertThat(t.retryAfter("ines", "10.0.0.2")).isPresent();
    t.succeeded("INES");
    assertThat(t.retryAfter("ines", "10.0.0.3")).isEmpty();
  }

  @Test
  void locksAnAddressThatSpraysManyAccounts() {
    Manual clock = new Manual();
    LoginThrottle t = new LoginThrottle(5, 20, Duration.ofMinutes(15), clock, 1000);
    for (int i = 0; i < 20; i++) {
      t.failed("user" + i, "203.0.113.9");
    }
    assertThat(t.retryAfter("someone-new", "203.0.113.9")).isPresent();
    assertThat(t.retryAfter("someone-new", "203.0.113.10")).isEmpty();
  }

  @Test
  void memoryStaysBounded() {
    Manual clock = new Manual();
    LoginThrottle t = new LoginThrottle(5, 50, Duration.ofMinutes(15), clock, 100);
    for (int i = 0; i < 10_000; i++) {
      t.failed("name" + i, "198.51.100." + (i % 7));
      if (i % 1000 == 0) {
        clock.now = clock.now.plus(Duration.ofMinutes(20));
      }
    }
    // Addresses are still tracked when the account table is full: spraying stays throttled.
    assertThat(t.retryAfter("anyone", "198.51.100.3")).isPresent();
  }
}
