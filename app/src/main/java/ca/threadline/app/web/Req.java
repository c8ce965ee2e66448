package ca.threadline.app.web;

import ca.threadline.app.web.auth.WebSession;
import ca.threadline.app.web.i18n.Messages;
import ca.threadline.app.web.view.Page;
import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.Locale;

/** What the security filter attached to a request: session, signed-in user, language. */
public final class Req {
  static final String SESSION = "tl.session";
  static final String USER = "tl.user";
  static final String LANG = "tl.lang";

  private Req() {}

  public static WebSession session(Context ctx) {
    return ctx.attribute(SESSION);
  }

  /** The signed-in user (the filter refused the request before any route if there is none). */
  public static User user(Context ctx) {
    User u = ctx.attribute(USER);
    if (u == null) {
      throw new IllegalStateException("no signed-in user on " + ctx.path());
    }
    return u;
  }

  public static Messages messages(Context ctx) {
    String lang = ctx.attribute(LANG);
    return Messages.of(lang == null ? "en" : lang);
  }

  /** The frame of a page outside any case. */
  public static Page page(Context ctx, String title) {
    return page(ctx, title, null);
  }

  public static Page page(Context ctx, String title, Page.CaseNav nav) {
    WebSession s = session(ctx);
    User u = ctx.attribute(USER);
    Page.UserView uv = u == null ? null
        : new Page.UserView(u.id(), u.name(), u.displayName(), u.role().wireName(), u.role() == Role.ADMIN);
    String path = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    return new Page(messages(ctx), s == null ? "" : s.csrfToken(), uv, title, nav, path);
  }

  /** A path parameter that must be a positive number. */
  public static long id(Context ctx, String name) {
    String v = ctx.pathParam(name);
    try {
      long id = Long.parseLong(v);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new BadRequestResponse("not an id: " + name);
  }

  /** A local path to come back to after a form ({@code /…} but not {@code //…}), else {@code fallback}. */
  public static String localPath(String candidate, String fallback) {
    if (candidate == null || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")
        || candidate.length() > 2000 || candidate.chars().anyMatch(c -> c < 0x20)) {
      return fallback;
    }
    return candidate;
  }

  /** Trimmed form or query text, at most {@code max} characters; empty when absent. */
  public static String text(String v, int max) {
    if (v == null) {
      return "";
    }
    String s = v.strip();
    return s.length() > max ? s.substring(0, max) : s;
  }

  static String preferredLanguage(Context ctx) {
    String cookie = ctx.cookie("tl_lang");
    if (cookie != null && Messages.LANGUAGES.contains(cookie)) {
      return cookie;
    }
    String accept = ctx.header("Accept-Language");
    return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("fr") ? "fr" : "en";
  }
}
