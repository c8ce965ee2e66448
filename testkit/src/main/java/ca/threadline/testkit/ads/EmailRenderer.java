package ca.threadline.testkit.ads;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Writes an e-mail address plainly or spelled out as ads do to dodge scrapers: {@code name at
 * gmail dot com}, {@code name(at)live(dot)ca}, {@code name[at]protonmail.com}, {@code name
 * arobase outlook point com}. The canonical value (CONTRACTS.md §1) is the lower-cased address;
 * renderings may capitalise letters. Dots of the local part are always written as dots (only the
 * domain's dots are spelled out), so the address reads back unambiguously.
 */
public final class EmailRenderer {
  /** How an address is written; {@link #tag()} goes into the gold selector's tags. */
  public enum EmailStyle {
    PLAIN,
    AT_DOT,
    PAREN_AT,
    BRACKET_AT,
    AROBASE;

    public String tag() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The rendering and its tags ({@code [style]}). */
  public record Rendered(String text, List<String> tags) {
    public Rendered {
      Objects.requireNonNull(text, "text");
      tags = List.copyOf(tags);
    }
  }

  private final RandomGenerator random;

  public EmailRenderer(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  public Rendered renderRandom(String email) {
    EmailStyle style = switch (random.nextInt(10)) {
      case 0, 1, 2, 3 -> EmailStyle.PLAIN;
      case 4, 5 -> EmailStyle.AT_DOT;
      case 6 -> EmailStyle.PAREN_AT;
      case 7 -> EmailStyle.BRACKET_AT;
      default -> EmailStyle.AROBASE;
    };
    return render(email, style);
  }

  /** Renders a lower-case {@code local@domain} address in {@code style}. */
  public Rendered render(String email, EmailStyle style) {
    int at = email.indexOf('@');
    if (at <= 0 || at != email.lastIndexOf('@') || !email.equals(email.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("not a canonical e-mail address: " + email);
    }
    String local = email.substring(0, at);
    String domain = email.substring(at + 1);
    if (random.nextInt(6) == 0) {
      local = Character.toUpperCase(local.charAt(0)) + local.substring(1);
    }
    if (random.nextInt(8) == 0) {
      domain = Character.toUpperCase(domain.charAt(0)) + domain.substring(1);
    }
    String text = switch (style) {
      case PLAIN -> local + "@" + domain;
      case AT_DOT -> {
        boolean upper = random.nextInt(3) == 0;
        String a = upper ? " AT " : " at ";
        String d = upper ? " DOT " : " dot ";
        yield local + a + domain.replace(".", d);
      }
      case PAREN_AT -> {
        boolean spaced = random.nextBoolean();
        String a = spaced ? " (at) " : "(at)";
        String d = random.nextBoolean() ? (spaced ? " (dot) " : "(dot)") : ".";
        yield local + a + domain.replace(".", d);
      }
      case BRACKET_AT -> {
        boolean spaced = random.nextInt(3) == 0;
        String a = spaced ? " [at] " : "[at]";
        String d = random.nextBoolean() ? (spaced ? " [dot] " : "[dot]") : ".";
        yield local + a + domain.replace(".", d);
      }
      case AROBASE -> {
        String d = random.nextBoolean() ? " point " : ".";
        yield local + " arobase " + domain.replace(".", d);
      }
    };
    return new Rendered(text, List.of(style.tag()));
  }
}
