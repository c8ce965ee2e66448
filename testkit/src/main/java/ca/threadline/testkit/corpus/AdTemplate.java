package ca.threadline.testkit.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One template a poster writes ads from: sentence patterns in a fixed order with their synonym
 * choices fixed, template-level word choices ({adj}, {thing}, ...), a sentence separator, and how
 * its phone is written.
 */
final class AdTemplate {
  /**
   * A sentence of the template: its pattern and the option chosen in each synonym group.
   *
   * @param generic for an agency line, the key ({@code phone:+1...} or {@code email:...}) of the
   *     generic contact it carries; {@code null} otherwise
   */
  record Line(Phrase phrase, int[] choices, String generic) {
    Line copy() {
      return new Line(phrase, choices.clone(), generic);
    }
  }

  final String label;
  final List<Line> lines;
  final Map<String, String> words;
  final String separator;
  final boolean obfuscatedPhone;
  final List<String> phones;
  final int price;
  final int nameIndex;

  AdTemplate(String label, List<Line> lines, Map<String, String> words, String separator, boolean obfuscatedPhone, List<String> phones, int price, int nameIndex) {
    this.label = label;
    this.lines = List.copyOf(lines);
    this.words = Map.copyOf(words);
    this.separator = separator;
    this.obfuscatedPhone = obfuscatedPhone;
    this.phones = List.copyOf(phones);
    this.price = price;
    this.nameIndex = nameIndex;
  }

  List<Line> copyLines() {
    List<Line> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      out.add(l.copy());
    }
    return out;
  }
}
