package ca.threadline.app.web;

import ca.threadline.app.web.view.Page;
import ca.threadline.store.AccessDeniedException;
import ca.threadline.store.NotFoundException;
import ca.threadline.store.access.CaseInfo;
import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/**
 * The case a request works in, checked first thing by every case route: the store re-reads the
 * membership (and audits the read). A case the user is not in answers exactly like a case that
 * does not exist (404, same body), so an outsider learns nothing, not even that it exists.
 */
public record CaseScope(User user, CaseInfo info) {
  public static CaseScope of(Context ctx, Services services) {
    User user = Req.user(ctx);
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("case"));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse("not found");
    }
    try {
      return new CaseScope(user, services.store().cases().get(user, id));
    } catch (AccessDeniedException | NotFoundException e) {
      throw new NotFoundResponse("not found");
    }
  }

  public long id() {
    return info.id();
  }

  public boolean canWrite() {
    return info.myRole().canWrite();
  }

  public boolean caseAdmin() {
    return info.myRole() == Role.ADMIN;
  }

  public Page.CaseNav nav() {
    return new Page.CaseNav(info.id(), info.name(), info.myRole().wireName(), canWrite(), caseAdmin());
  }

  /** True when {@code path} is a page of this case. */
  public boolean within(String path) {
    String b = base();
    return path.equals(b) || path.startsWith(b + "/") || path.startsWith(b + "?");
  }

  public String base() {
    return "/cases/" + info.id();
  }
}
