package ca.threadline.testkit.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One operation (or one independent poster) of the corpus: who they present, how they are
 * reached, where they travel, and the templates they write from.
 */
final class Poster {
  /** How an operator's templates are tied by evidence outside the text. */
  enum LinkMode {
    PHONE,
    OBFUSCATED_PHONE,
    EMAIL,
    HANDLE,
    CRYPTO
  }

  /** A stay of the circuit: a city from one day to another (days since the poster started). */
  record Stop(Places.City city, double fromDay, double toDay) {}

  final String label;
  final boolean independent;
  final String language; // en, fr, mixed
  final int size;
  final LinkMode mode;
  final List<String> names = new ArrayList<>();
  final List<Integer> ages = new ArrayList<>();
  final List<AdTemplate> templates = new ArrayList<>();
  final List<Double> templateWeights = new ArrayList<>();
  final List<Stop> circuit = new ArrayList<>();
  String email;
  String handle;
  String crypto;
  Instant start;
  double days;
  /** Extra lines for generic contacts (agency lines, scam numbers), per template index. */
  final List<List<String>> genericContacts = new ArrayList<>();

  Poster(String label, boolean independent, String language, int size, LinkMode mode) {
    this.label = label;
    this.independent = independent;
    this.language = language;
    this.size = size;
    this.mode = mode;
  }

  Places.City cityAt(double day) {
    for (Stop s : circuit) {
      if (day < s.toDay()) {
        return s.city();
      }
    }
    return circuit.get(circuit.size() - 1).city();
  }
}
