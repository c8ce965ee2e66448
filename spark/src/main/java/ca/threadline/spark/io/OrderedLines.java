package ca.threadline.spark.io;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * The lines of text files in input order, each with its position: a global ordinal (0-based,
 * across all files in the given order) and its 1-based line number within its file, read by the
 * same rules as the embedded {@code LineReader}: lines end at {@code \n} only (a trailing
 * {@code \r} is dropped), a UTF-8 byte-order mark at the start of a file is dropped, invalid UTF-8
 * and lines over 8 MiB are reported, never replaced.
 *
 * <p>Why not {@code spark.read().text()}: Spark's file sources order their splits by size, not by
 * position, and report no line numbers. Hadoop's {@code TextInputFormat} keeps splits in file and
 * offset order; a first pass counts the lines of every split, so the second knows where each split
 * starts (the way {@code zipWithIndex} works, with numbering restarting at each file).
 */
public final class OrderedLines {
  public static final int MAX_LINE_BYTES = 8 * 1024 * 1024;

  private OrderedLines() {}

  /** One line: its text, or why it cannot be read. */
  public record Line(long ordinal, String file, long number, String text, String problem) implements Serializable {}

  /**
   * Lines of {@code files}, in the order given. Reads the files twice (count, then read).
   *
   * <p>Invariant: a line's ordinal and number are a function of its input split (file and byte
   * offset) and its position in that split only, never of the task that reads it. Spark's
   * {@code TaskContext.partitionId()} is the partition of the task's stage, which differs from the
   * partition of this RDD whenever the RDD is computed under a narrow dependency that renumbers
   * partitions ({@code union}, {@code coalesce}, a cached block recomputed inside such a stage):
   * numbering by it would give a recomputed split other ordinals than its first computation
   * (and {@code AdsJob} numbers ads and finds repeated ids by ordinal). So each split is found by
   * its own identity; {@code collect()} returns the counts in partition order, which is input
   * order.
   */
  public static JavaRDD<Line> read(JavaSparkContext jsc, List<String> files) {
    Configuration conf = new Configuration(jsc.hadoopConfiguration());
    conf.set("textinputformat.record.delimiter", "\n");
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> raw =
        (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(String.join(",", files), TextInputFormat.class, LongWritable.class, Text.class, conf);
    List<Tuple2<String, Long>> counts =
        raw.mapPartitionsWithInputSplit(
                (InputSplit split, Iterator<Tuple2<LongWritable, Text>> it) -> {
                  long n = 0;
                  while (it.hasNext()) {
                    it.next();
                    n++;
                  }
                  return List.of(new Tuple2<>(splitKey(split), n)).iterator();
                },
                true)
            .collect();
    Map<String, long[]> starts = new HashMap<>(); // split key -> {first ordinal, first line number}
    String previousFile = null;
    long ord = 0;
    long line = 1;
    for (Tuple2<String, Long> c : counts) {
      String file = c._1().substring(0, c._1().lastIndexOf('@'));
      line = file.equals(previousFile) ? line : 1;
      if (starts.put(c._1(), new long[] {ord, line}) != null) {
        throw new IllegalStateException("input split read twice: " + c._1());
      }
      previousFile = file;
      ord += c._2();
      line += c._2();
    }
    return raw.mapPartitionsWithInputSplit(
        (InputSplit split, Iterator<Tuple2<LongWritable, Text>> it) -> {
          long[] start = starts.get(splitKey(split));
          if (start == null) {
            throw new IllegalStateException("input split not counted: " + splitKey(split));
          }
          String file = fileOf(split);
          CharsetDecoder decoder =
              StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
          return new Iterator<Line>() {
            long k;

            @Override
            public boolean hasNext() {
              return it.hasNext();
            }

            @Override
            public Line next() {
              Text t = it.next()._2();
              long number = start[1] + k;
              long ordinal = start[0] + k;
              k++;
              return decode(decoder, ordinal, file, number, t);
            }
          };
        },
        true);
  }

  /** A split's identity: its file and first byte ({@code path@start}). */
  static String splitKey(InputSplit split) {
    if (split instanceof FileSplit fs) {
      return fs.getPath() + "@" + fs.getStart();
    }
    return split + "@0";
  }

  static Line decode(CharsetDecoder decoder, long ordinal, String file, long number, Text t) {
    int len = t.getLength();
    byte[] b = t.getBytes();
    if (len > MAX_LINE_BYTES) {
      return new Line(ordinal, file, number, null, "line is " + len + " bytes, longer than the limit of " + MAX_LINE_BYTES + " bytes; skipped");
    }
    int from = 0;
    if (number == 1 && len >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      from = 3;
    }
    if (len > from && b[len - 1] == '\r') {
      len--;
    }
    try {
      String text = decoder.reset().decode(ByteBuffer.wrap(b, from, len - from)).toString();
      return new Line(ordinal, file, number, text, null);
    } catch (CharacterCodingException e) {
      String m = e.getMessage();
      return new Line(ordinal, file, number, null, "not valid UTF-8 (" + (m == null ? e.getClass().getSimpleName() : m) + "); skipped");
    }
  }

  private static String fileOf(InputSplit split) {
    if (split instanceof FileSplit fs) {
      String p = fs.getPath().toString();
      return p.startsWith("file:") ? fs.getPath().toUri().getPath() : p;
    }
    return String.valueOf(split);
  }

  /** The files of an input: the file itself, or the visible files of a directory in name order. */
  public static List<String> files(JavaSparkContext jsc, String input) throws java.io.IOException {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
    org.apache.hadoop.fs.FileSystem fs = path.getFileSystem(jsc.hadoopConfiguration());
    if (!fs.exists(path)) {
      throw new java.io.FileNotFoundException(input + ": no such file or directory");
    }
    List<String> out = new ArrayList<>();
    if (fs.getFileStatus(path).isDirectory()) {
      for (org.apache.hadoop.fs.FileStatus s : fs.listStatus(path)) {
        String name = s.getPath().getName();
        if (s.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
          out.add(s.getPath().toString());
        }
      }
      out.sort(null);
    } else {
      out.add(path.toString());
    }
    return out;
  }
}
