package ca.threadline.testkit.chain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.bitcoinj.base.BitcoinNetwork;

/**
 * Writes a synthetic Bitcoin chain as Bitcoin Core block files, with its ground truth.
 *
 * <p>The blocks are format-exact (real serialization, segwit witnesses and commitments, BIP 34
 * coinbases, correct merkle roots) but carry no proof of work: headers use nBits 0x207fffff,
 * regtest's easiest target, so cumulative work is still computable and a longer branch is a
 * heavier one. Options: XOR obfuscation with {@code xor.dat}, shuffled block order, stale
 * blocks, orphans, and a reorganisation scenario (a {@code blocks-before} directory whose tip
 * branch is later overtaken in {@code blocks}, whose files extend the earlier ones as a node's
 * do). Seeded: the same configuration always gives the same bytes.
 */
public final class ChainGenerator {
  /** How to generate. {@code txsPerBlock} is the target of ordinary activity per block. */
  public record Config(
      long seed,
      int blocks,
      int txsPerBlock,
      int users,
      String network,
      boolean xor,
      boolean shuffle,
      int staleBlocks,
      int orphans,
      boolean reorg,
      long maxFileSize,
      boolean truth) {
    public static Config small(long seed) {
      return new Config(seed, 120, 25, 60, "mainnet", false, false, 0, 0, false, 128L << 20, true);
    }

    public Config withBlocks(int b) {
      return new Config(seed, b, txsPerBlock, users, network, xor, shuffle, staleBlocks, orphans, reorg, maxFileSize, truth);
    }

    public Config withTxsPerBlock(int n) {
      return new Config(seed, blocks, n, users, network, xor, shuffle, staleBlocks, orphans, reorg, maxFileSize, truth);
    }

    public Config withUsers(int n) {
      return new Config(seed, blocks, txsPerBlock, n, network, xor, shuffle, staleBlocks, orphans, reorg, maxFileSize, truth);
    }

    public Config withXor(boolean x) {
      return new Config(seed, blocks, txsPerBlock, users, network, x, shuffle, staleBlocks, orphans, reorg, maxFileSize, truth);
    }

    public Config withShuffle(boolean s) {
      return new Config(seed, blocks, txsPerBlock, users, network, xor, s, staleBlocks, orphans, reorg, maxFileSize, truth);
    }

    public Config withStale(int stale, int orph) {
      return new Config(seed, blocks, txsPerBlock, users, network, xor, shuffle, stale, orph, reorg, maxFileSize, truth);
    }

    public Config withReorg(boolean r) {
      return new Config(seed, blocks, txsPerBlock, users, network, xor, shuffle, staleBlocks, orphans, r, maxFileSize, truth);
    }

    public Config withMaxFileSize(long m) {
      return new Config(seed, blocks, txsPerBlock, users, network, xor, shuffle, staleBlocks, orphans, reorg, m, truth);
    }

    public Config withTruth(boolean t) {
      return new Config(seed, blocks, txsPerBlock, users, network, xor, shuffle, staleBlocks, orphans, reorg, maxFileSize, t);
    }

    public Config withNetwork(String n) {
      return new Config(seed, blocks, txsPerBlock, users, n, xor, shuffle, staleBlocks, orphans, reorg, maxFileSize, truth);
    }
  }

  /** What was written. {@code beforeDir} is set in the reorganisation scenario. */
  public record Result(Path blocksDir, Path beforeDir, Path truthDir, GroundTruth truth, String tipHash, int height, long txCount, long staleWritten, long orphansWritten) {}

  private static final int WARMUP = 12;

  private ChainGenerator() {}

