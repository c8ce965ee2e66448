package ca.threadline.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonStringsTest {
  static final long SEED = 4_242_001L;

  private static String randomString(SplittableRandom r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      b.append(switch (r.nextInt(6)) {
        case 0 -> '"';
        case 1 -> '\\';
        case 2 -> (char) r.nextInt(0x20);
        case 3 -> (char) (0xC0 + r.nextInt(0x100)); // accented letters and beyond
        default -> (char) ('a' + r.nextInt(26));
      });
    }
    return b.toString();
  }

  @Test
  void roundTripsAnyStrings() {
    System.out.println("seed " + SEED);
    SplittableRandom r = new SplittableRandom(SEED);
    for (int i = 0; i < 2000; i++) {
      List<String> values = new ArrayList<>();
      int n = r.nextInt(5);
      for (int j = 0; j < n; j++) {
        values.add(randomString(r));
      }
      assertThat(JsonStrings.read(JsonStrings.write(values))).isEqualTo(values);
    }
    assertThat(JsonStrings.read(" [ \"phone:+15145550101\" , \"a\\u00e9\" ] ")).containsExactly("phone:+15145550101", "aé");
  }

  @Test
  void truncatedAndMutatedInputFailsWithAClearError() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    for (int i = 0; i < 2000; i++) {
      String json = JsonStrings.write(List.of(randomString(r), randomString(r)));
      String bad = switch (r.nextInt(3)) {
        case 0 -> json.substring(0, r.nextInt(json.length()));
        case 1 -> json.substring(0, r.nextInt(json.length())) + (char) r.nextInt(128) + json.substring(r.nextInt(json.length()));
        default -> new StringBuilder(json).reverse().toString();
      };
      Throwable t = catchThrowable(() -> JsonStrings.read(bad));
      assertThat(t).as(bad).satisfiesAnyOf(x -> assertThat(x).isNull(), x -> assertThat(x).isInstanceOf(IllegalArgumentException.class));
    }
    assertThatThrownBy(() -> JsonStrings.read("[\"abc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonStrings.read("{}")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JSON array");
  }
}
