package ca.threadline.testkit.ads;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-only readers that turn the text a span covers back into a canonical value, written
 * independently of the generator, so that "every gold value is present in the text in some
 * written form" is checked rather than assumed.
 */
final class GoldReader {
  private static final Map<String, String> PROVINCE_TOKENS = new HashMap<>();

  static {
    String[][] t = {
        {"ON", "ON", "Ont.", "Ontario"}, {"QC", "QC", "Que.", "Qc"}, {"BC", "BC", "B.C.", "British Columbia", "C.-B.", "Colombie-Britannique"},
        {"AB", "AB", "Alta.", "Alberta", "Alb."}, {"SK", "SK", "Sask.", "Saskatchewan"}, {"MB", "MB", "Man.", "Manitoba"},
        {"NB", "NB", "N.B.", "New Brunswick", "N.-B.", "Nouveau-Brunswick"}, {"NS", "NS", "N.S.", "Nova Scotia", "N.-É.", "Nouvelle-Écosse"},
        {"PE", "PE", "PEI", "P.E.I.", "Î.-P.-É."}, {"NL", "NL", "N.L.", "Newfoundland", "T.-N.-L.", "Terre-Neuve"},
        {"YT", "YT", "Yukon", "Yn"}, {"NT", "NT", "N.W.T.", "T.N.-O."}, {"NU", "NU", "Nunavut", "Nt"}};
    for (String[] row : t) {
      for (int i = 1; i < row.length; i++) {
        PROVINCE_TOKENS.put(row[i], row[0]);
      }
    }
  }

  private static final Pattern SUFFIX = Pattern.compile("^(?:, | \\(| )(.+?)\\)?$");

  /** Official name → every written form, read from cities.tsv by this test's own parser. */
  static final Map<String, List<String>> CITY_FORMS = new HashMap<>();
  static final Map<String, String> CITY_PROVINCE = new HashMap<>();

  static {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        GoldReader.class.getResourceAsStream("cities.tsv"), StandardCharsets.UTF_8))) {
      r.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(l -> {
        String[] c = l.split("\t");
        CITY_PROVINCE.put(c[0], c[1]);
        CITY_FORMS.put(c[0], java.util.Arrays.stream(c[3].split("\\|")).map(f -> f.substring(f.indexOf('=') + 1)).toList());
      });
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private GoldReader() {}

  /** Whether {@code surface} is a written form of {@code value} of {@code type}. */
  static boolean reads(String type, String value, String surface) {
    return switch (type) {
      case "phone" -> {
        String digits = surface.startsWith("wa.me/") || surface.startsWith("https://wa.me/")
            ? surface.substring(surface.lastIndexOf('/') + 1)
            : ReferencePhoneReader.read(surface).digits();
        yield ("+" + digits).equals(value) || ("+1" + digits).equals(value);
      }
      case "email" -> ContactRendererTest.readEmail(surface).equals(value);
      case "handle" -> {
        String handle = value.substring(value.indexOf(':') + 1);
        String lower = surface.toLowerCase(Locale.ROOT);
        yield lower.endsWith(handle) || lower.endsWith(handle + "/");
      }
      case "url" -> value.equals(surface) || value.equals("https://" + surface) || value.equals("http://" + surface);
      case "btc" -> surface.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))
          && (surface.equals(value) || value.startsWith("bc1"));
      case "eth" -> surface.toLowerCase(Locale.ROOT).equals(value);
      case "age" -> surface.replaceAll("[^0-9]", "").equals(value);
      case "price" -> {
        String joined = surface.replaceAll("(?<=\\d)[,\u00A0 ](?=\\d{3}\\b)", "");
        yield Pattern.compile("(?<!\\d)" + value + "(?!\\d)").matcher(joined).find();
      }
      case "location" -> readsLocation(value, surface);
      default -> throw new IllegalArgumentException(type);
    };
  }

  private static boolean readsLocation(String value, String surface) {
    int comma = value.lastIndexOf(", ");
    String official = value.substring(0, comma);
    String province = value.substring(comma + 2);
    if (!province.equals(CITY_PROVINCE.get(official))) {
      return false;
    }
    for (String form : CITY_FORMS.get(official)) {
      if (surface.equals(form)) {
        return true;
      }
      if (surface.startsWith(form)) {
        Matcher m = SUFFIX.matcher(surface.substring(form.length()));
        if (m.matches() && province.equals(PROVINCE_TOKENS.get(m.group(1)))) {
          return true;
        }
      }
    }
    // After French "à", the bare name "Québec" is the city.
    return official.equals("Québec") && surface.equals("Québec");
  }
}
