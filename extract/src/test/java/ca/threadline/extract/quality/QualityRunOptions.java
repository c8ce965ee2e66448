package ca.threadline.extract.quality;

import java.util.List;

/** The command line of the quality reports' {@code main}s: {@code --seeds LIST --count N --examples K}. */
record QualityRunOptions(List<Long> seeds, int count, int examples) {
  static QualityRunOptions parse(String[] args, String defaultSeeds, int defaultCount) {
    String seeds = defaultSeeds;
    int count = defaultCount;
    int examples = 10;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--seeds" -> seeds = args[i + 1];
        case "--count" -> count = Integer.parseInt(args[i + 1]);
        case "--examples" -> examples = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--seeds LIST --count N --examples K)");
      }
    }
    return new QualityRunOptions(GeneratorQualityReport.parseSeeds(seeds), count, examples);
  }
}
