package ca.threadline.app.export;

import ca.threadline.app.pipeline.StoreOptions;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every case export shares. */
public final class ExportOptions {
  @Option(names = "--case", required = true, paramLabel = "NAME", description = "The case.")
  String caseName;

  @Option(names = "--network", paramLabel = "ID", description = "One network (e.g. N3) instead of the whole case.")
  String network;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write (replaced if it exists).")
  Path out;

  @Option(names = "--include-sensitive", description = "Include the fields the case marks sensitive (case admins only; recorded).")
  boolean includeSensitive;

  @Option(names = "--operator", paramLabel = "NAME", description = "Who exports, for the custody log (default: configured operator, else login name).")
  String operator;

  @Mixin StoreOptions store = new StoreOptions();

  public ExportOptions() {}

  public ExportOptions(String caseName, String network, Path out, boolean includeSensitive, String operator, StoreOptions store) {
    this.caseName = caseName;
    this.network = network;
    this.out = out;
    this.includeSensitive = includeSensitive;
    this.operator = operator;
    this.store = store;
  }
}
