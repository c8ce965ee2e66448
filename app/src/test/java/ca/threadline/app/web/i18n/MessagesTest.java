package ca.threadline.app.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** English and French keep the same keys, and every key the pages use exists. */
class MessagesTest {
  static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (var in = MessagesTest.class.getResourceAsStream("/ca/threadline/app/web/i18n/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void englishAndFrenchHaveTheSameKeysAndPlaceholders() throws IOException {
    Properties en = load("messages.properties");
    Properties fr = load("messages_fr.properties");
    assertThat(new TreeSet<>(fr.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    for (String k : en.stringPropertyNames()) {
      assertThat(placeholders(fr.getProperty(k))).as(k).isEqualTo(placeholders(en.getProperty(k)));
    }
    assertThat(Messages.of("fr").get("nav.search")).isEqualTo("Recherche");
    assertThat(Messages.of("xx").get("nav.search")).isEqualTo("Search");
    assertThat(Messages.of("fr").get("login.throttled", 3)).contains("3 minute");
    assertThat(Messages.of("fr").get("no.such.key")).isEqualTo("no.such.key");
  }

  @Test
  void everyLiteralKeyUsedInTemplatesAndCodeExists() throws IOException {
    Properties en = load("messages.properties");
    Path main = Path.of(System.getProperty("threadline.repoRoot", ".."), "app", "src", "main");
    Pattern use = Pattern.compile("(?:t\\(\\)|\\bt|messages\\(ctx\\))\\.get\\(\"([a-z0-9_.]+)\"");
    TreeSet<String> missing = new TreeSet<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jte") || main.relativize(p).toString().contains("/web/") && p.toString().endsWith(".java")).toList()) {
        Matcher m = use.matcher(Files.readString(f));
        while (m.find()) {
          if (!m.group(1).endsWith(".") && !en.containsKey(m.group(1))) {
            missing.add(m.group(1) + " in " + f.getFileName());
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static TreeSet<String> placeholders(String s) {
    TreeSet<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\\{\\d}").matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
