package ca.threadline.app.web.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One browser's session: who signed in (or nobody yet, for the sign-in form), the anti-CSRF token
 * every state-changing request must carry, and the chosen language. Kept in server memory only;
 * the browser holds nothing but the random id in an HttpOnly cookie.
 */
public final class WebSession {
  private final String id;
  private final String csrfToken;
  private final Long userId;
  private final Instant createdAt;
  private volatile Instant lastSeenAt;
  /** Images this session chose to reveal (key: case/document/sha256), until when. */
  private final Map<String, Instant> reveals = new ConcurrentHashMap<>();

  WebSession(String id, String csrfToken, Long userId, Instant createdAt) {
    this.id = id;
    this.csrfToken = csrfToken;
    this.userId = userId;
    this.createdAt = createdAt;
    this.lastSeenAt = createdAt;
  }

  public String id() {
    return id;
  }

  public String csrfToken() {
    return csrfToken;
  }

  /** The signed-in user's id, or {@code null} before sign-in. */
  public Long userId() {
    return userId;
  }

  public boolean signedIn() {
    return userId != null;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastSeenAt() {
    return lastSeenAt;
  }

  /** Records the user's explicit choice to see an image unblurred, for {@code ttl}. */
  public void grantReveal(String key, Instant now, Duration ttl) {
    if (reveals.size() > 500) {
      reveals.values().removeIf(until -> until.isBefore(now));
    }
    reveals.put(key, now.plus(ttl));
  }

  public boolean revealed(String key, Instant now) {
    Instant until = reveals.get(key);
    return until != null && until.isAfter(now);
  }

  void touch(Instant now) {
    lastSeenAt = now;
  }
}
