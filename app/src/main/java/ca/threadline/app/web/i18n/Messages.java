package ca.threadline.app.web.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The workbench's words in English and French (investigators in Québec work in French). Bundles are
 * UTF-8 {@code .properties} files beside this class's resources; a key missing from French falls
 * back to English, and one missing from both shows as the key itself, so a gap is visible but
 * never breaks a page. Arguments replace {@code {0}}, {@code {1}}… literally (no MessageFormat:
 * French apostrophes would be read as quotes).
 */
public final class Messages {
  public static final List<String> LANGUAGES = List.of("en", "fr");
  private static final String BASE = "ca.threadline.app.web.i18n.messages";
  private final String lang;
  private final ResourceBundle bundle;
  private final ResourceBundle fallback;

  private Messages(String lang) {
    this.lang = lang;
    this.bundle = ResourceBundle.getBundle(BASE, Locale.forLanguageTag(lang), NoFallback.INSTANCE);
    this.fallback = ResourceBundle.getBundle(BASE, Locale.ENGLISH, NoFallback.INSTANCE);
  }

  private static final Map<String, Messages> ALL = Map.of("en", new Messages("en"), "fr", new Messages("fr"));

  /** The messages of {@code lang} ({@code en} or {@code fr}); English for anything else. */
  public static Messages of(String lang) {
    return ALL.getOrDefault(lang, ALL.get("en"));
  }

  public String lang() {
    return lang;
  }

  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      try {
        return fallback.getString(key);
      } catch (MissingResourceException e2) {
        return key;
      }
    }
  }

  public String get(String key, Object... args) {
    String s = get(key);
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  /** The bundle's keys, for the test that keeps English and French in step. */
  public java.util.Set<String> keys() {
    return bundle.keySet();
  }

  /** Base bundle = English; no locale fallback to the JVM's default locale. */
  private static final class NoFallback extends ResourceBundle.Control {
    static final NoFallback INSTANCE = new NoFallback();

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
      return null;
    }
  }
}
