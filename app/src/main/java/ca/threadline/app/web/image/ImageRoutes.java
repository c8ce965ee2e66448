package ca.threadline.app.web.image;

import ca.threadline.app.web.CaseScope;
import ca.threadline.app.web.Req;
import ca.threadline.app.web.Services;
import ca.threadline.app.web.auth.WebSession;
import ca.threadline.app.web.view.Urls;
import ca.threadline.evidence.store.BlobStore;
import ca.threadline.evidence.store.EvidenceHome;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Images of documents. By default only a blurred rendition leaves the server. Seeing the original
 * takes an explicit choice: a page with a content warning, then a POST (anti-forgery token, so no
 * other site and no {@code <img>} tag can trigger it) that the store audits as
 * {@code image.reveal}; the choice holds for this session, image and document for 15 minutes.
 */
public final class ImageRoutes {
  static final Duration REVEAL_FOR = Duration.ofMinutes(15);
  /** Images larger than this are not read into memory for display. */
  static final long MAX_BYTES = 32L << 20;
  private final Services s;
  private final BlobStore blobs;

  public ImageRoutes(Services s) {
    this.s = s;
    this.blobs = new BlobStore(new EvidenceHome(s.home()));
  }

  public void register(RoutesConfig r) {
    r.get("/cases/{case}/documents/{doc}/images/{sha}", this::blurred);
    r.get("/cases/{case}/documents/{doc}/images/{sha}/reveal", this::warning);
    r.post("/cases/{case}/documents/{doc}/images/{sha}/reveal", this::reveal);
    r.get("/cases/{case}/documents/{doc}/images/{sha}/original", this::original);
  }

  public static String revealKey(long caseId, long documentId, String sha256) {
    return caseId + "/" + documentId + "/" + sha256;
  }

  private static String sha(Context ctx) {
    String sha = ctx.pathParam("sha");
    if (!sha.matches("[0-9a-f]{64}")) {
      throw new NotFoundResponse("not found");
    }
    return sha;
  }

  private void blurred(Context ctx) throws IOException {
    CaseScope c = CaseScope.of(ctx, s);
    long doc = Req.id(ctx, "doc");
    String sha = sha(ctx);
    s.store().documents().image(c.user(), c.id(), doc, sha, false);
    Optional<byte[]> png = s.renditions().blurred(sha, bytes(sha));
    send(ctx, png);
  }

  /** The content warning and the reveal button. */
  public record WarningModel(String documentHref, String action, String sha256) {}

  private void warning(Context ctx) {
    CaseScope c = CaseScope.of(ctx, s);
    long doc = Req.id(ctx, "doc");
    String sha = sha(ctx);
    String docHref = Urls.document(c.base(), doc);
    s.pages().render(ctx, "reveal.jte", Req.page(ctx, Req.messages(ctx).get("reveal.title"), c.nav()),
        new WarningModel(docHref, docHref + "/images/" + sha + "/reveal", sha));
  }

  private void reveal(Context ctx) {
    CaseScope c = CaseScope.of(ctx, s);
    long doc = Req.id(ctx, "doc");
    String sha = sha(ctx);
    s.store().documents().image(c.user(), c.id(), doc, sha, true);
    WebSession session = Req.session(ctx);
    session.grantReveal(revealKey(c.id(), doc, sha), s.clock().instant(), REVEAL_FOR);
    ctx.redirect(Urls.document(c.base(), doc) + "#images", HttpStatus.SEE_OTHER);
  }

  private void original(Context ctx) throws IOException {
    CaseScope c = CaseScope.of(ctx, s);
    long doc = Req.id(ctx, "doc");
    String sha = sha(ctx);
    if (!Req.session(ctx).revealed(revealKey(c.id(), doc, sha), s.clock().instant())) {
      throw new ForbiddenResponse("reveal the image first");
    }
    send(ctx, s.renditions().revealed(bytes(sha)));
  }

  private byte[] bytes(String sha) throws IOException {
    Path p = blobs.path(sha);
    try {
      if (Files.size(p) > MAX_BYTES) {
        return new byte[0];
      }
      return Files.readAllBytes(p);
    } catch (NoSuchFileException e) {
      throw new NotFoundResponse("the image is not in this installation's evidence store");
    }
  }

  private static void send(Context ctx, Optional<byte[]> png) {
    if (png.isEmpty()) {
      throw new NotFoundResponse("not an image this workbench can display");
    }
    // A private image: never cached by the browser or a proxy; sandboxed if opened directly.
    ctx.header("Cache-Control", "no-store");
    ctx.header("Content-Security-Policy", "default-src 'none'; sandbox");
    ctx.contentType("image/png").result(png.get());
  }
}
