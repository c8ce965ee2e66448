package ca.threadline.spark.io;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.TaskContext;
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

  /** Lines of {@code files}, in the order given. Reads the files twice (count, then read). */
  public static JavaRDD<Line> read(JavaSparkContext jsc, List<String> files) {
    Configuration conf = new Configuration(jsc.hadoopConfiguration());
    conf.set("textinputformat.record.delimiter", "\n");
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> raw =
        (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(String.join(",", files), TextInputFormat.class, LongWritable.class, Text.class, conf);
    List<Tuple2<Integer, Tuple2<String, Long>>> counts =
        raw.mapPartitionsWithInputSplit(
                (InputSplit split, Iterator<Tuple2<LongWritable, Text>> it) -> {
                  long n = 0;
                  while (it.hasNext()) {
                    it.next();
                    n++;
                  }
                  return List.of(new Tuple2<>(TaskContext.getPartitionId(), new Tuple2<>(fileOf(split), n))).iterator();
                },
                true)
            .collect();
    int parts = counts.size();
    long[] ordStart = new long[parts];
    long[] lineStart = new long[parts];
    String[] fileOfPart = new String[parts];
    long[] countOfPart = new long[parts];
    for (Tuple2<Integer, Tuple2<String, Long>> c : counts) {
      fileOfPart[c._1()] = c._2()._1();
      countOfPart[c._1()] = c._2()._2();
    }
    long ord = 0;
    for (int p = 0; p < parts; p++) {
      ordStart[p] = ord;
      lineStart[p] = p > 0 && fileOfPart[p].equals(fileOfPart[p - 1]) ? lineStart[p - 1] + countOfPart[p - 1] : 1;
      ord += countOfPart[p];
    }
    return raw.mapPartitionsWithInputSplit(
        (InputSplit split, Iterator<Tuple2<LongWritable, Text>> it) -> {
          int p = TaskContext.getPartitionId();
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
              long number = lineStart[p] + k;
              long ordinal = ordStart[p] + k;
              k++;
              return decode(decoder, ordinal, file, number, t);
            }
          };
        },
        true);
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
