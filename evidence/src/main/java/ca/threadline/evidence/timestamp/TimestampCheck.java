package ca.threadline.evidence.timestamp;

import ca.threadline.evidence.store.Digests;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;

/**
 * Checks a stored RFC 3161 time-stamp response over some bytes, as {@code openssl ts -verify}
 * would: the token's imprint is SHA-256 of exactly those bytes, the token is signed by the
 * certificate it carries, that certificate is a time-stamping certificate (critical EKU
 * id-kp-timeStamping, valid at the stamped time), and, when trusted authority certificates are
 * given, it is one of them or issued by one.
 */
public final class TimestampCheck {
  private final List<X509Certificate> trusted;

  /** @param trusted certificates of trusted authorities (their roots or themselves); may be empty */
  public TimestampCheck(List<X509Certificate> trusted) {
    this.trusted = List.copyOf(trusted);
  }

  /** The outcome: {@code problem} is null when the token is good. */
  public record Result(String problem, Instant genTime, X509Certificate signer, boolean anchored) {
    public boolean ok() {
      return problem == null;
    }
  }

  /** Never throws: a token damaged in any way is a failed check. */
  public Result check(byte[] tsr, byte[] data) {
    try {
      return checkUnsafe(tsr, data);
    } catch (RuntimeException e) {
      return fail("the token is damaged: " + e.getMessage());
    }
  }

  private Result checkUnsafe(byte[] tsr, byte[] data) {
    TimeStampToken token;
    try {
      TimeStampResponse response = new TimeStampResponse(tsr);
      token = response.getTimeStampToken();
      if (token == null) {
        return fail("the response holds no token (status " + response.getStatus() + ")");
      }
    } catch (TSPException | IOException | RuntimeException e) {
      return fail("not a time-stamp response: " + e.getMessage());
    }
    var info = token.getTimeStampInfo();
    if (!NISTObjectIdentifiers.id_sha256.equals(info.getMessageImprintAlgOID())) {
      return fail("the token's imprint is not SHA-256");
    }
    if (!Arrays.equals(info.getMessageImprintDigest(), Digests.sha256(data))) {
      return fail("the token was issued for other bytes (imprint mismatch)");
    }
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> matches = token.getCertificates().getMatches((Selector<X509CertificateHolder>) (Object) token.getSID());
    if (matches.isEmpty()) {
      return fail("the token does not carry its signer's certificate");
    }
    X509CertificateHolder holder = matches.iterator().next();
    X509Certificate signer;
    try {
      token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
      signer = new JcaX509CertificateConverter().getCertificate(holder);
    } catch (TSPException | OperatorCreationException | CertificateException | RuntimeException e) {
      return fail("the token's signature does not verify: " + e.getMessage());
    }
    Instant genTime = info.getGenTime().toInstant();
    if (trusted.isEmpty()) {
      return new Result(null, genTime, signer, false);
    }
    for (X509Certificate t : trusted) {
      if (t.equals(signer) || issuedBy(holder, t)) {
        return new Result(null, genTime, signer, true);
      }
    }
    return fail("the token's signer " + signer.getSubjectX500Principal() + " is not a trusted time-stamping authority");
  }

  private boolean issuedBy(X509CertificateHolder cert, X509Certificate issuer) {
    try {
      if (!cert.getIssuer().equals(org.bouncycastle.asn1.x500.X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()))) {
        return false;
      }
      return cert.isSignatureValid(new JcaContentVerifierProviderBuilder().build(issuer.getPublicKey()));
    } catch (Exception e) {
      return false;
    }
  }

  private static Result fail(String why) {
    return new Result(why, null, null, false);
  }

  /** The signer certificate carried in a token, or null (for bundles: {@code tsa/tsa-cert.pem}). */
  public X509Certificate signerOf(byte[] tsr) {
    try {
      TimeStampToken token = new TimeStampResponse(tsr).getTimeStampToken();
      if (token == null) {
        return null;
      }
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> m = token.getCertificates().getMatches((Selector<X509CertificateHolder>) (Object) token.getSID());
      return m.isEmpty() ? null : new JcaX509CertificateConverter().getCertificate(m.iterator().next());
    } catch (TSPException | IOException | CertificateException | RuntimeException e) {
      return null;
    }
  }
}
