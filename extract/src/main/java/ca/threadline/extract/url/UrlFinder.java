package ca.threadline.extract.url;

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
 * Finds absolute URLs: {@code http://}, {@code https://} and {@code ftp://} links, plus links
 * written without a scheme when the host is one ads use for contact ({@code t.me/...},
 * {@code wa.me/...}, {@code onlyfans.com/...}, {@link KnownHosts}) or starts with {@code www.};
 * those get {@code https://}. A bare domain without a path ("outlook.com", the domain of an
 * e-mail address) is not a URL. Canonical value: scheme and host in lower case, path as written,
 * trailing punctuation and unbalanced closing brackets trimmed.
 */
public final class UrlFinder implements SelectorFinder {
  private static final Pattern WITH_SCHEME =
      Pattern.compile("(?<![A-Za-z0-9+.-])((?:https?|ftp)://)([^\\s/?#<>\"'`{}|\\\\^]+)([/?#][^\\s<>\"'`{}|\\\\^]*)?",
          Pattern.CASE_INSENSITIVE);
  static final Pattern SCHEMELESS =
      Pattern.compile("(?<![A-Za-z0-9@._/-])((?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+){1,8})(/[^\\s<>\"'`{}|\\\\^]*)?",
          Pattern.CASE_INSENSITIVE);

  @Override
  public void find(String text, Language language, List<Selector> out) {
    if (text.indexOf('.') < 0) {
      return;
    }
    Set<String> seen = new HashSet<>();
    int covered = 0;
    if (text.contains("://")) {
      Matcher m = WITH_SCHEME.matcher(text);
      while (m.find()) {
        String host = m.group(2);
        if (!hostOk(host)) {
          continue;
        }
        String rest = m.group(3) == null ? "" : m.group(3);
        String link = host + rest;
        int keep = trimmedLength(link);
        int hostEnd = Math.min(host.length(), keep);
        String value = m.group(1).toLowerCase(Locale.ROOT) + link.substring(0, hostEnd).toLowerCase(Locale.ROOT)
            + link.substring(hostEnd, keep);
        int end = m.start() + m.group(1).length() + keep;
        emit(value, m.start(), end, seen, out);
        covered = Math.max(covered, end);
      }
    }
    int from = firstDottedRun(text);
    if (from < 0) {
      return;
    }
    Matcher m = SCHEMELESS.matcher(text);
    for (boolean found = m.find(from); found; found = m.find()) {
      if (m.start() < covered && insideSchemeUrl(text, m.start())) {
        continue;
      }
      String host = m.group(1).toLowerCase(Locale.ROOT);
      String path = m.group(2) == null ? "" : m.group(2);
      int pathLength = trimmedLength(path);
      boolean www = host.startsWith("www.");
      if (!www && !(KnownHosts.contact(host) && pathLength > 1)) {
        continue;
      }
      if (!hostOk(host) || (m.end() < text.length() && text.charAt(m.end()) == '@')) {
        continue;
      }
      emit("https://" + host + path.substring(0, pathLength), m.start(), m.start(1) + m.group(1).length() + pathLength, seen, out);
    }
  }

  /**
   * Where {@link #SCHEMELESS} can first match, or -1 if nowhere: its host holds only
   * {@code [A-Za-z0-9.-]} and at least one dot between two of {@code [A-Za-z0-9-]}, so a match lies
   * inside a run of those characters holding such a dot, and none starts before the first such run.
   */
  static int firstDottedRun(String text) {
    for (int i = 1; i + 1 < text.length(); i++) {
      if (text.charAt(i) == '.' && hostChar(text.charAt(i - 1)) && hostChar(text.charAt(i + 1))) {
        int start = i - 1;
        while (start > 0 && (hostChar(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
          start--;
        }
        return start;
      }
    }
    return -1;
  }

  /** {@code [a-z0-9-]} under {@code CASE_INSENSITIVE} (ASCII only, without {@code UNICODE_CASE}). */
  private static boolean hostChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  }

  private static void emit(String value, int start, int end, Set<String> seen, List<Selector> out) {
    if (seen.add(value)) {
      out.add(new Selector(SelectorType.URL, value, new Span(start, end)));
    }
  }

  /** A host name with a dot and a top-level domain of letters (or an IPv4 address). */
  private static boolean hostOk(String host) {
    String h = host;
    int at = h.lastIndexOf('@');
    if (at >= 0) {
      h = h.substring(at + 1);
    }
    int colon = h.indexOf(':');
    if (colon >= 0) {
      h = h.substring(0, colon);
    }
    while (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    int dot = h.lastIndexOf('.');
    if (dot <= 0 || dot == h.length() - 1) {
      return false;
    }
    String tld = h.substring(dot + 1);
    if (tld.chars().allMatch(Character::isDigit)) {
      return h.matches("\\d{1,3}(?:\\.\\d{1,3}){3}");
    }
    return tld.length() >= 2 && tld.chars().allMatch(Character::isLetter);
  }

  /**
   * Length of {@code s} once trailing sentence punctuation and unbalanced closing brackets are
   * cut: "(see https://x.ca/a)." ends at "a".
   */
  static int trimmedLength(String s) {
    int end = s.length();
    while (end > 0) {
      char c = s.charAt(end - 1);
      if (".,;:!?'\"»…*".indexOf(c) >= 0) {
        end--;
      } else if (c == ')' || c == ']') {
        char open = c == ')' ? '(' : '[';
        if (count(s, open, end) < count(s, c, end)) {
          end--;
        } else {
          break;
        }
      } else if (!Character.isLetterOrDigit(c) && c != '/' && c != '-' && c != '_' && c != '=' && c != '&'
          && c != '%' && c != '#' && c != '~' && c != '+' && c != '@' && c != '$') {
        end--; // an emoji or symbol glued to the end of a link
      } else {
        break;
      }
    }
    return end;
  }

  private static int count(String s, char c, int end) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static boolean insideSchemeUrl(String text, int pos) {
    int lineStart = pos;
    while (lineStart > 0 && !Character.isWhitespace(text.charAt(lineStart - 1))) {
      lineStart--;
    }
    return text.substring(lineStart, pos).contains("://");
  }
}
