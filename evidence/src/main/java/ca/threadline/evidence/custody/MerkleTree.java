package ca.threadline.evidence.custody;

import ca.threadline.evidence.store.Digests;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An append-only Merkle tree in the shape of RFC 6962 §2.1 (and RFC 9162 §2.1): leaf hash
 * {@code SHA-256(0x00 || entry)}, interior node {@code SHA-256(0x01 || left || right)}, the root
 * of an empty tree {@code SHA-256()}, and for {@code n > 1} leaves the left subtree holds the
 * largest power of two strictly below {@code n}.
 *
 * <p>Invariant: {@code levels.get(l)} holds, in order, the hashes of every <em>complete</em>
 * aligned subtree of {@code 2^l} leaves ({@code floor(size / 2^l)} of them). Every subtree that
 * the RFC's recursion visits is either such a complete subtree (looked up) or one that ends at
 * the tree's right edge (folded from complete ones), so roots and proofs for any earlier tree
 * size cost O(log n) hashes. Memory: about two hashes per leaf (64 MB at 10^6 entries).
 */
public final class MerkleTree {
  private static final int HASH = 32;
  private final List<HashArray> levels = new ArrayList<>();
  private long size;

  public MerkleTree() {
    levels.add(new HashArray());
  }

  public static byte[] leafHash(byte[] entry) {
    MessageDigest md = Digests.sha256();
    md.update((byte) 0x00);
    md.update(entry);
    return md.digest();
  }

