package ca.threadline.link.engine;

import ca.threadline.core.io.BadInputException;
import ca.threadline.core.io.InputProblem;
import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import ca.threadline.link.template.TemplateIndex;
import ca.threadline.link.template.TemplateParameters;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Saves and restores a {@link LinkCorpus} for incremental runs ({@code threadline cluster --state}).
 *
 * <p>Layout (version 1), deflate-compressed after an 8-byte plain header {@code TLLINK01}: the
 * template parameters (a state is only valid with the parameters that built it); the ad count; per
 * ad its record (id, text, posted_at, city, selectors with spans, image hashes), its shingle set,
 * its LSH band keys and its template-cluster label (the smallest ad index of its cluster, i.e. the
 * union-find state in canonical form); finally the CRC-32 of everything before it. The LSH buckets
 * are the band keys; they are re-sorted when the next batch arrives.
 *
 * <p>Saving is crash-safe: write a temporary file beside the target, force it to disk, then rename
 * it over the target, so a crash leaves the old state or the new one, never a mixture (the next save
 * deletes the half-written temporary file a crash left). A damaged or truncated file is refused
 * with a message naming it; nothing is overwritten then.
 */
public final class StateFile {
  private static final byte[] MAGIC = "TLLINK01".getBytes(StandardCharsets.US_ASCII);
  private static final SelectorType[] TYPES = SelectorType.values();

  private StateFile() {}

