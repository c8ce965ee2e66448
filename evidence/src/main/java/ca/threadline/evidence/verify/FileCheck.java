package ca.threadline.evidence.verify;

import ca.threadline.evidence.Problem;
import ca.threadline.evidence.ingest.WarcPayloads;
import ca.threadline.evidence.item.Item;
import ca.threadline.evidence.item.Location;
import ca.threadline.evidence.store.Digests;
import ca.threadline.evidence.store.Hex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Re-hashes one stored file and every item the log places in it, in one sequential pass: the whole
 * file's SHA-256 (for items that are the whole file; for blobs also against the file's name), the
 * SHA-256 of every byte range (ads), and the payload SHA-256 of every WARC record that holds an
 * item, found again at its recorded offset.
 */
final class FileCheck {
  private FileCheck() {}

  static List<Problem> check(Path path, String file, List<Item> items) {
    List<Problem> out = new ArrayList<>();
    if (!Files.isRegularFile(path)) {
      for (Item i : items) {
        out.add(Problem.ofItem("missing", i.id(), file, "the file holding this item is gone"));
      }
      return out;
    }
    List<Item> whole = new ArrayList<>();
    List<Item> ranges = new ArrayList<>();
    List<Item> records = new ArrayList<>();
    for (Item i : items) {
      switch (i.location()) {
        case Location.WholeFile w -> whole.add(i);
        case Location.Range r -> ranges.add(i);
        case Location.WarcRecord r -> records.add(i);
      }
    }
    String fileSha;
    long fileSize;
    try {
      fileSize = Files.size(path);
      if (!records.isEmpty()) {
        fileSha = warcPass(path, file, records, out);
      } else {
        fileSha = rangePass(path, file, ranges, out);
      }
    } catch (NoSuchFileException e) {
      for (Item i : items) {
        out.add(Problem.ofItem("missing", i.id(), file, "the file holding this item is gone"));
      }
      return out;
    } catch (IOException e) {
      out.add(Problem.ofFile("unreadable", file, e.getMessage() == null ? e.toString() : e.getMessage()));
      return out;
    }
    String name = path.getFileName().toString();
    boolean renamed = file.startsWith("blobs/") && !name.equals(fileSha);
    if (renamed && whole.isEmpty()) {
      out.add(Problem.ofItem("modified", items.get(0).id(), file, "content SHA-256 is " + fileSha + ", not the blob's name"));
    }
    for (Item i : whole) {
      if (!i.sha256().equals(fileSha)) {
        out.add(Problem.ofItem("modified", i.id(), file, "SHA-256 is " + fileSha + ", the custody log recorded " + i.sha256()));
      } else if (renamed) {
        out.add(Problem.ofItem("modified", i.id(), file, "content SHA-256 is " + fileSha + ", not the blob's name"));
      } else if (i.size() != fileSize) {
        out.add(Problem.ofItem("modified", i.id(), file, "size is " + fileSize + ", the custody log recorded " + i.size()));
      }
    }
    return out;
  }

  private static String rangePass(Path path, String file, List<Item> ranges, List<Problem> out) throws IOException {
    ranges.sort(Comparator.comparingLong(i -> ((Location.Range) i.location()).offset()));
    MessageDigest whole = Digests.sha256();
    MessageDigest[] digests = new MessageDigest[ranges.size()];
    long[] starts = new long[ranges.size()];
    long[] ends = new long[ranges.size()];
    for (int k = 0; k < ranges.size(); k++) {
      Location.Range r = (Location.Range) ranges.get(k).location();
      starts[k] = r.offset();
      ends[k] = r.offset() + r.length();
      digests[k] = Digests.sha256();
    }
    long pos = 0;
    int first = 0;
    ByteBuffer buf = ByteBuffer.allocate(1 << 20);
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      while (ch.read(buf) >= 0) {
        buf.flip();
        int n = buf.remaining();
        long end = pos + n;
        for (int k = first; k < starts.length && starts[k] < end; k++) {
          if (ends[k] > pos) {
            int from = (int) (Math.max(starts[k], pos) - pos);
            int to = (int) (Math.min(ends[k], end) - pos);
            digests[k].update(buf.array(), from, to - from);
          }
        }
        while (first < starts.length && ends[first] <= end) {
          first++;
        }
        whole.update(buf.array(), 0, n);
        buf.clear();
        pos = end;
      }
    }
    for (int k = 0; k < ranges.size(); k++) {
      Item i = ranges.get(k);
      if (ends[k] > pos) {
        out.add(Problem.ofItem("missing", i.id(), file, "bytes " + starts[k] + ".." + (ends[k] - 1) + " lie beyond the end of the file"));
        continue;
      }
      String sha = Hex.of(digests[k].digest());
      if (!sha.equals(i.sha256())) {
        out.add(Problem.ofItem("modified", i.id(), file, "bytes " + starts[k] + ".." + (ends[k] - 1) + " have SHA-256 " + sha + ", the custody log recorded " + i.sha256()));
      }
    }
    return Hex.of(whole.digest());
  }

  private static String warcPass(Path path, String file, List<Item> records, List<Problem> out) throws IOException {
    Map<Long, List<Item>> byIndex = new HashMap<>();
    for (Item i : records) {
      byIndex.computeIfAbsent(((Location.WarcRecord) i.location()).index(), k -> new ArrayList<>()).add(i);
    }
    MessageDigest whole = Digests.sha256();
    try (HashingChannel ch = new HashingChannel(FileChannel.open(path, StandardOpenOption.READ), whole)) {
      String stopped = null;
      try (WarcReader reader = WarcPayloads.reader(ch)) {
        long index = -1;
        while (!byIndex.isEmpty()) {
          Optional<WarcRecord> next;
          try {
            next = reader.next();
          } catch (IOException | RuntimeException e) {
            stopped = "the WARC cannot be read past byte " + reader.position() + ": " + e.getMessage();
            break;
          }
          if (next.isEmpty()) {
            break;
          }
          WarcRecord r = next.get();
          index++;
          List<Item> here = byIndex.remove(index);
          if (here == null) {
            continue;
          }
          String sha;
          try {
            // Not closed: closing a payload stream closes the reader's channel.
            InputStream in = WarcPayloads.payload(r);
            sha = Digests.sha256Hex(in);
          } catch (IOException | RuntimeException e) {
            for (Item i : here) {
              out.add(Problem.ofItem("record_modified", i.id(), file, "record " + index + " no longer parses: " + e.getMessage()));
            }
            continue;
          }
          for (Item i : here) {
            if (!sha.equals(i.sha256())) {
              out.add(Problem.ofItem("record_modified", i.id(), file, "record " + index + " (at byte " + reader.position() + ") has payload SHA-256 " + sha + ", the custody log recorded " + i.sha256()));
            }
          }
        }
        ch.drain();
      }
      for (List<Item> left : byIndex.values()) {
        for (Item i : left) {
          long n = ((Location.WarcRecord) i.location()).index();
          out.add(Problem.ofItem("record_missing", i.id(), file, "the file has no record " + n + (stopped == null ? "" : " (" + stopped + ")")));
        }
      }
    }
    return Hex.of(whole.digest());
  }
}
