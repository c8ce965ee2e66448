package ca.threadline.extract.lang;

import java.text.Normalizer;

/**
 * Case and accent folding for matching ad text against lexicons: {@code "Gardé"} and
 * {@code "garde"}, {@code "ＷhatsApp"} and {@code "whatsapp"}, {@code "Œuvre"} and {@code "oeuvre"}
 * fold alike. Ads drop accents at will ("Montreal", "deja", "eimt"), so lexicons match folded text
 * and keep accents only as language evidence (see {@link #isFrenchDiacritic(int)}).
 *
 * <p>Latin letters up to U+024F fold through a table built once; other letters (fullwidth,
 * mathematical alphanumerics used to dodge filters) fold through NFKD on the slow path.
 */
public final class TextFold {
  private static final int TABLE_SIZE = 0x250;
  /** Folded form of each code point below {@link #TABLE_SIZE}; immutable after class init. */
  private static final String[] TABLE = buildTable();
  /** The same table for entries that fold to exactly one char (0 when not). */
  private static final char[] SINGLE = singles(TABLE);

  private TextFold() {}

  private static String[] buildTable() {
    String[] t = new String[TABLE_SIZE];
    for (int cp = 0; cp < TABLE_SIZE; cp++) {
      t[cp] = slowFold(cp);
    }
    t['ß'] = "ss";
    t['æ'] = "ae";
    t['Æ'] = "ae";
    t['œ'] = "oe";
    t['Œ'] = "oe";
    t['ø'] = "o";
    t['Ø'] = "o";
    t['đ'] = "d";
    t['ł'] = "l";
    t['Ł'] = "l";
    return t;
  }

  private static char[] singles(String[] table) {
    char[] out = new char[table.length];
    for (int i = 0; i < table.length; i++) {
      if (table[i].length() == 1) {
        out[i] = table[i].charAt(0);
      }
    }
    return out;
  }

  private static String slowFold(int cp) {
    String nfkd = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(nfkd.length());
    for (int i = 0; i < nfkd.length(); ) {
      int c = nfkd.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      sb.appendCodePoint(Character.toLowerCase(c));
    }
    return sb.toString();
  }

  /** Appends the folded form of {@code cp} (lower case, no diacritics) to {@code out}. */
  public static void fold(int cp, StringBuilder out) {
    if (cp < TABLE_SIZE) {
      char single = SINGLE[cp];
      if (single != 0) {
        out.append(single);
      } else {
        out.append(TABLE[cp]);
      }
    } else if (cp >= 0x3000 || Character.isSupplementaryCodePoint(cp) || Character.getType(cp) != Character.LOWERCASE_LETTER) {
      out.append(slowFold(cp));
    } else {
      out.appendCodePoint(cp);
    }
  }

  /** The folded form of a whole string. */
  public static String fold(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      fold(cp, sb);
    }
    return sb.toString();
  }

  /** True for the accented letters French writes and English (nearly) never does. */
  public static boolean isFrenchDiacritic(int cp) {
    return switch (cp) {
      case 'é', 'è', 'ê', 'ë', 'à', 'â', 'ç', 'î', 'ï', 'ô', 'û', 'ù', 'ü', 'œ',
          'É', 'È', 'Ê', 'Ë', 'À', 'Â', 'Ç', 'Î', 'Ï', 'Ô', 'Û', 'Ù', 'Ü', 'Œ' -> true;
      default -> false;
    };
  }

  /** Characters that only glue a visible character to its neighbour (variation selectors, ZWJ, keycap, skin tones). */
  public static boolean isTransparent(int cp) {
    return cp == 0xFE0F || cp == 0xFE0E || cp == 0x200D || cp == 0x20E3 || cp == 0x200B || cp == 0x2060 || cp == 0x00AD
        || (cp >= 0x1F3FB && cp <= 0x1F3FF);
  }

  /** Apostrophes as ads type them. */
  public static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '’' || cp == 'ʼ' || cp == '‘' || cp == '`' || cp == '´';
  }
}
