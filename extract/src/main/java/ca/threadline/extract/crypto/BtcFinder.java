package ca.threadline.extract.crypto;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import ca.threadline.extract.Language;
import ca.threadline.extract.SelectorFinder;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitcoinj.base.Address;
import org.bitcoinj.base.AddressParser;
import org.bitcoinj.base.BitcoinNetwork;
import org.bitcoinj.base.LegacyAddress;
import org.bitcoinj.base.SegwitAddress;

/**
 * Finds Bitcoin mainnet addresses: Base58Check P2PKH ({@code 1...}) and P2SH ({@code 3...}),
 * Bech32 segwit v0 ({@code bc1q...}, BIP-173) and Bech32m v1+ ({@code bc1p...}, BIP-350). A
 * candidate counts only if bitcoinj decodes it with a valid checksum for mainnet, so typos and
 * look-alike strings are dropped. Canonical value: Base58 as written (it is case-sensitive),
 * Bech32 in lower case.
 */
public final class BtcFinder implements SelectorFinder {
  // Base58 excludes 0 O I l. Lengths: P2PKH/P2SH addresses are 26-35 characters.
  private static final Pattern BASE58 =
      Pattern.compile("(?<![0-9A-Za-z])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![0-9A-Za-z])");
  // Bech32 data characters exclude 1 b i o; BIP-173 caps the whole string at 90 characters.
  private static final Pattern BECH32 =
      Pattern.compile("(?<![0-9A-Za-z])(?:bc|BC|bC|Bc)1[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}(?![0-9A-Za-z])");
  private static final AddressParser MAINNET = AddressParser.getDefault(BitcoinNetwork.MAINNET);

  @Override
  public void find(String text, Language language, List<Selector> out) {
    if (!mayContain(text)) {
      return;
    }
    Set<String> seen = new HashSet<>();
    Matcher m = BASE58.matcher(text);
    while (m.find()) {
      String candidate = m.group();
      if (isLegacy(candidate) && seen.add(candidate)) {
        out.add(new Selector(SelectorType.BTC, candidate, new Span(m.start(), m.end())));
      }
    }
    m = BECH32.matcher(text);
    while (m.find()) {
      String candidate = m.group();
      // Mixed case is invalid Bech32 (BIP-173); bitcoinj checks it too, this only saves the call.
      if (!candidate.equals(candidate.toLowerCase(Locale.ROOT)) && !candidate.equals(candidate.toUpperCase(Locale.ROOT))) {
        continue;
      }
      String canonical = candidate.toLowerCase(Locale.ROOT);
      if (isSegwit(candidate) && seen.add(canonical)) {
        out.add(new Selector(SelectorType.BTC, canonical, new Span(m.start(), m.end())));
      }
    }
  }

  /** The mainnet address {@code s} encodes, or {@code null} when it is not one. */
  static Address decode(String s) {
    try {
      return MAINNET.parseAddress(s);
    } catch (IllegalArgumentException e) { // AddressFormatException and its subclasses
      return null;
    }
  }

  /**
   * {@code decode(s) instanceof LegacyAddress}, without the two further exceptions the general
   * parser throws for every candidate that is not one (it tries Base58 and then Bech32, and
   * throws a third exception of its own): the parser returns a legacy address exactly when
   * {@code LegacyAddress.fromBase58} succeeds.
   */
  static boolean isLegacy(String s) {
    try {
      LegacyAddress.fromBase58(s, BitcoinNetwork.MAINNET);
      return true;
    } catch (IllegalArgumentException e) { // AddressFormatException and its subclasses
      return false;
    }
  }

  /**
   * {@code decode(s) instanceof SegwitAddress}, trying Bech32 first: the parser returns a segwit
   * address exactly when Bech32 decoding succeeds and Base58 decoding failed with an error other
   * than a wrong network; that second check runs only for the rare valid Bech32 string.
   */
  static boolean isSegwit(String s) {
    try {
      SegwitAddress.fromBech32(s, BitcoinNetwork.MAINNET);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return decode(s) instanceof SegwitAddress;
  }

  /** Cheap pre-check: a run of at least 14 letters and digits (the shortest Bech32 address). */
  private static boolean mayContain(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        if (++run >= 14) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }
}
