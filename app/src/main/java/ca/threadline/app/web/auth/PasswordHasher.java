package ca.threadline.app.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=..,t=..,p=..$salt$hash},
 * unpadded standard Base64), computed with BouncyCastle's {@link Argon2BytesGenerator}.
 *
 * <p>Parameters: the OWASP Password Storage Cheat Sheet minimum for Argon2id, m = 19 MiB, t = 2,
 * p = 1 (RFC 9106 §4 recommends Argon2id; its memory-heavy profiles do not fit a 2-core server
 * under concurrent sign-ins). A stored hash carries its own parameters, so stronger settings can
 * be adopted later without invalidating existing passwords ({@link #needsRehash}).
 *
 * <p>Concurrency: every hash runs on a small pool of platform threads ({@code maxConcurrent},
 * default one per core), never on the caller's thread. The workbench serves each request on a
 * virtual thread, and a virtual thread computing is never preempted: fifty users signing in at
 * once used to occupy every carrier thread with Argon2id for seconds, so no other request of
 * anyone could run meanwhile, and needed 50 × 19 MiB of heap at once. Now the hashes queue for the
 * pool (which the OS time-slices with the carriers), memory is bounded by {@code maxConcurrent} ×
 * m, and throughput is unchanged (hashing is CPU-bound: more threads than cores gain nothing).
 */
public final class PasswordHasher {
  private static final Pattern PHC =
      Pattern.compile("\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,88})\\$([A-Za-z0-9+/]{22,88})");
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final int memoryKiB;
  private final int iterations;
  private final int parallelism;
  private final SecureRandom random = new SecureRandom();
  private final ThreadPoolExecutor workers;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();

  public PasswordHasher(int memoryKiB, int iterations, int parallelism) {
    this(memoryKiB, iterations, parallelism, Runtime.getRuntime().availableProcessors());
  }

  /** With at most {@code maxConcurrent} hashes computed at once (the others wait their turn). */
  public PasswordHasher(int memoryKiB, int iterations, int parallelism, int maxConcurrent) {
    if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1 || maxConcurrent < 1) {
      throw new IllegalArgumentException("bad Argon2id parameters");
    }
    this.memoryKiB = memoryKiB;
    this.iterations = iterations;
    this.parallelism = parallelism;
    // Daemon threads that end after 30 s idle: a hasher needs no closing.
    this.workers = new ThreadPoolExecutor(maxConcurrent, maxConcurrent, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        Thread.ofPlatform().name("argon2id-", 1).daemon().factory());
    this.workers.allowCoreThreadTimeOut(true);
  }

  /** OWASP's minimum Argon2id configuration: 19 MiB, 2 passes, 1 lane. */
  public static PasswordHasher standard() {
    return new PasswordHasher(19_456, 2, 1);
  }

  public String hash(String password) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    byte[] out = derive(password, salt, memoryKiB, iterations, parallelism, 32);
    return "$argon2id$v=19$m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism + "$" + B64.encodeToString(salt)
        + "$" + B64.encodeToString(out);
  }

  /** True when {@code password} matches the PHC string; false for any malformed or foreign hash. */
  public boolean verify(String password, String phc) {
    if (password == null || phc == null) {
      return false;
    }
    Matcher m = PHC.matcher(phc);
    if (!m.matches()) {
      return false;
    }
    int mem = Integer.parseInt(m.group(1));
    int t = Integer.parseInt(m.group(2));
    int p = Integer.parseInt(m.group(3));
    // Refuse parameters that would let a planted hash exhaust the server (or are invalid).
    if (p < 1 || t < 1 || mem < 8 * p || mem > 1_048_576) {
      return false;
    }
    byte[] salt;
    byte[] expected;
    try {
      salt = B64D.decode(m.group(4));
      expected = B64D.decode(m.group(5));
    } catch (IllegalArgumentException e) {
      return false;
    }
    byte[] actual = derive(password, salt, mem, t, p, expected.length);
    return MessageDigest.isEqual(actual, expected);
  }

  /** True when a stored hash was made with weaker parameters than this hasher's. */
  public boolean needsRehash(String phc) {
    Matcher m = PHC.matcher(phc == null ? "" : phc);
    return !m.matches() || Integer.parseInt(m.group(1)) < memoryKiB || Integer.parseInt(m.group(2)) < iterations;
  }

  /** The most hashes computed at the same time so far (for tests). */
  int peakConcurrency() {
    return peak.get();
  }

  private byte[] derive(String password, byte[] salt, int mem, int t, int p, int length) {
    Future<byte[]> f = workers.submit(() -> {
      peak.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        return compute(password, salt, mem, t, p, length);
      } finally {
        running.decrementAndGet();
      }
    });
    try {
      return f.get();
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while hashing a password", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("password hashing failed", e.getCause());
    }
  }

  private static byte[] compute(String password, byte[] salt, int mem, int t, int p, int length) {
    Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withMemoryAsKB(mem)
        .withIterations(t)
        .withParallelism(p)
        .withSalt(salt)
        .build();
    Argon2BytesGenerator gen = new Argon2BytesGenerator();
    gen.init(params);
    byte[] pw = password.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[length];
    try {
      gen.generateBytes(pw, out);
    } finally {
      Arrays.fill(pw, (byte) 0);
    }
    return out;
  }
}
