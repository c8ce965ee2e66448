package ca.threadline.app.web.document;

import ca.threadline.app.web.CaseScope;
import ca.threadline.app.web.Req;
import ca.threadline.app.web.Services;
import ca.threadline.app.web.auth.WebSession;
import ca.threadline.app.web.i18n.Messages;
import ca.threadline.app.web.image.ImageRoutes;
import ca.threadline.app.web.notes.NoteRoutes;
import ca.threadline.app.web.notes.NotesBlock;
import ca.threadline.app.web.view.Fmt;
import ca.threadline.app.web.view.Html;
import ca.threadline.app.web.view.TextMarks;
import ca.threadline.app.web.view.Urls;
import ca.threadline.core.indicator.IndicatorDefinition;
import ca.threadline.store.access.EntityRef;
import ca.threadline.store.document.DocumentView;
import ca.threadline.store.document.ImageRef;
import ca.threadline.store.document.StoredIndicator;
import ca.threadline.store.document.StoredSelector;
import gg.jte.Content;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The document page: the text as text (never the scraped HTML), every selector and indicator
 * marked on the words it came from and explained beneath (value, how a phone was hidden; the
 * indicator's rule, labels in both languages, weight, evidence strength and source), the scores,
 * images blurred until revealed, the linker's cluster and network, and notes and tags.
 */
public final class DocumentRoutes {
  private final Services s;
  private final NoteRoutes notes;

  public DocumentRoutes(Services s, NoteRoutes notes) {
    this.s = s;
    this.notes = notes;
  }

  public void register(RoutesConfig r) {
    r.get("/cases/{case}/documents/{doc}", this::show);
  }

  /** One marked selector or indicator, numbered as in the text. */
  public record AnnotationView(int number, String kind, String type, String value, String label, String otherLabel,
      String weight, String strength, String source, String rationale, String evidence, String details, String href) {}

  /** An image of the document: its blurred or revealed source, and the reveal page. */
  public record ImageView(String sha256, String src, String revealHref, boolean revealed) {}

  public record DocumentModel(DocumentView doc, String posted, String stored, Content text, List<AnnotationView> annotations,
      List<ImageView> images, Map<String, Double> scores, String networkHref, NotesBlock notes) {}

  private void show(Context ctx) {
    CaseScope c = CaseScope.of(ctx, s);
    long id = Req.id(ctx, "doc");
    DocumentView d = s.store().documents().get(c.user(), c.id(), id);
    Messages t = Req.messages(ctx);
    List<TextMarks.Annotation> marks = new ArrayList<>();
    List<AnnotationView> views = new ArrayList<>();
    int n = 0;
    for (StoredSelector sel : d.selectors()) {
      n++;
      String details = sel.obfuscation().isEmpty() ? "" : t.get("doc.obfuscation") + ": " + String.join(", ", sel.obfuscation());
      if (sel.currency() != null) {
        details = sel.currency();
      }
      marks.add(new TextMarks.Annotation(sel.span(), "sel sel-" + sel.type(), n, sel.type() + ": " + sel.value()));
      views.add(new AnnotationView(n, "selector", sel.type(), sel.value(), t.get("type." + sel.type()), "", "", "", "", "",
          sel.span().of(d.text()), details, Urls.selector(c.base(), sel.key())));
    }
    for (StoredIndicator ind : d.indicators()) {
      n++;
      IndicatorDefinition def = s.indicators().find(ind.code()).orElse(null);
      String label = s.indicators().label(ind.code(), t.lang());
      String other = def == null ? "" : "fr".equals(t.lang()) ? def.labelEn() : def.labelFr();
      marks.add(new TextMarks.Annotation(ind.span(), "ind ind-" + ind.domain(), n, label + " (" + Fmt.weight(ind.weight()) + ")"));
      views.add(new AnnotationView(n, "indicator", ind.code(), ind.code(), label, other, Fmt.weight(ind.weight()),
          ind.strength(), ind.source(), s.indicators().rationale(ind.code()), ind.evidence(), ind.domain(), null));
    }
    WebSession session = Req.session(ctx);
    List<ImageView> images = new ArrayList<>();
    String docBase = Urls.document(c.base(), d.id());
    for (ImageRef img : d.images()) {
      boolean revealed = session.revealed(ImageRoutes.revealKey(c.id(), d.id(), img.sha256()), s.clock().instant());
      String src = docBase + "/images/" + img.sha256() + (revealed ? "/original" : "");
      images.add(new ImageView(img.sha256(), src, docBase + "/images/" + img.sha256() + "/reveal", revealed));
    }
    NotesBlock block = notes.block(ctx, c, EntityRef.document(d.id()));
    s.pages().render(ctx, "document.jte", Req.page(ctx, d.externalId(), c.nav()),
        new DocumentModel(d, Fmt.time(d.postedAt()), Fmt.time(d.storedAt()), Html.trusted(TextMarks.render(d.text(), marks)),
            views, images, d.scores(), d.networkKey() == null ? null : Urls.network(c.base(), d.networkKey()), block));
  }
}
