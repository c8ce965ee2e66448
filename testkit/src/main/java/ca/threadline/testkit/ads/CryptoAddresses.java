package ca.threadline.testkit.ads;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.bitcoinj.base.AddressParser;
import org.bitcoinj.base.BitcoinNetwork;
import org.bitcoinj.base.LegacyAddress;
import org.bitcoinj.base.SegwitAddress;
import org.bitcoinj.crypto.ECKey;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * Cryptocurrency deposit addresses derived from seeded random secp256k1 keys, with valid
 * checksums, and one-character-changed decoys with invalid ones.
 *
 * <ul>
 *   <li>BTC P2PKH and P2SH (P2SH-P2WPKH redeem script) in Base58Check, P2WPKH in Bech32 (BIP 173)
 *       and P2TR in Bech32m (BIP 350), all mainnet, encoded by bitcoinj. The P2TR program is the
 *       key's x-only public key without the BIP 341 tweak: the address is well-formed and
 *       checksum-valid, which is all an extractor can check.
 *   <li>ETH: the last 20 bytes of Keccak-256 of the uncompressed public key, written with the
 *       EIP-55 mixed-case checksum, or all lower/upper case (valid: carries no checksum).
 * </ul>
 * Keys come only from the given {@link RandomGenerator}: no real wallet is ever produced except
 * by astronomically unlikely coincidence.
 */
final class CryptoAddresses {
  /** An address as written, its canonical value (CONTRACTS.md §1) and its kind tag. */
  record Address(String written, String canonical, String tag) {}

  private static final String BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final BigInteger CURVE_ORDER = ECKey.ecDomainParameters().getN();

  private final RandomGenerator random;

