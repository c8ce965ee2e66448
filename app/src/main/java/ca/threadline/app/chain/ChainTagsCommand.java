package ca.threadline.app.chain;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.chain.store.StoreLock;
import ca.threadline.chain.tags.TagPack;
import ca.threadline.chain.tags.TagPackYaml;
import ca.threadline.chain.tags.TagStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "tags",
    mixinStandardHelpOptions = true,
    description = {
      "Imports and exports attribution tags in GraphSense TagPack YAML.",
      "Header fields are inherited by every tag unless the tag sets its own; unknown fields are",
      "kept, so an export gives back the packs as imported (same header, same tags, same fields)."
    },
    subcommands = {ChainTagsCommand.Import.class, ChainTagsCommand.Export.class},
    footerHeading = "%nExamples:%n",
    footer = {"  ./threadline chain tags import packs/exchanges.yaml", "  ./threadline chain tags export --out exported/"})
public final class ChainTagsCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Loads TagPack YAML files into the chain store (a pack with the same title is replaced).",
        "A malformed pack is reported with its file and line (exit 2) and nothing of it is stored.",
        "Prints one JSON line per pack: {\"title\",\"tags\",\"replaced\",\"file\"}."
      },
      footerHeading = "%nExamples:%n",
      footer = {"  ./threadline chain tags import packs/*.yaml"})
  public static final class Import implements Callable<Integer> {
    @Mixin HomeOption home;

    @Parameters(arity = "1..*", paramLabel = "FILE.yaml")
    List<Path> files;

    private final Io io;

    Import(Io io) {
      this.io = io;
    }

    @Override
    public Integer call() throws IOException {
      Path dir = home.path().resolve("chain");
      List<TagPack> packs = new java.util.ArrayList<>();
      for (Path f : files) {
        try {
          // bytes, so that a bad UTF-8 byte is reported with its line and offset
          packs.add(TagPackYaml.read(Files.readAllBytes(f), f.toString()));
        } catch (NoSuchFileException e) {
          throw new UsageException("no such file: " + f);
        }
      }
      try (StoreLock l = StoreLock.acquire(dir, true)) {
        TagStore store = new TagStore(dir);
        for (int i = 0; i < packs.size(); i++) {
          boolean replaced = store.put(packs.get(i), files.get(i).toString());
          ChainCli.line(io.out(), ChainCli.JSON.createObjectNode().put("title", packs.get(i).title()).put("tags", packs.get(i).tags().size()).put("replaced", replaced).put("file", files.get(i).toString()));
        }
      } catch (StoreLock.StoreBusyException e) {
        throw new UsageException(e.getMessage());
      }
      io.err().println("chain tags: imported " + packs.size() + " pack(s); re-run chain cluster for the exchange-input veto to use them");
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Writes the stored TagPacks back as YAML: one file per pack in --out, or all on stdout.",
        "On stdout, packs are separate YAML documents (---)."
      },
      footerHeading = "%nExamples:%n",
      footer = {"  ./threadline chain tags export --out exported/", "  ./threadline chain tags export --title 'Talos Sextortion Tagpack'"})
  public static final class Export implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--out", paramLabel = "DIR")
    Path out;

    @Option(names = "--title", paramLabel = "TITLE", description = "Only the pack with this title.")
    String title;

    private final Io io;

    Export(Io io) {
      this.io = io;
    }

    @Override
    public Integer call() throws IOException {
      TagStore store = new TagStore(home.path().resolve("chain"));
      int n = 0;
      for (TagPack p : store.packs()) {
        if (title != null && !title.equals(p.title())) {
          continue;
        }
        String yaml = TagPackYaml.write(p);
        if (out != null) {
          Files.createDirectories(out);
          Path f = out.resolve(p.title().replaceAll("[^A-Za-z0-9._-]+", "_") + ".yaml");
          Files.writeString(f, yaml, StandardCharsets.UTF_8);
          io.err().println("chain tags: wrote " + f);
        } else {
          io.out().print((n > 0 ? "---\n" : "") + yaml);
        }
        n++;
      }
      if (title != null && n == 0) {
        throw new UsageException("no pack titled '" + title + "'");
      }
      return ExitCodes.OK;
    }
  }
}
