package ca.threadline.testkit.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence pattern of the phrase bank, parsed: literal text, synonym groups {@code [a|b]} and
 * slots {@code {name}}.
 */
record Phrase(String category, String language, List<Part> parts) {
  sealed interface Part {}

  record Literal(String text) implements Part {}

  record Choice(List<String> options) implements Part {}

  record Slot(String name) implements Part {}

  static Phrase parse(String category, String language, String pattern) {
    List<Part> parts = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '[' || c == '{') {
        char close = c == '[' ? ']' : '}';
        int end = pattern.indexOf(close, i);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed " + c + " in: " + pattern);
        }
        if (!lit.isEmpty()) {
          parts.add(new Literal(lit.toString()));
          lit.setLength(0);
        }
        String inner = pattern.substring(i + 1, end);
        parts.add(c == '[' ? new Choice(List.of(inner.split("\\|", -1))) : new Slot(inner));
        i = end + 1;
      } else {
        lit.append(c);
        i++;
      }
    }
    if (!lit.isEmpty()) {
      parts.add(new Literal(lit.toString()));
    }
    return new Phrase(category, language, List.copyOf(parts));
  }

  int choiceCount() {
    int n = 0;
    for (Part p : parts) {
      if (p instanceof Choice) {
        n++;
      }
    }
    return n;
  }

  boolean hasSlot(String name) {
    for (Part p : parts) {
      if (p instanceof Slot s && s.name().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
