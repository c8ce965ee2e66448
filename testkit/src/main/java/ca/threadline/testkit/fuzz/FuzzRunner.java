package ca.threadline.testkit.fuzz;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a parser on fuzz cases, one at a time on a worker thread, and judges each outcome: the
 * parser may accept the input or reject it the way its contract says (e.g. a
 * {@code BadInputException} naming a place), but must not throw anything else, must not run
 * longer than the per-case time bound (a hang), and must not allocate more than the per-case
 * allocation bound (an allocation sized from a crafted length field, caught here before it grows
 * into an {@link OutOfMemoryError}; counted over all threads of the JVM, so run nothing else
 * meanwhile). A worker stuck in a hang is abandoned (daemon thread) and a
 * fresh one takes the next case.
 */
public final class FuzzRunner implements AutoCloseable {
  /** The parser under test: reads the input and returns normally or throws. */
  @FunctionalInterface
  public interface Target {
    void parse(byte[] input) throws Exception;
  }

  /** Decides whether what a target threw is an acceptable rejection; returns null if so, else why it is a bug. */
  @FunctionalInterface
  public interface Verdict {
    String judge(Throwable thrown, byte[] input);

    /** Accepts exceptions of the given types (never an {@link Error}); anything else is a bug. */
    @SafeVarargs
    static Verdict accepting(Class<? extends Exception>... types) {
      return (t, in) -> {
        for (Class<? extends Exception> c : types) {
          if (c.isInstance(t)) {
            return null;
          }
        }
        return "unexpected " + t;
      };
    }
  }

  /** A case that broke the rules. */
  public record Failure(String target, Mutator.Case fuzzCase, String why, Throwable cause) {
    public String report() {
      return target + ": " + why + " -- reproduce with " + fuzzCase.reproducer();
    }
  }

  /** What a run of many cases found. */
  public record Summary(String target, long cases, long rejected, long nanos, long slowestNanos, long mostAllocated, List<Failure> failures) {
    public double casesPerSecond() {
      return nanos == 0 ? 0 : cases * 1e9 / nanos;
    }

    /** Every failure's report, one a line (empty when none). */
    public String failureReport() {
      StringBuilder b = new StringBuilder();
      failures.forEach(f -> b.append(f.report()).append('\n'));
      return b.toString();
    }

    public String line() {
      return String.format(java.util.Locale.ROOT, "%s: %d cases, %d rejected, %.0f cases/s, slowest %.1f ms, most allocated %.1f MB, %d failure(s)",
          target, cases, rejected, casesPerSecond(), slowestNanos / 1e6, mostAllocated / 1e6, failures.size());
    }
  }

  private enum Result { ACCEPTED, REJECTED, FAILED }

  private final Duration perCase;
  private final long maxAllocatedBytes;
  private ExecutorService worker = newWorker();

  /**
   * @param perCase time bound for one input (a hang fails the case naming seed and number)
   * @param maxAllocatedBytes heap one input may allocate on the worker thread, or {@code Long.MAX_VALUE}
   */
  public FuzzRunner(Duration perCase, long maxAllocatedBytes) {
    this.perCase = perCase;
    this.maxAllocatedBytes = maxAllocatedBytes;
  }

  /** Runs every case; collects failures instead of stopping at the first, so one run shows them all. */
  public Summary run(String name, Iterable<Mutator.Case> cases, Target target, Verdict verdict) {
    long n = 0;
    long rejected = 0;
    long slowest = 0;
    long mostAllocated = 0;
    List<Failure> failures = new ArrayList<>();
    long t0 = System.nanoTime();
    for (Mutator.Case c : cases) {
      n++;
      long[] alloc = {0};
      long s0 = System.nanoTime();
      Result r = one(name, c, target, verdict, failures, alloc);
      slowest = Math.max(slowest, System.nanoTime() - s0);
      mostAllocated = Math.max(mostAllocated, alloc[0]);
      if (r == Result.REJECTED) {
        rejected++;
      }
    }
    return new Summary(name, n, rejected, System.nanoTime() - t0, slowest, mostAllocated, failures);
  }

  /** The cases {@code from..from+count-1} of a mutator, lazily. */
  public static Iterable<Mutator.Case> range(Mutator m, long from, long count) {
    return () -> new java.util.Iterator<>() {
      long next = from;

      @Override
      public boolean hasNext() {
        return next < from + count;
      }

      @Override
      public Mutator.Case next() {
        return m.mutate(next++);
      }
    };
  }

  private Result one(String name, Mutator.Case c, Target target, Verdict verdict, List<Failure> failures, long[] alloc) {
    Future<Throwable> f = worker.submit(() -> {
      com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      // all threads: parsers hand work to threads of their own (e.g. a guard with a time limit)
      long a0 = mx.getTotalThreadAllocatedBytes();
      Throwable thrown = null;
      try {
        target.parse(c.bytes());
      } catch (Throwable t) {
        thrown = t;
      }
      alloc[0] = mx.getTotalThreadAllocatedBytes() - a0;
      return thrown;
    });
    Throwable thrown;
    try {
      thrown = f.get(perCase.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      failures.add(new Failure(name, c, "no result within " + perCase.toMillis() + " ms (hang)", e));
      return Result.FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("fuzz run interrupted", e);
    } catch (ExecutionException e) {
      thrown = e.getCause();
    }
    if (alloc[0] > maxAllocatedBytes) {
      failures.add(new Failure(name, c, "allocated " + alloc[0] / 1_000_000 + " MB for a " + c.bytes().length + "-byte input (crafted size?)", thrown));
      return Result.FAILED;
    }
    if (thrown == null) {
      return Result.ACCEPTED;
    }
    String why = thrown instanceof Error ? "threw " + thrown : verdict.judge(thrown, c.bytes());
    if (why != null) {
      failures.add(new Failure(name, c, why, thrown));
      return Result.FAILED;
    }
    return Result.REJECTED;
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz worker");
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
