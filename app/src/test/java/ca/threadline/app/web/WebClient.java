package ca.threadline.app.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A signed-in (or not) HTTP client of the workbench over loopback: cookies kept, CSRF token read from pages. */
final class WebClient {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  final String base;
  final CookieManager cookies = new CookieManager();
  final HttpClient http;
  String csrf;

  WebClient(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** POSTs a form with this client's CSRF token (unless the form has its own {@code _csrf}). */
  HttpResponse<String> post(String path, Map<String, String> form) {
    Map<String, String> f = new LinkedHashMap<>(form);
    if (csrf != null) {
      f.putIfAbsent("_csrf", csrf);
    }
    return postRaw(path, f, Map.of());
  }

  /** POSTs a form with this client's CSRF token and keeps the answer as bytes (downloads). */
  HttpResponse<byte[]> postBytes(String path, Map<String, String> form) {
    Map<String, String> f = new LinkedHashMap<>(form);
    if (csrf != null) {
      f.putIfAbsent("_csrf", csrf);
    }
    String body = f.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    try {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(180))
          .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> postRaw(String path, Map<String, String> form, Map<String, String> headers) {
    String body = form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    return send(b.build());
  }

  HttpResponse<String> send(HttpRequest r) {
    try {
      HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
      Matcher m = CSRF.matcher(resp.body());
      if (m.find()) {
        csrf = m.group(1);
      }
      return resp;
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signs in; returns the final response of the form post. */
  HttpResponse<String> signIn(String user, String password) {
    get("/login");
    return post("/login", Map.of("username", user, "password", password));
  }

  String sessionCookie() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("tl_session"))
        .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
