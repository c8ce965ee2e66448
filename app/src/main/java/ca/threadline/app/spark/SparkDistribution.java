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

  /**
   * One class of each Threadline module the jobs share with the embedded commands: the extractor,
   * the linking rules and the chain's CoinJoin rules that {@code cluster} and {@code chain cluster}
   * run in this process.
   */
  static final List<Class<?>> SHARED_MODULES =
      List.of(
          ca.threadline.core.selector.Selector.class,
          ca.threadline.extract.Extractor.class,
          ca.threadline.link.engine.Featurizer.class,
          ca.threadline.chain.cluster.CoinJoinRule.class);

  /**
   * The local classpath: module jar, then this application's own copies of the shared modules,
   * then every jar of {@code lib/}.
   *
   * <p>Why the application's copies come before {@code lib/}: {@code lib/} is a snapshot of those
   * modules taken when the Spark module was last packaged. In a checkout they change afterwards
   * (a merge, a rebuild of the application alone), and a local job then ran older extraction or
   * linking rules than the embedded command beside it: the job gave other template clusters than
   * {@code threadline cluster} on the same input, depending only on whether the Spark module had
   * been packaged since ({@code SparkCommandTest} failed so, intermittently, on a busy machine).
   * The first class found on a classpath wins, so the job runs exactly the code the embedded
   * commands run. Only directories and {@code threadline-*.jar} files are added, never a jar that
   * could carry the application's Jackson (which breaks Spark).
   */
  String classpath() {
    List<String> parts = new java.util.ArrayList<>();
    parts.add(moduleJar.toString());
    parts.addAll(sharedModules());
    parts.add(dir.resolve("lib") + java.io.File.separator + "*");
    return String.join(java.io.File.pathSeparator, parts);
  }

  /** Where this application loaded the shared modules from (class directories or module jars). */
  static List<String> sharedModules() {
    List<String> out = new java.util.ArrayList<>();
    for (Class<?> c : SHARED_MODULES) {
      Path p = codeSource(c);
      if (p == null) {
        continue;
      }
      String name = p.getFileName() == null ? "" : p.getFileName().toString();
      boolean moduleJar = name.startsWith("threadline-") && name.endsWith(".jar") && Files.isRegularFile(p);
      if ((Files.isDirectory(p) || moduleJar) && !out.contains(p.toString())) {
        out.add(p.toString());
      }
    }
    return out;
  }

  private static Path codeSource(Class<?> c) {
    try {
      java.security.CodeSource cs = c.getProtectionDomain().getCodeSource();
      return cs == null || cs.getLocation() == null ? null : Path.of(cs.getLocation().toURI());
    } catch (URISyntaxException | SecurityException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return null;
    }
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
