package ca.threadline.testkit.chain;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes blocks as Bitcoin Core does: {@code blkNNNNN.dat} files of records
 * {@code magic | length (LE) | block}, a new file when the next record would pass the size
 * limit, and, when a key is given, {@code xor.dat} plus every byte XOR {@code key[pos mod 8]}.
 */
final class BlockFileWriter {
  private BlockFileWriter() {}

  static void write(Path dir, BlockSpool spool, List<Integer> blocks, byte[] magic, long maxFileSize, byte[] xorKey) throws IOException {
    Files.createDirectories(dir);
    if (xorKey != null) {
      Files.write(dir.resolve("xor.dat"), xorKey);
    }
    int file = 0;
    long pos = 0;
    OutputStream out = open(dir, file);
    try {
      for (int index : blocks) {
        byte[] b = spool.get(index);
        long rec = 8L + b.length;
        if (pos > 0 && pos + rec > maxFileSize) {
          out.close();
          file++;
          pos = 0;
          out = open(dir, file);
        }
        byte[] frame = new byte[8 + b.length];
        System.arraycopy(magic, 0, frame, 0, 4);
        frame[4] = (byte) b.length;
        frame[5] = (byte) (b.length >>> 8);
        frame[6] = (byte) (b.length >>> 16);
        frame[7] = (byte) (b.length >>> 24);
        System.arraycopy(b, 0, frame, 8, b.length);
        if (xorKey != null) {
          for (int i = 0; i < frame.length; i++) {
            frame[i] ^= xorKey[(int) ((pos + i) & 7)];
          }
        }
        out.write(frame);
        pos += frame.length;
      }
    } finally {
      out.close();
    }
  }

  private static OutputStream open(Path dir, int n) throws IOException {
    return new java.io.BufferedOutputStream(Files.newOutputStream(dir.resolve(String.format("blk%05d.dat", n))), 1 << 16);
  }
}
