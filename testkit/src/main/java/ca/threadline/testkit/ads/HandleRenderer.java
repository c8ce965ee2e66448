package ca.threadline.testkit.ads;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Writes a social-media handle with the cues ads use ({@code IG:}, {@code Insta:}, {@code sc:},
 * {@code SC -}, {@code snap}, {@code OF:}, {@code kik:}, {@code telegram:}, {@code t.me/…},
 * profile URLs). Gold (CONTRACTS.md §1): the handle as {@code platform:handle}, lower case,
 * without {@code @}; a profile URL written with its scheme is also a gold {@code url} (scheme and
 * host lower-case, path as written); one written without a scheme ({@code t.me/aria64}) is only
 * an optional url, as in the development set, because whether a bare host/path is a URL is
 * debatable.
 */
public final class HandleRenderer {
  /** Platforms of CONTRACTS.md §1 that have handles (a WhatsApp contact is a phone). */
  public enum Platform {
    INSTAGRAM,
    SNAPCHAT,
    TELEGRAM,
    TWITTER,
    TIKTOK,
    ONLYFANS,
    KIK,
    FACEBOOK;

    /** The platform name used in the canonical value, e.g. {@code instagram}. */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How the handle is introduced. */
  public enum HandleStyle {
    /** {@code IG: name}, {@code kik: name}, {@code Insta: @name}. */
    CUE_COLON,
    /** {@code twitter @name}, {@code IG @name}. */
    CUE_AT,
    /** {@code SC - name}. */
    CUE_DASH,
    /** {@code snap name}, {@code add me on snap name}. */
    CUE_WORD,
    /** {@code t.me/name}, {@code instagram.com/name}: no scheme. */
    URL_BARE,
    /** {@code https://t.me/name}, {@code https://onlyfans.com/name}. */
    URL_HTTPS;

    public String tag() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The rendering; {@code urls} are gold url selectors it carries, {@code optionalUrls} the
   * acceptable-but-not-required ones.
   */
  public record Rendered(String text, List<String> tags, List<String> urls, List<String> optionalUrls) {
    public Rendered {
      Objects.requireNonNull(text, "text");
      tags = List.copyOf(tags);
      urls = List.copyOf(urls);
      optionalUrls = List.copyOf(optionalUrls);
    }
  }

  private record Cues(List<String> colon, List<String> at, List<String> dash, List<String> word, List<String> hosts) {}

  private static final Map<Platform, Cues> CUES = Map.of(
      Platform.INSTAGRAM, new Cues(
          List.of("IG:", "Insta:", "Instagram:", "📸 IG:", "ig:", "INSTA:", "insta:"),
          List.of("IG", "insta", "Instagram", "📸 IG"),
          List.of("IG -", "Insta -", "IG –"),
          List.of("follow my insta", "find me on IG", "insta"),
          List.of("instagram.com/", "www.instagram.com/")),
      Platform.SNAPCHAT, new Cues(
          List.of("sc:", "SC:", "snap:", "Snapchat:", "Snap:"),
          List.of("snap", "SC", "snapchat"),
          List.of("SC -", "sc -", "snap -", "SC –"),
          List.of("snap", "add me on snap", "snapchat", "mon snap"),
          List.of("snapchat.com/add/", "www.snapchat.com/add/")),
      Platform.TELEGRAM, new Cues(
          List.of("telegram:", "Telegram:", "TG:", "tg:", "TELEGRAM:"),
          List.of("telegram", "Telegram", "TG"),
          List.of("Telegram -", "TG -"),
          List.of("telegram", "écris-moi sur telegram", "msg me on telegram"),
          List.of("t.me/", "telegram.me/")),
      Platform.TWITTER, new Cues(
          List.of("twitter:", "Twitter:", "X/Twitter:"),
          List.of("twitter", "Twitter", "on X"),
          List.of("twitter -", "Twitter -"),
          List.of("twitter", "follow me on twitter"),
          List.of("twitter.com/", "x.com/")),
      Platform.TIKTOK, new Cues(
          List.of("TikTok:", "tiktok:", "TIKTOK:"),
          List.of("tiktok", "TikTok"),
          List.of("tiktok -", "TikTok -"),
          List.of("tiktok", "my tiktok"),
          List.of("tiktok.com/@", "www.tiktok.com/@")),
      Platform.ONLYFANS, new Cues(
          List.of("OF:", "onlyfans:", "OnlyFans:", "of:"),
          List.of("OF", "onlyfans", "OnlyFans"),
          List.of("OF -", "OnlyFans -"),
          List.of("my OF", "onlyfans", "mon OF"),
          List.of("onlyfans.com/", "www.onlyfans.com/")),
      Platform.KIK, new Cues(
          List.of("kik:", "Kik:", "KIK:"),
          List.of("kik", "Kik me"),
          List.of("kik -", "Kik -"),
          List.of("kik", "kik me", "add me on kik"),
          List.of("kik.me/")),
      Platform.FACEBOOK, new Cues(
          List.of("FB:", "Facebook:", "fb:"),
          List.of("FB", "facebook"),
          List.of("FB -", "Facebook -"),
          List.of("facebook", "find me on facebook"),
          List.of("facebook.com/", "www.facebook.com/")));

  private static final java.util.regex.Pattern CANONICAL = java.util.regex.Pattern.compile("[a-z][a-z0-9_.]*[a-z0-9]");

  private final RandomGenerator random;

  public HandleRenderer(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  public Rendered renderRandom(Platform platform, String handle) {
    HandleStyle style = switch (random.nextInt(12)) {
      case 0, 1, 2, 3 -> HandleStyle.CUE_COLON;
      case 4, 5 -> HandleStyle.CUE_AT;
      case 6 -> HandleStyle.CUE_DASH;
      case 7 -> HandleStyle.CUE_WORD;
      case 8, 9 -> HandleStyle.URL_BARE;
      default -> HandleStyle.URL_HTTPS;
    };
    return render(platform, handle, style);
  }

  /**
   * Renders {@code handle} (lower case: letters, digits, {@code _} and {@code .}; starts with a
   * letter) on {@code platform} in {@code style}. The text ends with the handle (or the URL), so
   * the caller must follow it with white space or the end of the text.
   */
  public Rendered render(Platform platform, String handle, HandleStyle style) {
    if (!CANONICAL.matcher(handle).matches()) {
      throw new IllegalArgumentException("not a canonical handle: " + handle);
    }
    Cues cues = CUES.get(platform);
    String shown = random.nextInt(5) == 0 ? Character.toUpperCase(handle.charAt(0)) + handle.substring(1) : handle;
    List<String> tags = List.of(style.tag());
    return switch (style) {
      case CUE_COLON -> new Rendered(pick(cues.colon()) + " " + (random.nextInt(3) == 0 ? "@" : "") + shown, tags, List.of(), List.of());
      case CUE_AT -> new Rendered(pick(cues.at()) + " @" + shown, tags, List.of(), List.of());
      case CUE_DASH -> new Rendered(pick(cues.dash()) + " " + shown, tags, List.of(), List.of());
      case CUE_WORD -> new Rendered(pick(cues.word()) + " " + shown, tags, List.of(), List.of());
      case URL_BARE -> {
        String hostPath = pick(cues.hosts()) + handle;
        yield new Rendered(hostPath, tags, List.of(), List.of("https://" + hostPath, "http://" + hostPath));
      }
      case URL_HTTPS -> {
        String url = "https://" + pick(cues.hosts()) + handle
            + (platform == Platform.INSTAGRAM && random.nextBoolean() ? "/" : "");
        yield new Rendered(url, tags, List.of(url), List.of());
      }
    };
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }
}
