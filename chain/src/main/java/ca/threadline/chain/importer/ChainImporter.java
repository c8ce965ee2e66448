package ca.threadline.chain.importer;

import ca.threadline.chain.block.BlockDirectory;
import ca.threadline.chain.block.BlockFile;
import ca.threadline.chain.block.BlockRecord;
import ca.threadline.chain.block.ChainNetwork;
import ca.threadline.chain.parse.BlockParser;
import ca.threadline.chain.parse.BlockVisitor;
import ca.threadline.chain.parse.MalformedDataException;
import ca.threadline.chain.parse.ParsedBlock;
import ca.threadline.chain.store.ChainData;
import ca.threadline.chain.store.ChainWriter;
import ca.threadline.chain.store.HeaderRecord;
import ca.threadline.chain.util.Hashes;
import ca.threadline.chain.util.Hex;
import ca.threadline.chain.util.Le;
import ca.threadline.core.io.BadInputException;
import ca.threadline.core.io.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Imports Bitcoin Core block files into the chain store.
 *
 * <ol>
 *   <li>Scan: read every record not read before (per-file offsets in the manifest), check its
 *       framing and structure, and file its header. Any malformed byte stops the import here,
 *       before the store is touched, with the file and byte offset.
 *   <li>Choose the best chain by cumulative work; blocks out of height order are linked by
 *       previous hash, stale branches and orphans are ignored.
 *   <li>Reorganisation: when the best chain forks below the stored tip, the new branch is first
 *       parsed and checked in full, then the stored blocks above the fork are rolled back and
 *       that state committed.
 *   <li>Apply: a reader thread parses and hashes blocks (merkle roots checked) while this thread
 *       appends them; then the derived columns are updated and the manifest committed.
 * </ol>
 */
public final class ChainImporter {
  private static final Object END = new Object();
  private final ImportListener listener;
  private final boolean allowTruncatedTail;

  public ChainImporter(ImportListener listener, boolean allowTruncatedTail) {
    this.listener = listener == null ? ImportListener.NONE : listener;
    this.allowTruncatedTail = allowTruncatedTail;
  }

