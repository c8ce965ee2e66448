package ca.threadline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag$;

/**
 * Spark serialises blocks with Kryo when it evicts cached data to disk under memory pressure, and
 * its Kryo registers {@code java.nio.HeapByteBuffer}, which on Java 17+ needs
 * {@code --add-opens=java.base/java.nio=ALL-UNNAMED} (Spark's own launcher adds its module
 * options; a JVM started otherwise must add them). Without them a job fails only when memory runs
 * short: ClusterAdsTest failed so on a loaded machine ("Unable to create serializer ... for class
 * java.nio.HeapByteBuffer"). This test builds that Kryo directly, so it fails whenever the test
 * JVM lacks the options (see this module's POM; the local runner's are in the app's
 * {@code SparkJvmOptions}).
 */
class KryoModuleAccessTest {
  @Test
  void sparksKryoCanRegisterItsByteBufferSerializer() {
    SerializerInstance kryo = new KryoSerializer(new SparkConf()).newInstance();
    ByteBuffer bytes = kryo.serialize(ByteBuffer.wrap(new byte[] {1, 2, 3}), ClassTag$.MODULE$.apply(ByteBuffer.class));
    ByteBuffer back = kryo.deserialize(bytes, ClassTag$.MODULE$.apply(ByteBuffer.class));
    assertThat(back.remaining()).isEqualTo(3);
  }
}
