package ca.threadline.testkit.ads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The generator's data files keep the rules their headers state. */
class AdDataTest {
  private static final AdData DATA = AdData.INSTANCE;
  private static final List<String> ESCORT_CUES = List.of("young", "jeune", "fresh", "fraîche", "girl", "fille", "baby",
      "bébé", "petite", "real", "réel", "genuine", "verified", "trust", "confiance", "legit", "honest", "honnête", "new",
      "nouvelle", "nouveau", "arrived", "arrivée", "leaving", "tour", "tournée", "passage", "24/7", "24h", "limit",
      "restriction", "she", "elle", "her", "latina", "asian", "asiatique", "ebony", "brazil", "brésil", "russ", "haiti",
      "haïti", "colombi", "filipin", "jamaic", "métisse", "ukrain", "ladies", "dames", "duo", "nuit et jour", "day and night");
  private static final List<String> JOB_CUES = List.of("fee", "frais", "passport", "passeport", "document", "housing",
      "logement", "flight", "airfare", "avion", "lmia", "eimt", "whatsapp", "telegram", "permit", "permis", "cash",
      "comptant", "days off", "congé", "urgent", "guarantee", "garanti", "deduct", "retenu", "déduit", "visa", "papers",
      "papiers", "deposit", "dépôt");
  private static final Set<String> ESCORT_PLACEHOLDERS = Set.of("name", "name2", "city", "city2", "e");
  private static final Set<String> JOB_PLACEHOLDERS = Set.of("city", "role", "roles", "Roles", "company", "contact", "money");

  private static boolean containsWord(String text, String word) {
    return Pattern.compile("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(text).find();
  }

  private static boolean containsCityName(String text) {
    for (City c : DATA.cities) {
      for (City.Form f : c.forms()) {
        if (containsWord(text, f.text())) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void citiesCoverTheCountryWithOfficialNames() {
    assertThat(DATA.cities.size()).isGreaterThanOrEqualTo(80);
    Set<String> provinces = new HashSet<>();
    Set<String> officials = new HashSet<>();
    for (City c : DATA.cities) {
      provinces.add(c.province());
      assertThat(officials.add(c.official())).as(c.official()).isTrue();
      assertThat(c.weight()).isPositive();
      assertThat(c.forms()).isNotEmpty();
      assertThat(c.forms()).allMatch(f -> Set.of("en", "fr", "both", "unaccented", "abbrev", "variant", "airport").contains(f.tag()));
      // Every city has a form usable in each language.
      assertThat(c.forms()).anyMatch(f -> f.tag().equals("both") || f.tag().equals("en"));
      assertThat(c.forms()).anyMatch(f -> f.tag().equals("both") || f.tag().equals("fr"));
    }
    assertThat(provinces).containsExactlyInAnyOrder("ON", "QC", "BC", "AB", "SK", "MB", "NB", "NS", "PE", "NL", "YT", "NT", "NU");
    assertThat(officials).contains("Montréal", "Québec", "Trois-Rivières", "Lévis", "St. John's", "Saint John", "Sudbury");
  }

  @Test
  void namesAreNeitherPlacesNorCueWords() {
    List<String> companies = DATA.companies.stream().map(c -> c[1]).toList();
    for (List<String> names : List.of(DATA.providerNames, DATA.contactNames, companies)) {
      for (String n : names) {
        assertThat(containsCityName(n)).as(n).isFalse();
        assertThat(n).doesNotContainPattern("[0-9]");
        for (String cue : ESCORT_CUES) {
          assertThat(containsWord(n, cue)).as("%s contains %s", n, cue).isFalse();
        }
      }
    }
    assertThat(DATA.providerNames).doesNotContain("Victoria", "Regina", "Sydney", "Elle", "Jolie", "Rose", "Angel", "Baby");
    assertThat(DATA.providerNames.size()).isGreaterThan(80);
  }

  @Test
  void escortPhrasesKeepTheirRules() {
    checkBank(DATA.escort, ESCORT_CUES, ESCORT_PLACEHOLDERS, List.of("ind."));
    for (String code : EscortAdWriter.CODES) {
      if (!code.equals("emoji_code")) {
        assertThat(DATA.escort.has("ind." + code + ".en") && DATA.escort.has("ind." + code + ".fr")).as(code).isTrue();
      }
    }
  }

  @Test
  void jobPhrasesKeepTheirRules() {
    checkBank(DATA.job, JOB_CUES, JOB_PLACEHOLDERS, List.of("ind.", "neg.", "whatsapp_cue", "telegram_cue", "crypto_cue"));
    for (String code : JobAdWriter.CODES) {
      assertThat(DATA.job.has("ind." + code + ".en") && DATA.job.has("ind." + code + ".fr")).as(code).isTrue();
    }
    for (String code : JobAdWriter.NEGATABLE) {
      assertThat(DATA.job.has("neg." + code + ".en") && DATA.job.has("neg." + code + ".fr")).as(code).isTrue();
    }
  }

  private static void checkBank(PhraseBank bank, List<String> cues, Set<String> placeholders, List<String> exempt) {
    Pattern slot = Pattern.compile("\\{([^}]*)}");
    for (String key : bank.keys()) {
      boolean free = exempt.stream().noneMatch(key::startsWith);
      for (String phrase : bank.get(key)) {
        Matcher m = slot.matcher(phrase);
        while (m.find()) {
          assertThat(placeholders).as("%s in [%s]", m.group(), key).contains(m.group(1));
        }
        String literal = slot.matcher(phrase).replaceAll(" ");
        assertThat(containsCityName(literal)).as("place name in [%s] %s", key, phrase).isFalse();
        for (String emoji : AdBuilder.CODE_EMOJI) {
          assertThat(literal).as("[%s] %s", key, phrase).doesNotContain(emoji);
        }
        if (free) {
          assertThat(literal).as("digit in [%s] %s", key, phrase).doesNotContainPattern("[0-9]");
          for (String cue : cues) {
            assertThat(containsWord(literal.toLowerCase(Locale.ROOT), cue) || cue.contains("/") && literal.contains(cue))
                .as("cue '%s' in [%s] %s", cue, key, phrase).isFalse();
          }
        }
      }
    }
  }

  @Test
  void rolesHaveBothLanguages() {
    assertThat(DATA.roles).extracting(Role::sector).contains("farm", "cleaning", "construction", "trucking", "caregiving", "hospitality");
    for (Role r : DATA.roles) {
      assertThat(List.of(r.enSingular(), r.enPlural(), r.frSingular(), r.frPlural())).allMatch(s -> !s.isBlank());
      assertThat(containsCityName(r.enPlural() + " " + r.frPlural())).isFalse();
    }
  }
}
