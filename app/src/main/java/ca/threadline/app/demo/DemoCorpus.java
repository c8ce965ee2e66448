package ca.threadline.app.demo;

import ca.threadline.testkit.ads.AdGenerator;
import ca.threadline.testkit.ads.GeneratedAd;
import ca.threadline.testkit.ads.GoldSelector;
import ca.threadline.testkit.corpus.Corpus;
import ca.threadline.testkit.corpus.CorpusAd;
import ca.threadline.testkit.corpus.CorpusGenerator;
import ca.threadline.testkit.corpus.CorpusSpec;
import ca.threadline.testkit.corpus.Difficulty;
import ca.threadline.testkit.corpus.PlantedSelector;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Composes the demo's synthetic Canadian case from the testkit's seeded generators: escort-style
 * ads of several operators and independent posters (the linking corpus generator: bilingual,
 * obfuscated contacts, circuits of cities, agency lines and other generic selectors), job ads with
 * forced-labour signs (the extraction generator's job ads), and Bitcoin addresses that exist on
 * the demo's generated chain: every address the corpus planted is replaced by one that paid the
 * chain's ad-site payment processor, and the three largest operators that had none get one, so the
 * wallet pages have real flows. Some ads of the largest operators carry pictures: abstract
 * shapes drawn here (no person), reused across an operator's ads as real operators reuse photos.
 * Everything is invented; the same seed gives the same case.
 */
final class DemoCorpus {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  /**
   * The selector types the linking corpus generator labels in every escort ad it writes: it plants
   * and labels phones, e-mails, handles, crypto addresses, the city, the age and the prices, but a
   * handle written as a link ({@code https://onlyfans.com/x}, {@code t.me/x}) is labelled as the
   * handle only, never as a url, so a url found there has no gold to meet.
   */
  static final Set<String> ESCORT_LABELLED = Set.of("phone", "email", "handle", "btc", "eth", "location", "age", "price");

  private static final Set<String> ALL_TYPES =
      Set.of("phone", "email", "handle", "url", "btc", "eth", "location", "age", "price");

  private DemoCorpus() {}

  /** The ads, in posting order. */
  static List<DemoAd> compose(long seed, int escortAds, int jobAds, List<String> chainAddresses, Path imageDir) throws IOException {
    Corpus corpus = CorpusGenerator.generate(CorpusSpec.of(seed, escortAds, Difficulty.HARD));
    Iterator<String> wallets = chainAddresses.iterator();
    Map<String, String> replaced = new LinkedHashMap<>();
    Map<String, Integer> sizes = new HashMap<>();
    Map<String, String> operatorWallet = new HashMap<>();
    for (CorpusAd a : corpus.ads()) {
      sizes.merge(a.operator(), 1, Integer::sum);
      for (PlantedSelector p : a.planted()) {
        if (p.type().equals("btc") && !replaced.containsKey(p.value()) && wallets.hasNext()) {
          replaced.put(p.value(), wallets.next());
        }
        if (p.type().equals("btc")) {
          operatorWallet.putIfAbsent(a.operator(), replaced.get(p.value()));
        }
      }
    }
    List<String> largest = sizes.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(3).map(Map.Entry::getKey).toList();
    Map<String, String> added = new HashMap<>();
    for (String op : largest) {
      if (!operatorWallet.containsKey(op) && wallets.hasNext()) {
        added.put(op, wallets.next());
      }
    }
    Map<String, List<String>> pictures = pictures(largest, seed, imageDir);
    SplittableRandom rnd = new SplittableRandom(seed ^ 0xDE40L);
    List<DemoAd> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CorpusAd a : corpus.ads()) {
      String text = a.text();
      List<String> gold = new ArrayList<>();
      for (PlantedSelector p : a.planted()) {
        String value = p.type().equals("btc") ? replaced.getOrDefault(p.value(), p.value()) : p.value();
        gold.add(p.type() + ":" + value);
      }
      for (Map.Entry<String, String> r : replaced.entrySet()) {
        text = text.replace(r.getKey(), r.getValue());
      }
      int n = seen.merge(a.operator(), 1, Integer::sum);
      String wallet = added.get(a.operator());
      if (wallet != null && n % 2 == 1) {
        text = text + (a.language().equals("fr") ? "\nDépôt en BTC seulement : " : "\nDeposit in BTC only: ") + wallet;
        gold.add("btc:" + wallet);
      }
      List<String> images = List.of();
      List<String> pics = pictures.get(a.operator());
      if (pics != null && rnd.nextInt(3) == 0) {
        images = List.of(pics.get(rnd.nextInt(pics.size())));
      }
      out.add(new DemoAd(a.id(), "escort", text, a.postedAt(), a.city(), a.operator(), gold, List.of(), images));
    }
    out.addAll(jobAds(seed, jobAds, corpus.spec().start(), wallets));
    out.sort(Comparator.comparing(DemoAd::postedAt).thenComparing(DemoAd::id));
    return out;
  }

  /**
   * The types whose gold is complete for an ad of {@code kind}: the escort ads' generator labels
   * {@link #ESCORT_LABELLED}; the job ads' generator ({@code AdGenerator}) labels every type, urls
   * included (a bare host/path link as optional).
   */
  static Set<String> labelledTypes(String kind) {
    return kind.equals("escort") ? ESCORT_LABELLED : ALL_TYPES;
  }

  /** Job ads with at least one forced-labour sign, spread over the corpus's twelve weeks. */
  private static List<DemoAd> jobAds(long seed, int count, java.time.Instant start, Iterator<String> wallets) {
    AdGenerator g = new AdGenerator(seed);
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x70B5L);
    List<DemoAd> out = new ArrayList<>();
    for (int tries = 0; out.size() < count && tries < count * 50; tries++) {
      GeneratedAd a = g.next();
      if (!a.kind().equals("job") || a.indicators().isEmpty()) {
        continue;
      }
      java.time.Instant at = start.plusSeconds(rnd.nextLong(84L * 86_400));
      String text = a.text();
      List<String> gold = new ArrayList<>();
      for (GoldSelector g0 : a.gold()) {
        String value = g0.value();
        if (g0.type().equals("btc") && wallets.hasNext() && text.contains(value)) {
          String w = wallets.next();
          text = text.replace(value, w);
          value = w;
        }
        gold.add(g0.type() + ":" + value);
      }
      out.add(new DemoAd("job-" + (out.size() + 1), "job", text, at, null, null, gold,
          a.optional().stream().map(s -> s.type() + ":" + s.value()).toList(), List.of()));
    }
    return out;
  }

  /** Two abstract pictures per operator (gradients and shapes; no person). */
  private static Map<String, List<String>> pictures(List<String> operators, long seed, Path dir) throws IOException {
    Files.createDirectories(dir);
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x1AA6EL);
    Map<String, List<String>> out = new HashMap<>();
    int k = 0;
    for (String op : operators) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        String name = "photo-" + (++k) + ".png";
        BufferedImage img = new BufferedImage(320, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(rnd.nextInt(0xFFFFFF)), 320, 400, new Color(rnd.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, 320, 400);
        for (int s = 0; s < 6; s++) {
          g.setColor(new Color(rnd.nextInt(0xFFFFFF)));
          g.fillOval(rnd.nextInt(260), rnd.nextInt(340), 40 + rnd.nextInt(100), 40 + rnd.nextInt(100));
        }
        g.dispose();
        ImageIO.write(img, "png", dir.resolve(name).toFile());
        names.add(dir.getFileName() + "/" + name);
      }
      out.put(op, names);
    }
    return out;
  }

  /** Writes the ads as JSON Lines for {@code threadline import}: id, text, posted_at, city, kind, images. */
  static void write(List<DemoAd> ads, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); JsonGenerator g = JSON.createGenerator(w)) {
      g.setRootValueSeparator(null);
      for (DemoAd a : ads) {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("text", a.text());
        g.writeStringField("posted_at", a.postedAt().toString());
        if (a.city() != null) {
          g.writeStringField("city", a.city());
        }
        g.writeStringField("kind", a.kind());
        if (!a.images().isEmpty()) {
          g.writeArrayFieldStart("images");
          for (String i : a.images()) {
            g.writeString(i);
          }
          g.writeEndArray();
        }
        g.writeEndObject();
        g.flush();
        w.write('\n');
      }
    }
  }
}
