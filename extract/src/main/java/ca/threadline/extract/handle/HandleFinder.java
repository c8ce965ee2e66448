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
 * separator or an {@code @}; "OF" and "X" count only in capitals, and "X" only with {@code @}.
 * A name must fit the platform's user-name rules ({@link Platform#accepts}) and not be a prose
 * word ({@link HandleWords}); a name glued to {@code @domain} is an e-mail address.
 */
public final class HandleFinder implements SelectorFinder {
  private static final String GHOST = "\uD83D\uDC7B"; // 👻, Snapchat's logo
  private static final String CUE =
      "instagram|insta|ig|snapchat|snap|sc|telegram|tg|twitter|tiktok|tik\\s?tok|onlyfans|only\\s?fans|kik|facebook|fb|x|" + GHOST;
  private static final Pattern CUE_AFTER =
      Pattern.compile("(?<![\\p{L}\\p{N}_@.])@([A-Za-z0-9][A-Za-z0-9._-]{0,49})\\s+(?:on|sur)\\s+(?:my\\s+|mon\\s+)?(" + CUE + ")(?![\\p{L}\\p{N}_])",
          Pattern.CASE_INSENSITIVE);
  private static final String SEPARATORS = ":=>»→➡|-–—(";
  private static final String[] CUE_WORDS =
      {"instagram", "insta", "ig", "snapchat", "snap", "sc", "telegram", "tg", "twitter", "x", "tiktok", "onlyfans", "of",
       "kik", "facebook", "fb"};
  private static final Platform[] CUE_PLATFORMS =
      {Platform.INSTAGRAM, Platform.INSTAGRAM, Platform.INSTAGRAM, Platform.SNAPCHAT, Platform.SNAPCHAT,
       Platform.SNAPCHAT, Platform.TELEGRAM, Platform.TELEGRAM, Platform.TWITTER, Platform.TWITTER, Platform.TIKTOK,
       Platform.ONLYFANS, Platform.ONLYFANS, Platform.KIK, Platform.FACEBOOK, Platform.FACEBOOK};
  private static final String POINTING_RIGHT = "\uD83D\uDC49";

  @Override
  public void find(String text, Language language, List<Selector> out) {
    Set<String> seen = new HashSet<>();
    int len = text.length();
    int i = 0;
    while (i < len) {
      Cue cue = cueAt(text, i, true);
      if (cue == null) {
        i++;
        continue;
      }
      // "IG/SC: name", "insta & snap - name": several cues share one name.
      List<Platform> platforms = new ArrayList<>(2);
      boolean shortCue = false;
      boolean xCue = false;
      int end = cue.end();
      for (Cue c = cue; c != null; ) {
        if (c.platform() != null) {
          platforms.add(c.platform());
          shortCue |= c.shortForm();
          xCue |= c.platform() == Platform.TWITTER && c.shortForm();
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
          c = cueAt(text, k, false);
        } else {
          c = null;
        }
      }
      i = end;
      if (platforms.isEmpty()) {
        continue;
      }
      Name name = nameAfter(text, end);
      if (name == null || (shortCue && !name.explicit() && !name.at()) || (xCue && !name.at())) {
        continue;
      }
      for (Platform p : platforms) {
        if (p.accepts(name.value())) {
          emit(p, name.value(), name.start(), name.end(), seen, out);
        }
      }
    }
    if (text.indexOf('@') >= 0) {
      Matcher m = CUE_AFTER.matcher(text);
      while (m.find()) {
        Cue c = cueAt(m.group(2), 0, false);
        Platform p = c == null ? null : c.platform();
        String value = trim(m.group(1));
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

  private static Cue cueAt(String text, int i, boolean wordStart) {
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
    while (j < len && j - i <= 9 && isAsciiLetter(text.charAt(j))) {
      j++;
    }
    if (j == i || j - i > 9 || (j < len && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_'))) {
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
      if (w.length() == n && text.regionMatches(true, i, w, 0, n)) {
        // "of" and "x" name a platform only in capitals ("OF", "X"); in lower case they are words.
        Platform p = (w.equals("of") || w.equals("x")) && !text.regionMatches(false, i, w.toUpperCase(Locale.ROOT), 0, n)
            ? null : CUE_PLATFORMS[c];
        return new Cue(p, j, n <= 2);
      }
    }
    return null;
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
      case "telegram", "tg" -> Platform.TELEGRAM;
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