  public static Result generate(Config c, Path out) throws IOException {
    BitcoinNetwork net = switch (c.network()) {
      case "mainnet" -> BitcoinNetwork.MAINNET;
      case "testnet3", "testnet4" -> BitcoinNetwork.TESTNET;
      case "signet" -> BitcoinNetwork.SIGNET;
      case "regtest" -> BitcoinNetwork.REGTEST;
      default -> throw new IllegalArgumentException("unknown network " + c.network());
    };
    byte[] magic = switch (c.network()) {
      case "mainnet" -> new byte[] {(byte) 0xf9, (byte) 0xbe, (byte) 0xb4, (byte) 0xd9};
      case "testnet3" -> new byte[] {0x0b, 0x11, 0x09, 0x07};
      case "testnet4" -> new byte[] {0x1c, 0x16, 0x3f, 0x28};
      case "signet" -> new byte[] {0x0a, 0x03, (byte) 0xcf, 0x40};
      default -> new byte[] {(byte) 0xfa, (byte) 0xbf, (byte) 0xb5, (byte) 0xda};
    };
    SplittableRandom r = new SplittableRandom(c.seed());
    GroundTruth truth = c.truth() ? new GroundTruth(net) : null;
    Economy e = new Economy(r, truth, c.users(), c.truth(), net);
    SplittableRandom side = new SplittableRandom(c.seed() ^ 0x5DEECE66DL);
    int forkAt = c.reorg() ? Math.max(WARMUP + 1, c.blocks() - 4) : -1;
    List<Integer> before = new ArrayList<>();
    List<Integer> extra = new ArrayList<>();
    long stale = 0;
    long orphans = 0;
    long txs = 0;
    byte[] prev = new byte[32];
    long time = 1_700_000_000L;
    List<byte[]> hashes = new ArrayList<>();
    List<Integer> staleHeights = new ArrayList<>();
    for (int i = 0; i < c.staleBlocks(); i++) {
      staleHeights.add(WARMUP + 1 + side.nextInt(Math.max(1, c.blocks() - WARMUP - 2)));
    }
    try (BlockSpool spool = new BlockSpool(out.resolve(".spool"))) {
      GenBlock forkFirst = null;
      for (int h = 0; h < c.blocks(); h++) {
        e.height = h;
        e.body = new ArrayList<>();
        if (h >= WARMUP) {
          int n = Math.max(1, c.txsPerBlock() / 2 + r.nextInt(c.txsPerBlock() + 1));
          for (int k = 0; k < n; k++) {
            activity(e, h);
          }
        }
        long fees = 0;
        for (GenTx t : e.body) {
          fees += t.inputValue() - t.outputValue();
        }
        Owner miner = e.miners.get(h % e.miners.size());
        GenAddress reward = h % 7 == 0 && miner == e.miners.get(0) ? GenScripts.newAddress(GenAddress.Type.P2PK, r, miner.name) : miner.fresh(r);
        GenTx cb = GenBlock.coinbase(h, GenScripts.random(r, 4));
        cb.pay(reward, 50 * Economy.COIN + fees);
        if (reward.type == GenAddress.Type.P2PK && h % 14 == 0) {
          // Coins later paid to the same key's P2PKH address meet it at one address.
          cb.pay(GenScripts.p2pkhTwin(reward), 1_000_000);
        }
        GenBlock b = GenBlock.assemble(prev, h, time, cb, e.body, r.nextLong());
        for (int i = 0; i < cb.outs.size(); i++) {
          GenTx.Out o = cb.outs.get(i);
          if (o.address() != null) {
            miner.utxos.add(new GenUtxo(cb.txid(), i, o.value(), o.address(), h));
          }
        }
        if (truth != null) {
          truth.record(cb, true, null, false);
        }
        txs += b.txs.size();
        int idx = spool.add(b.serialize());
        (forkAt >= 0 && h > forkAt ? extra : before).add(idx);
        hashes.add(b.hash);
        if (h == forkAt + 1 && forkAt >= 0) {
          forkFirst = b;
        }
        for (int sh : staleHeights) {
          if (sh == h) {
            // A competing block at the same height that lost the race.
            GenTx scb = GenBlock.coinbase(h, GenScripts.random(side, 4));
            scb.pay(GenScripts.newAddress(GenAddress.Type.P2WPKH, side, "stale-miner"), 50 * Economy.COIN);
            GenBlock s = GenBlock.assemble(prev, h, time + 1, scb, List.of(), side.nextLong());
            (forkAt >= 0 && h > forkAt ? extra : before).add(spool.add(s.serialize()));
            stale++;
          }
        }
        prev = b.hash;
        time += 300 + r.nextInt(600);
      }
      for (int i = 0; i < c.orphans(); i++) {
        GenTx ocb = GenBlock.coinbase(1_000_000 + i, GenScripts.random(side, 4));
        ocb.pay(GenScripts.newAddress(GenAddress.Type.P2PKH, side, "orphan-miner"), 50 * Economy.COIN);
        GenBlock o = GenBlock.assemble(GenScripts.random(side, 32), c.blocks(), time, ocb, List.of(), side.nextLong());
        before.add(spool.add(o.serialize()));
        orphans++;
      }
      if (forkAt >= 0) {
        // Branch A: two blocks on top of the fork point, later beaten by three main blocks.
        byte[] p = hashes.get(forkAt);
        List<GenTx> copied = new ArrayList<>();
        for (GenTx t : forkFirst.txs.subList(1, forkFirst.txs.size())) {
          boolean old = t.ins.stream().allMatch(in -> in.spent() != null && in.spent().height() <= forkAt);
          if (old && copied.size() < 3) {
            copied.add(t);
          }
        }
        for (int k = 0; k < 2; k++) {
          GenTx acb = GenBlock.coinbase(forkAt + 1 + k, GenScripts.random(side, 4));
          acb.pay(GenScripts.newAddress(GenAddress.Type.P2WPKH, side, "branch-a-miner"), 50 * Economy.COIN);
          GenBlock a = GenBlock.assemble(p, forkAt + 1 + k, time + k, acb, k == 0 ? copied : List.of(), side.nextLong());
          before.add(spool.add(a.serialize()));
          p = a.hash;
          stale++;
        }
      }
      byte[] xorKey = c.xor() ? GenScripts.random(side, 8) : null;
      if (c.shuffle()) {
        Collections.shuffle(before, new Random(side.nextLong()));
        Collections.shuffle(extra, new Random(side.nextLong()));
      }
      Path blocksDir = out.resolve("blocks");
      Path beforeDir = null;
      if (forkAt >= 0) {
        beforeDir = out.resolve("blocks-before");
        BlockFileWriter.write(beforeDir, spool, before, magic, c.maxFileSize(), xorKey);
      }
      List<Integer> all = new ArrayList<>(before);
      all.addAll(extra);
      BlockFileWriter.write(blocksDir, spool, all, magic, c.maxFileSize(), xorKey);
    }
    java.nio.file.Files.deleteIfExists(out.resolve(".spool"));
    Path truthDir = null;
    if (truth != null) {
      truthDir = out.resolve("truth");
      truth.write(truthDir, c.seed());
    }
    return new Result(out.resolve("blocks"), forkAt >= 0 ? out.resolve("blocks-before") : null, truthDir, truth,
        GenHash.hexReversed(hashes.get(hashes.size() - 1)), c.blocks() - 1, txs, stale, orphans);
  }

