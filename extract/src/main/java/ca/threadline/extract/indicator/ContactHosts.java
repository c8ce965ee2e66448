package ca.threadline.extract.indicator;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Which contact channels identify an employer and which are apps anyone can open in a minute:
 * free e-mail providers, messaging apps, social networks and classified sites name no one.
 */
final class ContactHosts {
  /** Messaging apps reached by link. */
  static final Set<String> MESSAGING =
      Set.of("wa.me", "whatsapp.com", "api.whatsapp.com", "chat.whatsapp.com", "t.me", "telegram.me", "telegram.org", "signal.me", "signal.group", "viber.com", "wechat.com", "kik.me");

  private static final Set<String> SOCIAL =
      Set.of(
          "facebook.com", "fb.com", "fb.me", "m.facebook.com", "instagram.com", "tiktok.com", "x.com", "twitter.com", "snapchat.com",
          "onlyfans.com", "linktr.ee", "youtube.com", "discord.gg", "discord.com", "reddit.com", "kijiji.ca", "craigslist.org",
          "leolist.cc", "bit.ly", "tinyurl.com");

  /** Second-level labels of free or consumer mail providers (any top-level domain). */
  private static final Set<String> FREE_MAIL_LABELS =
      Set.of("gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "ymail", "icloud", "me", "mac", "aol", "protonmail",
          "proton", "pm", "gmx", "mail", "yandex", "zoho", "tutanota", "videotron", "sympatico", "bell", "rogers", "shaw", "telus",
          "cogeco", "eastlink", "sasktel", "mts", "qq", "163", "126");

  private ContactHosts() {}

  /** The host of a URL selector's value, lower case, without "www."; empty when unreadable. */
  static String host(String url) {
    try {
      String h = URI.create(url.contains("://") ? url : "https://" + url).getHost();
      if (h == null) {
        return "";
      }
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  static boolean isMessaging(Selector url) {
    return url.type() == SelectorType.URL && MESSAGING.contains(host(url.value()));
  }

  /** A URL on a messaging app, social network, classified site or link shortener. */
  static boolean isAppOrSocial(Selector url) {
    String h = host(url.value());
    return MESSAGING.contains(h) || SOCIAL.contains(h);
  }

  /** An e-mail address at a free or consumer provider ("…@hotmail.ca", "…@gmail.com"). */
  static boolean isFreeMail(String email) {
    int at = email.lastIndexOf('@');
    String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
    String[] labels = domain.split("\\.");
    return labels.length >= 2 && FREE_MAIL_LABELS.contains(labels[labels.length - 2]);
  }
}
