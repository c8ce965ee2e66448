package ca.threadline.evidence.timestamp;

import ca.threadline.evidence.custody.Timestamper;
import ca.threadline.evidence.store.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/**
 * Asks an RFC 3161 time-stamping authority over HTTP (RFC 3161 §3.4: POST of
 * {@code application/timestamp-query}) for a token over {@code SHA-256(data)}, with a random nonce
 * and the authority's certificate requested in the token, and checks the reply against the request
 * (status, imprint, nonce) before accepting it. The only network traffic besides capture targets.
 */
public final class TsaClient implements Timestamper {
  private static final int MAX_RESPONSE = 1 << 20;
  private final URI url;
  private final HttpClient http;
  private final SecureRandom random = new SecureRandom();

  public TsaClient(URI url) {
    if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
      throw new IllegalArgumentException("a time-stamping authority URL is http or https: " + url);
    }
    this.url = url;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Override
  public String url() {
    return url.toString();
  }

  @Override
  public byte[] timestamp(byte[] data) throws IOException {
    TimeStampRequestGenerator gen = new TimeStampRequestGenerator();
    gen.setCertReq(true);
    BigInteger nonce = new BigInteger(64, random);
    TimeStampRequest request = gen.generate(TSPAlgorithms.SHA256, Digests.sha256(data), nonce);
    HttpRequest post =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/timestamp-query")
            .header("Accept", "application/timestamp-reply")
            .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
            .build();
    HttpResponse<InputStream> reply;
    try {
      reply = http.send(post, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + url, e);
    }
    byte[] body;
    try (InputStream in = reply.body()) {
      body = in.readNBytes(MAX_RESPONSE + 1);
    }
    if (reply.statusCode() != 200) {
      throw new IOException("HTTP " + reply.statusCode() + " from " + url);
    }
    if (body.length > MAX_RESPONSE) {
      throw new IOException("reply from " + url + " is larger than " + MAX_RESPONSE + " bytes");
    }
    try {
      TimeStampResponse response = new TimeStampResponse(body);
      response.validate(request);
      if (response.getTimeStampToken() == null) {
        throw new IOException("the authority refused: status " + response.getStatus() + " " + response.getStatusString());
      }
      return response.getEncoded();
    } catch (TSPException | IllegalArgumentException e) {
      throw new IOException("invalid reply from " + url + ": " + e.getMessage(), e);
    }
  }
}
