package ca.threadline.extract.handle;

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

/**
 * Finds social-media and messaging user names given as contacts: after a platform cue ("IG:",
 * "Insta: @x", "SC - x", "snap x", "OF: x", "kik: x", "telegram: x", "tg @x", "tiktok @x",
 * "twitter @x", "IG/SC: x"), before one ("@x on insta"), and in profile links
 * ({@link ProfileLinks}). Canonical value: {@code platform:handle} in lower case without
 * {@code @} (CONTRACTS.md §1).
 *
 * <p>Rules: a bare {@code @mention} without a cue is not a handle (it names no platform). Short
 * cues that are also words or abbreviations ("ig", "sc", "tg", "fb", "OF", "X") need an explicit
 * separator, an {@code @}, or a possessive or "on" before them ("my OF x", "mon OF x", "find me on
 * IG x"); "OF" and "X" count only in capitals (lower-case "of" only as a label, "| of: x", not
 * after a word: "made of: silk"), and "X" only with {@code @} unless "Twitter" is named with it
 * ("X/Twitter: x"). A name written before a cue ("@x on insta") must be on the cue's line, and
 * a cue that introduces a name of its own ("SC @a on X @b") does not also claim the one before.
 * A name must fit the platform's user-name rules ({@link Platform#accepts}) and not be a prose
 * word ({@link HandleWords}); a name glued to {@code @domain} is an e-mail address.
 */
public final class HandleFinder implements SelectorFinder {
  private static final String GHOST = "\uD83D\uDC7B"; // 👻, Snapchat's logo
  private static final String CUE =
      "instagram|insta|ig|snapchat|snap|sc|telegram|tg|twitter|tiktok|tik\\s?tok|onlyfans|only\\s?fans|kik|facebook|fb|x|" + GHOST;
  private static final Pattern CUE_AFTER =
      Pattern.compile("(?<![\\p{L}\\p{N}_@.])@([A-Za-z0-9][A-Za-z0-9._-]{0,49})[ \\t\\u00A0]+(?:on|sur)[ \\t\\u00A0]+(?:my[ \\t\\u00A0]+|mon[ \\t\\u00A0]+)?(" + CUE + ")(?![\\p{L}\\p{N}_])",
          Pattern.CASE_INSENSITIVE);
  private static final String SEPARATORS = ":=>»→➡|-–—(";
  private static final String[] CUE_WORDS =
      {"instagram", "insta", "ig", "snapchat", "snap", "sc", "telegram", "tg", "twitter", "x", "tiktok", "onlyfans", "of",
       "kik", "facebook", "fb", "telegramme"};
  private static final Platform[] CUE_PLATFORMS =
      {Platform.INSTAGRAM, Platform.INSTAGRAM, Platform.INSTAGRAM, Platform.SNAPCHAT, Platform.SNAPCHAT,
       Platform.SNAPCHAT, Platform.TELEGRAM, Platform.TELEGRAM, Platform.TWITTER, Platform.TWITTER, Platform.TIKTOK,
       Platform.ONLYFANS, Platform.ONLYFANS, Platform.KIK, Platform.FACEBOOK, Platform.FACEBOOK, Platform.TELEGRAM};
  private static final String POINTING_RIGHT = "\uD83D\uDC49";
  /** Words that make a short cue a cue: "my OF x", "mon IG x", "find me on IG x". */
  private static final Set<String> OWNERS = Set.of("my", "mon", "ma", "mes", "on", "sur");