  CryptoAddresses(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /** A random BTC address of a random kind. */
  Address btc() {
    int kind = random.nextInt(8);
    Address a;
    do {
      a = switch (kind) {
        case 0, 1, 2 -> p2pkh();
        case 3 -> p2sh();
        case 4, 5, 6 -> p2wpkh();
        default -> p2tr();
      };
    } while (LONG_DIGIT_RUN.matcher(a.written()).find());
    return a;
  }

  /**
   * Eight or more digits in a row inside an address could be read as a phone number (a real,
   * non-fictional one, even); such keys are skipped so that the corpus holds no real-looking
   * number and the phone ground truth stays exact.
   */
  private static final java.util.regex.Pattern LONG_DIGIT_RUN = java.util.regex.Pattern.compile("[0-9]{8,}");

  Address p2pkh() {
    String a = p2pkh(privateKey());
    return new Address(a, a, "p2pkh");
  }

  Address p2sh() {
    String a = p2shP2wpkh(privateKey());
    return new Address(a, a, "p2sh");
  }

  Address p2wpkh() {
    return bech32Written(p2wpkh(privateKey()), "p2wpkh");
  }

  Address p2tr() {
    return bech32Written(p2tr(privateKey()), "p2tr");
  }

  /** The compressed SEC1 public key of {@code priv}. */
  static byte[] publicKey(BigInteger priv) {
    return ECKey.publicKeyFromPrivate(priv, true);
  }

  static String p2pkh(BigInteger priv) {
    return LegacyAddress.fromPubKeyHash(BitcoinNetwork.MAINNET, hash160(publicKey(priv))).toBase58();
  }

  /** P2SH wrapping the P2WPKH redeem script {@code OP_0 <20-byte key hash>} (BIP 141). */
  static String p2shP2wpkh(BigInteger priv) {
    byte[] redeem = new byte[22];
    redeem[0] = 0x00; // OP_0
    redeem[1] = 0x14; // push 20 bytes
    System.arraycopy(hash160(publicKey(priv)), 0, redeem, 2, 20);
    return LegacyAddress.fromScriptHash(BitcoinNetwork.MAINNET, hash160(redeem)).toBase58();
  }

  static String p2wpkh(BigInteger priv) {
    return SegwitAddress.fromHash(BitcoinNetwork.MAINNET, hash160(publicKey(priv))).toBech32();
  }

  static String p2tr(BigInteger priv) {
    byte[] compressed = publicKey(priv);
    byte[] xOnly = new byte[32];
    System.arraycopy(compressed, 1, xOnly, 0, 32);
    return SegwitAddress.fromProgram(BitcoinNetwork.MAINNET, 1, xOnly).toBech32();
  }

  /** {@code 0x} + 40 lower-case hex: Keccak-256 of the uncompressed public key, last 20 bytes. */
  static String ethAddress(BigInteger priv) {
    byte[] uncompressed = ECKey.publicPointFromPrivate(priv).getEncoded(false);
    byte[] hash = keccak256(uncompressed, 1, 64);
    return "0x" + HexFormat.of().formatHex(hash, 12, 32);
  }

  /** Bech32 may be written all upper case (BIP 173); the canonical value is lower case. */
  private Address bech32Written(String lower, String tag) {
    return random.nextInt(10) == 0
        ? new Address(lower.toUpperCase(Locale.ROOT), lower, tag)
        : new Address(lower, lower, tag);
  }

  /** A random ETH address (see {@link #btc()} on digit runs). */
  Address eth() {
    Address a;
    do {
      a = ethOnce();
    } while (LONG_DIGIT_RUN.matcher(a.written()).find());
    return a;
  }

  private Address ethOnce() {
    String canonical = ethAddress(privateKey());
    String hex = canonical.substring(2);
    return switch (random.nextInt(10)) {
      case 0, 1 -> new Address(canonical, canonical, "lower");
      case 2 -> new Address("0x" + hex.toUpperCase(Locale.ROOT), canonical, "upper");
      default -> new Address(eip55(hex), canonical, "eip55");
    };
  }

  /**
   * A copy of {@code address} with one character changed so that its checksum fails: Base58 and
   * Bech32 data characters are replaced within their alphabet (the prefix {@code 1}/{@code 3}/
   * {@code bc1q}/{@code bc1p} is kept, so it still looks like an address); an EIP-55 address gets
   * one letter's case flipped or one hex digit changed, re-drawn until the mixed case no longer
   * matches the checksum.
   */
  String corrupt(Address address) {
    String a = address.written();
    for (int attempt = 0; attempt < 100; attempt++) {
      String bad = switch (address.tag()) {
        case "p2pkh", "p2sh" -> replaceOne(a, 1, BASE58);
        case "p2wpkh", "p2tr" -> {
          boolean upper = a.equals(a.toUpperCase(Locale.ROOT));
          String lower = replaceOne(a.toLowerCase(Locale.ROOT), 4, BECH32_CHARSET);
          yield upper ? lower.toUpperCase(Locale.ROOT) : lower;
        }
        default -> corruptEth(eip55(address.canonical().substring(2)));
      };
      if (address.tag().startsWith("p2") ? !isValidBtc(bad) : !isValidEth(bad)) {
        return bad;
      }
    }
    throw new IllegalStateException("could not corrupt " + a);
  }

  private String corruptEth(String mixed) {
    char[] c = mixed.toCharArray();
    int i = 2 + random.nextInt(40);
    if (Character.isLetter(c[i]) && random.nextBoolean()) {
      c[i] = Character.isUpperCase(c[i]) ? Character.toLowerCase(c[i]) : Character.toUpperCase(c[i]);
    } else {
      char n;
      do {
        n = "0123456789abcdef".charAt(random.nextInt(16));
      } while (Character.toLowerCase(c[i]) == n);
      c[i] = Character.isUpperCase(c[i]) ? Character.toUpperCase(n) : n;
    }
    String s = new String(c);
    String hex = s.substring(2);
    // Must stay mixed case: an all-one-case address carries no checksum and would be valid.
    return hex.equals(hex.toLowerCase(Locale.ROOT)) || hex.equals(hex.toUpperCase(Locale.ROOT)) ? mixed : s;
  }

  private String replaceOne(String s, int from, String alphabet) {
    int i = from + random.nextInt(s.length() - from);
    char n;
    do {
      n = alphabet.charAt(random.nextInt(alphabet.length()));
    } while (n == s.charAt(i));
    return s.substring(0, i) + n + s.substring(i + 1);
  }

  /** Whether bitcoinj accepts {@code s} as a mainnet address (checksum included). */
  static boolean isValidBtc(String s) {
    try {
      AddressParser.getDefault(BitcoinNetwork.MAINNET).parseAddress(s);
      return true;
    } catch (IllegalArgumentException e) { // AddressFormatException included
      return false;
    }
  }

  /** EIP-55: valid if all one case, or if the mixed case matches the checksum. */
  static boolean isValidEth(String s) {
    if (!s.matches("0x[0-9a-fA-F]{40}")) {
      return false;
    }
    String hex = s.substring(2);
    if (hex.equals(hex.toLowerCase(Locale.ROOT)) || hex.equals(hex.toUpperCase(Locale.ROOT))) {
      return true;
    }
    return eip55(hex.toLowerCase(Locale.ROOT)).equals(s);
  }

  /** EIP-55 checksum casing of 40 lower-case hex digits. */
  static String eip55(String lowerHex) {
    byte[] h = keccak256(lowerHex.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, 40);
    StringBuilder sb = new StringBuilder("0x");
    for (int i = 0; i < 40; i++) {
      char c = lowerHex.charAt(i);
      int nibble = (h[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xF;
      sb.append(Character.isLetter(c) && nibble >= 8 ? Character.toUpperCase(c) : c);
    }
    return sb.toString();
  }

  static byte[] keccak256(byte[] data, int off, int len) {
    KeccakDigest d = new KeccakDigest(256);
    d.update(data, off, len);
    byte[] out = new byte[32];
    d.doFinal(out, 0);
    return out;
  }

  private static byte[] hash160(byte[] data) {
    SHA256Digest sha = new SHA256Digest();
    sha.update(data, 0, data.length);
    byte[] s = new byte[32];
    sha.doFinal(s, 0);
    RIPEMD160Digest rip = new RIPEMD160Digest();
    rip.update(s, 0, 32);
    byte[] out = new byte[20];
    rip.doFinal(out, 0);
    return out;
  }

  private BigInteger privateKey() {
    byte[] b = new byte[32];
    BigInteger k;
    do {
      random.nextBytes(b);
      k = new BigInteger(1, b);
    } while (k.signum() == 0 || k.compareTo(CURVE_ORDER) >= 0);
    return k;
  }

  /** Kind tags, for tests. */
  static final List<String> BTC_TAGS = List.of("p2pkh", "p2sh", "p2wpkh", "p2tr");
}