  /** One unit of activity, chosen by weight; activities that cannot run (no funds) are skipped. */
  private static void activity(Economy e, int h) {
    int w = e.r.nextInt(1000);
    if (h < WARMUP + 6) {
      if (w < 500) {
        e.minerSells();
      } else {
        e.poolPayout();
      }
      return;
    }
    CoinJoins cj = e.coinJoins;
    if (w < 260) {
      e.payment();
    } else if (w < 360) {
      e.adPayment();
    } else if (w < 430) {
      e.deposit();
    } else if (w < 500) {
      e.withdrawal();
    } else if (w < 530) {
      e.consolidate();
    } else if (w < 560) {
      e.sweepProcessor();
    } else if (w < 610) {
      e.coSpend();
    } else if (w < 660) {
      e.peel();
    } else if (w < 700) {
      e.poolPayout();
    } else if (w < 725) {
      e.minerSells();
    } else if (w < 745) {
      e.dataCarrier();
    } else if (w < 760) {
      e.special(e.vault);
    } else if (w < 775) {
      e.special(e.puzzle);
    } else if (w < 790) {
      e.special(e.future);
    } else if (w < 815) {
      cj.generic();
    } else if (w < 835) {
      cj.wasabi1();
    } else if (w < 850) {
      cj.wasabi2();
    } else if (w < 920) {
      cj.whirlpool();
    } else if (w < 950) {
      cj.joinMarket();
    } else if (w < 975) {
      cj.stonewall();
    } else {
      cj.exchangeBatch();
    }
  }
}
