package ca.threadline.evidence.timestamp;

import ca.threadline.evidence.store.EvidenceHome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * The time-stamping authority certificates this installation trusts: {@code keys/tsa-ca.pem}, a PEM
 * file of one or more certificates (the authority's root, or the authority itself), copied there by
 * {@code threadline evidence configure --tsa-ca FILE}.
 */
public final class TrustedTsa {
  public static final String FILE = "tsa-ca.pem";

  private TrustedTsa() {}

  public static Path path(EvidenceHome home) {
    return home.keys().resolve(FILE);
  }

  public static List<X509Certificate> load(EvidenceHome home) throws IOException {
    Path p = path(home);
    if (!Files.exists(p)) {
      return List.of();
    }
    return parse(Files.readAllBytes(p), p.toString());
  }

  public static List<X509Certificate> parse(byte[] pem, String source) throws IOException {
    try {
      List<X509Certificate> out = new ArrayList<>();
      for (var c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem))) {
        out.add((X509Certificate) c);
      }
      if (out.isEmpty()) {
        throw new IOException(source + " holds no certificate");
      }
      return out;
    } catch (CertificateException e) {
      throw new IOException(source + " is not a PEM certificate file: " + e.getMessage(), e);
    }
  }
}
