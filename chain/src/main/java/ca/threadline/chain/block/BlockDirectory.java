package ca.threadline.chain.block;

import ca.threadline.core.io.BadInputException;
import ca.threadline.core.io.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A Bitcoin Core {@code blocks/} directory: its {@code blkNNNNN.dat} files and {@code xor.dat}. */
public final class BlockDirectory {
  private static final Pattern BLK = Pattern.compile("blk(\\d{5,})\\.dat");
  private final Path dir;
  private final XorKey xor;
  private final TreeMap<Integer, Path> files;

  private BlockDirectory(Path dir, XorKey xor, TreeMap<Integer, Path> files) {
    this.dir = dir;
    this.xor = xor;
    this.files = files;
  }

  public static BlockDirectory open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(new InputProblem(dir.toString(), 0, "not a directory (give the node's blocks/ directory)"));
    }
    TreeMap<Integer, Path> files = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Matcher m = BLK.matcher(p.getFileName().toString());
        if (m.matches() && Files.isRegularFile(p)) {
          files.put(Integer.parseInt(m.group(1)), p);
        }
      }
    } catch (IOException e) {
      throw new BadInputException(new InputProblem(dir.toString(), 0, "cannot list: " + e.getMessage()), e);
    }
    if (files.isEmpty()) {
      throw new BadInputException(new InputProblem(dir.toString(), 0, "no blk*.dat files here"));
    }
    return new BlockDirectory(dir, XorKey.read(dir), files);
  }

  public Path path() {
    return dir;
  }

  public XorKey xor() {
    return xor;
  }

  public List<Integer> fileNumbers() {
    return new ArrayList<>(files.keySet());
  }

  public boolean has(int number) {
    return files.containsKey(number);
  }

  public BlockFile openFile(int number) throws IOException {
    Path p = files.get(number);
    if (p == null) {
      throw new BadInputException(new InputProblem(dir.resolve(String.format("blk%05d.dat", number)).toString(), 0, "block file is missing (pruned?)"));
    }
    return new BlockFile(p, number, xor);
  }
}
