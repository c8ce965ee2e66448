package ca.threadline.evidence.custody;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.evidence.store.Hex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {
  /** The eight leaves of the Certificate Transparency reference tests (RFC 6962 implementations). */
  private static final String[] CT_LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"};

  /** Roots of the first 1..8 of those leaves, as published with the CT reference implementation. */
  private static final String[] CT_ROOTS = {
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
  };

  @Test
  void matchesTheCertificateTransparencyReferenceRoots() {
    MerkleTree t = new MerkleTree();
    assertThat(Hex.of(t.root())).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    for (int i = 0; i < CT_LEAVES.length; i++) {
      t.appendLeafHash(MerkleTree.leafHash(Hex.parse(CT_LEAVES[i])));
      assertThat(Hex.of(t.root())).as("root of %d leaves", i + 1).isEqualTo(CT_ROOTS[i]);
    }
    for (int n = 1; n <= 8; n++) {
      assertThat(Hex.of(t.root(n))).isEqualTo(CT_ROOTS[n - 1]);
    }
  }

  /** The RFC's recursive definition, written naively, as the oracle for the indexed version. */
  private static byte[] mth(List<byte[]> leaves, int lo, int hi) {
    if (hi - lo == 0) {
      return MerkleTree.emptyRoot();
    }
    if (hi - lo == 1) {
      return leaves.get(lo);
    }
    int k = Integer.highestOneBit(hi - lo - 1);
    return MerkleTree.nodeHash(mth(leaves, lo, lo + k), mth(leaves, lo + k, hi));
  }

  @Test
  void rootsAndProofsAgreeWithTheRecursiveDefinitionForEverySizeUpTo70() {
    long seed = 6962;
    System.out.println("MerkleTreeTest seed " + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    MerkleTree t = new MerkleTree();
    List<byte[]> leaves = new ArrayList<>();
    for (int n = 1; n <= 70; n++) {
      byte[] entry = new byte[rnd.nextInt(40)];
      rnd.nextBytes(entry);
      byte[] leaf = MerkleTree.leafHash(entry);
      leaves.add(leaf);
      t.appendLeafHash(leaf);
      assertThat(t.root()).isEqualTo(mth(leaves, 0, n));
    }
    for (int n = 1; n <= 70; n++) {
      byte[] root = t.root(n);
      for (int m = 0; m < n; m++) {
        List<byte[]> path = t.inclusionProof(m, n);
        assertThat(MerkleTree.verifyInclusion(m, n, leaves.get(m), path, root)).as("leaf %d of %d", m, n).isTrue();
        assertThat(path.size()).isLessThanOrEqualTo(64 - Long.numberOfLeadingZeros(n - 1));
        // A wrong leaf, a wrong index or a damaged path must all fail.
        assertThat(MerkleTree.verifyInclusion(m, n, leaves.get((m + 1) % 70), path, root)).isEqualTo(Arrays.equals(leaves.get((m + 1) % 70), leaves.get(m)));
        if (n > 1) {
          assertThat(MerkleTree.verifyInclusion((m + 1) % n, n, leaves.get(m), path, root)).isFalse();
          List<byte[]> bad = new ArrayList<>(path);
          byte[] h = bad.get(0).clone();
          h[rnd.nextInt(32)] ^= 1;
          bad.set(0, h);
          assertThat(MerkleTree.verifyInclusion(m, n, leaves.get(m), bad, root)).isFalse();
        }
      }
      for (int m = 0; m <= n; m++) {
        List<byte[]> proof = t.consistencyProof(m, n);
        assertThat(MerkleTree.verifyConsistency(m, n, t.root(m), root, proof)).as("%d -> %d", m, n).isTrue();
        if (m > 0 && m < n) {
          byte[] other = t.root(m).clone();
          other[0] ^= 1;
          assertThat(MerkleTree.verifyConsistency(m, n, other, root, proof)).isFalse();
          assertThat(MerkleTree.verifyConsistency(m, n, t.root(m), other.length == 32 ? flip(root) : root, proof)).isFalse();
        }
      }
    }
  }

  private static byte[] flip(byte[] b) {
    byte[] c = b.clone();
    c[31] ^= 0x40;
    return c;
  }

  @Test
  void auditPathAtAMillionEntriesHasTwentyHashes() {
    MerkleTree t = new MerkleTree();
    byte[] leaf = new byte[32];
    for (int i = 0; i < 1_000_000; i++) {
      leaf[0] = (byte) i;
      leaf[1] = (byte) (i >> 8);
      leaf[2] = (byte) (i >> 16);
      t.appendLeafHash(leaf);
    }
    List<byte[]> path = t.inclusionProof(123_456, 1_000_000);
    assertThat(path).hasSize(20);
    assertThat(MerkleTree.verifyInclusion(123_456, 1_000_000, t.leaf(123_456), path, t.root())).isTrue();
  }
}
