package ca.threadline.app.web.auth;

import io.javalin.http.Context;

/**
 * The workbench's cookies, written by hand so every attribute is explicit: {@code HttpOnly}
 * (scripts cannot read the session id), {@code SameSite=Strict} (no cross-site request carries
 * it), {@code Secure} when the request came over TLS or the server is told it sits behind TLS,
 * {@code Path=/}. The values are base64url tokens or a language code, never user text.
 */
public final class Cookies {
  private Cookies() {}

  public static void set(Context ctx, String name, String value, int maxAgeSeconds, boolean forceSecure) {
    StringBuilder c = new StringBuilder(name).append('=').append(value).append("; Path=/; HttpOnly; SameSite=Strict");
    if (maxAgeSeconds >= 0) {
      c.append("; Max-Age=").append(maxAgeSeconds);
    }
    if (forceSecure || ctx.req().isSecure()) {
      c.append("; Secure");
    }
    ctx.res().addHeader("Set-Cookie", c.toString());
  }

  public static void clear(Context ctx, String name, boolean forceSecure) {
    set(ctx, name, "", 0, forceSecure);
  }
}
