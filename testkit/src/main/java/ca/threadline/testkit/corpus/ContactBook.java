package ca.threadline.testkit.corpus;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Hands out the fictional identifiers of a corpus, each to one poster unless stated otherwise.
 *
 * <p>Phones are fictional NANP numbers {@code NPA-555-01XX} (the range reserved for fiction), so a
 * corpus has at most 100 numbers per area code: about 3,900 on Canadian codes plus 2,000 on
 * overflow US codes. Beyond that (corpora of several hundred thousand ads) numbers are reused by
 * unrelated posters and {@link #reusedPhones()} counts how often; quality tests stay below that
 * size. E-mail addresses use the reserved {@code example.*} domains (RFC 2606). Bitcoin addresses
 * are checksum-valid P2PKH addresses of random 20-byte hashes (no key exists for them).
 */
final class ContactBook {
  /** US area codes, used once the Canadian numbers run out (operators from the US also tour Canada). */
  private static final List<String> US_OVERFLOW =
      List.of(
          "201", "202", "203", "205", "206", "207", "208", "209", "210", "212", "213", "214", "215", "216",
          "217", "218", "219", "224", "225", "228", "229", "231", "234", "239", "240", "248", "251", "252",
          "253", "254", "256", "260", "262", "267", "269", "270", "272", "276", "281", "301", "302", "303",
          "304", "305", "307", "308", "309", "310", "312", "313", "314", "315", "316", "317", "318", "319",
          "320", "321", "323", "325", "330", "331", "334", "336", "337", "339", "346", "347", "351", "352",
          "360", "361", "364", "380", "385", "386", "401", "402", "404", "405", "406", "407", "408", "409",
          "410", "412", "413", "414", "415", "417", "419", "423", "424", "425", "430", "432", "434", "435",
          "440", "442", "443", "458", "463", "469", "470", "475", "478", "479", "480", "484", "501", "502",
          "503", "504", "505", "507", "508", "509", "510", "512", "513", "515", "516", "517", "518", "520",
          "530", "531", "534", "539", "540", "541", "551", "559", "561", "562", "563", "564", "567", "570",
          "571", "573", "574", "575", "580", "585", "586", "601", "602", "603", "605", "606", "607", "608",
          "609", "610", "612", "614", "615", "616", "617", "618", "619", "620", "623", "626", "628", "629",
          "630", "631", "636", "641", "646", "650", "651", "657", "660", "661", "662", "667", "669", "678",
          "681", "682", "701", "702", "703", "704", "706", "707", "708", "712", "713", "714", "715", "716",
          "717", "718", "719", "720", "724", "725", "727", "731", "732", "734", "737", "740", "743", "747",
          "754", "757", "760", "762", "763", "765", "769", "770", "772", "773", "774", "775", "779", "781",
          "785", "786", "801", "802", "803", "804", "805", "806", "808", "810", "812", "813", "814", "815",
          "816", "817", "818", "828", "830", "831", "832", "843", "845", "847", "848", "850", "856", "857",
          "858", "859", "860", "862", "863", "864", "865", "870", "872", "878", "901", "903", "904", "906",
          "907", "908", "909", "910", "912", "913", "914", "915", "916", "917", "918", "919", "920", "925",
          "928", "929", "931", "936", "937", "938", "940", "941", "947", "949", "951", "952", "954", "956",
          "959", "970", "971", "972", "973", "978", "979", "980", "984", "985", "989");
  private static final List<String> PLATFORMS = List.of("instagram", "snapchat", "telegram", "onlyfans", "twitter", "kik");
  private static final String[] SYLLABLES = {
    "ka", "li", "mo", "ra", "ne", "si", "lu", "ve", "ta", "zo", "mi", "ro", "sa", "bel", "dia", "na", "ri", "lo", "je", "ty"
  };
  private static final String[] WORDS = {
    "rose", "velvet", "honey", "star", "angel", "silk", "kitty", "candy", "moon", "peach", "sugar", "bunny", "lace", "cherry", "dove", "lily"
  };
  private static final String[] DOMAINS = {"example.com", "example.net", "example.org"};
  private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  private final RandomGenerator rnd;
  private final Map<String, Deque<String>> freePhones = new LinkedHashMap<>();
  private final List<String> issuedPhones = new ArrayList<>();
  private final Set<String> issued = new HashSet<>();
  private int reusedPhones;

  ContactBook(Places places, RandomGenerator rnd) {
    this.rnd = rnd;
    List<String> codes = new ArrayList<>();
    for (Places.City c : places.all()) {
      for (String a : c.areaCodes()) {
        if (!codes.contains(a)) {
          codes.add(a);
        }
      }
    }
    codes.addAll(US_OVERFLOW);
    for (String npa : codes) {
      List<String> nums = new ArrayList<>(100);
      for (int x = 100; x < 200; x++) {
        nums.add("+1" + npa + "5550" + x);
      }
      shuffle(nums);
      freePhones.put(npa, new ArrayDeque<>(nums));
    }
  }

  int reusedPhones() {
    return reusedPhones;
  }

  /** A number with one of {@code preferredCodes}, else any free one, else (exhausted) a reused one. */
  String phone(List<String> preferredCodes) {
    for (int k = 0; k < preferredCodes.size(); k++) {
      String npa = preferredCodes.get((k + rnd.nextInt(preferredCodes.size())) % preferredCodes.size());
      Deque<String> q = freePhones.get(npa);
      if (q != null && !q.isEmpty()) {
        return take(q.pop());
      }
    }
    List<String> nonEmpty = new ArrayList<>();
    for (Map.Entry<String, Deque<String>> e : freePhones.entrySet()) {
      if (!e.getValue().isEmpty()) {
        nonEmpty.add(e.getKey());
      }
    }
    if (!nonEmpty.isEmpty()) {
      return take(freePhones.get(nonEmpty.get(rnd.nextInt(nonEmpty.size()))).pop());
    }
    reusedPhones++;
    return issuedPhones.get(rnd.nextInt(issuedPhones.size()));
  }

  private String take(String number) {
    issuedPhones.add(number);
    return number;
  }

  String email(String name) {
    String base = ascii(name) + (rnd.nextBoolean() ? "." : "_") + WORDS[rnd.nextInt(WORDS.length)];
    return unique(base, "@" + DOMAINS[rnd.nextInt(DOMAINS.length)]);
  }

  /** {@code platform:handle}, lower case, as the extract contract writes handles. */
  String handle() {
    String platform = PLATFORMS.get(rnd.nextInt(PLATFORMS.size()));
    StringBuilder h = new StringBuilder();
    int syl = 2 + rnd.nextInt(2);
    for (int i = 0; i < syl; i++) {
      h.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
    }
    h.append(rnd.nextBoolean() ? "_" : "").append(WORDS[rnd.nextInt(WORDS.length)]);
    return unique(platform + ":" + h, "");
  }

  /** A {@code btc:} or {@code eth:} key: checksum-valid P2PKH, or lower-case 0x + 40 hex. */
  String crypto() {
    byte[] hash = new byte[20];
    rnd.nextBytes(hash);
    if (rnd.nextInt(4) == 0) {
      StringBuilder b = new StringBuilder("eth:0x");
      for (byte x : hash) {
        b.append(String.format("%02x", x & 0xff));
      }
      return b.toString();
    }
    return "btc:" + base58Check((byte) 0x00, hash);
  }

  private String unique(String base, String suffix) {
    String candidate = base + suffix;
    int n = 2 + rnd.nextInt(90);
    while (!issued.add(candidate)) {
      candidate = base + n + suffix;
      n += 1 + rnd.nextInt(7);
    }
    return candidate;
  }

  private static String ascii(String name) {
    String d = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return d.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
  }

  static String base58Check(byte version, byte[] payload) {
    byte[] data = new byte[1 + payload.length + 4];
    data[0] = version;
    System.arraycopy(payload, 0, data, 1, payload.length);
    byte[] check = sha256(sha256(java.util.Arrays.copyOf(data, 1 + payload.length)));
    System.arraycopy(check, 0, data, 1 + payload.length, 4);
    BigInteger n = new BigInteger(1, data);
    StringBuilder b = new StringBuilder();
    BigInteger fiftyEight = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(fiftyEight);
      b.append(BASE58.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (int i = 0; i < data.length && data[i] == 0; i++) {
      b.append('1');
    }
    return b.reverse().toString();
  }

  private static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void shuffle(List<String> l) {
    for (int i = l.size() - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      String t = l.get(i);
      l.set(i, l.get(j));
      l.set(j, t);
    }
  }
}
