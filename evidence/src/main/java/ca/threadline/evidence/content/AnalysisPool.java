package ca.threadline.evidence.content;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Runs content analysis (HTML, PDF, EXIF) beside the parser that finds the content, so that hashing
 * and parsing a large WARC and reading its pages proceed on different cores. The bytes waiting
 * to be analysed are bounded ({@code maxBytesInFlight}): the parser waits rather than piling up
 * page copies in memory.
 */
public final class AnalysisPool implements AutoCloseable {
  private final ExecutorService pool;
  private final Semaphore budget;
  private final int maxBytes;

  public AnalysisPool(int threads, int maxBytesInFlight) {
    this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "analysis");
      t.setDaemon(true);
      return t;
    });
    this.maxBytes = maxBytesInFlight;
    this.budget = new Semaphore(maxBytesInFlight);
  }

  /** Runs {@code work} on the pool once {@code weight} bytes fit in the budget (waits until they do). */
  public <T> CompletableFuture<T> submit(int weight, Supplier<T> work) {
    int permits = Math.max(1, Math.min(weight, maxBytes));
    budget.acquireUninterruptibly(permits);
    try {
      return CompletableFuture.supplyAsync(work, pool).whenComplete((r, e) -> budget.release(permits));
    } catch (RuntimeException e) {
      budget.release(permits);
      throw e;
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
