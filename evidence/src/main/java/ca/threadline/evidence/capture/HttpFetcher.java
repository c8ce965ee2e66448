package ca.threadline.evidence.capture;

import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.Digests;
import ca.threadline.evidence.store.Hex;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.IDN;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

  private static final int MAX_HEAD = 256 * 1024;
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

  /** Reads one response by its framing into a file, within size and time limits. */
  static final class ResponseReader {
    private final InputStream in;
    private final Path file;
    private final long maxBytes;
    private final long deadline;
    private long size;

    ResponseReader(InputStream in, Path file, long maxBytes, long deadline) {
      this.in = in;
      this.file = file;
      this.maxBytes = maxBytes;
      this.deadline = deadline;
    }

    long size() {
      return size;
    }

    /** Returns null when the response is whole, else "length" or "time". */
    String read() throws IOException {
      try (OutputStream out = Files.newOutputStream(file)) {
        byte[] head = readHead(out);
        if (head == null) {
          if (size == 0) {
            throw new IOException("the server closed the connection without answering");
          }
          return size >= maxBytes ? "length" : null;
        }
        Framing f = Framing.of(head);
        byte[] buf = new byte[1 << 16];
        ChunkScanner chunks = f.chunked() ? new ChunkScanner() : null;
        long remaining = f.length();
        if (f.noBody() || remaining == 0) {
          return null;
        }
        while (true) {
          if (System.nanoTime() > deadline) {
            return "time";
          }
          int want = buf.length;
          if (remaining > 0) {
            want = (int) Math.min(want, remaining);
          }
          if (size + want > maxBytes) {
            want = (int) (maxBytes - size);
            if (want <= 0) {
              return "length";
            }
          }
          int n;
          try {
            n = in.read(buf, 0, want);
          } catch (SocketTimeoutException e) {
            return "time";
          }
          if (n < 0) {
            return null;
          }
          out.write(buf, 0, n);
          size += n;
          if (chunks != null && chunks.feed(buf, n)) {
            return null;
          }
          if (remaining > 0) {
            remaining -= n;
            if (remaining == 0) {
              return null;
            }
          }
        }
      }
    }

    /** Reads up to and including the blank line ending the header; null if the stream ends first. */
    private byte[] readHead(OutputStream out) throws IOException {
      java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream(4096);
      int state = 0;
      while (true) {
        if (System.nanoTime() > deadline) {
          throw new IOException("no complete response header within the time limit");
        }
        int b;
        try {
          b = in.read();
        } catch (SocketTimeoutException e) {
          throw new IOException("no complete response header within the time limit", e);
        }
        if (b < 0) {
          out.write(head.toByteArray());
          size = head.size();
          return null;
        }
        head.write(b);
        if (head.size() > MAX_HEAD) {
          throw new IOException("response header longer than " + MAX_HEAD + " bytes");
        }
        state = switch (state) {
          case 0 -> b == '\r' ? 1 : b == '\n' ? 2 : 0;
          case 1 -> b == '\n' ? 2 : 0;
          case 2 -> b == '\r' ? 3 : b == '\n' ? 4 : 0;
          case 3 -> b == '\n' ? 4 : 0;
          default -> 0;
        };
        if (state == 4) {
          byte[] h = head.toByteArray();
          out.write(h);
          size = h.length;
          return h;
        }
      }
    }
  }

  /** How a response's body is delimited (RFC 9112 §6.3). */
  record Framing(boolean noBody, boolean chunked, long length) {
    static Framing of(byte[] head) {
      String text = new String(head, StandardCharsets.ISO_8859_1);
      String[] lines = text.split("\r?\n");
      int status = 0;
      String[] first = lines[0].split(" ", 3);
      if (first.length >= 2) {
        try {
          status = Integer.parseInt(first[1].strip());
        } catch (NumberFormatException e) {
          status = 0;
        }
      }
      boolean chunked = false;
      long length = -1;
      for (int i = 1; i < lines.length; i++) {
        int c = lines[i].indexOf(':');
        if (c <= 0) {
          continue;
        }
        String name = lines[i].substring(0, c).strip().toLowerCase(Locale.ROOT);
        String value = lines[i].substring(c + 1).strip();
        if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
          chunked = true;
        } else if (name.equals("content-length")) {
          try {
            length = Long.parseLong(value);
          } catch (NumberFormatException e) {
            length = -1;
          }
        }
      }
      boolean noBody = (status >= 100 && status < 200) || status == 204 || status == 304;
      return new Framing(noBody, chunked, chunked ? -1 : length);
    }
  }

  /** Finds the end of a chunked body (last chunk and trailer section) as bytes stream past. */
  static final class ChunkScanner {
    private int state; // 0 size, 1 extension, 2 size LF, 3 data, 4 data CR, 5 data LF, 6 trailer line start, 7 trailer line, 8 trailer LF, 9 final LF
    private long size;
    private long left;

    /** Returns true when the body's end is in these bytes. */
    boolean feed(byte[] b, int n) {
      for (int i = 0; i < n; i++) {
        int c = b[i] & 0xFF;
        switch (state) {
          case 0 -> {
            int d = Character.digit(c, 16);
            if (d >= 0) {
              size = size * 16 + d;
              if (size > (1L << 40)) {
                size = 1L << 40;
              }
            } else if (c == ';' || c == ' ' || c == '\t') {
              state = 1;
            } else if (c == '\r') {
              state = 2;
            } else if (c == '\n') {
              state = endOfSize();
            }
          }
          case 1 -> {
            if (c == '\r') {
              state = 2;
            } else if (c == '\n') {
              state = endOfSize();
            }
          }
          case 2 -> state = c == '\n' ? endOfSize() : 0;
          case 3 -> {
            long take = Math.min(left, n - i);
            i += (int) take - 1;
            left -= take;
            if (left == 0) {
              state = 4;
            }
          }
          case 4 -> state = c == '\r' ? 5 : c == '\n' ? 0 : 0;
          case 5 -> state = 0;
          case 6 -> {
            if (c == '\r') {
              state = 9;
            } else if (c == '\n') {
              return true;
            } else {
              state = 7;
            }
          }
          case 7 -> {
            if (c == '\n') {
              state = 6;
            }
          }
          case 9 -> {
            if (c == '\n') {
              return true;
            }
            state = 7;
          }
          default -> state = 0;
        }
      }
      return false;
    }

    private int endOfSize() {
      if (size == 0) {
        return 6;
      }
      left = size;
      size = 0;
      return 3;
    }
  }
}
