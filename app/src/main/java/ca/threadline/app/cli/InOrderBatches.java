package ca.threadline.app.cli;

import ca.threadline.core.io.InputLine;
import ca.threadline.core.io.LineReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;

/**
 * Maps the lines of an input in parallel and hands the results on in input order, batch by batch,
 * so output order never depends on the thread count and memory stays bounded by a few batches.
 *
 * <p>Pipelined: while the pool maps batch {@code k}, the calling thread reads batch {@code k+1}
 * and hands on the results of batch {@code k-1}, so the workers do not sit idle while the input
 * is read and the output written (at most {@link #IN_FLIGHT} batches are submitted at once). The
 * sink still sees every result in input order, on the calling thread.
 */
public final class InOrderBatches<R> implements AutoCloseable {
  /** Receives results in input order; returns {@code false} to stop early. */
  @FunctionalInterface
  public interface Sink<R> {
    boolean accept(R result) throws IOException;
  }

  private static final int BATCH = 2048;
  private static final int IN_FLIGHT = 2;
  private final ForkJoinPool pool;

  public InOrderBatches(int threads) {
    this.pool = new ForkJoinPool(Math.max(1, threads));
  }

  /** Processes every line (or up to where the sink stopped); returns the number of lines read. */
  public long run(LineReader reader, Function<InputLine, R> map, Sink<R> sink) throws IOException {
    long count = 0;
    Deque<ForkJoinTask<List<R>>> pending = new ArrayDeque<>();
    try {
      boolean more = true;
      while (more) {
        List<InputLine> batch = new ArrayList<>(BATCH);
        for (InputLine l; batch.size() < BATCH && (l = reader.next()) != null; ) {
          batch.add(l);
        }
        more = batch.size() == BATCH;
        if (!batch.isEmpty()) {
          count += batch.size();
          pending.add(pool.submit(() -> batch.parallelStream().map(map).toList()));
        }
        while (!pending.isEmpty() && (pending.size() >= IN_FLIGHT || !more)) {
          for (R r : await(pending.removeFirst())) {
            if (!sink.accept(r)) {
              return count;
            }
          }
        }
      }
      return count;
    } finally {
      for (ForkJoinTask<List<R>> t : pending) {
        t.cancel(false);
      }
    }
  }

  private static <R> List<R> await(ForkJoinTask<List<R>> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IOException(e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
