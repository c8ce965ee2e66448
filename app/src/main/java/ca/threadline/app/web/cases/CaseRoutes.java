package ca.threadline.app.web.cases;

import ca.threadline.app.web.CaseScope;
import ca.threadline.app.web.Req;
import ca.threadline.app.web.Services;
import ca.threadline.app.web.notes.NoteRoutes;
import ca.threadline.app.web.notes.NotesBlock;
import ca.threadline.store.StoreException;
import ca.threadline.store.access.CaseInfo;
import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import ca.threadline.store.access.Member;
import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import ca.threadline.store.alert.Alert;
import ca.threadline.store.audit.AuditEntry;
import ca.threadline.store.document.DocumentSummary;
import ca.threadline.store.link.NetworkRepository.NetworkSize;
import ca.threadline.store.note.Tag;
import ca.threadline.store.selector.SelectorCount;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/** The list of one's cases, a case's overview, its members and roles, alerts and its audit log. */
public final class CaseRoutes {
  private final Services s;
  private final NoteRoutes notes;

  public CaseRoutes(Services s, NoteRoutes notes) {
    this.s = s;
    this.notes = notes;
  }

  public void register(RoutesConfig r) {
    r.get("/", ctx -> ctx.redirect("/cases", HttpStatus.SEE_OTHER));
    r.get("/cases", this::list);
    r.post("/cases", this::create);
    r.get("/cases/{case}", this::overview);
    r.get("/cases/{case}/members", this::members);
    r.post("/cases/{case}/members", this::addMember);
    r.post("/cases/{case}/members/{user}/remove", this::removeMember);
    r.post("/cases/{case}/alerts/{alert}/ack", this::acknowledge);
    r.get("/cases/{case}/audit", this::audit);
  }

  /** The cases page: the user's cases with their role, and the form to open one. */
  public record CasesModel(List<CaseInfo> cases, boolean canCreate, String error) {}

  private void list(Context ctx) {
    User u = Req.user(ctx);
    render(ctx, u, null);
  }

  private void render(Context ctx, User u, String error) {
    List<CaseInfo> cases = s.store().cases().listFor(u);
    s.pages().render(ctx, "cases.jte", Req.page(ctx, Req.messages(ctx).get("cases.title")),
        new CasesModel(cases, u.role() != Role.REVIEWER, error));
  }

  private void create(Context ctx) {
    User u = Req.user(ctx);
    String name = Req.text(ctx.formParam("name"), 200);
    String description = Req.text(ctx.formParam("description"), 2000);
    if (name.isEmpty()) {
      throw new BadRequestResponse("a case needs a name");
    }
    try {
      CaseInfo c = s.store().cases().create(u, name, description.isEmpty() ? null : description);
      ctx.redirect("/cases/" + c.id(), HttpStatus.SEE_OTHER);
    } catch (StoreException e) {
      ctx.status(HttpStatus.CONFLICT);
      render(ctx, u, Req.messages(ctx).get("cases.exists", name));
    }
  }

  /** The case's front page. */
  public record Overview(CaseInfo info, List<NetworkSize> networks, List<Alert> alerts, List<SelectorCount> selectors,
      List<DocumentSummary> recent, List<Tag> tags, NotesBlock notes) {}

  private void overview(Context ctx) {
    CaseScope c = CaseScope.of(ctx, s);
    User u = c.user();
    var networks = s.store().networks().list(u, c.id(), 50);
    var alerts = s.store().alerts().list(u, c.id(), true, 20);
    var selectors = s.store().selectors().top(u, c.id(), null, 40).stream()
        .filter(x -> !x.type().equals("price") && !x.type().equals("age")).limit(25).toList();
    var recent = s.store().documents().list(u, c.id(), 15);
    var tags = s.store().notes().tags(u, c.id(), null);
    NotesBlock block = notes.block(ctx, c, EntityRef.of(EntityType.CASE, Long.toString(c.id())));
    s.pages().render(ctx, "case.jte", Req.page(ctx, c.info().name(), c.nav()),
        new Overview(c.info(), networks, alerts, selectors, recent, tags, block));
  }

  /** The members page. */
  public record MembersModel(List<Member> members, boolean caseAdmin, List<String> roles) {}

  private void members(Context ctx) {
    CaseScope c = CaseScope.of(ctx, s);
    var members = s.store().cases().members(c.user(), c.id());
    s.pages().render(ctx, "members.jte", Req.page(ctx, Req.messages(ctx).get("members.title"), c.nav()),
        new MembersModel(members, c.caseAdmin(), List.of("investigator", "reviewer", "admin")));
  }

  private void addMember(Context ctx) {
    CaseScope c = CaseScope.of(ctx, s);
    String name = Req.text(ctx.formParam("user"), 100);
    Role role;
    try {
      role = Role.fromWire(Req.text(ctx.formParam("role"), 20));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("role is admin, investigator or reviewer");
    }
    // Only a case or installation admin may look the name up: the store refuses the others below.
    if (!c.caseAdmin()) {
      throw new ca.threadline.store.AccessDeniedException("only the case's admins manage its members");
    }
    User target = s.store().users().find(name).orElseThrow(() -> new BadRequestResponse("no such user"));
    s.store().cases().addMember(c.user(), c.id(), target.id(), role);
    ctx.redirect(c.base() + "/members", HttpStatus.SEE_OTHER);
  }

  private void removeMember(Context ctx) {
    CaseScope c = CaseScope.of(ctx, s);
    s.store().cases().removeMember(c.user(), c.id(), Req.id(ctx, "user"));
    ctx.redirect(c.base() + "/members", HttpStatus.SEE_OTHER);
  }

  private void acknowledge(Context ctx) {
    CaseScope c = CaseScope.of(ctx, s);
    s.store().alerts().acknowledge(c.user(), c.id(), Req.id(ctx, "alert"));
    ctx.redirect(c.base(), HttpStatus.SEE_OTHER);
  }

  /** The case's audit log (case admins). */
  public record AuditModel(List<AuditEntry> entries, long next, String base) {}

  private void audit(Context ctx) {
    CaseScope c = CaseScope.of(ctx, s);
    long before = parseLong(ctx.queryParam("before"));
    List<AuditEntry> entries = s.store().audit().ofCase(c.user(), c.id(), before, 200);
    long next = entries.size() == 200 ? entries.get(entries.size() - 1).id() : 0;
    s.pages().render(ctx, "audit.jte", Req.page(ctx, Req.messages(ctx).get("audit.title"), c.nav()),
        new AuditModel(entries, next, c.base() + "/audit"));
  }

  static long parseLong(String v) {
    try {
      return v == null ? 0 : Math.max(0, Long.parseLong(v));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
