package io.github.xconnector.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** Describes the machine and the settings, so a table is never read without them. */
final class Environment {

  private Environment() {
  }

  static String describe(BenchmarkOptions options) {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return String.format(Locale.ROOT, "### X client benchmarks%n%n"
        + "- machine: %d CPUs, %s %s, load average %.2f at start%n"
        + "- JVM: %s %s (%s)%n"
        + "- JMH: %d fork, %d warm-up x %d s, %d measurements x %d s; stub on 127.0.0.1 in the same JVM%n"
        + "- limit = okhttp-jackson (OkHttp + Jackson, hand-written records); official = official X Java SDK 2.0.3%n%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"), load,
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"), System.getProperty("java.vendor"),
        1, options.warmupIterations(), options.warmupSeconds(), options.measurementIterations(),
        options.measurementSeconds());
  }
}
