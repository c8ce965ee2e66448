package ca.threadline.evidence.capture;

import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.Digests;
import ca.threadline.evidence.store.Hex;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.IDN;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Fetches one URL with HTTP/1.1 over a plain or TLS socket and keeps the bytes exactly as sent and
 * received, which a high-level HTTP client cannot give: the request Threadline wrote (with its
 * honest User-Agent) and the response as it arrived, transfer coding and all, for the WARC.
 *
 * <p>The host name is resolved once with the system resolver (the only lookup a capture makes);
 * the connection goes to the first address that answers; TLS checks the certificate and host name
 * like a browser and records the chain's fingerprints. The response is read by its framing
 * (Content-Length, chunked, or to the end of the connection) with limits on size and time, so a
 * server that never stops cannot hang a capture.
 */
public final class HttpFetcher {
  /** Limits and identity of a capture's requests. */
  public record Options(String userAgent, Duration timeout, long maxBytes) {}

  private final Options options;
  private final SSLSocketFactory tls;
  private final Clock clock;

  public HttpFetcher(Options options, SSLSocketFactory tls, Clock clock) {
    this.options = options;
    this.tls = tls;
    this.clock = clock;
  }

  public Exchange fetch(URI uri, Path responseFile) throws IOException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IOException("only http and https URLs can be captured: " + uri);
    }
    String host = uri.getHost();
    if (host == null) {
      throw new IOException("no host in " + uri);
    }
    String asciiHost = IDN.toASCII(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    byte[] request = request(uri, asciiHost, port, scheme);
    Instant started = clock.instant();
    List<InetAddress> resolved = List.of(InetAddress.getAllByName(asciiHost));
    Socket socket = null;
    IOException last = null;
    for (InetAddress a : resolved) {
      Socket s = new Socket();
      try {
        s.connect(new InetSocketAddress(a, port), (int) Math.min(options.timeout().toMillis(), 30_000));
        socket = s;
        break;
      } catch (IOException e) {
        s.close();
        last = e;
      }
    }
    if (socket == null) {
      throw new IOException("cannot connect to " + asciiHost + ":" + port + ": " + (last == null ? "no address" : last.getMessage()), last);
    }
    InetAddress ip = socket.getInetAddress();
    ObjectNode tlsInfo = null;
    long deadline = System.nanoTime() + options.timeout().toNanos();
    try (Socket open = socket) {
      Socket s = open;
      s.setSoTimeout((int) Math.min(options.timeout().toMillis(), 30_000));
      if (scheme.equals("https")) {
        SSLSocket ssl = (SSLSocket) tls.createSocket(s, asciiHost, port, true);
        SSLParameters p = ssl.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS");
        if (!isIpLiteral(asciiHost)) {
          p.setServerNames(List.of(new SNIHostName(asciiHost)));
        }
        ssl.setSSLParameters(p);
        ssl.startHandshake();
        tlsInfo = tlsInfo(ssl);
        s = ssl;
      }
      OutputStream out = s.getOutputStream();
      out.write(request);
      out.flush();
      ResponseReader reader = new ResponseReader(new java.io.BufferedInputStream(s.getInputStream(), 1 << 16), responseFile, options.maxBytes(), deadline);
      String truncated = reader.read();
      return new Exchange(uri, request, responseFile, reader.size(), ip, resolved, started, clock.instant(), tlsInfo, truncated);
    }
  }

  private byte[] request(URI uri, String host, int port, String scheme) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      path += "?" + uri.getRawQuery();
    }
    boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    String hostHeader = (host.contains(":") ? "[" + host + "]" : host) + (defaultPort ? "" : ":" + port);
    String r =
        "GET " + path + " HTTP/1.1\r\n"
            + "Host: " + hostHeader + "\r\n"
            + "User-Agent: " + options.userAgent() + "\r\n"
            + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/*;q=0.8,*/*;q=0.7\r\n"
            + "Accept-Encoding: identity\r\n"
            + "Connection: close\r\n"
            + "\r\n";
    return r.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static boolean isIpLiteral(String host) {
    return host.contains(":") || host.matches("[0-9.]+");
  }

  private static ObjectNode tlsInfo(SSLSocket ssl) {
    ObjectNode t = Json.object();
    var session = ssl.getSession();
    t.put("protocol", session.getProtocol());
    t.put("cipher_suite", session.getCipherSuite());
    ArrayNode chain = t.putArray("certificates");
    try {
      for (Certificate c : session.getPeerCertificates()) {
        ObjectNode o = chain.addObject();
        o.put("sha256", Hex.of(Digests.sha256(c.getEncoded())));
        if (c instanceof X509Certificate x) {
          o.put("subject", x.getSubjectX500Principal().getName());
          o.put("issuer", x.getIssuerX500Principal().getName());
          o.put("not_after", x.getNotAfter().toInstant().toString());
        }
      }
    } catch (Exception e) {
      t.put("certificates_note", "unavailable: " + e.getMessage());
    }
    return t;
  }
}
