package ca.threadline.extract.url;

import java.util.Set;

/**
 * Hosts that ads write without a scheme ("t.me/aria", "onlyfans.com/aria_xo"): messaging and
 * social platforms and link-in-bio services. Only for these (and {@code www.} hosts) does
 * {@link UrlFinder} turn scheme-less text into a link, so that the domain of an e-mail address or
 * a sentence run together ("Laval.Appelle") is never one.
 */
public final class KnownHosts {
  private static final Set<String> CONTACT =
      Set.of("t.me", "telegram.me", "telegram.dog", "wa.me", "api.whatsapp.com", "chat.whatsapp.com",
          "onlyfans.com", "instagram.com", "instagr.am", "tiktok.com", "vm.tiktok.com", "snapchat.com",
          "twitter.com", "x.com", "facebook.com", "fb.com", "fb.me", "m.me", "m.facebook.com", "kik.me",
          "linktr.ee", "fansly.com", "allmylinks.com", "beacons.ai", "linkin.bio", "solo.to", "youtube.com",
          "youtu.be", "leolist.cc", "tryst.link", "eros.com", "cashapp.com", "cash.app", "paypal.me",
          "venmo.com", "discord.gg", "signal.me", "wechat.com", "line.me", "skype.com", "reddit.com");

  private KnownHosts() {}

  /** Whether {@code host} (lower case, optional "www.") is a contact platform. */
  public static boolean contact(String host) {
    String h = host.startsWith("www.") ? host.substring(4) : host;
    return CONTACT.contains(h);
  }
}
