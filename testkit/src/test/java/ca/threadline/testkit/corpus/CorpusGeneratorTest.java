package ca.threadline.testkit.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
  private static final long SEED = 1234L;
  private static Corpus hard;

  @BeforeAll
  static void generate() {
    System.out.println("CorpusGeneratorTest seed " + SEED);
    hard = CorpusGenerator.generate(CorpusSpec.of(SEED, 6_000, Difficulty.HARD));
  }

  @Test
  void sameSpecSameCorpusByteForByte() throws Exception {
    Corpus again = CorpusGenerator.generate(CorpusSpec.of(SEED, 6_000, Difficulty.HARD));
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    hard.writeJsonl(a);
    again.writeJsonl(b);
    assertThat(a.toString()).isEqualTo(b.toString());
    assertThat(again.goldOperators()).isEqualTo(hard.goldOperators());
    Corpus other = CorpusGenerator.generate(CorpusSpec.of(SEED + 1, 6_000, Difficulty.HARD));
    assertThat(other.ads().get(0).text()).isNotEqualTo(hard.ads().get(0).text());
  }

  @Test
  void exactSizeUniqueIdsAndPostingOrder() {
    assertThat(hard.size()).isEqualTo(6_000);
    assertThat(hard.ads().stream().map(CorpusAd::id).distinct().count()).isEqualTo(6_000);
    for (int i = 1; i < hard.size(); i++) {
      assertThat(hard.ads().get(i).postedAt()).isAfterOrEqualTo(hard.ads().get(i - 1).postedAt());
    }
    assertThat(hard.ads().get(0).postedAt()).isAfterOrEqualTo(CorpusSpec.DEFAULT_START);
    assertThat(hard.ads().get(hard.size() - 1).postedAt()).isBefore(CorpusSpec.DEFAULT_START.plusSeconds(12 * 7 * 86_400L));
  }

  @Test
  void plantedSpansPointAtTheWrittenSelectors() {
    for (CorpusAd ad : hard.ads()) {
      for (PlantedSelector p : ad.planted()) {
        assertThat(p.start()).isLessThan(p.end());
        String written = ad.text().substring(p.start(), p.end());
        switch (p.type()) {
          case "email" -> {
            if (p.obfuscation().isEmpty()) {
              assertThat(written).isEqualToIgnoringCase(p.value()); // the renderer may capitalise
            }
          }
          case "age", "price" -> assertThat(written).isEqualTo(p.value());
          case "btc", "eth" -> assertThat(written).isEqualTo(p.value());
          case "phone" -> {
            if (p.obfuscation().isEmpty()) {
              assertThat(written.replaceAll("\\D", "")).endsWith(p.value().substring(2));
            }
          }
          default -> assertThat(written).isNotBlank();
        }
      }
    }
  }

  @Test
  void phonesAreFictionalAndBitcoinAddressesChecksumValid() {
    Set<String> phones = new HashSet<>();
    for (CorpusAd ad : hard.ads()) {
      for (PlantedSelector p : ad.planted()) {
        if (p.type().equals("phone")) {
          assertThat(p.value()).matches("\\+1[2-9]\\d\\d55501\\d\\d");
          phones.add(p.value());
        }
        if (p.type().equals("btc")) {
          assertThat(base58CheckValid(p.value())).as(p.value()).isTrue();
        }
        if (p.type().equals("eth")) {
          assertThat(p.value()).matches("0x[0-9a-f]{40}");
        }
        if (p.type().equals("email")) {
          assertThat(p.value()).matches("[a-z0-9._]+@[a-z.]*example\\.(com|net|org)");
        }
      }
    }
    assertThat(phones.size()).isGreaterThan(1_000);
    assertThat(hard.reusedPhones()).isZero();
  }

  @Test
  void heavyTailedOperatorsWithFewTemplatesAndIndependentPosters() {
    Map<String, Long> sizes = hard.ads().stream().collect(Collectors.groupingBy(CorpusAd::operator, Collectors.counting()));
    long[] s = sizes.values().stream().mapToLong(Long::longValue).sorted().toArray();
    long median = s[s.length / 2];
    assertThat(s[s.length - 1]).isGreaterThan(20 * median);
    Map<String, Set<String>> templates = new HashMap<>();
    hard.ads().forEach(a -> templates.computeIfAbsent(a.operator(), k -> new HashSet<>()).add(a.template()));
    assertThat(templates.values()).allSatisfy(t -> assertThat(t.size()).isBetween(1, 3));
    assertThat(templates.values().stream().filter(t -> t.size() == 3).count()).isPositive();
    long independentAds = hard.ads().stream().filter(a -> a.operator().startsWith("ind")).count();
    assertThat(independentAds).isBetween(1_500L, 2_100L);
  }

  @Test
  void bilingualWithGenrePhrasesAndObfuscatedContacts() {
    Map<String, Long> langs = hard.ads().stream().collect(Collectors.groupingBy(CorpusAd::language, Collectors.counting()));
    assertThat(langs.keySet()).containsExactlyInAnyOrder("en", "fr", "mixed");
    long genre = hard.ads().stream().filter(a -> a.text().matches("(?is).*(new in town|nouvelle en ville|disponible 24/7|available 24/7).*")).count();
    assertThat(genre).isGreaterThan(hard.size() / 20);
    long obfuscatedPhones = hard.ads().stream().flatMap(a -> a.planted().stream()).filter(p -> p.type().equals("phone") && !p.obfuscation().isEmpty()).count();
    assertThat(obfuscatedPhones).isGreaterThan(hard.size() / 8);
    long hiddenEmails = hard.ads().stream().flatMap(a -> a.planted().stream()).filter(p -> p.type().equals("email") && !p.obfuscation().isEmpty()).count();
    assertThat(hiddenEmails).isPositive();
  }

  /** Multi-template operators tie their templates by a shared selector; some only by e-mail, handle or crypto. */
  @Test
  void operatorsTieTheirTemplatesThroughSharedSelectors() {
    Map<String, Map<String, Set<String>>> keysByTemplate = new HashMap<>();
    for (CorpusAd a : hard.ads()) {
      for (PlantedSelector p : a.planted()) {
        if (List.of("phone", "email", "handle", "btc", "eth").contains(p.type())) {
          keysByTemplate.computeIfAbsent(a.operator(), k -> new HashMap<>()).computeIfAbsent(a.template(), k -> new HashSet<>()).add(p.key());
        }
      }
    }
    int multi = 0;
    int notByPhone = 0;
    for (Map<String, Set<String>> byTemplate : keysByTemplate.values()) {
      if (byTemplate.size() < 2) {
        continue;
      }
      multi++;
      Set<String> common = null;
      for (Set<String> keys : byTemplate.values()) {
        if (common == null) {
          common = new HashSet<>(keys);
        } else {
          common.retainAll(keys);
        }
      }
      if (common.stream().noneMatch(k -> k.startsWith("phone:"))) {
        notByPhone++;
      }
    }
    assertThat(multi).isGreaterThan(20);
    assertThat(notByPhone).isGreaterThan(multi / 10);
  }

  @Test
  void genericSelectorsAppearAcrossManyOperators() {
    Map<String, Set<String>> operators = new HashMap<>();
    hard.ads().forEach(a -> a.planted().stream().filter(p -> !p.type().equals("location") && !p.type().equals("age") && !p.type().equals("price"))
        .forEach(p -> operators.computeIfAbsent(p.key(), k -> new HashSet<>()).add(a.operator())));
    List<Integer> shared = operators.values().stream().map(Set::size).filter(n -> n > 1).toList();
    assertThat(shared).isNotEmpty().allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(5));
  }

  private static boolean base58CheckValid(String s) throws RuntimeException {
    String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    BigInteger n = BigInteger.ZERO;
    for (char c : s.toCharArray()) {
      n = n.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(alphabet.indexOf(c)));
    }
    byte[] raw = n.toByteArray();
    byte[] data = new byte[25];
    int lead = 0;
    while (lead < s.length() && s.charAt(lead) == '1') {
      lead++;
    }
    byte[] body = raw[0] == 0 ? Arrays.copyOfRange(raw, 1, raw.length) : raw;
    System.arraycopy(body, 0, data, 25 - body.length, body.length);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] check = sha.digest(sha.digest(Arrays.copyOf(data, 21)));
      return lead >= 1 && Arrays.equals(Arrays.copyOfRange(check, 0, 4), Arrays.copyOfRange(data, 21, 25));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
