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

/**
 * Finds Ethereum addresses: {@code 0x} and 40 hex digits, accepted when all one case or when the
 * mixed case is a valid EIP-55 checksum ({@link Eip55}); a mistyped checksummed address is
 * dropped. Canonical value: lower case.
 */
public final class EthFinder implements SelectorFinder {
  private static final Pattern ADDRESS = Pattern.compile("(?<![0-9A-Za-z])0[xX][0-9a-fA-F]{40}(?![0-9A-Za-z])");

  @Override
  public void find(String text, Language language, List<Selector> out) {
    if (text.indexOf("0x") < 0 && text.indexOf("0X") < 0) {
      return;
    }
    Set<String> seen = new HashSet<>();
    Matcher m = ADDRESS.matcher(text);
    while (m.find()) {
      String hex = m.group().substring(2);
      if (Eip55.acceptable(hex)) {
        String value = "0x" + hex.toLowerCase(Locale.ROOT);
        if (seen.add(value)) {
          out.add(new Selector(SelectorType.ETH, value, new Span(m.start(), m.end())));
        }
      }
    }
  }
}
