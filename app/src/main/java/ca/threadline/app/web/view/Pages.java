package ca.threadline.app.web.view;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the workbench's jte templates (compiled to Java at build time from
 * {@code resources/ca/threadline/app/web/templates}). jte's HTML mode escapes every {@code ${}}
 * by its context and refuses, at build time, output inside event-handler attributes and
 * unquoted attributes; the pages load no inline script (CSP {@code script-src 'self'}).
 */
public final class Pages {
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, Pages.class.getClassLoader(), "ca.threadline.app.web.templates");

  /** Renders {@code template} with {@code page} (the frame) and {@code m} (the page's model). */
  public void render(Context ctx, String template, Page page, Object m) {
    StringOutput out = new StringOutput(8192);
    engine.render(template, Map.of("page", page, "m", m == null ? "" : m), out);
    ctx.contentType("text/html; charset=utf-8").result(out.toString());
  }
}
