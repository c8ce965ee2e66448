package ca.threadline.app.cli;

import ca.threadline.core.io.InputLine;
import ca.threadline.core.io.LineReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Maps the lines of an input in parallel and hands the results on in input order, batch by batch,
 * so output order never depends on the thread count and memory stays bounded by one batch.
 */
public final class InOrderBatches<R> implements AutoCloseable {
  /** Receives results in input order; returns {@code false} to stop early. */
  @FunctionalInterface
  public interface Sink<R> {
    boolean accept(R result) throws IOException;
  }

  private static final int BATCH = 2048;
  private final ForkJoinPool pool;

  public InOrderBatches(int threads) {
    this.pool = new ForkJoinPool(Math.max(1, threads));
  }

  /** Processes every line; returns the number of lines read. */
  public long run(LineReader reader, Function<InputLine, R> map, Sink<R> sink) throws IOException {
    long count = 0;
    List<InputLine> batch = new ArrayList<>(BATCH);
    while (true) {
      batch.clear();
      for (InputLine l; batch.size() < BATCH && (l = reader.next()) != null; ) {
        batch.add(l);
      }
      if (batch.isEmpty()) {
        return count;
      }
      count += batch.size();
      List<R> results;
      try {
        results = pool.submit(() -> batch.parallelStream().map(map).toList()).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new IOException(e.getCause());
      }
      for (R r : results) {
        if (!sink.accept(r)) {
          return count;
        }
      }
      if (batch.size() < BATCH) {
        return count;
      }
    }
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