  @Override
  public void find(String text, Language language, List<Selector> out) {
    Set<String> seen = new HashSet<>();
    Set<Integer> claimed = new HashSet<>();
    int len = text.length();
    int lastNameEnd = -1;
    int i = 0;
    while (i < len) {
      Cue cue = cueAt(text, i, true, lastNameEnd);
      if (cue == null) {
        i++;
        continue;
      }
      // "IG/SC: name", "insta & snap - name": several cues share one name.
      List<Platform> platforms = new ArrayList<>(2);
      boolean shortCue = false;
      boolean xCue = false;
      boolean twitterNamed = false;
      boolean owned = ownerBefore(text, i);
      int end = cue.end();
      for (Cue c = cue; c != null; ) {
        if (c.platform() != null) {
          platforms.add(c.platform());
          shortCue |= c.shortForm();
          xCue |= c.platform() == Platform.TWITTER && c.shortForm();
          twitterNamed |= c.platform() == Platform.TWITTER && !c.shortForm();
        }
        end = c.end();
        int j = end;
        while (j < len && text.charAt(j) == ' ') {
          j++;
        }
        if (j < len && "/&+,".indexOf(text.charAt(j)) >= 0) {
          int k = j + 1;
          while (k < len && text.charAt(k) == ' ') {
            k++;
          }
          c = cueAt(text, k, false, lastNameEnd);
        } else {
          c = null;
        }
      }
      i = end;
      if (platforms.isEmpty()) {
        continue;
      }
      Name name = nameAfter(text, end);
      if (name == null || (xCue && !twitterNamed && !name.at())) {
        continue;
      }
      if (shortCue && !name.explicit() && !name.at() && !(owned && handleLike(text, name))) {
        continue;
      }
      for (Platform p : platforms) {
        if (p.accepts(name.value())) {
          emit(p, name.value(), name.start(), name.end(), seen, out);
          claimed.add(name.start());
          lastNameEnd = name.end();
        }
      }
    }
    if (text.indexOf('@') >= 0) {
      Matcher m = CUE_AFTER.matcher(text);
      while (m.find()) {
        Cue c = cueAt(m.group(2), 0, false, -1);
        Platform p = c == null ? null : c.platform();
        String value = trim(m.group(1));
        if (claimed.contains(m.start(1) - 1) || introducesName(text, m.end())) {
          continue; // "SC @a on X @b": the cue belongs to the name after it
        }
        if (p != null && plausible(p, value, text, m.start(1) + value.length())) {
          emit(p, value, m.start(1) - 1, m.start(1) + value.length(), seen, out);
        }
      }
    }
    ProfileLinks.find(text, (p, value, start, end) -> emit(p, value, start, end, seen, out));
  }

  /**
   * A platform cue starting at {@code i}: a whole word (not glued to letters, digits, {@code _ @ .
   * / -} before or letters, digits, {@code _} after). {@code platform} is {@code null} for "of" and
   * "x" in lower case, which are words; {@code shortForm} for the two-letter cues and the ghost.
   */
  private record Cue(Platform platform, int end, boolean shortForm) {}

