package ca.threadline.app.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionStoreTest {
  @Test
  void sessionsExpireWhenIdleOrOldAndSignInRenewsTheId() {
    LoginThrottleTest.Manual clock = new LoginThrottleTest.Manual();
    SessionStore s = new SessionStore(clock, Duration.ofMinutes(30), Duration.ofHours(12), 100);
    WebSession anon = s.anonymous();
    assertThat(anon.id()).hasSize(43).isNotEqualTo(anon.csrfToken());
    WebSession in = s.signIn(anon, 7);
    assertThat(in.id()).isNotEqualTo(anon.id());
    assertThat(in.csrfToken()).isNotEqualTo(anon.csrfToken());
    assertThat(s.find(anon.id())).isEmpty();
    assertThat(s.find(in.id())).containsSame(in);
    clock.now = clock.now.plus(Duration.ofMinutes(29));
    assertThat(s.find(in.id())).isPresent();
    clock.now = clock.now.plus(Duration.ofMinutes(31));
    assertThat(s.find(in.id())).isEmpty();
    // Absolute lifetime, even when active.
    WebSession busy = s.signIn(null, 8);
    for (int i = 0; i < 13 * 4; i++) {
      clock.now = clock.now.plus(Duration.ofMinutes(15));
      s.find(busy.id());
    }
    assertThat(s.find(busy.id())).isEmpty();
    assertThat(s.find(null)).isEmpty();
    assertThat(s.find("short")).isEmpty();
  }

  @Test
  void floodsOfAnonymousSessionsCannotGrowWithoutBound() {
    LoginThrottleTest.Manual clock = new LoginThrottleTest.Manual();
    SessionStore s = new SessionStore(clock, Duration.ofMinutes(30), Duration.ofHours(12), 1000);
    WebSession user = s.signIn(null, 1);
    for (int i = 0; i < 50_000; i++) {
      s.anonymous();
    }
    assertThat(s.size()).isLessThanOrEqualTo(1000);
    assertThat(s.find(user.id())).as("signed-in sessions are kept").isPresent();
    s.endAll(1);
    assertThat(s.find(user.id())).isEmpty();
  }
}
