package ca.threadline.testkit.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded mutation engine for fuzzing parsers: turns well-formed seed inputs into damaged and
 * hostile ones (bit flips, inserted and deleted runs, splices of two seeds, truncations, crafted
 * huge length fields in text and binary, deep nesting, invalid UTF-8).
 *
 * <p>Invariant: case {@code n} depends only on the engine's seed, the seed inputs and {@code n}
 * (each case draws from its own {@link SplittableRandom} derived from both), so any failing case
 * is reproduced alone from the printed {@code seed} and case number, without replaying the ones
 * before it. The mutations follow the classic byte-level fuzzing operators (AFL's "havoc" stage:
 * flips, interesting values, block insert/delete/clone, splice) plus a few structure-aware ones
 * aimed at what crashes parsers in practice: declared sizes and counts, nesting and encodings.
 */
public final class Mutator {
  /** What was done to a seed input. */
  public enum Kind {
    FLIP_BITS, INTERESTING_BYTES, INSERT_RUN, DELETE_RUN, DUPLICATE_RUN, SPLICE, TRUNCATE,
    HUGE_NUMBER, HUGE_BINARY_LENGTH, DEEP_NESTING, INVALID_UTF8, STACKED
  }

  /** One input to try, with what is needed to reproduce it. */
  public record Case(long seed, long number, int seedInput, Kind kind, byte[] bytes) {
    /** How to get this case again: the engine seed and the case number. */
    public String reproducer() {
      return "seed=" + seed + " case=" + number + " (" + kind + " of seed input " + seedInput + ", " + bytes.length + " bytes)";
    }
  }

