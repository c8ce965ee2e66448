package ca.threadline.app.web.notes;

import ca.threadline.app.web.CaseScope;
import ca.threadline.app.web.Req;
import ca.threadline.app.web.Services;
import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Set;

/**
 * Notes and tags on any entity of a case (a document, a selector, a network, a template cluster,
 * an evidence item, a crypto address, the case itself), each kept by the store with its author
 * and time. Notes are append-only, like a case file; tags can be removed. Reviewers cannot write:
 * the store refuses (403) and the pages do not offer the forms.
 */
public final class NoteRoutes {
  static final Set<EntityType> NOTABLE = Set.of(EntityType.CASE, EntityType.DOCUMENT, EntityType.SELECTOR,
      EntityType.NETWORK, EntityType.CLUSTER, EntityType.EVIDENCE, EntityType.CRYPTO_ADDRESS);
  private final Services s;

  public NoteRoutes(Services s) {
    this.s = s;
  }

  public void register(RoutesConfig r) {
    r.post("/cases/{case}/notes", this::addNote);
    r.post("/cases/{case}/tags", this::addTag);
    r.post("/cases/{case}/tags/remove", this::removeTag);
  }

  /** The block for an entity's page. */
  public NotesBlock block(Context ctx, CaseScope scope, EntityRef entity) {
    var notes = s.store().notes().notes(scope.user(), scope.id(), entity);
    var tags = s.store().notes().tags(scope.user(), scope.id(), entity);
    String back = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    return new NotesBlock(entity.type().wireName(), entity.key(), notes, tags, scope.canWrite(), back, scope.base());
  }

  private EntityRef entity(Context ctx) {
    EntityType type;
    try {
      type = EntityType.fromWire(Req.text(ctx.formParam("entityType"), 40));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("unknown entity type");
    }
    String key = Req.text(ctx.formParam("entityKey"), 1100);
    if (!NOTABLE.contains(type) || key.isEmpty()) {
      throw new BadRequestResponse("notes and tags go on documents, selectors, networks, clusters, evidence, addresses or the case");
    }
    return EntityRef.of(type, key);
  }

  private void addNote(Context ctx) {
    CaseScope scope = CaseScope.of(ctx, s);
    String body = ctx.formParam("body");
    if (body == null || body.isBlank()) {
      throw new BadRequestResponse("a note needs text");
    }
    s.store().notes().addNote(scope.user(), scope.id(), entity(ctx), body.strip());
    back(ctx, scope);
  }

  private void addTag(Context ctx) {
    CaseScope scope = CaseScope.of(ctx, s);
    s.store().notes().tag(scope.user(), scope.id(), entity(ctx), Req.text(ctx.formParam("tag"), 100));
    back(ctx, scope);
  }

  private void removeTag(Context ctx) {
    CaseScope scope = CaseScope.of(ctx, s);
    s.store().notes().untag(scope.user(), scope.id(), entity(ctx), Req.text(ctx.formParam("tag"), 100));
    back(ctx, scope);
  }

  private static void back(Context ctx, CaseScope scope) {
    String ret = Req.localPath(ctx.formParam("return"), scope.base());
    // Only back into the same case.
    ctx.redirect(scope.within(ret) ? ret : scope.base(), HttpStatus.SEE_OTHER);
  }
}
