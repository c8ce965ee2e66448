package ca.threadline.testkit.ads;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CryptoAddressesTest {
  private static final long SEED = 31_337L;

  @Test
  void knownVectors() {
    // Keccak-256 of the empty string (not SHA3-256).
    assertThat(HexFormat.of().formatHex(CryptoAddresses.keccak256(new byte[0], 0, 0)))
        .isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    // EIP-55 test vectors from the EIP.
    for (String a : new String[] {"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"}) {
      assertThat(CryptoAddresses.eip55(a.substring(2).toLowerCase(java.util.Locale.ROOT))).isEqualTo(a);
      assertThat(CryptoAddresses.isValidEth(a)).isTrue();
    }
    // Private key 1: the generator point G.
    BigInteger one = BigInteger.ONE;
    assertThat(CryptoAddresses.ethAddress(one)).isEqualTo("0x7e5f4552091a69125d5dfcb7b8c2659029395bdf");
    assertThat(CryptoAddresses.p2pkh(one)).isEqualTo("1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH");
    assertThat(CryptoAddresses.p2wpkh(one)).isEqualTo("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
    assertThat(CryptoAddresses.p2tr(one)).startsWith("bc1p");
    assertThat(CryptoAddresses.isValidBtc(CryptoAddresses.p2tr(one))).isTrue();
    assertThat(CryptoAddresses.isValidBtc(CryptoAddresses.p2shP2wpkh(one))).isTrue();
    assertThat(CryptoAddresses.p2shP2wpkh(one)).startsWith("3");
  }

  @Test
  void generatedAddressesAreValidAndOneCharacterDecoysAreNot() {
    System.out.println("seed " + SEED);
    CryptoAddresses crypto = new CryptoAddresses(new SplittableRandom(SEED));
    for (int i = 0; i < 300; i++) {
      CryptoAddresses.Address btc = crypto.btc();
      assertThat(CryptoAddresses.isValidBtc(btc.written())).as(btc.toString()).isTrue();
      assertThat(CryptoAddresses.isValidBtc(btc.canonical())).isTrue();
      assertThat(btc.written()).doesNotContainPattern("[0-9]{8}");
      String bad = crypto.corrupt(btc);
      assertThat(bad).hasSameSizeAs(btc.written());
      assertThat(differences(bad, btc.written())).as(bad).isEqualTo(1);
      assertThat(CryptoAddresses.isValidBtc(bad)).as(bad).isFalse();

      CryptoAddresses.Address eth = crypto.eth();
      assertThat(CryptoAddresses.isValidEth(eth.written())).as(eth.toString()).isTrue();
      assertThat(eth.canonical()).matches("0x[0-9a-f]{40}");
      String badEth = crypto.corrupt(eth);
      assertThat(CryptoAddresses.isValidEth(badEth)).as(badEth).isFalse();
      assertThat(differences(badEth.toLowerCase(java.util.Locale.ROOT), eth.canonical())).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void validatorsAgreeWithTheDevelopmentSet() throws Exception {
    var dir = java.nio.file.Path.of(System.getProperty("threadline.sharedData", "../shared/data"));
    var file = dir.resolve("selectors-dev.jsonl");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(file), "shared development set not present");
    String dev = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
    // Gold addresses of the hand-written set are valid; its "old typo" decoys are not.
    assertThat(CryptoAddresses.isValidBtc("1PixFMgLb7kgqULCwrB2FwJtGKz3tqcS4B")).isEqualTo(dev.contains("1PixFMgLb7kgqULCwrB2FwJtGKz3tqcS4B"));
    assertThat(CryptoAddresses.isValidBtc("bc1pv3q62lk7783f87f4xre99pdtsjasn76cahjr4gmk8ymrs6gjz8xqhtl969")).isTrue();
    assertThat(CryptoAddresses.isValidBtc("3F9DHMY4oP1u4twkRQmxGRmJtkXB7XGtcy")).isTrue();
    assertThat(CryptoAddresses.isValidBtc("32cSzrLzzzeokkhvAhTwk8ghNJFBdG3gS5")).isFalse();
    assertThat(CryptoAddresses.isValidEth("0x4334C587136D98dd099494289446EdC92A6eE46D")).isTrue();
    assertThat(CryptoAddresses.isValidEth("0xc3CD5B95F77a04c64611D203af5bF943E6ea85Fe")).isFalse();
    assertThat(dev).contains("0xc3CD5B95F77a04c64611D203af5bF943E6ea85Fe");
  }

  private static int differences(String a, String b) {
    int d = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        d++;
      }
    }
    return d;
  }
}
