package ca.threadline.app.export;

import java.nio.file.Path;

/** A file an export wrote: where, its SHA-256 (recorded in the custody log) and its size. */
public record ExportedFile(Path file, String sha256, long size) {}
