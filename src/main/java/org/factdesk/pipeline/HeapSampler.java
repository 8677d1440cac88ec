package org.factdesk.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples used heap every 10 ms on a daemon thread and keeps the maximum: the "peak heap" of a
 * benchmark (a sampled lower bound of the true peak, which may fall between samples).
 */
public final class HeapSampler implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peakBytes;

  /** Starts sampling. */
  public HeapSampler() {
    thread = new Thread(this::loop, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (running) {
      peakBytes = Math.max(peakBytes, memory.getHeapMemoryUsage().getUsed());
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Highest used heap seen so far, in MiB. */
  public double peakMiB() {
    return Math.max(peakBytes, memory.getHeapMemoryUsage().getUsed()) / (1024.0 * 1024.0);
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
