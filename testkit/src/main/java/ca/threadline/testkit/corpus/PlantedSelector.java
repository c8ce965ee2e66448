package ca.threadline.testkit.corpus;

import java.util.List;

/**
 * A selector the generator put into an ad: its type and canonical value as the extract contract
 * defines them (CONTRACTS.md §1), how it was hidden, and where it sits in the text.
 *
 * @param type wire name: phone, email, handle, btc, eth, location, age, price
 * @param start UTF-16 offset of its first character in the ad text
 * @param end UTF-16 offset after its last character
 */
public record PlantedSelector(String type, String value, List<String> obfuscation, int start, int end) {
  public PlantedSelector {
    obfuscation = List.copyOf(obfuscation);
  }

  PlantedSelector(String type, String value, List<String> obfuscation) {
    this(type, value, obfuscation, 0, 0);
  }

  PlantedSelector at(int from, int to) {
    return new PlantedSelector(type, value, obfuscation, from, to);
  }

  public String key() {
    return type + ":" + value;
  }
}
