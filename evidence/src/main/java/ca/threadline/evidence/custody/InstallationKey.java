package ca.threadline.evidence.custody;

import ca.threadline.evidence.store.AtomicFiles;
import ca.threadline.evidence.store.Digests;
import ca.threadline.evidence.store.Hex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.EnumSet;

/**
 * The installation's Ed25519 key (RFC 8032) that signs custody checkpoints. Kept in
 * {@code keys/custody-ed25519.key} (PKCS#8 PEM, owner-only) and {@code keys/custody-ed25519.pub.pem}
 * (SubjectPublicKeyInfo PEM, readable by {@code openssl pkeyutl -verify -pubin -rawin}).
 *
 * <p>The key id is the first 16 hex digits of SHA-256 over the public key's DER encoding; it names
 * the installation in every checkpoint so that a reader can tell which key to expect.
 */
public final class InstallationKey {
  public static final String PRIVATE_FILE = "custody-ed25519.key";
  public static final String PUBLIC_FILE = "custody-ed25519.pub.pem";

  private final PublicKey publicKey;
  private final PrivateKey privateKey; // null when only verifying

  private InstallationKey(PublicKey publicKey, PrivateKey privateKey) {
    this.publicKey = publicKey;
    this.privateKey = privateKey;
  }

  /** Loads the key pair from {@code keysDir}, creating it (crash-safely) on first use. */
  public static InstallationKey loadOrCreate(Path keysDir) throws IOException {
    Path priv = keysDir.resolve(PRIVATE_FILE);
    Path pub = keysDir.resolve(PUBLIC_FILE);
    if (!Files.exists(priv)) {
      try {
        KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.createDirectories(keysDir);
        AtomicFiles.write(priv, Pem.encode("PRIVATE KEY", kp.getPrivate().getEncoded()).getBytes(StandardCharsets.US_ASCII));
        try {
          Files.setPosixFilePermissions(priv, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        } catch (UnsupportedOperationException e) {
          // not POSIX; the data home's own permissions protect it
        }
        AtomicFiles.write(pub, Pem.encode("PUBLIC KEY", kp.getPublic().getEncoded()).getBytes(StandardCharsets.US_ASCII));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("the JDK lacks Ed25519", e);
      }
    }
    try {
      KeyFactory kf = KeyFactory.getInstance("Ed25519");
      PrivateKey pk = kf.generatePrivate(new PKCS8EncodedKeySpec(Pem.decode("PRIVATE KEY", Files.readString(priv, StandardCharsets.US_ASCII))));
      PublicKey pubKey;
      if (Files.exists(pub)) {
        pubKey = publicKey(Files.readString(pub, StandardCharsets.US_ASCII));
      } else {
        throw new IOException("public key " + pub + " is missing while the private key exists");
      }
      return new InstallationKey(pubKey, pk);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IOException("cannot read the installation key in " + keysDir + ": " + e.getMessage(), e);
    }
  }

  /** Loads only the public key (for verification); {@code null} when there is none. */
  public static InstallationKey loadPublic(Path keysDir) throws IOException {
    Path pub = keysDir.resolve(PUBLIC_FILE);
    if (!Files.exists(pub)) {
      return null;
    }
    try {
      return new InstallationKey(publicKey(Files.readString(pub, StandardCharsets.US_ASCII)), null);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IOException("cannot read public key " + pub + ": " + e.getMessage(), e);
    }
  }

  public static InstallationKey fromPublicPem(String pem) throws GeneralSecurityException {
    return new InstallationKey(publicKey(pem), null);
  }

  private static PublicKey publicKey(String pem) throws GeneralSecurityException {
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Pem.decode("PUBLIC KEY", pem)));
  }

  public String keyId() {
    return Hex.of(Digests.sha256(publicKey.getEncoded())).substring(0, 16);
  }

  /** The full SHA-256 fingerprint of the public key (to compare with one recorded out of band). */
  public String fingerprint() {
    return Hex.of(Digests.sha256(publicKey.getEncoded()));
  }

  public String publicPem() {
    return Pem.encode("PUBLIC KEY", publicKey.getEncoded());
  }

  public byte[] sign(byte[] message) {
    if (privateKey == null) {
      throw new IllegalStateException("public key only");
    }
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(privateKey);
      s.update(message);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public boolean verify(byte[] message, byte[] signature) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(publicKey);
      s.update(message);
      return s.verify(signature);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
