package ca.threadline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JobArgsTest {
  @Test
  void parsesEveryOption() {
    JobArgs a = JobArgs.parse(new String[] {"cluster-ads", "--input", "in", "--output", "out", "--master", "local[2]", "--format", "parquet", "--partitions", "16", "--checkpoint-dir", "/cp", "--strict"});
    assertThat(a).isEqualTo(new JobArgs("cluster-ads", "in", "out", "local[2]", "parquet", 16, "/cp", true));
  }

  @Test
  void badUsageIsExitTwoWithTheReason() {
    assertThatThrownBy(() -> JobArgs.parse(new String[] {"cluster"})).hasMessageContaining("cluster-ads or cluster-addresses");
    assertThatThrownBy(() -> JobArgs.parse(new String[] {"cluster-ads", "--input", "x"})).hasMessageContaining("--input and --output are required");
    assertThatThrownBy(() -> JobArgs.parse(new String[] {"cluster-ads", "--input", "x", "--output", "y", "--partitions", "0"})).hasMessageContaining("positive");
    assertThatThrownBy(() -> JobArgs.parse(new String[] {"cluster-ads", "--input"})).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> JobArgs.parse(new String[] {"cluster-ads", "--inptu", "x"})).hasMessageContaining("unknown option '--inptu'");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(Main.run(new String[] {"nope"}, new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("threadline-spark: the first argument must be a job");
  }

  @Test
  void localCoresFromTheMaster() {
    assertThat(Sessions.localCores("local[3]")).isEqualTo(3);
    assertThat(Sessions.localCores("local[2,4]")).isEqualTo(2);
    assertThat(Sessions.localCores("local[*]")).isEqualTo(Runtime.getRuntime().availableProcessors());
  }
}
