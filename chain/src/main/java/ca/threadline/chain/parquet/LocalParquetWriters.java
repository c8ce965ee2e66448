package ca.threadline.chain.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Parquet writers on local files without Hadoop at run time: Parquet's {@link LocalOutputFile}
 * and {@link PlainParquetConfiguration} (parquet-java 1.14+), uncompressed pages (the codecs other
 * than "none" go through Hadoop classes), dictionary and the v2 encodings. The Hadoop-typed
 * overloads of the builder API are never called.
 */
final class LocalParquetWriters {
  private LocalParquetWriters() {}

  /** Writes one record of type {@code T} through a {@link RecordConsumer}. */
  interface RecordWriter<T> {
    void write(RecordConsumer rc, T record);
  }

  static <T> ParquetWriter<T> open(Path file, MessageType schema, RecordWriter<T> writer) throws IOException {
    return new Builder<>(new LocalOutputFile(file), schema, writer)
        .withConf(new PlainParquetConfiguration())
        .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
        .withWriterVersion(org.apache.parquet.column.ParquetProperties.WriterVersion.PARQUET_2_0)
        .withDictionaryEncoding(true)
        .build();
  }

  private static final class Builder<T> extends ParquetWriter.Builder<T, Builder<T>> {
    private final MessageType schema;
    private final RecordWriter<T> writer;

    Builder(LocalOutputFile file, MessageType schema, RecordWriter<T> writer) {
      super(file);
      this.schema = schema;
      this.writer = writer;
    }

    @Override
    protected Builder<T> self() {
      return this;
    }

    @Override
    protected WriteSupport<T> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
      throw new UnsupportedOperationException("Hadoop configuration not used");
    }

    @Override
    protected WriteSupport<T> getWriteSupport(ParquetConfiguration conf) {
      return new Support<>(schema, writer);
    }
  }

  private static final class Support<T> extends WriteSupport<T> {
    private final MessageType schema;
    private final RecordWriter<T> writer;
    private RecordConsumer rc;

    Support(MessageType schema, RecordWriter<T> writer) {
      this.schema = schema;
      this.writer = writer;
    }

    @Override
    public WriteContext init(org.apache.hadoop.conf.Configuration conf) {
      throw new UnsupportedOperationException("Hadoop configuration not used");
    }

    @Override
    public WriteContext init(ParquetConfiguration conf) {
      return new WriteContext(schema, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      rc = recordConsumer;
    }

    @Override
    public void write(T record) {
      writer.write(rc, record);
    }
  }
}
