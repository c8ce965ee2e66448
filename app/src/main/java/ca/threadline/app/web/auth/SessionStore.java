package ca.threadline.app.web.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions keyed by 256-bit random ids (OWASP Session Management Cheat Sheet: at least
 * 64 bits of entropy; opaque; regenerated at sign-in against fixation). A signed-in session ends
 * after {@code idle} without requests or {@code absolute} after sign-in, whichever comes first;
 * an anonymous one (a sign-in form) after a few minutes. At most {@code maxSessions} live at once:
 * when full, expired sessions are swept, then the oldest anonymous ones go.
 */
public final class SessionStore {
  private static final Duration ANONYMOUS_IDLE = Duration.ofMinutes(20);
  private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Duration idle;
  private final Duration absolute;
  private final int maxSessions;

  public SessionStore(Clock clock, Duration idle, Duration absolute, int maxSessions) {
    this.clock = clock;
    this.idle = idle;
    this.absolute = absolute;
    this.maxSessions = maxSessions;
  }

  /** 30 minutes idle, 12 hours in all, 20,000 sessions. */
  public static SessionStore standard(Clock clock) {
    return new SessionStore(clock, Duration.ofMinutes(30), Duration.ofHours(12), 20_000);
  }

  /** A new session for the sign-in form. */
  public WebSession anonymous() {
    return put(null);
  }

  /** Ends {@code previous} (if any) and opens a signed-in session with a fresh id and token. */
  public WebSession signIn(WebSession previous, long userId) {
    if (previous != null) {
      sessions.remove(previous.id());
    }
    return put(userId);
  }

  public void end(WebSession s) {
    if (s != null) {
      sessions.remove(s.id());
    }
  }

  /** Ends every session of a user (disabled user, password changed). */
  public void endAll(long userId) {
    sessions.values().removeIf(s -> s.userId() != null && s.userId() == userId);
  }

  /** The live session of that id, touched; empty when unknown or expired (then also removed). */
  public Optional<WebSession> find(String id) {
    if (id == null || id.length() != 43) {
      return Optional.empty();
    }
    WebSession s = sessions.get(id);
    if (s == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (expired(s, now)) {
      sessions.remove(id);
      return Optional.empty();
    }
    s.touch(now);
    return Optional.of(s);
  }

  public int size() {
    return sessions.size();
  }

  private boolean expired(WebSession s, Instant now) {
    Duration maxIdle = s.signedIn() ? idle : ANONYMOUS_IDLE;
    return s.lastSeenAt().plus(maxIdle).isBefore(now) || s.createdAt().plus(absolute).isBefore(now);
  }

  private WebSession put(Long userId) {
    Instant now = clock.instant();
    if (sessions.size() >= maxSessions) {
      sessions.values().removeIf(s -> expired(s, now));
      if (sessions.size() >= maxSessions) {
        sessions.values().stream().filter(s -> !s.signedIn())
            .sorted(java.util.Comparator.comparing(WebSession::lastSeenAt))
            .limit(Math.max(1, maxSessions / 10))
            .toList()
            .forEach(s -> sessions.remove(s.id()));
      }
    }
    WebSession s = new WebSession(token(), token(), userId, now);
    sessions.put(s.id(), s);
    return s;
  }

  private String token() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
