package ca.threadline.app.spark;

import java.util.List;

/**
 * The JVM options a local Spark job needs on Java 17+: the module openings Spark's own launcher
 * adds ({@code org.apache.spark.launcher.JavaModuleOptions} of Spark 4.2), because the runner
 * starts the job's JVM itself, not through {@code spark-submit}. Without
 * {@code java.base/java.nio} open, Spark's Kryo fails as soon as memory runs short and cached
 * blocks are evicted to disk ("Unable to create serializer ... java.nio.HeapByteBuffer").
 * Left out on purpose: {@code --add-modules=jdk.incubator.vector}, which prints an incubator
 * warning on every run and only speeds up some vector operations; and, by {@link #forThisJdk()},
 * openings of packages the running JDK does not have ({@code sun.security.action} is gone in
 * Java 25, and the JVM warns about each such option).
 * {@code SparkJvmOptionsTest} checks this list against the launcher of the Spark actually built.
 */
final class SparkJvmOptions {
  static final List<String> MODULE_OPTIONS = List.of(
      "-XX:+IgnoreUnrecognizedVMOptions",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
      "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
      "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
      "-Dio.netty.tryReflectionSetAccessible=true");

  private SparkJvmOptions() {}

  /** {@link #MODULE_OPTIONS} without the openings of packages this JDK lacks. */
  static List<String> forThisJdk() {
    return MODULE_OPTIONS.stream().filter(SparkJvmOptions::packageExists).toList();
  }

  private static boolean packageExists(String option) {
    if (!option.startsWith("--add-opens=")) {
      return true;
    }
    // --add-opens=module/package=ALL-UNNAMED
    String target = option.substring("--add-opens=".length(), option.lastIndexOf('='));
    int slash = target.indexOf('/');
    String module = target.substring(0, slash);
    String pkg = target.substring(slash + 1);
    return ModuleLayer.boot().findModule(module).map(m -> m.getPackages().contains(pkg)).orElse(false);
  }
}
