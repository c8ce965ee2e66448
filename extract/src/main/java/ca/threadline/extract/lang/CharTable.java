package ca.threadline.extract.lang;

import java.util.Arrays;

/**
 * An immutable map from short strings to dense ids {@code 0..size-1}, looked up straight from a
 * {@link CharSequence} range so that hot loops (one lookup per token) allocate nothing.
 *
 * <p>Open addressing with linear probing over a power-of-two table kept at most half full; keys
 * live back to back in one {@code char[]}.
 */
public final class CharTable {
  private final int[] slots; // id + 1, 0 = empty
  private final int mask;
  private final char[] chars;
  private final int[] offsets; // key i = chars[offsets[i], offsets[i+1])
  private final String[] keys;

  private CharTable(String[] keys) {
    this.keys = keys;
    int cap = Integer.highestOneBit(Math.max(4, keys.length * 2 + 1)) << 1;
    slots = new int[cap];
    mask = cap - 1;
    offsets = new int[keys.length + 1];
    int total = 0;
    for (String k : keys) {
      total += k.length();
    }
    chars = new char[total];
    int at = 0;
    for (int i = 0; i < keys.length; i++) {
      offsets[i] = at;
      keys[i].getChars(0, keys[i].length(), chars, at);
      at += keys[i].length();
      int h = hash(keys[i], 0, keys[i].length()) & mask;
      while (slots[h] != 0) {
        h = (h + 1) & mask;
      }
      slots[h] = i + 1;
    }
    offsets[keys.length] = at;
  }

  /** Builds a table whose ids follow the order of {@code distinctKeys} (no duplicates allowed). */
  public static CharTable of(String... distinctKeys) {
    String[] copy = Arrays.copyOf(distinctKeys, distinctKeys.length);
    if (Arrays.stream(copy).distinct().count() != copy.length) {
      throw new IllegalArgumentException("duplicate keys");
    }
    return new CharTable(copy);
  }

  private static int hash(CharSequence s, int from, int to) {
    int h = 0x9E3779B9;
    for (int i = from; i < to; i++) {
      h = (h ^ s.charAt(i)) * 0x01000193;
    }
    return h ^ (h >>> 15);
  }

  /** The id of {@code s[from, to)}, or -1. */
  public int id(CharSequence s, int from, int to) {
    int len = to - from;
    int h = hash(s, from, to) & mask;
    while (true) {
      int slot = slots[h];
      if (slot == 0) {
        return -1;
      }
      int id = slot - 1;
      int off = offsets[id];
      if (offsets[id + 1] - off == len && same(s, from, off, len)) {
        return id;
      }
      h = (h + 1) & mask;
    }
  }

  public int id(CharSequence s) {
    return id(s, 0, s.length());
  }

  private boolean same(CharSequence s, int from, int off, int len) {
    for (int i = 0; i < len; i++) {
      if (s.charAt(from + i) != chars[off + i]) {
        return false;
      }
    }
    return true;
  }

  public String key(int id) {
    return keys[id];
  }

  public int size() {
    return keys.length;
  }
}
