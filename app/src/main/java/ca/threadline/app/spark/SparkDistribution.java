package ca.threadline.app.spark;

import ca.threadline.app.cli.UsageException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the built Spark jobs are: {@code spark/target} of the Threadline checkout this application
 * runs from (or {@code --spark-dist} / {@code $THREADLINE_SPARK_DIST}). It holds the module jar,
 * {@code lib/} (the job's classpath with Spark itself, for local runs) and the
 * {@code -job.jar} to hand to {@code spark-submit}. The application never puts Spark on its own
 * classpath: its Jackson would break Spark's startup.
 *
 * @param dir the distribution directory
 * @param moduleJar the jobs' classes
 * @param jobJar the shaded application jar for a cluster (jobs and their non-Spark libraries)
 */
record SparkDistribution(Path dir, Path moduleJar, Path jobJar) {
  static final String BUILD_HINT = "build them with: ./build -q -pl spark -am package -DskipTests (./threadline spark ... does it on first use)";

  /** The local classpath: module jar, then every jar of {@code lib/}. */
  String classpath() {
    return moduleJar + java.io.File.pathSeparator + dir.resolve("lib") + java.io.File.separator + "*";
  }

  static SparkDistribution locate(Path given) {
    Path dir = given;
    if (dir == null && System.getenv("THREADLINE_SPARK_DIST") != null) {
      dir = Path.of(System.getenv("THREADLINE_SPARK_DIST"));
    }
    if (dir == null) {
      dir = fromCheckout();
    }
    if (dir == null || !Files.isDirectory(dir.resolve("lib"))) {
      throw new UsageException("the Spark jobs are not built" + (dir == null ? "" : " (looked in " + dir + ")") + "; " + BUILD_HINT);
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> jars = s.filter(p -> p.getFileName().toString().startsWith("threadline-spark-") && p.toString().endsWith(".jar")).sorted().toList();
      Path module = jars.stream().filter(p -> !p.getFileName().toString().endsWith("-job.jar")).findFirst().orElse(null);
      Path job = jars.stream().filter(p -> p.getFileName().toString().endsWith("-job.jar")).findFirst().orElse(null);
      if (module == null || job == null) {
        throw new UsageException("the Spark jobs are not built in " + dir + "; " + BUILD_HINT);
      }
      return new SparkDistribution(dir, module, job);
    } catch (IOException e) {
      throw new UsageException("cannot read " + dir + ": " + e.getMessage());
    }
  }

  /** {@code <checkout>/spark/target}, found from where this class was loaded (app/target/...). */
  private static Path fromCheckout() {
    try {
      Path here = Path.of(SparkDistribution.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = here; p != null; p = p.getParent()) {
        if (Files.isDirectory(p.resolve("spark")) && Files.exists(p.resolve("pom.xml"))) {
          return p.resolve("spark").resolve("target");
        }
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return null;
    }
    return null;
  }
}
