package org.factdesk.pipeline;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long step: a live progress bar when attached to a terminal, otherwise a plain log
 * line every {@code logEvery} units (and at the end), so CI logs and piped output stay readable.
 */
public abstract class Progress implements AutoCloseable {

  /** Adds {@code n} finished units. */
  public abstract void step(long n);

  @Override
  public abstract void close();

  /**
   * @param task what is being counted, e.g. "matching posts"
   * @param total expected units, or -1 when unknown
   * @param log where plain lines go
   * @param interactive true to draw a bar (use {@code System.console() != null})
   */
  public static Progress start(String task, long total, PrintStream log, boolean interactive) {
    return interactive ? new Bar(task, total) : new Lines(task, total, log, 10_000);
  }

  /** A progress that reports nothing (tests, quiet mode). */
  public static Progress none() {
    return new Progress() {
      @Override
      public void step(long n) {}

      @Override
      public void close() {}
    };
  }

  private static final class Bar extends Progress {
    private final ProgressBar bar;

    Bar(String task, long total) {
      bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
          .setUpdateIntervalMillis(250).continuousUpdate().build();
    }

    @Override
    public void step(long n) {
      bar.stepBy(n);
    }

    @Override
    public void close() {
      bar.close();
    }
  }

  private static final class Lines extends Progress {
    private final String task;
    private final long total;
    private final PrintStream log;
    private final long every;
    private final long start = System.nanoTime();
    private long done;
    private long nextReport;

    Lines(String task, long total, PrintStream log, long every) {
      this.task = task;
      this.total = total;
      this.log = log;
      this.every = every;
      this.nextReport = every;
    }

    @Override
    public synchronized void step(long n) {
      done += n;
      if (done >= nextReport) {
        report();
        nextReport = (done / every + 1) * every;
      }
    }

    private void report() {
      double secs = (System.nanoTime() - start) / 1e9;
      String of = total > 0 ? "/" + total : "";
      log.printf(java.util.Locale.ROOT, "%s: %d%s (%.1f s, %.0f/s)%n", task, done, of, secs, secs > 0 ? done / secs : 0);
    }

    @Override
    public synchronized void close() {
      if (done > 0 && done != nextReport - every) {
        report();
      }
    }
  }
}
