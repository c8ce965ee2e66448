package ca.threadline.testkit.ads;

import java.util.random.RandomGenerator;

/**
 * How ads state the advertised person's age: {@code 19yo}, {@code 27 y/o}, {@code 28y.o.},
 * {@code 19yrs}, {@code 21 years old}, {@code age 22}, {@code Age: 19}; {@code 22 ans},
 * {@code 32ans}, {@code j'ai 31 ans}, {@code âge : 27}. The tag names the form.
 */
final class AgeForms {
  record Written(String text, String tag) {}

  private AgeForms() {}

  static Written render(int age, NumberLanguage lang, RandomGenerator r) {
    if (lang == NumberLanguage.EN) {
      return switch (r.nextInt(12)) {
        case 0, 1 -> new Written(age + "yo", "yo");
        case 2 -> new Written(age + " yo", "yo");
        case 3, 4 -> new Written(age + " y/o", "yo");
        case 5 -> new Written(age + "y.o.", "yo");
        case 6 -> new Written(age + " yrs", "years");
        case 7 -> new Written(age + "yrs", "years");
        case 8 -> new Written(age + " years old", "years");
        case 9 -> new Written("age " + age, "label");
        case 10 -> new Written("Age: " + age, "label");
        default -> new Written("aged " + age, "label");
      };
    }
    return switch (r.nextInt(9)) {
      case 0, 1, 2 -> new Written(age + " ans", "ans");
      case 3 -> new Written(age + "ans", "ans");
      case 4, 5 -> new Written("j'ai " + age + " ans", "jai");
      case 6 -> new Written("âge : " + age, "label");
      case 7 -> new Written("Âge: " + age, "label");
      default -> new Written(age + " ans", "ans");
    };
  }

  /** An adult age, mostly 19–30 as in escort-ad corpora. */
  static int draw(RandomGenerator r) {
    int p = r.nextInt(100);
    if (p < 4) {
      return 18;
    }
    if (p < 64) {
      return Pick.between(19, 26, r);
    }
    if (p < 92) {
      return Pick.between(27, 35, r);
    }
    return Pick.between(36, 45, r);
  }
}
