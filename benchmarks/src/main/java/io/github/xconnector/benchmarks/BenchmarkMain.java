package io.github.xconnector.benchmarks;

import io.github.xconnector.benchmarks.clients.BenchmarkedClients;
import io.github.xconnector.benchmarks.coldstart.ColdStartComparison;
import io.github.xconnector.benchmarks.report.CallResults;
import io.github.xconnector.benchmarks.report.Tables;
import io.github.xconnector.benchmarks.report.Targets;
import io.github.xconnector.benchmarks.upload.UploadComparison;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole comparison and prints it as Markdown: throughput on 1 and 8 threads with allocation per call,
 * latency percentiles, cold start, and the large media upload. {@code --help} lists the options; {@code --jmh ...}
 * hands the rest of the command line to JMH itself.
 */
public final class BenchmarkMain {

  private BenchmarkMain() {
  }

  /**
   * Runs the comparison.
   *
   * @param args the options, see {@link BenchmarkOptions}
   */
  public static void main(String[] args) throws Exception {
    int jmh = Arrays.asList(args).indexOf("--jmh");
    if (jmh >= 0) {
      org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, jmh + 1, args.length));
      return;
    }
    BenchmarkOptions options = BenchmarkOptions.parse(args);
    if (options == null) {
      System.out.println(BenchmarkOptions.USAGE);
      return;
    }
    Files.createDirectories(options.out());
    StringBuilder report = new StringBuilder(Environment.describe(options));
    CallResults calls = null;
    if (options.sections().contains("calls")) {
      calls = new CallResults();
      for (int threads : options.threads()) {
        calls.addThroughput(new Runner(jmhOptions(options, Mode.Throughput, threads).build()).run(), threads);
      }
      for (int threads : options.latencyThreads()) {
        calls.addLatency(new Runner(jmhOptions(options, Mode.SampleTime, threads).build()).run(), threads);
      }
      for (int threads : options.threads()) {
        report.append(Tables.throughput(calls, options.clients(), threads)).append('\n');
      }
      report.append(Tables.allocation(calls, options.clients())).append('\n');
      report.append(Tables.cpu(calls, options.clients())).append('\n');
      for (int threads : options.latencyThreads()) {
        report.append(Tables.latency(calls, options.clients(), threads)).append('\n');
      }
    }
    List<ColdStartComparison.Result> coldStarts = null;
    if (options.sections().contains("cold-start")) {
      // By default a cold start measures what ships; other clients run only when named with --clients.
      List<String> started = options.clients().equals(BenchmarkedClients.DEFAULT_RUN)
          ? options.clients().stream().filter(BenchmarkedClients.ALL::contains).toList() : options.clients();
      coldStarts = ColdStartComparison.run(started, options.coldStartRuns());
      report.append(Tables.coldStart(coldStarts)).append('\n');
    }
    List<UploadComparison.Result> uploads = null;
    if (options.sections().contains("upload")) {
      uploads = UploadComparison.run(options.uploadVariants(), options.uploadMib() << 20, options.segmentMib() << 20,
          options.uploadRuns());
      report.append(Tables.upload(uploads)).append('\n');
    }
    if (options.clients().containsAll(List.of(BenchmarkedClients.SDK, BenchmarkedClients.LIMIT,
        BenchmarkedClients.OFFICIAL))) {
      report.append(Targets.check(calls, options.threads(), coldStarts, uploads));
    }
    Path file = options.out().resolve("results.md");
    Files.writeString(file, report, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(report);
    System.out.println("Written to " + file.toAbsolutePath() + " (JMH's own results: jmh-*.json beside it)");
  }

  private static ChainedOptionsBuilder jmhOptions(BenchmarkOptions options, Mode mode, int threads) {
    String calls = String.join("|", options.calls());
    ChainedOptionsBuilder builder = new OptionsBuilder()
        .include(ApiCallBenchmark.class.getName() + "\\.(" + calls + ")$")
        .param("client", options.clients().toArray(String[]::new))
        .mode(mode)
        .threads(threads)
        .forks(1)
        .warmupIterations(options.warmupIterations())
        .warmupTime(TimeValue.seconds(options.warmupSeconds()))
        .measurementIterations(options.measurementIterations())
        .measurementTime(TimeValue.seconds(options.measurementSeconds()))
        .timeUnit(mode == Mode.Throughput ? TimeUnit.SECONDS : TimeUnit.MICROSECONDS)
        .shouldFailOnError(false)
        .resultFormat(ResultFormatType.JSON)
        .result(options.out().resolve("jmh-" + mode.shortLabel() + "-" + threads + "t.json").toString());
    if (mode == Mode.Throughput) {
      builder.addProfiler(GCProfiler.class).addProfiler(CpuPerCallProfiler.class);
    }
    options.profilers().forEach(builder::addProfiler);
    return builder;
  }
}