  private static final byte[] INTERESTING = {0, 1, (byte) 0x7f, (byte) 0x80, (byte) 0xff, (byte) 0xfe, '\n', '\r', '"', '\\', '{', '[', '<', ':', '-', '0', '9'};
  private static final String[] HUGE_NUMBERS = {
    "99999999999999999999999", "-1", "2147483647", "2147483648", "4294967295", "9223372036854775807", "-9223372036854775808", "1e999", "0", "0x7fffffff", "NaN", "60000000", "16777216"
  };
  private static final long[] HUGE_BINARY = {0x7fffffffL, 0xffffffffL, 0x80000000L, 0x10000000L, 0xfffffff0L};
  private static final byte[][] BAD_UTF8 = {
    {(byte) 0xc0, (byte) 0x80}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xff}, {(byte) 0x80}, {(byte) 0xe2, (byte) 0x82},
    {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xef, (byte) 0xbf, (byte) 0xbe}
  };
  private static final String[][] OPEN_CLOSE = {{"[", "]"}, {"{\"a\":", "}"}, {"<div>", "</div>"}, {"- ", ""}, {"<<", ">>"}, {"(", ")"}, {"a: {", "}"}};

  private final long seed;
  private final List<byte[]> inputs;

  public Mutator(long seed, List<byte[]> inputs) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("at least one seed input is needed");
    }
    this.seed = seed;
    this.inputs = List.copyOf(inputs);
  }

  public long seed() {
    return seed;
  }

  public List<byte[]> inputs() {
    return inputs;
  }

  /** Case {@code number}: a mutation of one seed input, the same every time for the same engine seed. */
  public Case mutate(long number) {
    SplittableRandom r = new SplittableRandom(mix(seed, number));
    int which = r.nextInt(inputs.size());
    byte[] in = inputs.get(which);
    Kind[] kinds = Kind.values();
    Kind kind = kinds[r.nextInt(kinds.length)];
    byte[] out;
    if (kind == Kind.STACKED) {
      out = in;
      for (int k = 2 + r.nextInt(3); k > 0; k--) {
        out = apply(kinds[r.nextInt(kinds.length - 1)], out, r);
      }
    } else {
      out = apply(kind, in, r);
    }
    return new Case(seed, number, which, kind, out);
  }

  /**
   * Every {@code every}-th prefix of every seed input (and the one-byte-short prefix): the truncations
   * a torn download or a crash leaves. Numbered from {@code firstNumber} for the report.
   */
  public List<Case> truncations(int every, long firstNumber) {
    List<Case> out = new ArrayList<>();
    long n = firstNumber;
    for (int i = 0; i < inputs.size(); i++) {
      byte[] in = inputs.get(i);
      for (int at = 0; at < in.length; at += Math.max(1, every)) {
        out.add(new Case(seed, n++, i, Kind.TRUNCATE, Arrays.copyOf(in, at)));
      }
      if (in.length > 0) {
        out.add(new Case(seed, n++, i, Kind.TRUNCATE, Arrays.copyOf(in, in.length - 1)));
      }
    }
    return out;
  }

  private byte[] apply(Kind kind, byte[] in, SplittableRandom r) {
    return switch (kind) {
      case FLIP_BITS -> {
        byte[] b = in.clone();
        for (int k = 1 + r.nextInt(8); k > 0 && b.length > 0; k--) {
          b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
        }
        yield b;
      }
      case INTERESTING_BYTES -> {
        byte[] b = in.clone();
        for (int k = 1 + r.nextInt(6); k > 0 && b.length > 0; k--) {
          b[r.nextInt(b.length)] = r.nextBoolean() ? INTERESTING[r.nextInt(INTERESTING.length)] : (byte) r.nextInt(256);
        }
        yield b;
      }
      case INSERT_RUN -> {
        byte[] run;
        if (r.nextBoolean()) {
          run = new byte[1 + r.nextInt(64)];
          r.nextBytes(run);
        } else {
          run = new byte[1 + r.nextInt(4096)];
          Arrays.fill(run, INTERESTING[r.nextInt(INTERESTING.length)]);
        }
        yield insert(in, r.nextInt(in.length + 1), run);
      }
      case DELETE_RUN -> {
        if (in.length == 0) {
          yield in;
        }
        int from = r.nextInt(in.length);
        int len = 1 + r.nextInt(Math.min(in.length - from, 256));
        byte[] b = new byte[in.length - len];
        System.arraycopy(in, 0, b, 0, from);
        System.arraycopy(in, from + len, b, from, in.length - from - len);
        yield b;
      }
      case DUPLICATE_RUN -> {
        if (in.length == 0) {
          yield in;
        }
        int from = r.nextInt(in.length);
        int len = 1 + r.nextInt(Math.min(in.length - from, 512));
        ByteArrayOutputStream o = new ByteArrayOutputStream(in.length + len * 8);
        o.write(in, 0, from + len);
        for (int k = 1 + r.nextInt(20); k > 0; k--) {
          o.write(in, from, len);
        }
        o.write(in, from + len, in.length - from - len);
        yield o.toByteArray();
      }
      case SPLICE -> {
        byte[] other = inputs.get(r.nextInt(inputs.size()));
        int a = r.nextInt(in.length + 1);
        int b = r.nextInt(other.length + 1);
        byte[] out = new byte[a + other.length - b];
        System.arraycopy(in, 0, out, 0, a);
        System.arraycopy(other, b, out, a, other.length - b);
        yield out;
      }
      case TRUNCATE -> Arrays.copyOf(in, in.length == 0 ? 0 : r.nextInt(in.length));
      case HUGE_NUMBER -> hugeNumber(in, r);
      case HUGE_BINARY_LENGTH -> hugeBinary(in, r);
      case DEEP_NESTING -> {
        String[] oc = OPEN_CLOSE[r.nextInt(OPEN_CLOSE.length)];
        int depth = 200 + r.nextInt(r.nextBoolean() ? 2_000 : 60_000);
        boolean closed = r.nextBoolean();
        StringBuilder s = new StringBuilder(depth * (oc[0].length() + oc[1].length()));
        s.append(oc[0].repeat(depth));
        if (closed) {
          s.append(oc[1].repeat(depth));
        }
        yield insert(in, r.nextInt(in.length + 1), s.toString().getBytes(StandardCharsets.UTF_8));
      }
      case INVALID_UTF8 -> {
        byte[] b = in;
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
          b = insert(b, r.nextInt(b.length + 1), BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
        }
        yield b;
      }
      case STACKED -> throw new IllegalStateException("STACKED is not a single mutation");
    };
  }

  /** Replaces one run of decimal digits (a size, a count, an offset) with an absurd number. */
  private static byte[] hugeNumber(byte[] in, SplittableRandom r) {
    List<int[]> runs = new ArrayList<>();
    for (int i = 0; i < in.length; ) {
      if (in[i] >= '0' && in[i] <= '9') {
        int j = i;
        while (j < in.length && in[j] >= '0' && in[j] <= '9') {
          j++;
        }
        runs.add(new int[] {i, j});
        i = j;
      } else {
        i++;
      }
    }
    byte[] num = HUGE_NUMBERS[r.nextInt(HUGE_NUMBERS.length)].getBytes(StandardCharsets.US_ASCII);
    if (runs.isEmpty()) {
      return insert(in, r.nextInt(in.length + 1), num);
    }
    int[] run = runs.get(r.nextInt(runs.size()));
    byte[] out = new byte[in.length - (run[1] - run[0]) + num.length];
    System.arraycopy(in, 0, out, 0, run[0]);
    System.arraycopy(num, 0, out, run[0], num.length);
    System.arraycopy(in, run[1], out, run[0] + num.length, in.length - run[1]);
    return out;
  }

  /**
   * Overwrites four bytes with a huge 32-bit length (either byte order), or nine with a Bitcoin
   * CompactSize claiming 2^63 items: the field a parser allocates from before checking.
   */
  private static byte[] hugeBinary(byte[] in, SplittableRandom r) {
    byte[] b = in.clone();
    if (b.length < 4) {
      return b;
    }
    int at = r.nextInt(b.length - 3);
    if (r.nextInt(4) == 0 && b.length >= 9) {
      at = r.nextInt(b.length - 8);
      b[at] = (byte) 0xff;
      for (int k = 1; k < 9; k++) {
        b[at + k] = k == 8 ? (byte) 0x7f : (byte) 0xff;
      }
      return b;
    }
    long v = HUGE_BINARY[r.nextInt(HUGE_BINARY.length)];
    boolean big = r.nextBoolean();
    for (int k = 0; k < 4; k++) {
      b[at + k] = (byte) (big ? v >>> (24 - 8 * k) : v >>> (8 * k));
    }
    return b;
  }

  private static byte[] insert(byte[] in, int at, byte[] run) {
    byte[] out = new byte[in.length + run.length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(run, 0, out, at, run.length);
    System.arraycopy(in, at, out, at + run.length, in.length - at);
    return out;
  }

  /** SplitMix64's finaliser: distinct, well-spread per-case seeds from (engine seed, case number). */
  private static long mix(long seed, long number) {
    long z = seed + 0x9E3779B97F4A7C15L * (number + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
