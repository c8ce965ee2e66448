package ca.threadline.app.web.admin;

import ca.threadline.app.web.Req;
import ca.threadline.app.web.Services;
import ca.threadline.store.access.User;
import ca.threadline.store.audit.AuditEntry;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * The installation admin's page: the users and the whole append-only audit log, newest first,
 * 200 entries a page. The store allows it to installation admins only (and audits the reading).
 */
public final class AdminRoutes {
  static final int PAGE = 200;
  private final Services s;

  public AdminRoutes(Services s) {
    this.s = s;
  }

  public void register(RoutesConfig r) {
    r.get("/admin", this::show);
  }

  public record AdminModel(List<User> users, List<AuditEntry> entries, long next, String base) {}

  private void show(Context ctx) {
    User u = Req.user(ctx);
    long before = 0;
    try {
      before = Math.max(0, Long.parseLong(ctx.queryParamAsClass("before", String.class).getOrDefault("0")));
    } catch (NumberFormatException e) {
      before = 0;
    }
    List<User> users = s.store().users().list(u);
    List<AuditEntry> entries = s.store().audit().all(u, before, PAGE);
    long next = entries.size() == PAGE ? entries.get(entries.size() - 1).id() : 0;
    s.pages().render(ctx, "admin.jte", Req.page(ctx, Req.messages(ctx).get("admin.title")),
        new AdminModel(users, entries, next, "/admin"));
  }
}
