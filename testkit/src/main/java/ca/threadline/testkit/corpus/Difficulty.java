package ca.threadline.testkit.corpus;

/**
 * How hard a generated corpus is for linking.
 *
 * <p>EASY: long ads (7–11 sentences besides contacts), 0–2 edits per copy, phones written plainly, most operators
 * reuse one phone across their templates. HARD: short ads (4–7 sentences besides contacts; edits never leave fewer than 3), 2–6 edits per copy
 * (synonyms, typos, dropped and swapped sentences, emoji, capitals, genre phrases, punctuation),
 * a quarter of phones obfuscated (when the {@link ContactStyle} can), and most multi-template
 * operators tie their templates only through an obfuscated phone, an e-mail, a handle or a crypto
 * address; more independent posters writing the same genre phrases.
 */
public enum Difficulty {
  EASY(7, 11, 0, 2, 0.20, 0.0, new double[] {0.70, 0.05, 0.10, 0.10, 0.05}),
  HARD(4, 7, 2, 6, 0.30, 0.25, new double[] {0.35, 0.25, 0.15, 0.15, 0.10});

  final int sentencesMin;
  final int sentencesMax;
  final int editsMin;
  final int editsMax;
  /** Share of ads written by independent posters (1–3 ads each), the hard negatives. */
  final double independentShare;
  /** Share of ads whose phone is obfuscated regardless of the operator's habits. */
  final double obfuscatedShare;
  /** How multi-template operators tie their templates: phone, obfuscated phone, email, handle, crypto. */
  final double[] linkModes;

  Difficulty(int sentencesMin, int sentencesMax, int editsMin, int editsMax, double independentShare, double obfuscatedShare, double[] linkModes) {
    this.sentencesMin = sentencesMin;
    this.sentencesMax = sentencesMax;
    this.editsMin = editsMin;
    this.editsMax = editsMax;
    this.independentShare = independentShare;
    this.obfuscatedShare = obfuscatedShare;
    this.linkModes = linkModes;
  }
}
