package io.github.xconnector.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the CPU time the benchmark JVM used per call (client, stub, JIT and GC together).
 *
 * <p>On a machine shared with other work, calls per second fall with the CPU the benchmark is given, but the CPU a
 * call costs stays nearly the same; with one benchmark thread the two are inverses. The stub's share is the same for
 * every client.
 */
public final class CpuPerCallProfiler implements InternalProfiler {

  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long cpuBefore;

  @Override
  public String getDescription() {
    return "CPU time of the whole JVM per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    cpuBefore = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
      IterationResult result) {
    long operations = result.getMetadata().getAllOps();
    double micros = (os.getProcessCpuTime() - cpuBefore) / 1000.0;
    return List.of(new ScalarResult("cpu.per.call", operations == 0 ? Double.NaN : micros / operations, "us/op",
        AggregationPolicy.AVG));
  }
}
