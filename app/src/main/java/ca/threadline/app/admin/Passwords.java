package ca.threadline.app.admin;

import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** New passwords: read from standard input (first line) or generated (20 characters, ~119 bits). */
final class Passwords {
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  static final int MIN_LENGTH = 12;

  private Passwords() {}

  static String generate(SecureRandom random) {
    StringBuilder b = new StringBuilder(20);
    for (int i = 0; i < 20; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  static String fromStdin(Io io) throws IOException {
    String line = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8)).readLine();
    if (line == null || line.strip().length() < MIN_LENGTH) {
      throw new UsageException("the password read from standard input must have at least " + MIN_LENGTH + " characters");
    }
    if (line.length() > 1024) {
      throw new UsageException("the password is longer than 1024 characters");
    }
    return line.strip();
  }
}
