package ca.threadline.evidence.bundle;

/** Names of the files inside an evidence bundle (shared by writer and verifier). */
final class BundleLayout {
  static final String FORMAT = "threadline-evidence-bundle/1";
  static final String SUMS = "SHA256SUMS";
  static final String MANIFEST = "manifest.json";
  static final String UCO = "case-uco.jsonld";
  static final String README = "README.txt";
  static final String CHECK_PROOFS = "check-proofs.sh";
  static final String PUBLIC_KEY = "keys/custody-ed25519.pub.pem";
  static final String TSA_CA = "tsa/ca.pem";
  static final String TSA_CERT = "tsa/tsa-cert.pem";
  static final String ENTRIES = "custody/entries/";
  static final String PROOFS = "custody/proofs/";
  static final String CHECKPOINTS = "custody/checkpoints/";
  static final String CONSISTENCY = "custody/consistency/";

  private BundleLayout() {}

  static String entry(long seq) {
    return ENTRIES + pad(seq) + ".json";
  }

  static String proof(long seq, long checkpoint) {
    return PROOFS + pad(seq) + "-" + pad(checkpoint) + ".txt";
  }

  static String checkpoint(long k, String ext) {
    return CHECKPOINTS + pad(k) + "." + ext;
  }

  static String consistency(long from, long to) {
    return CONSISTENCY + pad(from) + "-" + pad(to) + ".txt";
  }

  static String pad(long n) {
    return String.format("%08d", n);
  }
}
