package ca.threadline.app.web;

import ca.threadline.app.web.admin.AdminRoutes;
import ca.threadline.app.web.auth.AuthRoutes;
import ca.threadline.app.web.cases.CaseRoutes;
import ca.threadline.app.web.document.DocumentRoutes;
import ca.threadline.app.web.image.ImageRoutes;
import ca.threadline.app.web.network.NetworkRoutes;
import ca.threadline.app.web.notes.NoteRoutes;
import ca.threadline.app.web.search.SearchRoutes;
import ca.threadline.app.web.selector.SelectorRoutes;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;

/**
 * The web workbench: a Javalin (Jetty) server over one case store. Every request passes the
 * {@link SecurityFilter} (headers, session, CSRF, sign-in); every case route checks membership
 * through the store ({@link CaseScope}); pages are jte templates; front-end libraries come from
 * WebJars on the classpath and the workbench's own scripts and map from its resources, so the
 * running server fetches nothing from the network.
 */
public final class Workbench implements AutoCloseable {
  private final Javalin app;

  private Workbench(Javalin app) {
    this.app = app;
  }

  /** Starts serving on {@code host:port} (port 0: any free port). */
  public static Workbench start(Services services, String host, int port) {
    SecurityFilter filter = new SecurityFilter(services);
    NoteRoutes notes = new NoteRoutes(services);
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.concurrency.useVirtualThreads = true;
      config.http.maxRequestSize = 1_000_000;
      config.http.generateEtags = false;
      config.jetty.host = host;
      config.jetty.port = port;
      config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
      config.staticFiles.enableWebjars();
      config.staticFiles.add(sf -> {
        sf.hostedPath = "/static";
        sf.directory = "/ca/threadline/app/web/static";
        sf.location = Location.CLASSPATH;
      });
      config.routes.before(filter::handle);
      new AuthRoutes(services).register(config.routes);
      new CaseRoutes(services, notes).register(config.routes);
      new SearchRoutes(services).register(config.routes);
      new DocumentRoutes(services, notes).register(config.routes);
      new ImageRoutes(services).register(config.routes);
      new SelectorRoutes(services, notes).register(config.routes);
      new NetworkRoutes(services, notes).register(config.routes);
      notes.register(config.routes);
      new AdminRoutes(services).register(config.routes);
      new Errors(services).register(config.routes);
    });
    app.start();
    return new Workbench(app);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
