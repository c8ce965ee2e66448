package ca.threadline.extract.email;

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
 * Finds e-mail addresses, plain and obfuscated: "name at gmail dot com", "name (at) live (dot)
 * ca", "name[at]protonmail.com", "name arobase outlook point com", "name @ gmail . com". Canonical
 * value: lower-case {@code local@domain}.
 *
 * <p>Rules: the domain must end in a known top-level domain ({@link TopLevelDomains}); nothing is
 * invented ("name@@sympatico" has no domain ending and yields nothing). Where "at" is a bare word,
 * the local part must not be a common word ("find me at onlyfans.com/x" is not an address) and the
 * domain must not continue as a URL path. Both patterns are linear: every repetition is separated
 * by a token the repeated part cannot contain, so a failed match never backtracks far.
 */
public final class EmailFinder implements SelectorFinder {
  private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
  private static final String LOCAL = "[a-z0-9](?:[a-z0-9._%+-]{0,63})";
  /** The longest local part {@link #LOCAL} matches. */
  static final int MAX_LOCAL = 64;
  private static final String OPEN = "[(\\[{<]";
  private static final String CLOSE = "[)\\]}>]";
  private static final String WORD_DOT = "(?:\\s*" + OPEN + "\\s*(?:dot|point|\\.)\\s*" + CLOSE + "\\s*|\\s+(?:dot|point)\\s+)";
  private static final String DOT = "(?:\\.|\\s+\\.\\s+|" + WORD_DOT + ")";
  private static final String AT =
      "(?<at>\\s*" + OPEN + "\\s*(?:at|@|arobase|arrobase)\\s*" + CLOSE + "\\s*"
          + "|\\s+(?<word>at|arobase|arrobase)\\s+|\\s+@\\s*|\\s*@\\s+|@)";

