package ca.threadline.evidence.store;

import java.nio.file.Path;

/** Bytes written to the home's {@code tmp/}, forced to disk and hashed, waiting to be committed. */
public record StagedFile(Path path, String sha256, long size) {}
