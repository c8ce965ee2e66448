package ca.threadline.testkit.ads;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generator of synthetic Canadian escort ads and job ads (English, French, mixed) with
 * planted selectors, obfuscations, indicator phrases and decoys, and their exact ground truth.
 * No real person's data: invented names, fictional {@code NXX-555-01XX} numbers, invented
 * handles and e-mail addresses, crypto addresses from seeded random keys.
 *
 * <p>Determinism: every choice comes from one {@link SplittableRandom} seeded with the given
 * seed, data files are read in file order and no hash-ordered collection is iterated, so the
 * same seed gives byte-identical ads on any machine and JVM. Not thread-safe; use one generator
 * per thread (with different seeds).
 *
 * <p>Mix: about 55% escort ads and 45% job ads; escort ads 45% English, 35% French, 20% mixed;
 * job ads 40/40/20. About a third of phone numbers are plain, the rest spread over every
 * {@link PhoneStyle}. The expected output of a correct extractor is {@link GeneratedAd#gold()};
 * {@link #nextAnnotated()} also gives the span of everything planted.
 */
public final class AdGenerator {
  private final long seed;
  private final SplittableRandom random;
  private final EscortAdWriter escort;
  private final JobAdWriter job;
  private long count;
  private long rewrites;

  public AdGenerator(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
    AdData data = AdData.INSTANCE;
    ContactFactory contacts = new ContactFactory(random);
    ContactWriter contactWriter = new ContactWriter(random);
    this.escort = new EscortAdWriter(random, data, contacts, contactWriter);
    this.job = new JobAdWriter(random, data, contacts, contactWriter);
  }

  /** The next ad. */
  public GeneratedAd next() {
    return nextAnnotated().ad();
  }

  /** The next {@code n} ads. */
  public List<GeneratedAd> generate(int n) {
    List<GeneratedAd> ads = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ads.add(next());
    }
    return ads;
  }

  /** How many ads were written again because a phone touched a digit (for tests). */
  long rewrites() {
    return rewrites;
  }

  /** The next ad with the spans of everything planted in it. */
  public AnnotatedAd nextAnnotated() {
    count++;
    String id = "g" + seed + "-" + count;
    boolean isEscort = random.nextInt(100) < 55;
    String lang = isEscort ? AdContext.drawLanguage(random, 45, 35, 20) : AdContext.drawLanguage(random, 40, 40, 20);
    // Rarely a phone lands next to a digit or a number word (e.g. a time line right after it);
    // such an ad could honestly be read another way, so it is written again.
    for (int attempt = 0; ; attempt++) {
      AnnotatedAd ad = isEscort ? escort.write(id, lang) : job.write(id, lang);
      if (ad.spans().stream().filter(s -> s.role().equals("gold") && s.type().equals("phone"))
          .allMatch(s -> PhoneBoundaries.clean(ad.ad().text(), s))) {
        return ad;
      }
      rewrites++;
      if (attempt > 100) {
        throw new IllegalStateException("cannot write a clean ad " + id);
      }
    }
  }
}
