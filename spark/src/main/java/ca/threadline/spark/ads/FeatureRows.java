package ca.threadline.spark.ads;

import ca.threadline.extract.Extractor;
import ca.threadline.extract.StandardExtractor;
import ca.threadline.link.engine.AdFeatures;
import ca.threadline.link.engine.AdRecord;
import ca.threadline.link.engine.Featurizer;
import ca.threadline.link.template.TemplateIndex;
import ca.threadline.link.template.TemplateParameters;
import ca.threadline.spark.io.OrderedLines;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Turns input records into what linking needs of each ad, on the executors: the selectors the
 * standard extractor finds in the text, then the link module's {@link Featurizer} — the same
 * masking, shingles, seeded MinHash and LSH band keys as {@code threadline cluster} — and the
 * shingle-set hash under which identical ads are collapsed. A record that cannot be read becomes
 * a row with a {@code problem} and no features.
 */
final class FeatureRows {
  static final StructType SCHEMA =
      new StructType()
          .add("ord", DataTypes.LongType, false)
          .add("file", DataTypes.StringType, true)
          .add("line", DataTypes.LongType, false)
          .add("id", DataTypes.StringType, true)
          .add("shingles", DataTypes.createArrayType(DataTypes.IntegerType, false), true)
          .add("keys", DataTypes.createArrayType(DataTypes.IntegerType, false), true)
          .add("set_hash", DataTypes.LongType, true)
          .add("strong", DataTypes.createArrayType(DataTypes.StringType, false), true)
          .add("problem", DataTypes.StringType, true);

  private FeatureRows() {}

  /** A record read from the input, or a problem. */
  record Input(long ord, String file, long line, AdLineParser.ParsedAd ad, String problem) {}

  /** Features of JSON Lines input. */
  static JavaRDD<Row> ofLines(JavaRDD<OrderedLines.Line> lines) {
    return lines.mapPartitions(
        it -> {
          AdLineParser parser = new AdLineParser();
          Iterator<Input> inputs =
              new MappedIterator<>(
                  it,
                  l -> {
                    if (l.problem() != null) {
                      return new Input(l.ordinal(), l.file(), l.number(), null, l.problem());
                    }
                    AdLineParser.Parsed p = parser.parse(l.text());
                    return p.ad() == null && p.problem() == null ? null : new Input(l.ordinal(), l.file(), l.number(), p.ad(), p.problem());
                  });
          return features(inputs);
        });
  }

  /** Features of records already split into fields (Parquet input). */
  static JavaRDD<Row> ofRecords(JavaRDD<Input> records) {
    return records.mapPartitions(FeatureRows::features);
  }

  private static Iterator<Row> features(Iterator<Input> inputs) {
    Featurizer featurizer = new Featurizer(TemplateParameters.defaults(), city -> Optional.empty());
    Extractor extractor = StandardExtractor.create();
    return new MappedIterator<>(
        inputs,
        in -> {
          if (in.problem() != null) {
            return RowFactory.create(in.ord(), in.file(), in.line(), null, null, null, null, null, in.problem());
          }
          AdLineParser.ParsedAd p = in.ad();
          AdRecord ad = new AdRecord(p.id(), p.text(), null, null, extractor.extract(p.text()).selectors(), p.imageHashes());
          AdFeatures f = featurizer.features(ad);
          return RowFactory.create(
              in.ord(), in.file(), in.line(), p.id(), f.shingles(), f.bandKeys(), TemplateIndex.shingleSetHash(f.shingles()), f.strongKeys(), null);
        });
  }

  /** Maps an iterator, dropping elements mapped to {@code null}. */
  static final class MappedIterator<A, B> implements Iterator<B> {
    private final Iterator<A> in;
    private final java.util.function.Function<A, B> f;
    private B next;

    MappedIterator(Iterator<A> in, java.util.function.Function<A, B> f) {
      this.in = in;
      this.f = f;
    }

    @Override
    public boolean hasNext() {
      while (next == null && in.hasNext()) {
        next = f.apply(in.next());
      }
      return next != null;
    }

    @Override
    public B next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      B b = next;
      next = null;
      return b;
    }
  }
}
