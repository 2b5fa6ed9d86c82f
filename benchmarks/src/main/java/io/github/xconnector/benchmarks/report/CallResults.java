package io.github.xconnector.benchmarks.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** The figures of the JMH runs, looked up by client, call and thread count. */
public final class CallResults {

  private final Map<String, Double> throughput = new HashMap<>();
  private final Map<String, Double> allocation = new HashMap<>();
  private final Map<String, Double> cpu = new HashMap<>();
  private final Map<String, double[]> latencyMicros = new HashMap<>();

  private static String key(String client, String call, int threads) {
    return client + '/' + call + '/' + threads;
  }

  private static String call(RunResult run) {
    String benchmark = run.getParams().getBenchmark();
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }

  /**
   * Records throughput runs and the allocation their GC profiler measured.
   *
   * @param runs the results of one JMH run in throughput mode
   * @param threads the thread count of that run
   */
  public void addThroughput(Collection<RunResult> runs, int threads) {
    for (RunResult run : runs) {
      String key = key(run.getParams().getParam("client"), call(run), threads);
      throughput.put(key, run.getPrimaryResult().getScore());
      Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
      if (alloc != null) {
        allocation.put(key, alloc.getScore());
      }
      Result<?> cpuPerCall = run.getSecondaryResults().get("cpu.per.call");
      if (cpuPerCall != null) {
        cpu.put(key, cpuPerCall.getScore());
      }
    }
  }

  /**
   * Records the percentiles of sample-time runs.
   *
   * @param runs the results of one JMH run in sample-time mode, in microseconds
   * @param threads the thread count of that run
   */
  public void addLatency(Collection<RunResult> runs, int threads) {
    for (RunResult run : runs) {
      var statistics = run.getPrimaryResult().getStatistics();
      latencyMicros.put(key(run.getParams().getParam("client"), call(run), threads), new double[] {
          statistics.getPercentile(50), statistics.getPercentile(90), statistics.getPercentile(99),
          statistics.getPercentile(99.9)});
    }
  }

  /** @return calls per second, all threads together */
  public OptionalDouble throughput(String client, String call, int threads) {
    return optional(throughput.get(key(client, call, threads)));
  }

  /** @return bytes allocated per call */
  public OptionalDouble allocation(String client, String call, int threads) {
    return optional(allocation.get(key(client, call, threads)));
  }

  /** @return microseconds of JVM CPU time per call */
  public OptionalDouble cpu(String client, String call, int threads) {
    return optional(cpu.get(key(client, call, threads)));
  }

  /** @return p50, p90, p99 and p99.9 in microseconds, or {@code null} */
  public double[] latency(String client, String call, int threads) {
    return latencyMicros.get(key(client, call, threads));
  }

  /** @return whether no throughput was recorded */
  public boolean isEmpty() {
    return throughput.isEmpty() && latencyMicros.isEmpty();
  }

  private static OptionalDouble optional(Double value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
