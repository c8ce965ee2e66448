package ca.threadline.extract.crypto;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import ca.threadline.extract.Language;
import ca.threadline.extract.SelectorFinder;
import java.util.ArrayList;
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
  static final Pattern BASE58 =
      Pattern.compile("(?<![0-9A-Za-z])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![0-9A-Za-z])");
  // Bech32 data characters exclude 1 b i o; BIP-173 caps the whole string at 90 characters.
  static final Pattern BECH32 =
      Pattern.compile("(?<![0-9A-Za-z])(?:bc|BC|bC|Bc)1[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}(?![0-9A-Za-z])");
  private static final AddressParser MAINNET = AddressParser.getDefault(BitcoinNetwork.MAINNET);

  @Override
  public void find(String text, Language language, List<Selector> out) {
    if (!mayContain(text)) {
      return;
    }
    // Both patterns are bounded by (?<![0-9A-Za-z]) and (?![0-9A-Za-z]) and match only letters
    // and digits, so a match is always a whole maximal run of ASCII letters and digits: test the
    // runs long enough to be one instead of searching the whole text with each pattern.
    // One pass over the runs; Bech32 hits are appended after the Base58 ones, the order in which
    // the two patterns used to be searched. A run is never both (it starts with 1/3 or with b/B).
    Set<String> seen = new HashSet<>();
    List<Selector> segwit = new ArrayList<>(0);
    Matcher base58 = null;
    Matcher bech32 = null;
    for (int start = nextRun(text, 0), end; start < text.length(); start = nextRun(text, end)) {
      end = runEnd(text, start);
      int length = end - start;
      char first = text.charAt(start);
      if ((first == '1' || first == '3') && length >= 26 && length <= 35) {
        base58 = region(base58, BASE58, text, start, end);
        String candidate = base58.matches() ? text.substring(start, end) : null;
        if (candidate != null && isLegacy(candidate) && seen.add(candidate)) {
          out.add(new Selector(SelectorType.BTC, candidate, new Span(start, end)));
        }
      } else if ((first == 'b' || first == 'B') && length >= 9 && length <= 90) {
        bech32 = region(bech32, BECH32, text, start, end);
        String candidate = bech32.matches() ? text.substring(start, end) : null;
        // Mixed case is invalid Bech32 (BIP-173); bitcoinj checks it too, this only saves the call.
        String canonical = candidate == null ? null : candidate.toLowerCase(Locale.ROOT);
        if (canonical != null && (candidate.equals(canonical) || candidate.equals(candidate.toUpperCase(Locale.ROOT)))
            && isSegwit(candidate) && seen.add(canonical)) {
          segwit.add(new Selector(SelectorType.BTC, canonical, new Span(start, end)));
        }
      }
    }
    out.addAll(segwit);
  }

  /**
   * {@code pattern} matched against exactly {@code [start, end)}, the lookarounds seeing the
   * text around it (transparent bounds), as {@code find} would have tried it there.
   */
  private static Matcher region(Matcher m, Pattern pattern, String text, int start, int end) {
    Matcher r = m != null ? m : pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    return r.region(start, end);
  }

  private static boolean alnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The start of the first run of letters and digits at or after {@code from}, or the text length. */
  private static int nextRun(String text, int from) {
    int i = from;
    while (i < text.length() && !alnum(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int runEnd(String text, int start) {
    int i = start;
    while (i < text.length() && alnum(text.charAt(i))) {
      i++;
    }
    return i;
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
