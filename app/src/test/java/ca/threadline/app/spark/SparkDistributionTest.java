package ca.threadline.app.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local job runs the extraction and linking code of this application, never the older copies
 * that {@code spark/target/lib} keeps from the last time the Spark module was packaged.
 */
class SparkDistributionTest {
  @TempDir Path tmp;

  @Test
  void theApplicationsOwnSharedModulesComeBeforeTheSnapshotInLib() throws IOException {
    Files.createDirectories(tmp.resolve("lib"));
    Files.createFile(tmp.resolve("lib").resolve("threadline-extract-0.1.0-SNAPSHOT.jar"));
    Path module = Files.createFile(tmp.resolve("threadline-spark-0.1.0-SNAPSHOT.jar"));
    Files.createFile(tmp.resolve("threadline-spark-0.1.0-SNAPSHOT-job.jar"));

    List<String> cp = List.of(SparkDistribution.locate(tmp).classpath().split(File.pathSeparator));

    assertThat(cp.getFirst()).isEqualTo(module.toString());
    assertThat(cp.getLast()).isEqualTo(tmp.resolve("lib") + File.separator + "*");
    for (Class<?> c : List.of(ca.threadline.extract.Extractor.class, ca.threadline.link.template.TemplateIndex.class, ca.threadline.core.selector.SelectorType.class, ca.threadline.chain.cluster.CoinJoinClassifier.class)) {
      String own = Path.of(uri(c)).toString();
      assertThat(cp).as("where this process loaded %s from", c.getName()).contains(own);
      assertThat(cp.indexOf(own)).isLessThan(cp.size() - 1);
    }
    assertThat(cp).noneMatch(e -> e.toLowerCase(java.util.Locale.ROOT).contains("jackson"));
  }

  private static java.net.URI uri(Class<?> c) {
    try {
      return c.getProtectionDomain().getCodeSource().getLocation().toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
