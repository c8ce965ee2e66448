package ca.threadline.evidence.content;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a third-party parser on untrusted bytes with a time limit, turning every failure (checked,
 * unchecked, StackOverflowError, OutOfMemoryError from a crafted size) into a {@link Failure}.
 * A parser that does not stop in time is abandoned on a daemon thread and interrupted; the
 * command goes on. (Java cannot kill a thread; an abandoned one dies with the process.)
 */
public final class Guard {
  private Guard() {}

  /** Daemon threads for guarded parsers, reused (a guard per item must not cost a thread start per item). */
  public static java.util.concurrent.ExecutorService threads() {
    return java.util.concurrent.Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "guarded parser");
      t.setDaemon(true);
      return t;
    });
  }

  /** As {@link #run(java.util.concurrent.Executor, String, long, Callable)} on a thread of its own. */
  public static <T> T run(String what, long timeoutMillis, Callable<T> work) throws Failure {
    return run(r -> {
      Thread t = new Thread(r, "guarded " + what);
      t.setDaemon(true);
      t.start();
    }, what, timeoutMillis, work);
  }

  /** A parser failed; the message says why, in words for the report. */
  public static final class Failure extends Exception {
    public Failure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public static <T> T run(java.util.concurrent.Executor threads, String what, long timeoutMillis, Callable<T> work) throws Failure {
    FutureTask<T> task = new FutureTask<>(work);
    threads.execute(task);
    try {
      return task.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new Failure(what + " took longer than " + (timeoutMillis >= 1000 ? timeoutMillis / 1000 + " s" : timeoutMillis + " ms") + "; abandoned", e);
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new Failure(what + " interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      String m = c.getMessage();
      if (c instanceof OutOfMemoryError) {
        m = "needs more memory than it may use (crafted size?)";
      } else if (c instanceof StackOverflowError) {
        m = "nested too deeply";
      }
      throw new Failure(what + " failed: " + (m == null ? c.getClass().getSimpleName() : firstLine(m)), c);
    }
  }

  public static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String l = nl < 0 ? s : s.substring(0, nl);
    return l.length() > 300 ? l.substring(0, 300) + "…" : l;
  }
}
