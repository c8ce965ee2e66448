package ca.threadline.app.web;

import ca.threadline.app.web.i18n.Messages;
import ca.threadline.store.AccessDeniedException;
import ca.threadline.store.NotFoundException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure answers with a status and a short, fixed message in the user's language (never a
 * stack trace, never the store's message, which could name what an outsider must not learn):
 * 400 bad input, 401 not signed in, 403 not allowed (a reviewer writing, a forged form), 404 not
 * found (also a case the user is not in), 429 too many attempts, 500 anything else (logged).
 * Data endpoints ({@code /api/}) answer JSON, pages answer HTML.
 */
public final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
  private final Services s;

  public Errors(Services s) {
    this.s = s;
  }

  public void register(RoutesConfig r) {
    r.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus()));
    r.exception(AccessDeniedException.class, (e, ctx) -> answer(ctx, 403));
    r.exception(NotFoundException.class, (e, ctx) -> answer(ctx, 404));
    r.exception(IllegalArgumentException.class, (e, ctx) -> answer(ctx, 400));
    r.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      answer(ctx, 500);
    });
    r.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        answer(ctx, 404);
      }
    });
  }

  /** The model of the error page. */
  public record ErrorModel(int status, String message) {}

  void answer(Context ctx, int status) {
    Messages t = Req.messages(ctx);
    String message = t.get("error." + status);
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    if (ctx.path().contains("/api/")) {
      Json.send(ctx, Map.of("error", message, "status", status));
      return;
    }
    s.pages().render(ctx, "error.jte", Req.page(ctx, t.get("error.title")), new ErrorModel(status, message));
  }
}