  /** "my", "mon", "on", "sur" right before the cue at {@code i}, on the same line. */
  private static boolean ownerBefore(String text, int i) {
    int e = i;
    while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\u00A0')) {
      e--;
    }
    int s = e;
    while (s > 0 && isAsciiLetter(text.charAt(s - 1))) {
      s--;
    }
    return e - s >= 2 && e - s <= 3 && e < i && OWNERS.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
  }

  /**
   * With only "my"/"on" before a short cue and no separator, the word after it must look like a
   * user name, not prose ("my IG has 10k followers"): a digit, "_" or "." in it, or nothing but
   * punctuation, emoji or the line's end after it ("mon OF thelunadream", "my OF x | ...").
   */
  private static boolean handleLike(String text, Name name) {
    String v = name.value();
    for (int k = 0; k < v.length(); k++) {
      char c = v.charAt(k);
      if ((c >= '0' && c <= '9') || c == '_' || c == '.') {
        return true;
      }
    }
    int j = name.end();
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\u00A0')) {
      j++;
    }
    if (j >= text.length() || !Character.isLetterOrDigit(text.charAt(j)) || cueAt(text, j, false, -1) != null) {
      return true;
    }
    for (int k = j; k < text.length() && !Character.isWhitespace(text.charAt(k)); k++) {
      if ("/@:".indexOf(text.charAt(k)) >= 0) {
        return true; // a link or another account follows: a list of contacts
      }
    }
    return false;
  }

  /** After a cue word: "@name" or ": name" follows, so the cue introduces that name. */
  private static boolean introducesName(String text, int end) {
    int j = end;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\u00A0')) {
      j++;
    }
    return j < text.length() && (text.charAt(j) == '@' || text.charAt(j) == ':');
  }

  /**
   * A lower-case "of" used as a label: a colon right after it, and no prose word before it ("| of: x"),
   * or an {@code @} name after it, or a handle or link before it ("insta: x of: y"); "made of: silk"
   * is prose.
   */
  private static boolean ofLabel(String text, int i, int j, int lastNameEnd) {
    if (j >= text.length() || text.charAt(j) != ':') {
      return false;
    }
    int b = i;
    while (b > 0 && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == '\u00A0')) {
      b--;
    }
    if (b == 0 || !Character.isLetterOrDigit(text.charAt(b - 1)) || b == lastNameEnd) {
      return true; // nothing before, a separator, or the name given for the previous cue ("KIK: x of: y")
    }
    int a = j + 1;
    while (a < text.length() && text.charAt(a) == ' ') {
      a++;
    }
    if (a < text.length() && text.charAt(a) == '@') {
      return true;
    }
    for (int k = b - 1; k >= 0 && !Character.isWhitespace(text.charAt(k)); k--) {
      char c = text.charAt(k);
      if (Character.isDigit(c) || c == '_' || c == '.' || c == '/' || c == '@') {
        return true; // the previous token is a handle or a link: a list of accounts
      }
    }
    return false;
  }

  private static Cue cueAt(String text, int i, boolean wordStart, int lastNameEnd) {
    int len = text.length();
    if (i >= len) {
      return null;
    }
    if (wordStart && i > 0) {
      char b = text.charAt(i - 1);
      if (Character.isLetterOrDigit(b) || b == '_' || b == '@' || b == '.' || b == '/' || b == '-') {
        return null;
      }
    }
    if (text.startsWith(GHOST, i)) {
      // Snapchat's logo is as clear a cue as its name: "👻 luna.love".
      return new Cue(Platform.SNAPCHAT, i + GHOST.length(), false);
    }
    int j = i;
    while (j < len && j - i <= 10 && (isAsciiLetter(text.charAt(j)) || text.charAt(j) == 'é' || text.charAt(j) == 'É')) {
      j++;
    }
    if (j == i || j - i > 10 || (j < len && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_'))) {
      return null;
    }
    int n = j - i;
    // Two-word spellings: "tik tok", "only fans".
    if ((n == 3 && text.regionMatches(true, i, "tik", 0, 3)) || (n == 4 && text.regionMatches(true, i, "only", 0, 4))) {
      int k = j;
      if (k < len && text.charAt(k) == ' ') {
        k++;
      }
      String second = n == 3 ? "tok" : "fans";
      if (text.regionMatches(true, k, second, 0, second.length())
          && (k + second.length() >= len || !Character.isLetterOrDigit(text.charAt(k + second.length())))) {
        return new Cue(n == 3 ? Platform.TIKTOK : Platform.ONLYFANS, k + second.length(), false);
      }
      return null;
    }
    for (int c = 0; c < CUE_WORDS.length; c++) {
      String w = CUE_WORDS[c];
      if (w.length() == n && matchesFolded(text, i, w)) {
        // "of" and "x" name a platform only in capitals ("OF", "X"); in lower case they are words,
        // except "of:" written as a label.
        Platform p = (w.equals("of") || w.equals("x")) && !text.regionMatches(false, i, w.toUpperCase(Locale.ROOT), 0, n)
            && !(w.equals("of") && ofLabel(text, i, j, lastNameEnd))
            ? null : CUE_PLATFORMS[c];
        return new Cue(p, j, n <= 2);
      }
    }
    return null;
  }

  /** {@code text} at {@code i} equals the lower-case ASCII {@code word}, ignoring case and the accent of "é" ("Télégram"). */
  private static boolean matchesFolded(String text, int i, String word) {
    for (int k = 0; k < word.length(); k++) {
      char c = text.charAt(i + k);
      if (c == 'é' || c == 'É') {
        c = 'e';
      }
      if (Character.toLowerCase(c) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static void emit(Platform p, String name, int start, int end, Set<String> seen, List<Selector> out) {
    String value = p.wireName() + ":" + name.toLowerCase(Locale.ROOT);
    if (seen.add(value)) {
      out.add(new Selector(SelectorType.HANDLE, value, new Span(start, end)));
    }
  }

  private record Name(String value, int start, int end, boolean explicit, boolean at) {}

  /**
   * The user name after a cue ending at {@code pos}: separators (":", "-", "→", "(") and filler
   * words ("is", "me", "handle") may come first, then an optional {@code @}. Without a separator
   * only spaces may come between cue and name (no line break).
   */
  private static Name nameAfter(String text, int pos) {
    int i = pos;
    boolean explicit = false;
    for (int round = 0; round < 6; round++) {
      int j = i;
      while (j < text.length() && isSpace(text.charAt(j), explicit)) {
        j++;
      }
      if (j >= text.length()) {
        return null;
      }
      char c = text.charAt(j);
      if (SEPARATORS.indexOf(c) >= 0) {
        explicit = true;
        i = j + 1;
        continue;
      }
      if (text.startsWith(POINTING_RIGHT, j)) {
        explicit = true;
        i = j + POINTING_RIGHT.length();
        continue;
      }
      int w = j;
      while (w < text.length() && (Character.isLetter(text.charAt(w)) || text.charAt(w) == '\'')) {
        w++;
      }
      boolean filler = w > j && HandleWords.FILLERS.contains(text.substring(j, w).toLowerCase(Locale.ROOT));
      if (filler && w < text.length() && (isSpace(text.charAt(w), false) || SEPARATORS.indexOf(text.charAt(w)) >= 0)) {
        i = w;
        continue;
      }
      i = j;
      break;
    }
    boolean at = false;
    if (i < text.length() && (text.charAt(i) == '@' || text.charAt(i) == '＠')) {
      at = true;
      i++;
    }
    int start = i;
    while (i < text.length() && isHandleChar(text.charAt(i))) {
      i++;
    }
    String value = trim(text.substring(start, i));
    if (value.isEmpty()) {
      return null;
    }
    int end = start + value.length();
    if (end < text.length() && text.charAt(end) == '@') {
      return null; // an e-mail address
    }
    if (end < text.length() && text.charAt(end) == '/') {
      return null; // a link ("OnlyFans: onlyfans.com/x"): ProfileLinks reads the name in it
    }
    if (HandleWords.NOT_HANDLES.contains(value.toLowerCase(Locale.ROOT))) {
      return null;
    }
    return new Name(value, at ? start - 1 : start, end, explicit, at);
  }

  private static boolean plausible(Platform p, String value, String text, int end) {
    return p.accepts(value) && !HandleWords.NOT_HANDLES.contains(value.toLowerCase(Locale.ROOT))
        && !(end < text.length() && text.charAt(end) == '@');
  }

  static String trim(String s) {
    int end = s.length();
    while (end > 0 && ".-".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  private static boolean isHandleChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
  }

  private static boolean isSpace(char c, boolean lineBreakAllowed) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\uFE0F' || (lineBreakAllowed && (c == '\n' || c == '\r'));
  }

  /** The platform a cue names, honouring case where the cue is also a word ("of", "x"). */
  static Platform platform(String cue) {
    String lower = cue.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
    return switch (lower) {
      case "instagram", "insta", "ig" -> Platform.INSTAGRAM;
      case "snapchat", "snap", "sc", GHOST -> Platform.SNAPCHAT;
      case "telegram", "telegramme", "tg" -> Platform.TELEGRAM;
      case "twitter" -> Platform.TWITTER;
      case "x" -> cue.equals("X") ? Platform.TWITTER : null;
      case "tiktok" -> Platform.TIKTOK;
      case "onlyfans" -> Platform.ONLYFANS;
      case "of" -> cue.equals("OF") ? Platform.ONLYFANS : null;
      case "kik" -> Platform.KIK;
      case "facebook", "fb" -> Platform.FACEBOOK;
      default -> null;
    };
  }
}