  public static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest md = Digests.sha256();
    md.update((byte) 0x01);
    md.update(left);
    md.update(right);
    return md.digest();
  }

  public static byte[] emptyRoot() {
    return Digests.sha256().digest();
  }

  public long size() {
    return size;
  }

  /** Appends the hash of one leaf (already {@link #leafHash}ed). */
  public void appendLeafHash(byte[] leafHash) {
    if (leafHash.length != HASH) {
      throw new IllegalArgumentException("a leaf hash has 32 bytes");
    }
    levels.get(0).add(leafHash);
    size++;
    byte[] carry = leafHash;
    long index = size - 1;
    int level = 0;
    while ((index & 1) == 1) {
      byte[] left = levels.get(level).get(index - 1);
      carry = nodeHash(left, carry);
      level++;
      index >>= 1;
      if (levels.size() == level) {
        levels.add(new HashArray());
      }
      levels.get(level).add(carry);
    }
  }

  public byte[] leaf(long index) {
    return levels.get(0).get(index);
  }

  /** The root of the tree made of the first {@code treeSize} leaves. */
  public byte[] root(long treeSize) {
    check(treeSize);
    return treeSize == 0 ? emptyRoot() : subtree(0, treeSize);
  }

  public byte[] root() {
    return root(size);
  }

  /** RFC 6962 §2.1.1 PATH(m, D[n]): the audit path of leaf {@code index} in the tree of {@code treeSize}. */
  public List<byte[]> inclusionProof(long index, long treeSize) {
    check(treeSize);
    if (index < 0 || index >= treeSize) {
      throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + treeSize);
    }
    List<byte[]> path = new ArrayList<>();
    path(index, 0, treeSize, path);
    return path;
  }

  private void path(long m, long lo, long hi, List<byte[]> out) {
    long n = hi - lo;
    if (n == 1) {
      return;
    }
    long k = largestPowerOfTwoBelow(n);
    if (m - lo < k) {
      path(m, lo, lo + k, out);
      out.add(subtree(lo + k, hi));
    } else {
      path(m, lo + k, hi, out);
      out.add(subtree(lo, lo + k));
    }
  }

  /** RFC 6962 §2.1.2 PROOF(m, D[n]): proof that the tree of {@code first} leaves is a prefix of the tree of {@code second}. */
  public List<byte[]> consistencyProof(long first, long second) {
    check(second);
    if (first < 0 || first > second) {
      throw new IllegalArgumentException("cannot prove " + first + " against " + second);
    }
    List<byte[]> proof = new ArrayList<>();
    if (first == 0 || first == second) {
      return proof;
    }
    subproof(first, 0, second, true, proof);
    return proof;
  }

  private void subproof(long m, long lo, long hi, boolean whole, List<byte[]> out) {
    long n = hi - lo;
    if (m == n) {
      if (!whole) {
        out.add(subtree(lo, hi));
      }
      return;
    }
    long k = largestPowerOfTwoBelow(n);
    if (m <= k) {
      subproof(m, lo, lo + k, whole, out);
      out.add(subtree(lo + k, hi));
    } else {
      subproof(m - k, lo + k, hi, false, out);
      out.add(subtree(lo, lo + k));
    }
  }

  /** MTH(D[lo:hi]) for a range the RFC's recursion can visit. */
  byte[] subtree(long lo, long hi) {
    long n = hi - lo;
    if (Long.bitCount(n) == 1 && lo % n == 0) {
      int level = Long.numberOfTrailingZeros(n);
      return levels.get(level).get(lo >> level);
    }
    long k = largestPowerOfTwoBelow(n);
    return nodeHash(subtree(lo, lo + k), subtree(lo + k, hi));
  }

  static long largestPowerOfTwoBelow(long n) {
    // The largest power of two strictly less than n (n >= 2).
    return Long.highestOneBit(n - 1);
  }

  private void check(long treeSize) {
    if (treeSize < 0 || treeSize > size) {
      throw new IllegalArgumentException("tree size " + treeSize + " outside [0, " + size + "]");
    }
  }

  /** RFC 9162 §2.1.3.2: checks an audit path; {@code true} iff it leads from the leaf to {@code root}. */
  public static boolean verifyInclusion(long index, long treeSize, byte[] leafHash, List<byte[]> path, byte[] root) {
    if (index < 0 || index >= treeSize) {
      return false;
    }
    long fn = index;
    long sn = treeSize - 1;
    byte[] r = leafHash;
    for (byte[] p : path) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = nodeHash(p, r);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        r = nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(r, root);
  }

  /** RFC 9162 §2.1.4.2: checks that the tree {@code (first, firstRoot)} is a prefix of {@code (second, secondRoot)}. */
  public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
    if (first < 0 || first > second) {
      return false;
    }
    if (first == second) {
      return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
    }
    if (first == 0) {
      return proof.isEmpty() && Arrays.equals(firstRoot, emptyRoot());
    }
    List<byte[]> path = new ArrayList<>(proof);
    if (Long.bitCount(first) == 1) {
      path.add(0, firstRoot);
    }
    if (path.isEmpty()) {
      return false;
    }
    long fn = first - 1;
    long sn = second - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = path.get(0);
    byte[] sr = path.get(0);
    for (int i = 1; i < path.size(); i++) {
      byte[] c = path.get(i);
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = nodeHash(c, fr);
        sr = nodeHash(c, sr);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        sr = nodeHash(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
  }

  /** A growable array of 32-byte hashes in one byte array (no per-hash object). */
  private static final class HashArray {
    private byte[] bytes = new byte[HASH * 16];
    private long count;

    void add(byte[] h) {
      long need = (count + 1) * HASH;
      if (need > bytes.length) {
        long grown = Math.max(need, (long) bytes.length * 2);
        if (grown > Integer.MAX_VALUE - 16) {
          grown = Integer.MAX_VALUE - 16;
          if (need > grown) {
            throw new IllegalStateException("custody tree too large for one array");
          }
        }
        bytes = Arrays.copyOf(bytes, (int) grown);
      }
      System.arraycopy(h, 0, bytes, (int) (count * HASH), HASH);
      count++;
    }

    byte[] get(long i) {
      if (i < 0 || i >= count) {
        throw new IndexOutOfBoundsException(i);
      }
      int off = (int) (i * HASH);
      return Arrays.copyOfRange(bytes, off, off + HASH);
    }
  }
}
