package ca.threadline.extract.handle;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User names read from profile links, with or without scheme: {@code instagram.com/x},
 * {@code onlyfans.com/x}, {@code tiktok.com/@x}, {@code facebook.com/x}, {@code snapchat.com/add/x},
 * {@code twitter.com/x}, {@code x.com/x}, {@code t.me/x}, {@code kik.me/x}. Paths that are pages of
 * the site rather than profiles ({@code instagram.com/p/...}, {@code t.me/joinchat/...},
 * {@code facebook.com/groups/...}) are skipped.
 */
final class ProfileLinks {
  /** Receives one user name found in a link: its platform, the name, and the name's span. */
  @FunctionalInterface
  interface Sink {
    void accept(Platform platform, String name, int start, int end);
  }

  private static final Pattern LINK =
      Pattern.compile("(?:https?://)?(?:www\\.|m\\.|mobile\\.)?"
          + "(instagram\\.com|instagr\\.am|onlyfans\\.com|tiktok\\.com|facebook\\.com|fb\\.com|snapchat\\.com"
          + "|twitter\\.com|x\\.com|t\\.me|telegram\\.me|telegram\\.dog|kik\\.me)/(add/|@)?([A-Za-z0-9._-]+)",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> HOSTS =
      Set.of("instagram.com", "instagr.am", "onlyfans.com", "tiktok.com", "facebook.com", "fb.com", "snapchat.com",
          "twitter.com", "x.com", "t.me", "telegram.me", "telegram.dog", "kik.me");
  private static final Set<String> RESERVED =
      Set.of("p", "reel", "reels", "explore", "stories", "accounts", "tv", "direct", "i", "home", "intent", "share",
          "search", "hashtag", "settings", "notifications", "messages", "profile.php", "groups", "pages", "events",
          "sharer", "sharer.php", "watch", "photo.php", "story.php", "people", "marketplace", "login", "signup",
          "joinchat", "s", "c", "addstickers", "proxy", "socks", "action", "my", "privacy", "terms",
          "about", "help", "legal", "discover", "tag", "music", "video", "add", "web", "download", "en", "fr");

  private ProfileLinks() {}

  static void find(String text, Sink sink) {
    Matcher m = null;
    // Anchor on each "/" that ends a known host: cheaper than running the pattern everywhere.
    for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
      int start = slash;
      while (start > 0 && isHostChar(text.charAt(start - 1))) {
        start--;
      }
      String host = text.substring(start, slash).toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      } else if (host.startsWith("m.")) {
        host = host.substring(2);
      } else if (host.startsWith("mobile.")) {
        host = host.substring(7);
      }
      if (!HOSTS.contains(host)) {
        continue;
      }
      if (m == null) {
        m = LINK.matcher(text);
      }
      int from = start >= 8 && text.regionMatches(true, start - 8, "https://", 0, 8) ? start - 8
          : start >= 7 && text.regionMatches(true, start - 7, "http://", 0, 7) ? start - 7 : start;
      if (!m.region(from, text.length()).lookingAt()) {
        continue;
      }
      accept(m, sink);
    }
  }

  private static boolean isHostChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
  }

  private static void accept(Matcher m, Sink sink) {
    String host = m.group(1).toLowerCase(Locale.ROOT);
    String marker = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
    String name = HandleFinder.trim(m.group(3));
    Platform p = platformOf(host);
    // TikTok profiles are /@name; Snapchat profiles are /add/name.
    if (p == Platform.TIKTOK != marker.equals("@") || p == Platform.SNAPCHAT != marker.equals("add/")) {
      return;
    }
    if (RESERVED.contains(name.toLowerCase(Locale.ROOT)) || !p.accepts(name)) {
      return;
    }
    int start = m.start(3);
    sink.accept(p, name, start, start + name.length());
  }

  private static Platform platformOf(String host) {
    return switch (host) {
      case "instagram.com", "instagr.am" -> Platform.INSTAGRAM;
      case "onlyfans.com" -> Platform.ONLYFANS;
      case "tiktok.com" -> Platform.TIKTOK;
      case "facebook.com", "fb.com" -> Platform.FACEBOOK;
      case "snapchat.com" -> Platform.SNAPCHAT;
      case "twitter.com", "x.com" -> Platform.TWITTER;
      case "kik.me" -> Platform.KIK;
      default -> Platform.TELEGRAM;
    };
  }
}
