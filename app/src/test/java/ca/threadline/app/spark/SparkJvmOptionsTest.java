package ca.threadline.app.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The local runner opens every module Spark's own launcher opens, for the Spark that is built. */
class SparkJvmOptionsTest {
  @Test
  void theRunnerOpensWhatSparksLauncherOpens() throws Exception {
    Path lib = Path.of(System.getProperty("threadline.repoRoot", "."), "spark", "target", "lib");
    String why = "the Spark jobs are not built (" + lib + "); run ./build -pl spark -am package first, or the whole ./build verify";
    if (!Files.isDirectory(lib) && "1".equals(System.getenv("THREADLINE_REQUIRE_SERVICES"))) {
      Assertions.fail("THREADLINE_REQUIRE_SERVICES=1 but " + why);
    }
    Assumptions.assumeTrue(Files.isDirectory(lib), why);
    URL[] launcher;
    try (Stream<Path> jars = Files.list(lib)) {
      launcher = jars.filter(p -> p.getFileName().toString().startsWith("spark-launcher")).map(SparkJvmOptionsTest::url).toArray(URL[]::new);
    }
    assertThat(launcher).as("spark-launcher in " + lib).hasSize(1);
    try (URLClassLoader loader = new URLClassLoader(launcher, null)) {
      String spark = (String) loader.loadClass("org.apache.spark.launcher.JavaModuleOptions")
          .getMethod("defaultModuleOptions").invoke(null);
      List<String> opens = Arrays.stream(spark.split("\\s+")).filter(o -> o.startsWith("--add-opens")).toList();
      assertThat(opens).as("Spark's launcher options: " + spark).contains("--add-opens=java.base/java.nio=ALL-UNNAMED");
      assertThat(SparkJvmOptions.MODULE_OPTIONS).containsAll(opens);
      assertThat(SparkJvmOptions.forThisJdk()).contains("--add-opens=java.base/java.nio=ALL-UNNAMED");
    }
  }

  @Test
  void aJvmStartedWithThemPrintsNoWarning() throws Exception {
    List<String> cmd = new java.util.ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(SparkJvmOptions.forThisJdk());
    cmd.add("-version");
    Process p = new ProcessBuilder(cmd).start();
    String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(err).isZero();
    assertThat(err).as("e.g. \"WARNING: package sun.security.action not in java.base\" on Java 25").doesNotContain("WARNING");
  }

  private static URL url(Path p) {
    try {
      return p.toUri().toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
