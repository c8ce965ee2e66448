package ca.threadline.extract.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.selector.Selector;
import ca.threadline.extract.FinderProbe;
import ca.threadline.extract.RandomTexts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class BtcFinderTest {
  private final FinderProbe probe = new FinderProbe(new BtcFinder());

  // BIP-350 "valid segwit addresses" (which include the BIP-173 v0 vectors): the mainnet ones.
  private static final String[][] BIP350_VALID_MAINNET = {
    {"BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"},
    {"BC1SW50QGDZ25J", "bc1sw50qgdz25j"},
    {"bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs"},
    {"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"},
  };

  /**
   * BIP-350 lists this witness-v1 address with a 40-byte program as valid; bitcoinj 0.17.1 rejects
   * it because it holds witness v1 to taproot's 32-byte program (BIP-341). No wallet can create
   * such an output, so Threadline follows bitcoinj; this test records the difference so that a
   * bitcoinj upgrade that changes it is noticed.
   */
  @Test
  void witnessV1WithA40ByteProgramFollowsBitcoinj() {
    assertThat(probe.values("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y")).isEmpty();
  }

  // Valid, but testnet: not a mainnet address, so not reported.
  private static final String[] BIP350_VALID_TESTNET = {
    "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
    "tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy",
    "tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c",
  };

  // BIP-350 "invalid segwit addresses".
  private static final String[] BIP350_INVALID = {
    "tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut", // invalid human-readable part
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd", // Bech32 instead of Bech32m
    "tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf", // Bech32 instead of Bech32m
    "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL", // Bech32 instead of Bech32m
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh", // Bech32m instead of Bech32
    "tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47", // Bech32m instead of Bech32
    "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4", // invalid character in checksum
    "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R", // invalid witness version
    "bc1pw5dgrnzv", // invalid program length (1 byte)
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav", // 41 bytes
    "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P", // invalid program length for witness version 0
    "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq", // mixed case
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf", // more than 4 padding bits
    "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j", // non-zero padding
    "bc1gmk9yu", // empty data section
  };

  // BIP-173 "invalid addresses", and its v1+ vectors that BIP-350 made invalid (Bech32 checksum).
  private static final String[] BIP173_INVALID = {
    "tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty",
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
    "BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2",
    "bc1rw5uspcuh",
    "bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90",
    "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P",
    "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7",
    "bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du",
    "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3pjxtptv",
    "bc1gmk9yu",
    "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx",
    "BC1SW50QA3JX3S",
    "bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj",
  };

  @Test
  void bip350ValidMainnetAddressesAreFoundInLowerCase() {
    for (String[] v : BIP350_VALID_MAINNET) {
      assertThat(probe.values("pay to " + v[0] + " please")).as(v[0]).containsExactly(v[1]);
    }
  }

  @Test
  void testnetAddressesAreNotMainnetSelectors() {
    for (String v : BIP350_VALID_TESTNET) {
      assertThat(probe.values("tips " + v)).as(v).isEmpty();
    }
  }

  @Test
  void bip350AndBip173InvalidAddressesAreRejected() {
    for (String v : BIP350_INVALID) {
      assertThat(probe.values("BTC " + v)).as(v).isEmpty();
    }
    for (String v : BIP173_INVALID) {
      assertThat(probe.values("BTC " + v)).as(v).isEmpty();
    }
  }

  @Test
  void legacyAndScriptAddressesKeepTheirCaseAndSpan() {
    String text = "Deposits: BTC 1PixFMgLb7kgqULCwrB2FwJtGKz3tqcS4B or 3F9DHMY4oP1u4twkRQmxGRmJtkXB7XGtcy.";
    List<Selector> found = probe.find(text);
    assertThat(found).extracting(Selector::value)
        .containsExactly("1PixFMgLb7kgqULCwrB2FwJtGKz3tqcS4B", "3F9DHMY4oP1u4twkRQmxGRmJtkXB7XGtcy");
    assertThat(found.get(0).span().of(text)).isEqualTo("1PixFMgLb7kgqULCwrB2FwJtGKz3tqcS4B");
    assertThat(found.get(0).type().wireName()).isEqualTo("btc");
  }

  @Test
  void aMistypedBase58AddressIsDropped() {
    // One character changed from a valid P2SH address: the Base58Check checksum fails.
    assertThat(probe.values("old typo 32cSzrLzzzeokkhvAhTwk8ghNJFBdG3gS5")).isEmpty();
    assertThat(probe.values("1PixFMgLb7kgqULCwrB2FwJtGKz3tqcS4C")).isEmpty();
  }

  @Test
  void anAddressGluedToOtherLettersIsNotOne() {
    assertThat(probe.values("x1PixFMgLb7kgqULCwrB2FwJtGKz3tqcS4B")).isEmpty();
    assertThat(probe.values("bc1qg86r25jttyw9f6qummtuwu2tadx69u9vec46mjz")).isEmpty();
  }

  @Test
  void theSameAddressTwiceIsOneSelector() {
    assertThat(probe.values("bc1qg86r25jttyw9f6qummtuwu2tadx69u9vec46mj / BC1QG86R25JTTYW9F6QUMMTUWU2TADX69U9VEC46MJ"))
        .containsExactly("bc1qg86r25jttyw9f6qummtuwu2tadx69u9vec46mj");
  }

  @Test
  void bitcoinCoreBase58VectorsFromTheSharedData() throws Exception {
    String dir = System.getProperty("threadline.sharedData");
    Assumptions.assumeTrue(dir != null, "threadline.sharedData not set");
    Path valid = Path.of(dir, "chain", "base58_keys_valid.json");
    Path invalid = Path.of(dir, "chain", "base58_keys_invalid.json");
    Assumptions.assumeTrue(Files.isRegularFile(valid) && Files.isRegularFile(invalid), "chain vectors not available");
    ObjectMapper json = new ObjectMapper();
    int mainnetAddresses = 0;
    for (JsonNode v : json.readTree(valid.toFile())) {
      String s = v.get(0).asText();
      JsonNode meta = v.get(2);
      boolean mainnetAddress = !meta.get("isPrivkey").asBoolean() && !meta.get("isTestnet").asBoolean();
      if (mainnetAddress) {
        mainnetAddresses++;
        assertThat(probe.values("send to " + s)).as(s).containsExactly(s);
      } else {
        assertThat(probe.values("send to " + s)).as("testnet address or private key " + s).isEmpty();
      }
    }
    assertThat(mainnetAddresses).isGreaterThan(10);
    for (JsonNode v : json.readTree(invalid.toFile())) {
      String s = v.get(0).asText();
      assertThat(probe.values("send to " + s)).as(s).isEmpty();
    }
  }

  @Test
  void theDirectDecodersAgreeWithTheGeneralParserOnValidAndMutatedAddresses() {
    long seed = 4242L;
    System.out.println("BtcFinderTest seed " + seed);
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    List<String> valid = new ArrayList<>();
    for (String[] v : BIP350_VALID_MAINNET) {
      valid.add(v[0]);
      valid.add(v[1]);
    }
    valid.addAll(List.of("1PixFMgLb7kgqULCwrB2FwJtGKz3tqcS4B", "3F9DHMY4oP1u4twkRQmxGRmJtkXB7XGtcy",
        "mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn", "2MzQwSSnBHWHqSAqtTVQ6v47XtaisrJa1Vc",
        "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"));
    String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0lIO";
    int legacy = 0;
    int segwit = 0;
    for (String v : valid) {
      for (int round = 0; round < 200; round++) {
        char[] c = v.toCharArray();
        if (round > 0) { // round 0 is the address as it is
          c[random.nextInt(c.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        String s = new String(c);
        org.bitcoinj.base.Address a = BtcFinder.decode(s);
        assertThat(BtcFinder.isLegacy(s)).as(s).isEqualTo(a instanceof org.bitcoinj.base.LegacyAddress);
        assertThat(BtcFinder.isSegwit(s)).as(s).isEqualTo(a instanceof org.bitcoinj.base.SegwitAddress);
        legacy += a instanceof org.bitcoinj.base.LegacyAddress ? 1 : 0;
        segwit += a instanceof org.bitcoinj.base.SegwitAddress ? 1 : 0;
      }
    }
    assertThat(legacy).isGreaterThanOrEqualTo(2);
    assertThat(segwit).isGreaterThanOrEqualTo(BIP350_VALID_MAINNET.length);
  }

  /** The finder as first written: each pattern searched over the whole text, then the general parser. */
  private static List<String> reference(String text) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<String> found = new ArrayList<>();
    java.util.regex.Matcher m = BtcFinder.BASE58.matcher(text);
    while (m.find()) {
      if (BtcFinder.decode(m.group()) instanceof org.bitcoinj.base.LegacyAddress && seen.add(m.group())) {
        found.add(m.group() + "@" + m.start() + "-" + m.end());
      }
    }
    m = BtcFinder.BECH32.matcher(text);
    while (m.find()) {
      String c = m.group();
      if ((c.equals(c.toLowerCase(java.util.Locale.ROOT)) || c.equals(c.toUpperCase(java.util.Locale.ROOT)))
          && BtcFinder.decode(c) instanceof org.bitcoinj.base.SegwitAddress
          && seen.add(c.toLowerCase(java.util.Locale.ROOT))) {
        found.add(c.toLowerCase(java.util.Locale.ROOT) + "@" + m.start() + "-" + m.end());
      }
    }
    return found;
  }

  @Test
  void scanningRunsFindsWhatSearchingWithThePatternsFound() {
    long seed = 777L;
    System.out.println("BtcFinderTest runs seed " + seed);
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    String[] pieces = {"1PixFMgLb7kgqULCwrB2FwJtGKz3tqcS4B", "3F9DHMY4oP1u4twkRQmxGRmJtkXB7XGtcy",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "bC1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
        "1PixFMgLb7kgqULCwrB2FwJtGKz3tqcS4C", "x", "9", " ", "\n", ":", "é", "_", "-", "btc ", "send to ", "bc1", "1"};
    int found = 0;
    for (int round = 0; round < 3000; round++) {
      String text = RandomTexts.join(random, pieces, 8);
      List<String> expected = reference(text);
      List<String> actual =
          probe.find(text).stream().map(s -> s.value() + "@" + s.span().start() + "-" + s.span().end()).toList();
      assertThat(actual).as(text).containsExactlyElementsOf(expected);
      found += expected.size();
    }
    assertThat(found).isGreaterThan(500);
  }
}