  static final Pattern PLAIN =
      Pattern.compile("(?<![a-z0-9._%+-])(" + LOCAL + ")@@?(" + LABEL + "(?:\\." + LABEL + "){1,8})", Pattern.CASE_INSENSITIVE);
  /** From the end of a local part: the obfuscated "@" and the domain. */
  private static final Pattern AT_DOMAIN =
      Pattern.compile(
          AT + "(?<domain>" + LABEL + "(?:" + DOT + LABEL + "){0,3}" + DOT + "(?:" + TopLevelDomains.alternation() + "))"
              + "(?![a-z0-9-])",
          Pattern.CASE_INSENSITIVE);
  /** "underscore", "tiret bas" / "dash", "tiret" written out between pieces of a local part. */
  private static final String WORD_UNDERSCORE = "\\s+(?:underscore|under\\s?score|tiret\\s+bas|trait\\s+bas)\\s+";
  private static final String WORD_DASH = "\\s+(?:dash|hyphen|tiret)\\s+";
  /** A written dot, underscore or dash that ends at the end of the region: joins two pieces of a local part. */
  private static final Pattern DOT_BEFORE =
      Pattern.compile("(?:" + WORD_DOT + "|" + WORD_UNDERSCORE + "|" + WORD_DASH + ")$", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOT_FORMS = Pattern.compile(WORD_DOT, Pattern.CASE_INSENSITIVE);
  private static final Pattern UNDERSCORE_FORMS = Pattern.compile(WORD_UNDERSCORE, Pattern.CASE_INSENSITIVE);
  private static final Pattern DASH_FORMS = Pattern.compile(WORD_DASH, Pattern.CASE_INSENSITIVE);

  /**
   * Words that precede a bare "at" in prose and are never the local part of an address: pronouns,
   * verbs and adverbs ("find me at", "I am at", "available at"), and the platform cues that come
   * before a handle ("IG @kayla.xo" names an Instagram account).
   */
  private static final Set<String> NOT_LOCAL =
      Set.of("me", "us", "you", "him", "her", "them", "it", "here", "there", "now", "call", "reach", "find", "dm",
          "moi", "nous", "toi", "lui", "ici", "available", "located", "based", "live", "stay", "staying", "meet",
          "see", "visit", "arrive", "arriving", "look", "only", "starting", "start", "open", "booked", "starts",
          "priced", "is", "are", "was", "am", "i", "we", "be", "out", "back", "again", "tonight", "today",
          "ig", "insta", "instagram", "snap", "snapchat", "sc", "tg", "telegram", "twitter", "x", "tiktok", "of",
          "onlyfans", "kik", "fb", "facebook");
  /**
   * Nouns that precede "at" in prose ("I work at home.Ca va", "text at 9.30", "lunch at noon") but
   * are also ordinary mailbox names (work@, contact@, email@, info@): refused only when the domain
   * is written with a plain dot. A domain whose dot is spelled out ("dot", "point", "(dot)") is an
   * address written to be read as one: prose never says "at northlinestaffing dot ca".
   */
  private static final Set<String> NOT_LOCAL_WITH_PLAIN_DOT =
      Set.of("home", "work", "text", "email", "mail", "e-mail", "contact", "message", "msg", "hotel", "rates",
          "rate", "price", "prices", "sessions", "session", "lunch", "dinner", "night", "noon");

  @Override
  public void find(String text, Language language, List<Selector> out) {
    List<Candidate> found = new ArrayList<>();
    int firstAt = text.indexOf('@');
    if (firstAt >= 0) {
      Matcher m = PLAIN.matcher(text);
      // A match holds an "@" at most MAX_LOCAL characters after its start: search from there
      // rather than from the start of the text (the look-behind still sees what comes before).
      for (int from = 0, at = firstAt; at >= 0 && m.find(Math.max(from, at - MAX_LOCAL)); from = m.end(), at = text.indexOf('@', from)) {
        String domain = trimToKnownTld(m.group(2));
        if (domain == null || !localOk(m.group(1))) {
          continue;
        }
        found.add(new Candidate(m.start(), m.start(2) + domain.length(), m.group(1) + "@" + domain));
      }
    }
    obfuscated(text, found);
    emit(text, found, out);
  }

  /**
   * Obfuscated addresses, anchored where a local part ends and an "at" form follows ("x at",
   * "x (at)", "x[at]", "x arobase", "x @ "): the domain is matched forwards from there and the
   * local part read backwards, so the cost is a few character tests per word.
   */
  private static void obfuscated(String text, List<Candidate> found) {
    Matcher right = null;
    Matcher dotBefore = null;
    int len = text.length();
    for (int e = 1; e < len; e++) {
      if (!isLocalChar(text.charAt(e - 1)) || isLocalChar(text.charAt(e)) || !atMayFollow(text, e)) {
        continue;
      }
      if (right == null) {
        right = AT_DOMAIN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        dotBefore = DOT_BEFORE.matcher(text).useTransparentBounds(true);
      }
      if (!right.region(e, len).lookingAt()) {
        continue;
      }
      int start = localStart(text, e);
      if (start < 0) {
        continue;
      }
      // "kali dot smith at ...", "jade underscore b at ...": earlier pieces joined by a written dot,
      // underscore or dash (never a wrong address made of the last piece alone).
      for (int piece = 0; piece < 3; piece++) {
        dotBefore.region(Math.max(0, start - 20), start);
        if (!dotBefore.find()) {
          break;
        }
        int earlier = localStart(text, dotBefore.start());
        if (earlier < 0 || dotBefore.start() == earlier) {
          break;
        }
        start = earlier;
      }
      String local = text.substring(start, e);
      if (local.indexOf(' ') >= 0) {
        local = DOT_FORMS.matcher(local).replaceAll(".");
        local = UNDERSCORE_FORMS.matcher(local).replaceAll("_");
        local = DASH_FORMS.matcher(local).replaceAll("-");
      } else {
        local = DOT_FORMS.matcher(local).replaceAll(".");
      }
      String domain = DOT_FORMS.matcher(right.group("domain")).replaceAll(".").replaceAll("\\s+", "");
      if (!localOk(local) || !TopLevelDomains.known(domain.substring(domain.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (right.group("word") != null || right.group("at").strip().equals("@")) {
        // Prose: "find me at onlyfans.com/aria" is a place to go, not an address.
        String lowerLocal = local.toLowerCase(Locale.ROOT);
        // "arobase" is never prose: only the English "at" and a bare "@" can be.
        boolean addressWord = right.group("word") != null && !right.group("word").equalsIgnoreCase("at");
        boolean spelledDot = DOT_FORMS.matcher(right.group("domain")).find();
        if (NOT_LOCAL.contains(lowerLocal) || (!spelledDot && !addressWord && NOT_LOCAL_WITH_PLAIN_DOT.contains(lowerLocal))
            || !hasLetter(local) || followsAsPath(text, right.end()) || sentenceGlued(right.group("domain"))) {
          continue;
        }
      }
      found.add(new Candidate(start, right.end(), local + "@" + domain));
    }
  }

  /** Start of the local-part word ending at {@code end} (it must begin with a letter or digit), or -1. */
  private static int localStart(String text, int end) {
    int s = end;
    while (s > 0 && isLocalChar(text.charAt(s - 1)) && end - s < 64) {
      s--;
    }
    if (s > 0 && isLocalChar(text.charAt(s - 1))) {
      return -1; // longer than an address's local part
    }
    while (s < end && !Character.isLetterOrDigit(text.charAt(s))) {
      s++;
    }
    return s < end ? s : -1;
  }

  private static boolean isLocalChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
        || c == '%' || c == '+' || c == '-';
  }

  /** Cheap test before the regex: an at-form can start at {@code e} ("@", a bracket, "at", "arobase"). */
  private static boolean atMayFollow(String text, int e) {
    int i = e;
    int spaces = 0;
    while (i < text.length() && spaces < 3 && Character.isWhitespace(text.charAt(i))) {
      i++;
      spaces++;
    }
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c == '@' || c == '(' || c == '[' || c == '{' || c == '<' || ((c == 'a' || c == 'A') && spaces > 0);
  }

  private record Candidate(int start, int end, String address) {}

  private static void emit(String text, List<Candidate> found, List<Selector> out) {
    found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    Set<String> seen = new HashSet<>();
    int taken = -1;
    for (Candidate c : found) {
      if (c.start() < taken) {
        continue;
      }
      taken = c.end();
      String value = c.address().toLowerCase(Locale.ROOT);
      if (seen.add(value)) {
        out.add(new Selector(SelectorType.EMAIL, value, new Span(c.start(), c.end())));
      }
    }
  }

  /** The domain cut after its last label that is a known top-level domain, or {@code null}. */
  static String trimToKnownTld(String domain) {
    String[] labels = domain.split("\\.");
    for (int n = labels.length; n >= 2; n--) {
      if (TopLevelDomains.known(labels[n - 1].toLowerCase(Locale.ROOT))) {
        return String.join(".", java.util.Arrays.copyOf(labels, n));
      }
    }
    return null;
  }

  private static boolean localOk(String local) {
    return !local.endsWith(".") && !local.contains("..");
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** "home.Ca va": a capital after a period, in an otherwise lower-case domain, starts a sentence. */
  private static boolean sentenceGlued(String domain) {
    int dot = domain.lastIndexOf('.');
    return dot >= 0 && dot + 1 < domain.length() && Character.isUpperCase(domain.charAt(dot + 1))
        && !domain.substring(0, dot).chars().anyMatch(Character::isUpperCase);
  }

  private static boolean followsAsPath(String text, int end) {
    return end < text.length() && text.charAt(end) == '/';
  }
}
