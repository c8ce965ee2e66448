package ca.threadline.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.CliRun;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.access.Member;
import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import ca.threadline.store.crypto.CryptoLookup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code threadline demo --no-serve} on a fresh home: the whole pipeline, the report, the dossier, the accounts. */
class DemoCommandTest {
  @Test
  void noServeBuildsTheCaseAndWritesTheReportAndTheDossier(@TempDir Path home) throws Exception {
    CliRun run = CliRun.run("", "demo", "--no-serve", "--ads", "200", "--job-ads", "30", "--home", home.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode printed = new ObjectMapper().readTree(run.outLines().getLast());
    Path report = Path.of(printed.get("report").asText());
    assertThat(report).startsWith(home).exists();
    String text = Files.readString(report);
    assertThat(text).contains("# Case \"Demo\"").contains("## Largest networks").contains("## Wallets on the chain")
        .contains("# Extraction").contains("230 synthetic ads").contains("| phone |").contains("micro-F1");
    // each type is scored only over the ads whose generator labels it: urls over the 30 job ads
    // (the escort generator does not label a handle's link as a url), the rest over all 230
    assertThat(text).containsPattern("\\| url \\| [\\d,]+ \\| 30 ads \\|").containsPattern("\\| age \\| [\\d,]+ \\| 230 ads \\|");
    for (String type : List.of("age", "price", "url", "phone")) {
      Matcher row = Pattern.compile("\\| " + type + " \\| [\\d,]+ \\| [\\d,]+ ads \\| ([\\d.]+)% \\| ([\\d.]+)% \\|").matcher(text);
      assertThat(row.find()).as(type + "\n" + text).isTrue();
      assertThat(Double.parseDouble(row.group(1))).as(type + " precision\n" + text).isGreaterThanOrEqualTo(95.0);
      assertThat(Double.parseDouble(row.group(2))).as(type + " recall\n" + text).isGreaterThanOrEqualTo(95.0);
    }
    assertThat(printed.get("documents").asInt()).isEqualTo(230);
    assertThat(printed.get("networks").asInt()).isGreaterThan(5);
    Path dossier = Path.of(printed.get("dossier").asText());
    var html = Jsoup.parse(Files.readString(dossier));
    assertThat(html.select("h1").text()).isEqualTo("Network " + printed.get("network").asText());
    assertThat(html.select("svg.map")).hasSize(1);
    assertThat(html.select("script")).isEmpty();
    if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
      assertThat(Path.of(printed.get("dossier_pdf").asText())).exists();
    }
    try (Store s = Store.open(StoreConfig.embedded(home))) {
      User inv = s.users().find("demo-investigator").orElseThrow();
      long c = s.cases().idByName(inv, "Demo").orElseThrow();
      List<Member> members = s.cases().members(inv, c);
      assertThat(members).anySatisfy(m -> assertThat(m.userName() + "=" + m.role()).isEqualTo("demo-investigator=" + Role.ADMIN));
      assertThat(members).anySatisfy(m -> assertThat(m.userName() + "=" + m.role()).isEqualTo("demo-reviewer=" + Role.REVIEWER));
      List<CryptoLookup> wallets = s.crypto().list(inv, c);
      assertThat(wallets).isNotEmpty().allSatisfy(w -> assertThat(w.exposureJson()).contains("\"found\":true"));
      assertThat(wallets).anySatisfy(w -> assertThat(w.receivedSat()).isPositive());
      // the printed one-time password is the one stored (Argon2id, PHC string)
      Matcher m = Pattern.compile("demo-reviewer\\s+(\\S{16})\\s").matcher(run.err());
      assertThat(m.find()).as(run.err()).isTrue();
      assertThat(argon2idMatches(m.group(1), s.users().passwordHash("demo-reviewer").orElseThrow())).isTrue();
      assertThat(argon2idMatches("wrong-password-x", s.users().passwordHash("demo-reviewer").orElseThrow())).isFalse();
    }
    // a second run on the same home adds nothing to the case and gives new passwords
    CliRun again = CliRun.run("", "demo", "--no-serve", "--no-pdf", "--ads", "200", "--job-ads", "30", "--home", home.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.err()).contains("0 new, 0 changed");
    assertThat(new ObjectMapper().readTree(again.outLines().getLast()).get("documents").asInt()).isEqualTo(230);
  }

  static boolean argon2idMatches(String password, String phc) {
    Matcher m = Pattern.compile("\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([^$]+)\\$([^$]+)").matcher(phc);
    assertThat(m.matches()).as(phc).isTrue();
    byte[] salt = Base64.getDecoder().decode(m.group(4));
    byte[] expected = Base64.getDecoder().decode(m.group(5));
    Argon2BytesGenerator g = new Argon2BytesGenerator();
    g.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withMemoryAsKB(Integer.parseInt(m.group(1))).withIterations(Integer.parseInt(m.group(2)))
        .withParallelism(Integer.parseInt(m.group(3))).withSalt(salt).build());
    byte[] out = new byte[expected.length];
    g.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return java.security.MessageDigest.isEqual(out, expected);
  }

  @Test
  void sameSeedSameAds(@TempDir Path a, @TempDir Path b) throws Exception {
    List<DemoAd> x = DemoCorpus.compose(9, 120, 10, List.of("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"), a.resolve("img"));
    List<DemoAd> y = DemoCorpus.compose(9, 120, 10, List.of("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"), b.resolve("img"));
    DemoCorpus.write(x, a.resolve("ads.jsonl"));
    DemoCorpus.write(y, b.resolve("ads.jsonl"));
    assertThat(Files.readString(a.resolve("ads.jsonl"))).isEqualTo(Files.readString(b.resolve("ads.jsonl")));
    assertThat(x).anySatisfy(ad -> assertThat(ad.kind()).isEqualTo("job"));
    assertThat(Files.readAllBytes(a.resolve("img/photo-1.png"))).isEqualTo(Files.readAllBytes(b.resolve("img/photo-1.png")));
  }
}
