package ca.threadline.extract.phone;

import ca.threadline.extract.text.FoldedText;
import java.util.Set;

/**
 * Words that announce a reference number rather than a phone: "Application Ref. 2024-865-2634",
 * "Order no 416 555 0199", "N° de dossier 5145550123". A ten-digit reference can be a valid NANP
 * number by chance; the word before it says it is not one. Checked only for digits written
 * plainly after the cue (an obfuscated number is never a reference).
 */
final class ReferenceCues {
  private static final Set<String> CUES = Set.of(
      "ref", "refs", "reference", "references", "order", "commande", "invoice", "facture",
      "dossier", "tracking", "suivi", "confirmation", "transaction", "txid", "receipt", "recu",
      "account", "compte", "iban", "isbn", "sku", "serial", "lot", "case", "id", "permit", "permis",
      "licence", "license", "sin", "nas", "policy", "claim", "ticket", "billet", "passport",
      "passeport", "visa", "lmia", "eimt", "vin", "ssn", "nip", "pin");

  /** Words that may stand between the cue and the number: "Order no.", "N° de dossier". */
  private static final Set<String> FILLERS = Set.of("no", "nr", "n", "num", "number", "numero", "de", "du", "d");

  private ReferenceCues() {}

  /** Whether a reference cue stands just before folded index {@code start}. */
  static boolean precedes(FoldedText t, int start) {
    int k = start;
    for (int words = 0; words < 3; words++) {
      int skipped = 0;
      while (k > 0 && isFiller(t.charAt(k - 1)) && skipped < 4) {
        k--;
        skipped++;
      }
      int end = k;
      while (k > 0 && t.charAt(k - 1) >= 'a' && t.charAt(k - 1) <= 'z') {
        k--;
      }
      if (k == end || end - k > 16) {
        return false;
      }
      String word = t.subSequence(k, end).toString();
      if (CUES.contains(word)) {
        return true;
      }
      if (!FILLERS.contains(word)) {
        return false;
      }
    }
    return false;
  }

  private static boolean isFiller(char c) {
    return c == ' ' || c == '.' || c == ':' || c == '#' || c == '\u00B0' || c == '-' || c == '\''
        || c == '\u2019';
  }
}