  public static void save(LinkCorpus corpus, Path file) throws IOException {
    if (!corpus.keepsRecords()) {
      throw new IllegalArgumentException("saving state needs a corpus that keeps records");
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    deleteLeftovers(dir, file.getFileName().toString());
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        OutputStream raw = java.nio.channels.Channels.newOutputStream(ch);
        raw.write(MAGIC);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        DeflaterOutputStream z = new DeflaterOutputStream(raw, deflater, 1 << 16);
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(z, crc), 1 << 16));
        write(corpus, out);
        out.flush();
        out.writeLong(crc.getValue());
        out.flush();
        z.finish();
        deflater.end();
        raw.flush();
        ch.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Deletes half-written temporary files a killed run left beside the state ({@code NAME<digits>.tmp},
   * as {@link Files#createTempFile} names them): they were never renamed, so they never were the
   * state, and one can be as large as the state itself.
   */
  private static void deleteLeftovers(Path dir, String name) throws IOException {
    try (var s = Files.newDirectoryStream(dir, p -> {
      String f = p.getFileName().toString();
      return f.length() > name.length() + 4 && f.startsWith(name) && f.endsWith(".tmp")
          && f.substring(name.length(), f.length() - 4).chars().allMatch(Character::isDigit);
    })) {
      for (Path p : s) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void write(LinkCorpus corpus, DataOutputStream out) throws IOException {
    TemplateParameters p = corpus.templates().parameters();
    writeParams(p, out);
    TemplateIndex t = corpus.templates();
    int[] labels = t.labels();
    int n = corpus.size();
    out.writeInt(n);
    for (int ad = 0; ad < n; ad++) {
      AdRecord r = corpus.record(ad);
      writeString(out, r.id());
      writeString(out, r.text());
      out.writeBoolean(r.postedAt() != null);
      if (r.postedAt() != null) {
        out.writeLong(r.postedAt().getEpochSecond());
        out.writeInt(r.postedAt().getNano());
      }
      writeNullable(out, r.city());
      out.writeInt(r.selectors().size());
      for (Selector s : r.selectors()) {
        out.writeByte(s.type().ordinal());
        writeString(out, s.value());
        out.writeInt(s.span().start());
        out.writeInt(s.span().end());
        out.writeInt(s.obfuscation().size());
        for (String o : s.obfuscation()) {
          writeString(out, o);
        }
        writeNullable(out, s.currency());
      }
      out.writeInt(r.imageHashes().size());
      for (String h : r.imageHashes()) {
        writeString(out, h);
      }
      int[] sh = t.shingles(ad);
      out.writeInt(sh.length);
      for (int x : sh) {
        out.writeInt(x);
      }
      for (int k : t.bandKeys(ad)) {
        out.writeInt(k);
      }
      out.writeInt(labels[ad]);
    }
  }

  /**
   * Reads a state file into a new corpus (which keeps records), checking that it was built with
   * {@code expected} parameters.
   */
  public static LinkCorpus load(Path file, TemplateParameters expected, Featurizer featurizer) throws IOException {
    String name = file.toString();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      byte[] magic = raw.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC)) {
        throw damaged(name, "not a Threadline link state file (wrong header)");
      }
      CRC32 crc = new CRC32();
      // the checksum sees exactly the bytes consumed, so it wraps the buffer, not the other way round
      DataInputStream in = new DataInputStream(new CheckedInputStream(new BufferedInputStream(new InflaterInputStream(raw), 1 << 16), crc));
      TemplateParameters p = readParams(in);
      if (!p.equals(expected)) {
        throw damaged(name, "was built with different linking parameters " + p + "; expected " + expected);
      }
      int n = in.readInt();
      if (n < 0) {
        throw damaged(name, "negative ad count");
      }
      LinkCorpus corpus = new LinkCorpus(p, true);
      List<AdRecord> ads = new ArrayList<>(Math.min(n, 1 << 20));
      List<AdFeatures> features = new ArrayList<>(Math.min(n, 1 << 20));
      int[] labels = new int[n];
      for (int ad = 0; ad < n; ad++) {
        String id = readString(in);
        String text = readString(in);
        Instant at = in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
        String city = readNullable(in);
        int ns = count(in, name);
        List<Selector> sels = new ArrayList<>(ns);
        for (int k = 0; k < ns; k++) {
          int type = in.readUnsignedByte();
          if (type >= TYPES.length) {
            throw damaged(name, "unknown selector type " + type);
          }
          String value = readString(in);
          int start = in.readInt();
          int end = in.readInt();
          int no = count(in, name);
          List<String> obf = new ArrayList<>(no);
          for (int o = 0; o < no; o++) {
            obf.add(readString(in));
          }
          String currency = readNullable(in);
          if (start < 0 || end < start || end > text.length()) {
            throw damaged(name, "selector span out of range in ad " + id);
          }
          sels.add(new Selector(TYPES[type], value, new Span(start, end), obf, currency));
        }
        int ni = count(in, name);
        List<String> images = new ArrayList<>(ni);
        for (int k = 0; k < ni; k++) {
          images.add(readString(in));
        }
        int nsh = count(in, name);
        int[] sh = new int[nsh];
        for (int k = 0; k < nsh; k++) {
          sh[k] = in.readInt();
        }
        int[] keys = new int[p.bands()];
        for (int k = 0; k < keys.length; k++) {
          keys[k] = in.readInt();
        }
        labels[ad] = in.readInt();
        if (labels[ad] < 0 || labels[ad] > ad || labels[labels[ad]] != labels[ad]) {
          throw damaged(name, "inconsistent template labels at ad " + ad);
        }
        AdRecord r = new AdRecord(id, text, at, city, sels, images);
        ads.add(r);
        features.add(featurizer.withText(r, sh, keys));
      }
      long expectedCrc = crc.getValue();
      long stored = in.readLong();
      if (stored != expectedCrc) {
        throw damaged(name, "checksum mismatch (the file was altered or damaged)");
      }
      try {
        corpus.restore(ads, features, labels);
      } catch (IllegalArgumentException e) {
        throw damaged(name, e.getMessage());
      }
      return corpus;
    } catch (EOFException e) {
      throw damaged(name, "truncated");
    } catch (java.util.zip.ZipException | java.io.UTFDataFormatException e) {
      throw damaged(name, "unreadable (" + e.getMessage() + ")");
    } catch (BadInputException e) {
      throw e;
    } catch (RuntimeException e) {
      // damaged bytes that decode to impossible values (a time out of range, a bad span...)
      throw damaged(name, "unreadable (" + e.getMessage() + ")");
    }
  }

  private static BadInputException damaged(String file, String why) {
    return new BadInputException(new InputProblem(file, 0, "state file " + why));
  }

  private static int count(DataInputStream in, String name) throws IOException {
    int c = in.readInt();
    if (c < 0 || c > 50_000_000) {
      throw damaged(name, "implausible count " + c);
    }
    return c;
  }

  private static void writeParams(TemplateParameters p, DataOutputStream out) throws IOException {
    out.writeInt(p.shingleWidth());
    out.writeBoolean(p.shinglesWithinSentences());
    out.writeInt(p.bands());
    out.writeInt(p.rows());
    out.writeDouble(p.threshold());
    out.writeInt(p.minShingles());
    out.writeInt(p.bucketCap());
    out.writeLong(p.seed());
  }

  private static TemplateParameters readParams(DataInputStream in) throws IOException {
    try {
      return new TemplateParameters(in.readInt(), in.readBoolean(), in.readInt(), in.readInt(), in.readDouble(), in.readInt(), in.readInt(), in.readLong());
    } catch (IllegalArgumentException e) {
      throw new java.util.zip.ZipException("bad parameters: " + e.getMessage());
    }
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static void writeNullable(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      writeString(out, s);
    }
  }

  private static String readString(DataInputStream in) throws IOException {
    int len = in.readInt();
    if (len < 0 || len > 256 * 1024 * 1024) {
      throw new java.util.zip.ZipException("implausible string length " + len);
    }
    byte[] b = in.readNBytes(len);
    if (b.length != len) {
      throw new EOFException();
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? readString(in) : null;
  }
}