  public ImportSummary importBlocks(Path blocksDir, Path chainDir) throws IOException {
    long t0 = System.nanoTime();
    BlockDirectory dir = BlockDirectory.open(blocksDir);
    try (ChainWriter w = ChainWriter.open(chainDir, (d, t) -> listener.progress("repair", d, t));
        BlockReaders readers = new BlockReaders(dir)) {
      String dirName = blocksDir.toAbsolutePath().normalize().toString();
      if (w.manifest().blocksDir() != null && !w.manifest().blocksDir().equals(dirName)) {
        // Offsets read last time belong to other files: read these from the start (known
        // headers are recognised and skipped, so nothing is applied twice).
        listener.warning("block directory changed from " + w.manifest().blocksDir() + "; reading every file from the start");
        w.scannedTo().clear();
      }
      w.withBlocksDir(dirName);
      ChainData d = w.data();
      HeaderTree tree = new HeaderTree();
      for (long i = 0; i < d.headerCount(); i++) {
        tree.add(d.header(i));
      }
      long newHeaders = scan(dir, readers, w, tree);
      listener.reached("scanned");
      tree.link();
      long stored = d.blockCount();
      byte[] genesis = stored > 0 ? d.blockHash(0) : null;
      byte[] storedTip = stored > 0 ? d.blockHash(stored - 1) : null;
      HeaderTree.Node best = tree.bestTip(genesis, storedTip);
      if (best == null) {
        throw new BadInputException(new InputProblem(blocksDir.toString(), 0, "no chain starting at a genesis block was found (files of a pruned node do not start at genesis and cannot be imported)"));
      }
      List<HeaderTree.Node> chain = tree.chainTo(best);
      long fork = -1;
      for (long h = Math.min(stored, chain.size()) - 1; h >= 0; h--) {
        if (Arrays.equals(d.blockHash(h), chain.get((int) h).header.hash())) {
          fork = h;
          break;
        }
      }
      if (stored > 0 && fork < 0) {
        throw new BadInputException(new InputProblem(blocksDir.toString(), 0, "these block files hold a different chain than the store (different genesis)"));
      }
      List<BlockRecord> apply = new ArrayList<>();
      List<byte[]> expected = new ArrayList<>();
      for (int h = (int) fork + 1; h < chain.size(); h++) {
        HeaderRecord hr = chain.get(h).header;
        apply.add(new BlockRecord(hr.file(), hr.offset(), hr.length()));
        expected.add(hr.hash());
      }
      long rolledBack = 0;
      if (fork < stored - 1) {
        rolledBack = stored - 1 - fork;
        listener.warning("reorganisation: the best chain forks at height " + fork + "; rolling back " + rolledBack + " block(s)");
        pipeline(dir, apply, expected, pb -> {}, "validate");
        w.rollbackTo(fork, (x, t) -> listener.progress("rollback", x, t));
        listener.reached("rolled-back");
      }
      long txBefore = d.txCount();
      pipeline(dir, apply, expected, pb -> {
        try {
          w.appendBlock(pb);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, "apply");
      listener.reached("applied");
      w.commit((x, t) -> listener.progress("derive", x, t), listener::reached);
      long height = d.blockCount() - 1;
      long onBest = chain.size();
      long orphans = tree.orphanCount();
      return new ImportSummary(
          w.network(),
          apply.size(),
          rolledBack,
          d.txCount() - txBefore,
          newHeaders,
          orphans,
          tree.size() - orphans - onBest,
          height,
          height >= 0 ? Hex.encodeReversed(d.blockHash(height)) : null,
          d.txCount(),
          d.addressCount(),
          w.unresolvedInputs(),
          (System.nanoTime() - t0) / 1e9);
    }
  }

  private long scan(BlockDirectory dir, BlockReaders readers, ChainWriter w, HeaderTree tree) throws IOException {
    int magic = w.network() == null ? 0 : ChainNetwork.ofWire(w.network()).magic();
    BlockParser structure = new BlockParser(false);
    BlockVisitor none = new BlockVisitor() {};
    Hashes hashes = new Hashes();
    byte[] buf = new byte[1 << 20];
    long added = 0;
    long total = 0;
    for (int n : dir.fileNumbers()) {
      total += Math.max(0, readers.file(n).size() - w.scannedTo().getOrDefault(n, 0L));
    }
    long done = 0;
    for (int n : dir.fileNumbers()) {
      BlockFile f = readers.file(n);
      long start = w.scannedTo().getOrDefault(n, 0L);
      if (f.size() < start) {
        throw f.bad(f.size(), "the file is shorter than the " + start + " bytes already imported from it; if the node re-indexed, import into a new --home");
      }
      long pos = start;
      while (true) {
        BlockFile.Frame fr = f.frameAt(pos, magic, allowTruncatedTail);
        if (fr == null) {
          break;
        }
        if (magic == 0) {
          magic = fr.magic();
          w.setNetwork(ChainNetwork.ofMagic(magic).orElseThrow().wireName());
        }
        BlockRecord r = fr.record();
        buf = readers.read(r, buf);
        try {
          structure.parseBlock(buf, 0, r.length(), none);
        } catch (MalformedDataException e) {
          throw f.bad(r.offset() + e.offset(), "malformed block: " + e.reason());
        }
        HeaderRecord h = new HeaderRecord(
            hashes.sha256d(buf, 0, 80), Arrays.copyOfRange(buf, 4, 36), Le.i32(buf, 72), Le.u32(buf, 68), n, r.offset(), r.length());
        if (tree.add(h)) {
          w.appendHeader(h);
          added++;
        }
        done += fr.end() - pos;
        pos = fr.end();
        listener.progress("scan", done, total);
      }
      w.scannedTo().put(n, pos);
    }
    if (magic == 0) {
      throw new BadInputException(new InputProblem(dir.path().toString(), 0, "the block files hold no blocks"));
    }
    return added;
  }

  /** Parses {@code blocks} on a reader thread (hashing, merkle check) and hands them on in order. */
  private void pipeline(BlockDirectory dir, List<BlockRecord> blocks, List<byte[]> expected, Consumer<ParsedBlock> sink, String phase) throws IOException {
    BlockingQueue<Object> q = new ArrayBlockingQueue<>(32);
    Thread reader = Thread.ofPlatform().daemon().name("chain-block-reader").start(() -> {
      try (BlockReaders readers = new BlockReaders(dir)) {
        BlockParser parser = new BlockParser(true);
        byte[] buf = new byte[1 << 20];
        for (int i = 0; i < blocks.size(); i++) {
          BlockRecord r = blocks.get(i);
          buf = readers.read(r, buf);
          ParsedBlock pb = new ParsedBlock();
          try {
            parser.parseBlock(buf, 0, r.length(), pb);
          } catch (MalformedDataException e) {
            throw readers.file(r.file()).bad(r.offset() + e.offset(), "malformed block: " + e.reason());
          }
          if (!Arrays.equals(pb.hash, expected.get(i))) {
            throw readers.file(r.file()).bad(r.offset(), "block changed since it was scanned");
          }
          q.put(pb);
        }
        q.put(END);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Throwable t) {
        try {
          q.put(t);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
        }
      }
    });
    long done = 0;
    try {
      while (true) {
        Object o = q.take();
        if (o == END) {
          break;
        }
        if (o instanceof BadInputException b) {
          throw b;
        }
        if (o instanceof IOException e) {
          throw e;
        }
        if (o instanceof UncheckedIOException e) {
          throw e.getCause();
        }
        if (o instanceof RuntimeException e) {
          throw e;
        }
        if (o instanceof Error e) {
          throw e;
        }
        sink.accept((ParsedBlock) o);
        listener.progress(phase, ++done, blocks.size());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      reader.interrupt();
    }
  }
}
