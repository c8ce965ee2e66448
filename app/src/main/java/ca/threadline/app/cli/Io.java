package ca.threadline.app.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The standard streams of one command run. Commands take them from here instead of
 * {@link System}, so tests can run a command in-process and read what it printed.
 */
public record Io(InputStream in, PrintStream out, PrintStream err) {}
