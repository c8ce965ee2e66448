package ca.threadline.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.web.auth.PasswordHasher;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS served directly ({@code serve --tls-keystore}): a self-signed certificate made with the
 * JDK's keytool; the client trusts exactly that certificate. Over TLS, cookies are Secure and
 * HSTS is sent; plain HTTP is not served at all.
 */
class TlsTest {
  @Test
  void cookiesAreSecureAndHstsIsSentOverTls(@TempDir Path tmp) throws Exception {
    Path ks = tmp.resolve("server.p12");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "threadline", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
        "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore", ks.toString(),
        "-storepass", "test-pass-123", "-keypass", "test-pass-123").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();

    KeyStore trust = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(ks)) {
      trust.load(in, "test-pass-123".toCharArray());
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(null, tmf.getTrustManagers(), null);

    try (Store store = Store.open(StoreConfig.embedded(tmp.resolve("home")))) {
      store.users().bootstrapAdmin("admin", "Admin", new PasswordHasher(1024, 1, 1).hash(CaseFixture.PASSWORD));
      try (Workbench w = Workbench.start(Workbench.services(store, tmp.resolve("home"), Clock.systemUTC(), false),
          "127.0.0.1", 0, new Workbench.Tls(ks, "test-pass-123"))) {
        HttpClient client = HttpClient.newBuilder().sslContext(ssl).build();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + w.port() + "/login")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(v ->
            assertThat(v).startsWith("tl_session=").contains("Secure").contains("HttpOnly").contains("SameSite=Strict"));
        assertThat(r.headers().firstValue("Strict-Transport-Security")).isPresent();
        // No plain HTTP on the port: the TLS connector refuses it (an error or a 4xx, never the page).
        try {
          HttpResponse<String> plain = HttpClient.newHttpClient().send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.port() + "/login")).build(), HttpResponse.BodyHandlers.ofString());
          assertThat(plain.statusCode()).isGreaterThanOrEqualTo(400);
          assertThat(plain.body()).doesNotContain("tl_session").doesNotContain("_csrf");
        } catch (java.io.IOException refused) {
          // expected too
        }
      }
    }
  }
}
