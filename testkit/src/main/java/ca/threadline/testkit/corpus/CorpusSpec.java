package ca.threadline.testkit.corpus;

import java.time.Instant;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param seed everything follows from it: same spec, same corpus, byte for byte
 * @param ads number of ads
 * @param difficulty easy or hard
 * @param start first possible posting time; ads span twelve weeks from it
 * @param contacts how phones, e-mails and handles are written ({@link #of} uses the shared
 *     renderers, {@link RenderedContactStyle}; {@link PlainContactStyle} never hides anything)
 */
public record CorpusSpec(long seed, int ads, Difficulty difficulty, Instant start, ContactStyle contacts) {
  public static final Instant DEFAULT_START = Instant.parse("2026-01-05T00:00:00Z");

  public CorpusSpec {
    if (ads < 0) {
      throw new IllegalArgumentException("ads must be >= 0");
    }
    Objects.requireNonNull(difficulty, "difficulty");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(contacts, "contacts");
  }

  public static CorpusSpec of(long seed, int ads, Difficulty difficulty) {
    return new CorpusSpec(seed, ads, difficulty, DEFAULT_START, new RenderedContactStyle());
  }

  public CorpusSpec withContacts(ContactStyle style) {
    return new CorpusSpec(seed, ads, difficulty, start, style);
  }
}
