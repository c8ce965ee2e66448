package ca.threadline.evidence.testing;

import ca.threadline.evidence.custody.Pem;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A real RFC 3161 time-stamping authority for tests, in-process on loopback: it creates its own
 * test root CA and a time-stamping certificate (critical EKU id-kp-timeStamping) signed by it, and
 * answers {@code application/timestamp-query} POSTs with BouncyCastle's token generator. Nothing
 * leaves the machine.
 */
public final class LocalTsa implements AutoCloseable {
  private final HttpServer server;
  private final X509Certificate ca;
  private final X509Certificate tsaCert;
  private final AtomicInteger requests = new AtomicInteger();
  private volatile boolean failing;

  private LocalTsa(HttpServer server, X509Certificate ca, X509Certificate tsaCert) {
    this.server = server;
    this.ca = ca;
    this.tsaCert = tsaCert;
  }

  public static LocalTsa start() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair caKeys = g.generateKeyPair();
    KeyPair tsaKeys = g.generateKeyPair();
    Instant now = Instant.now();
    JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
    X500Name caName = new X500Name("CN=Threadline Test Root CA,O=Threadline tests");
    X509v3CertificateBuilder cab =
        new JcaX509v3CertificateBuilder(caName, BigInteger.ONE, Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), caName, caKeys.getPublic())
            .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
            .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
            .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(caKeys.getPublic()));
    X509Certificate ca = new JcaX509CertificateConverter().getCertificate(cab.build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate())));
    X509v3CertificateBuilder tb =
        new JcaX509v3CertificateBuilder(ca, BigInteger.TWO, Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), new X500Name("CN=Threadline Test TSA,O=Threadline tests"), tsaKeys.getPublic())
            .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
            .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
            .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
            .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(tsaKeys.getPublic()))
            .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(ca));
    X509Certificate tsaCert = new JcaX509CertificateConverter().getCertificate(tb.build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate())));
    SignerInfoGenerator signer = new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA", tsaKeys.getPrivate(), tsaCert);
    DigestCalculator essDigest = new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
    TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(signer, essDigest, new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.1.1"));
    tokens.addCertificates(new JcaCertStore(List.of(tsaCert)));
    TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
    AtomicLong serial = new AtomicLong(1000);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    LocalTsa tsa = new LocalTsa(server, ca, tsaCert);
    server.createContext("/tsa", ex -> {
      try (ex) {
        tsa.requests.incrementAndGet();
        if (tsa.failing) {
          ex.sendResponseHeaders(503, -1);
          return;
        }
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
          body = in.readAllBytes();
        }
        byte[] reply;
        try {
          reply = responses.generate(new TimeStampRequest(body), BigInteger.valueOf(serial.incrementAndGet()), new Date()).getEncoded();
        } catch (Exception e) {
          ex.sendResponseHeaders(400, -1);
          return;
        }
        ex.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
        ex.sendResponseHeaders(200, reply.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(reply);
        }
      } catch (IOException e) {
        // client went away
      }
    });
    server.start();
    return tsa;
  }

  public URI url() {
    return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/tsa");
  }

  public X509Certificate ca() {
    return ca;
  }

  public X509Certificate tsaCertificate() {
    return tsaCert;
  }

  public String caPem() throws Exception {
    return Pem.encode("CERTIFICATE", ca.getEncoded());
  }

  public int requests() {
    return requests.get();
  }

  /** Makes the authority answer 503 (to test a failing authority). */
  public void failing(boolean f) {
    failing = f;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
