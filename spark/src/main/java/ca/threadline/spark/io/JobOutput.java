package ca.threadline.spark.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import ca.threadline.spark.JobArgs;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;

/** The output directory of a job: never overwritten; a {@code _threadline.json} summary beside the data. */
public final class JobOutput {
  public static final String SUMMARY = "_threadline.json";

  private JobOutput() {}

  public static void refuseExisting(JavaSparkContext jsc, String output) throws IOException {
    Path p = new Path(output);
    if (p.getFileSystem(jsc.hadoopConfiguration()).exists(p)) {
      throw new JobArgs.UsageError(output + ": already exists; give a new --output (results are never overwritten)");
    }
  }

  /** Writes {@code summary} as {@code DIR/_threadline.json} (Spark skips files starting with '_'). */
  public static void writeSummary(JavaSparkContext jsc, String dir, Map<String, Object> summary) throws IOException {
    Path p = new Path(dir, SUMMARY);
    FileSystem fs = p.getFileSystem(jsc.hadoopConfiguration());
    try (OutputStream out = fs.create(p, true)) {
      out.write(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(summary));
      out.write('\n');
    }
  }
}
