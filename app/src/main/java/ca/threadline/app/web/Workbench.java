package ca.threadline.app.web;

import ca.threadline.app.web.admin.AdminRoutes;
import ca.threadline.app.web.auth.AuthRoutes;
import ca.threadline.app.web.cases.CaseRoutes;
import ca.threadline.app.web.document.DocumentRoutes;
import ca.threadline.app.web.image.ImageRoutes;
import ca.threadline.app.web.network.ExportRoutes;
import ca.threadline.app.web.network.NetworkRoutes;
import ca.threadline.app.export.WorkbenchExport;
import ca.threadline.app.web.notes.NoteRoutes;
import ca.threadline.app.web.search.SearchRoutes;
import ca.threadline.app.web.selector.SelectorRoutes;
import ca.threadline.app.web.auth.LoginThrottle;
import ca.threadline.app.web.auth.PasswordHasher;
import ca.threadline.app.web.auth.SessionStore;
import ca.threadline.app.web.chain.ChainLookups;
import ca.threadline.app.web.geo.CityCoordinates;
import ca.threadline.app.web.image.Renditions;
import ca.threadline.app.web.view.IndicatorCatalog;
import ca.threadline.app.web.view.Pages;
import ca.threadline.store.Store;
import io.javalin.Javalin;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import java.nio.file.Path;
import java.time.Clock;
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

  /** The services of a workbench over {@code store}, with the standard security settings. */
  public static Services services(Store store, Path home, Clock clock, boolean secureCookies) {
    return new Services(store, home, new Pages(), SessionStore.standard(clock), LoginThrottle.standard(clock),
        PasswordHasher.standard(), clock, IndicatorCatalog.standard(), CityCoordinates.standard(), new ChainLookups(home),
        new Renditions(), secureCookies);
  }

  /**
   * A TLS certificate and key for serving HTTPS directly: a PKCS#12 key store and its password.
   * With it the workbench listens on HTTPS only, marks cookies {@code Secure} and sends HSTS.
   */
  public record Tls(Path keyStore, String password) {}

  /** Starts serving HTTP on {@code host:port} (port 0: any free port). */
  public static Workbench start(Services services, String host, int port) {
    return start(services, host, port, null);
  }

  /** Starts serving on {@code host:port}, over HTTPS only when {@code tls} is given. */
  public static Workbench start(Services services, String host, int port, Tls tls) {
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
      if (tls != null) {
        // Javalin adds its plain HTTP connector only when none was added: this one replaces it.
        config.jetty.addConnector((server, http) -> {
          SslContextFactory.Server ssl = new SslContextFactory.Server();
          ssl.setKeyStorePath(tls.keyStore().toAbsolutePath().toString());
          ssl.setKeyStoreType("PKCS12");
          ssl.setKeyStorePassword(tls.password());
          ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
          HttpConfiguration https = new HttpConfiguration(http);
          SecureRequestCustomizer secure = new SecureRequestCustomizer();
          // Clients may reach a team server by address; the certificate names it, the browser checks it.
          secure.setSniHostCheck(false);
          https.addCustomizer(secure);
          ServerConnector c = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
          c.setHost(host);
          c.setPort(port);
          return c;
        });
      }
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
      ExportRoutes exports = new ExportRoutes(services,
          new WorkbenchExport(services.home(), services.store(), services.clock(), ExportRoutes.chromium()));
      new NetworkRoutes(services, notes, exports).register(config.routes);
      exports.register(config.routes);
      notes.register(config.routes);
      new AdminRoutes(services).register(config.routes);
      new Errors(services).register(config.routes);
    });
    app.start();
    return new Workbench(app);
  }

  /** A registered route (the tests enumerate them to prove each one checks case membership). */
  public record Route(String method, String path) {}

  /** Every HTTP route of the workbench, before-filters excluded. */
  public java.util.List<Route> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .filter(e -> e.endpoint.method.isHttpMethod())
        .map(e -> new Route(e.endpoint.method.name(), e.endpoint.path))
        .toList();
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
