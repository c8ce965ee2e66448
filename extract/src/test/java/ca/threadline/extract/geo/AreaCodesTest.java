package ca.threadline.extract.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AreaCodesTest {
  private final AreaCodes codes = AreaCodes.standard();

  /** Every Canadian geographic area code and its province. */
  private static final Map<String, String> CANADA =
      Map.ofEntries(
          Map.entry("204", "MB"), Map.entry("431", "MB"), Map.entry("584", "MB"),
          Map.entry("226", "ON"), Map.entry("249", "ON"), Map.entry("289", "ON"), Map.entry("343", "ON"),
          Map.entry("365", "ON"), Map.entry("382", "ON"), Map.entry("416", "ON"), Map.entry("437", "ON"),
          Map.entry("519", "ON"), Map.entry("548", "ON"), Map.entry("613", "ON"), Map.entry("647", "ON"),
          Map.entry("683", "ON"), Map.entry("705", "ON"), Map.entry("742", "ON"), Map.entry("753", "ON"),
          Map.entry("807", "ON"), Map.entry("905", "ON"), Map.entry("942", "ON"),
          Map.entry("236", "BC"), Map.entry("250", "BC"), Map.entry("257", "BC"), Map.entry("604", "BC"),
          Map.entry("672", "BC"), Map.entry("778", "BC"),
          Map.entry("263", "QC"), Map.entry("354", "QC"), Map.entry("367", "QC"), Map.entry("418", "QC"),
          Map.entry("438", "QC"), Map.entry("450", "QC"), Map.entry("468", "QC"), Map.entry("514", "QC"),
          Map.entry("579", "QC"), Map.entry("581", "QC"), Map.entry("819", "QC"), Map.entry("873", "QC"),
          Map.entry("306", "SK"), Map.entry("474", "SK"), Map.entry("639", "SK"),
          Map.entry("368", "AB"), Map.entry("403", "AB"), Map.entry("587", "AB"), Map.entry("780", "AB"),
          Map.entry("825", "AB"),
          Map.entry("428", "NB"), Map.entry("506", "NB"),
          Map.entry("709", "NL"), Map.entry("879", "NL"),
          Map.entry("782", "NS/PE"), Map.entry("902", "NS/PE"),
          Map.entry("867", "YT/NT/NU"));

  @Test
  void everyCanadianCodeWithItsProvince() {
    CANADA.forEach((npa, region) -> {
      AreaCode c = codes.lookup(npa).orElseThrow(() -> new AssertionError("missing " + npa));
      assertThat(c.country()).as(npa).isEqualTo("CA");
      assertThat(c.region()).as(npa).isEqualTo(region);
      assertThat(c.place()).as(npa).isNotEmpty();
      assertThat(c.canadian()).isTrue();
    });
    long geographicCanadian = codes.all().stream().filter(c -> c.canadian() && c.geographic()).count();
    assertThat(geographicCanadian).isEqualTo(CANADA.size());
  }

  @Test
  void usAndCaribbeanCodesGiveTheirStateOrCountry() {
    assertThat(codes.lookup("702")).get().satisfies(c -> {
      assertThat(c.country()).isEqualTo("US");
      assertThat(c.region()).isEqualTo("NV");
      assertThat(c.regionName()).isEqualTo("Nevada");
      assertThat(c.place()).isEqualTo("Las Vegas");
    });
    assertThat(codes.lookup("212").orElseThrow().region()).isEqualTo("NY");
    assertThat(codes.lookup("305").orElseThrow().region()).isEqualTo("FL");
    assertThat(codes.lookup("787").orElseThrow().regionName()).isEqualTo("Puerto Rico");
    assertThat(codes.lookup("876").orElseThrow().country()).isEqualTo("JM");
    assertThat(codes.lookup("809").orElseThrow().country()).isEqualTo("DO");
    long states = codes.all().stream().filter(c -> c.country().equals("US")).map(AreaCode::region).distinct().count();
    assertThat(states).isGreaterThanOrEqualTo(51 + 5); // 50 states, DC, 5 territories
  }

  @Test
  void nonGeographicCodes() {
    for (String tollFree : List.of("800", "833", "844", "855", "866", "877", "888")) {
      AreaCode c = codes.lookup(tollFree).orElseThrow();
      assertThat(c.geographic()).isFalse();
      assertThat(c.regionName()).isEqualTo("Toll-free");
    }
    assertThat(codes.lookup("600").orElseThrow().country()).isEqualTo("CA");
  }

  @Test
  void ofE164() {
    assertThat(codes.ofE164("+14165550199").orElseThrow().place()).isEqualTo("Toronto");
    assertThat(codes.ofE164("+17025550123").orElseThrow().region()).isEqualTo("NV");
    assertThat(codes.ofE164("+442071234567")).isEmpty();
    assertThat(codes.ofE164("+1416555019")).isEmpty();
    assertThat(codes.ofE164("+1416555019x")).isEmpty();
    assertThat(codes.ofE164(null)).isEmpty();
  }

  @Test
  void lookupRejectsWhatIsNotThreeDigits() {
    assertThat(codes.lookup("41")).isEmpty();
    assertThat(codes.lookup("41a")).isEmpty();
    assertThat(codes.lookup(null)).isEmpty();
    assertThat(codes.lookup("000")).isEmpty();
  }

  @Test
  void aMalformedFileFailsWithItsLineNumber() {
    assertThatThrownBy(() -> parse("416\tCA\tON\n")).hasMessageContaining("t.tsv:1").hasMessageContaining("5 tab-separated");
    assertThatThrownBy(() -> parse("# c\n411\tCA\tON\tOntario\tToronto\n")).hasMessageContaining("t.tsv:2").hasMessageContaining("not a NANP");
    assertThatThrownBy(() -> parse("416\tCA\tON\tOntario\tToronto\n416\tCA\tON\tOntario\tToronto\n")).hasMessageContaining("listed twice");
  }

  private static AreaCodes parse(String tsv) throws Exception {
    return AreaCodes.parse(new BufferedReader(new StringReader(tsv)), "t.tsv");
  }
}
