package ca.threadline.app.web;

import ca.threadline.app.web.auth.WebSession;
import ca.threadline.store.access.User;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Runs before every route and static file:
 *
 * <ol>
 *   <li>security headers on every response: a Content-Security-Policy that allows only the
 *       workbench's own scripts, styles and images (no inline script, no {@code eval}, no
 *       framing, no foreign connections), {@code nosniff}, no referrer, no caching of case data;
 *   <li>the session from its cookie;
 *   <li>CSRF: every request that can change state (any method but GET/HEAD/OPTIONS) must carry the
 *       session's token (form field {@code _csrf} or header {@code X-CSRF-Token}, compared in
 *       constant time), and must not come from another site (Origin / Sec-Fetch-Site) — OWASP
 *       CSRF Prevention Cheat Sheet: synchronizer token plus origin verification;
 *   <li>authentication: everything but the sign-in page and static assets needs a signed-in,
 *       still-enabled user, re-read from the store on each request (a disabled user is out at once).
 * </ol>
 *
 * Authorisation (case membership and role) is checked by the store on every call, and by
 * {@link CaseScope} at the start of every case route.
 */
public final class SecurityFilter {
  static final String CSP = String.join("; ",
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self'",
      "connect-src 'self'",
      "font-src 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "object-src 'none'");
  static final String SESSION_COOKIE = "tl_session";

  private final Services services;

  public SecurityFilter(Services services) {
    this.services = services;
  }

  public void handle(Context ctx) {
    headers(ctx);
    String path = ctx.path();
    ctx.attribute(Req.LANG, Req.preferredLanguage(ctx));
    Optional<WebSession> session = services.sessions().find(ctx.cookie(SESSION_COOKIE));
    session.ifPresent(s -> ctx.attribute(Req.SESSION, s));
    if (isPublicAsset(path)) {
      return;
    }
    ctx.header("Cache-Control", "no-store");
    if (changesState(ctx.method())) {
      checkCsrf(ctx, session.orElse(null));
    }
    if (path.equals("/login") || path.equals("/lang")) {
      return;
    }
    WebSession s = session.orElse(null);
    User user = s == null || !s.signedIn() ? null : services.store().users().byId(s.userId()).orElse(null);
    if (user == null || user.disabled()) {
      if (user != null) {
        services.sessions().endAll(user.id());
      }
      if (path.contains("/api/") || !ctx.method().equals(HandlerType.GET)) {
        throw new UnauthorizedResponse("sign in first");
      }
      ctx.redirect("/login", HttpStatus.SEE_OTHER);
      ctx.skipRemainingHandlers();
      return;
    }
    ctx.attribute(Req.USER, user);
  }

  static boolean isPublicAsset(String path) {
    return path.startsWith("/static/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
  }

  static boolean changesState(HandlerType method) {
    return !(method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS);
  }

  private static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on form posts,
    // which the CSRF check must refuse; URLs (case ids, selectors) still never leave the site.
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    if (ctx.req().isSecure()) {
      ctx.header("Strict-Transport-Security", "max-age=31536000");
    }
  }

  private static void checkCsrf(Context ctx, WebSession s) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      throw new ForbiddenResponse("cross-site request refused");
    }
    String origin = ctx.header("Origin");
    if (origin != null && !sameOrigin(origin, ctx)) {
      throw new ForbiddenResponse("cross-origin request refused");
    }
    String sent = ctx.header("X-CSRF-Token");
    if (sent == null) {
      String type = ctx.contentType();
      if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
        sent = ctx.formParam("_csrf");
      }
    }
    if (s == null || sent == null
        || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), s.csrfToken().getBytes(StandardCharsets.UTF_8))) {
      throw new ForbiddenResponse("missing or wrong anti-forgery token (reload the page)");
    }
  }

  private static boolean sameOrigin(String origin, Context ctx) {
    if (origin.equals("null")) {
      return false;
    }
    try {
      URI o = URI.create(origin);
      String host = ctx.host();
      if (host == null || o.getHost() == null) {
        return false;
      }
      String mine = host.contains(":") && !host.startsWith("[") ? host.substring(0, host.lastIndexOf(':')) : host;
      int myPort = host.contains(":") && !host.endsWith("]") ? Integer.parseInt(host.substring(host.lastIndexOf(':') + 1))
          : (ctx.scheme().equals("https") ? 443 : 80);
      int theirPort = o.getPort() != -1 ? o.getPort() : ("https".equals(o.getScheme()) ? 443 : 80);
      return o.getHost().equalsIgnoreCase(mine) && theirPort == myPort && ctx.scheme().equalsIgnoreCase(o.getScheme());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
