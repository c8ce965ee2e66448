package ca.threadline.app.web.auth;

import ca.threadline.app.web.Req;
import ca.threadline.app.web.Services;
import ca.threadline.app.web.i18n.Messages;
import ca.threadline.store.access.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Optional;

/**
 * Sign-in, sign-out and the language switch. Sign-in verifies the Argon2id hash the store keeps,
 * throttles guessing ({@link LoginThrottle}), answers an unknown name exactly like a wrong password
 * (same message, and a hash is computed either way so timing tells nothing), rotates the session
 * id on success (no fixation) and records every attempt in the audit log.
 */
public final class AuthRoutes {
  public static final String SESSION_COOKIE = "tl_session";
  private final Services s;
  /** Hashed when the name is unknown, so that a refusal costs the same time either way. */
  private final String dummyHash;

  public AuthRoutes(Services s) {
    this.s = s;
    this.dummyHash = s.hasher().hash("threadline-timing-equaliser");
  }

  public void register(RoutesConfig r) {
    r.get("/login", this::form);
    r.post("/login", this::signIn);
    r.post("/logout", this::signOut);
    r.post("/lang", this::language);
  }

  /** The form; opens an anonymous session to carry its anti-forgery token. */
  private void form(Context ctx) {
    WebSession session = Req.session(ctx);
    if (session != null && session.signedIn()) {
      ctx.redirect("/cases", HttpStatus.SEE_OTHER);
      return;
    }
    if (session == null) {
      session = s.sessions().anonymous();
      Cookies.set(ctx, SESSION_COOKIE, session.id(), -1, s.secureCookies());
      ctx.attribute("tl.session", session);
    }
    render(ctx, null, "");
  }

  private void render(Context ctx, String error, String name) {
    s.pages().render(ctx, "login.jte", Req.page(ctx, Req.messages(ctx).get("login.title")), new LoginModel(error, name));
  }

  /** The sign-in form's model: an error to show, and the name typed (kept on failure). */
  public record LoginModel(String error, String name) {}

  private void signIn(Context ctx) {
    String name = Req.text(ctx.formParam("username"), 100);
    String password = ctx.formParam("password");
    String address = ctx.ip();
    Messages t = Req.messages(ctx);
    Optional<Duration> wait = s.throttle().retryAfter(name, address);
    if (wait.isPresent()) {
      long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
      s.store().users().recordAuthentication("auth.throttled", name, false, "from " + address);
      ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", Long.toString(wait.get().toSeconds()));
      render(ctx, t.get("login.throttled", minutes), name);
      return;
    }
    String stored = name.isEmpty() ? null : s.store().users().passwordHash(name).orElse(null);
    boolean ok = password != null && password.length() <= 1024
        && s.hasher().verify(password, stored == null ? dummyHash : stored) && stored != null;
    Optional<User> user = ok ? s.store().users().find(name) : Optional.empty();
    if (user.isEmpty() || user.get().disabled()) {
      s.throttle().failed(name, address);
      s.store().users().recordAuthentication("auth.sign_in", name, false, "from " + address);
      ctx.status(HttpStatus.UNAUTHORIZED);
      render(ctx, t.get("login.failed"), name);
      return;
    }
    s.throttle().succeeded(name);
    if (s.hasher().needsRehash(stored)) {
      s.store().users().setPasswordHash(user.get(), user.get().id(), s.hasher().hash(password));
    }
    WebSession session = s.sessions().signIn(Req.session(ctx), user.get().id());
    Cookies.set(ctx, SESSION_COOKIE, session.id(), -1, s.secureCookies());
    s.store().users().recordAuthentication("auth.sign_in", name, true, "from " + address);
    ctx.redirect("/cases", HttpStatus.SEE_OTHER);
  }

  private void signOut(Context ctx) {
    WebSession session = Req.session(ctx);
    User user = ctx.attribute("tl.user");
    s.sessions().end(session);
    Cookies.clear(ctx, SESSION_COOKIE, s.secureCookies());
    if (user != null) {
      s.store().users().recordAuthentication("auth.sign_out", user.name(), true, null);
    }
    ctx.redirect("/login", HttpStatus.SEE_OTHER);
  }

  private void language(Context ctx) {
    String lang = ctx.formParam("lang");
    if (lang != null && Messages.LANGUAGES.contains(lang)) {
      StringBuilder c = new StringBuilder("tl_lang=").append(lang).append("; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000");
      if (s.secureCookies() || ctx.req().isSecure()) {
        c.append("; Secure");
      }
      ctx.res().addHeader("Set-Cookie", c.toString());
    }
    ctx.redirect(Req.localPath(ctx.formParam("return"), "/cases"), HttpStatus.SEE_OTHER);
  }
}
