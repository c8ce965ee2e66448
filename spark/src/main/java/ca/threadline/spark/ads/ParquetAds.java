package ca.threadline.spark.ads;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import ca.threadline.spark.JobArgs;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Ads from Parquet files with the columns of {@code threadline cluster} input: {@code id} (string
 * or integer), {@code text} (string), optionally {@code image_hashes} (array of strings); other
 * columns are ignored. Input order is the files in name order, rows in file order (Spark's
 * {@code _metadata.row_index}); a record's "line" is its 1-based row number in its file.
 */
final class ParquetAds {
  private ParquetAds() {}

  static JavaRDD<Row> features(SparkSession spark, List<String> files) {
    Dataset<Row> df = spark.read().parquet(files.toArray(String[]::new));
    StructType s = df.schema();
    Column id = column(s, "id", "a string or an integer", t -> t == DataTypes.StringType || t == DataTypes.LongType || t == DataTypes.IntegerType || t == DataTypes.ShortType || t == DataTypes.ByteType);
    Column text = column(s, "text", "a string", t -> t == DataTypes.StringType);
    Column hashes = column(s, "image_hashes", "an array of strings", t -> t instanceof ArrayType a && a.elementType() == DataTypes.StringType);
    Dataset<Row> rows =
        df.select(
            id.cast(DataTypes.StringType).as("id"),
            text.as("text"),
            hashes.as("image_hashes"),
            col("_metadata.file_path").as("file"),
            col("_metadata.row_index").as("row"));
    List<String> paths = new ArrayList<>();
    for (Row r : rows.select("file").distinct().collectAsList()) {
      paths.add(r.getString(0));
    }
    paths.sort(null);
    Map<String, Long> fileIndex = new HashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      fileIndex.put(paths.get(i), (long) i);
    }
    JavaRDD<FeatureRows.Input> inputs =
        rows.javaRDD()
            .map(
                r -> {
                  String file = r.getString(3);
                  long row = r.getLong(4);
                  long ord = (fileIndex.get(file) << 40) | row;
                  String shown = file.startsWith("file:") ? URI.create(file).getPath() : file;
                  String problem = AdLineParser.checkRecord(r.getString(0), r.getString(1));
                  if (problem != null) {
                    return new FeatureRows.Input(ord, shown, row + 1, null, problem);
                  }
                  List<String> h = r.isNullAt(2) ? List.of() : r.getList(2);
                  if (h.stream().anyMatch(java.util.Objects::isNull)) {
                    return new FeatureRows.Input(ord, shown, row + 1, null, "image_hashes must be an array of strings");
                  }
                  return new FeatureRows.Input(ord, shown, row + 1, new AdLineParser.ParsedAd(r.getString(0), r.getString(1), null, List.copyOf(h)), null);
                });
    return FeatureRows.ofRecords(inputs);
  }

  private static Column column(StructType s, String name, String expected, java.util.function.Predicate<DataType> ok) {
    if (!List.of(s.fieldNames()).contains(name)) {
      return lit(null);
    }
    DataType t = s.apply(name).dataType();
    if (!ok.test(t)) {
      throw new JobArgs.UsageError("Parquet column " + name + " must be " + expected + ", found " + t.simpleString());
    }
    return col(name);
  }
}
