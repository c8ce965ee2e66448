package ca.threadline.evidence.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A small web site on loopback (JDK HttpServer) for capture and import tests: fixed pages,
 * chunked pages, redirects. Remembers every request's path and User-Agent.
 */
public final class LocalSite implements AutoCloseable {
  /** One resource. {@code chunked} sends without Content-Length (chunked transfer coding). */
  public record Page(int status, String contentType, byte[] body, boolean chunked, String location) {
    public static Page ok(String contentType, byte[] body) {
      return new Page(200, contentType, body, false, null);
    }

    public static Page chunked(String contentType, byte[] body) {
      return new Page(200, contentType, body, true, null);
    }

    public static Page redirect(int status, String location) {
      return new Page(status, "text/html", ("<a href=\"" + location + "\">moved</a>").getBytes(), false, location);
    }
  }

  /** What a client sent. */
  public record Request(String path, String userAgent) {}

  private final HttpServer server;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  public LocalSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", ex -> {
      try (ex) {
        String path = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        requests.add(new Request(path, ex.getRequestHeaders().getFirst("User-Agent")));
        try (InputStream in = ex.getRequestBody()) {
          in.readAllBytes();
        }
        Page p = pages.get(path);
        if (p == null) {
          byte[] nf = "not found".getBytes();
          ex.getResponseHeaders().set("Content-Type", "text/plain");
          ex.sendResponseHeaders(404, nf.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(nf);
          }
          return;
        }
        ex.getResponseHeaders().set("Content-Type", p.contentType());
        if (p.location() != null) {
          ex.getResponseHeaders().set("Location", p.location());
        }
        ex.sendResponseHeaders(p.status(), p.chunked() ? 0 : p.body().length);
        try (OutputStream out = ex.getResponseBody()) {
          if (p.chunked()) {
            int half = p.body().length / 2;
            out.write(p.body(), 0, half);
            out.flush();
            out.write(p.body(), half, p.body().length - half);
          } else {
            out.write(p.body());
          }
        }
      }
    });
    server.start();
  }

  public LocalSite put(String path, Page page) {
    pages.put(path, page);
    return this;
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
