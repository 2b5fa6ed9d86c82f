package io.github.xconnector.benchmarks.report;

import io.github.xconnector.benchmarks.clients.BenchmarkedClients;
import io.github.xconnector.benchmarks.coldstart.ColdStartComparison;
import io.github.xconnector.benchmarks.upload.UploadComparison;
import io.github.xconnector.benchmarks.upload.UploadRun;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Writes the results as Markdown tables, with each figure's ratio to the practical limit and to the official SDK. */
public final class Tables {

  /** The benchmark methods and their column titles. */
  public static final List<String[]> CALLS = List.of(
      new String[] {"usersMe", "GET /2/users/me"},
      new String[] {"searchRecent", "GET /2/tweets/search/recent"},
      new String[] {"createPost", "POST /2/tweets"});

  private Tables() {
  }

  /**
   * Tabulates throughput: calls per second, then the ratio to the limit and to the official SDK.
   *
   * @param results the results
   * @param clients the rows
   * @param threads the thread count
   * @return the table
   */
  public static String throughput(CallResults results, List<String> clients, int threads) {
    StringBuilder table = header("Throughput, " + threads + (threads == 1 ? " thread" : " threads")
        + " (calls/s; x limit, x official SDK)");
    for (String client : clients) {
      table.append("| ").append(client);
      for (String[] call : CALLS) {
        OptionalDouble value = results.throughput(client, call[0], threads);
        table.append(" | ").append(value.isPresent() ? String.format(Locale.ROOT, "%,.0f (%s, %s)",
            value.getAsDouble(), ratio(value, results.throughput(BenchmarkedClients.LIMIT, call[0], threads)),
            ratio(value, results.throughput(BenchmarkedClients.OFFICIAL, call[0], threads))) : "-");
      }
      table.append(" |\n");
    }
    return table.toString();
  }

  /**
   * Tabulates allocation per call on one thread, with the ratio to the limit.
   *
   * @param results the results
   * @param clients the rows
   * @return the table
   */
  public static String allocation(CallResults results, List<String> clients) {
    StringBuilder table = header("Allocation per call, 1 thread (KB/call; x limit)");
    for (String client : clients) {
      table.append("| ").append(client);
      for (String[] call : CALLS) {
        OptionalDouble bytes = results.allocation(client, call[0], 1);
        table.append(" | ").append(bytes.isPresent() ? String.format(Locale.ROOT, "%,.1f (%s)",
            bytes.getAsDouble() / 1024, ratio(bytes, results.allocation(BenchmarkedClients.LIMIT, call[0], 1)))
            : "-");
      }
      table.append(" |\n");
    }
    return table.toString();
  }

  /**
   * Tabulates CPU time per call on one thread, with the ratio of the limit's to the client's (read like throughput:
   * above 1 is cheaper than the limit).
   *
   * @param results the results
   * @param clients the rows
   * @return the table
   */
  public static String cpu(CallResults results, List<String> clients) {
    StringBuilder table = header("CPU per call, 1 thread (microseconds of JVM CPU per call, stub included;"
        + " limit/client, official/client)");
    for (String client : clients) {
      table.append("| ").append(client);
      for (String[] call : CALLS) {
        OptionalDouble micros = results.cpu(client, call[0], 1);
        table.append(" | ").append(micros.isPresent() ? String.format(Locale.ROOT, "%,.0f (%s, %s)",
            micros.getAsDouble(), ratio(results.cpu(BenchmarkedClients.LIMIT, call[0], 1), micros),
            ratio(results.cpu(BenchmarkedClients.OFFICIAL, call[0], 1), micros)) : "-");
      }
      table.append(" |\n");
    }
    return table.toString();
  }

  /**
   * Tabulates latency percentiles.
   *
   * @param results the results
   * @param clients the rows
   * @param threads the thread count
   * @return the table
   */
  public static String latency(CallResults results, List<String> clients, int threads) {
    StringBuilder table = header("Latency, " + threads + (threads == 1 ? " thread" : " threads")
        + " (microseconds: p50 / p99 / p99.9)");
    for (String client : clients) {
      table.append("| ").append(client);
      for (String[] call : CALLS) {
        double[] p = results.latency(client, call[0], threads);
        table.append(" | ").append(p == null ? "-"
            : String.format(Locale.ROOT, "%,.0f / %,.0f / %,.0f", p[0], p[2], p[3]));
      }
      table.append(" |\n");
    }
    return table.toString();
  }

  /**
   * Tabulates the cold starts.
   *
   * @param results one result per client
   * @return the table
   */
  public static String coldStart(List<ColdStartComparison.Result> results) {
    double official = results.stream().filter(r -> r.client().equals(BenchmarkedClients.OFFICIAL))
        .mapToDouble(ColdStartComparison.Result::medianFromJvmStart).findFirst().orElse(Double.NaN);
    StringBuilder table = new StringBuilder("#### Cold start: JVM start to the first parsed GET /2/users/me\n\n"
        + "| client | median ms from JVM start (min-max) | x official SDK | ms from main | of which building the"
        + " client | runs |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    for (ColdStartComparison.Result result : results) {
      double[] range = result.rangeFromJvmStart();
      table.append(String.format(Locale.ROOT, "| %s | %,.0f (%,.0f-%,.0f) | %.2f | %,.0f | %,.0f | %d%s |%n",
          result.client(), result.medianFromJvmStart(), range[0], range[1], result.medianFromJvmStart() / official,
          result.medianFromMain(), result.medianBuild(), result.fromJvmStartMillis().length,
          result.failure() == null ? "" : " (failed: " + result.failure() + ")"));
    }
    return table.toString();
  }

  /**
   * Tabulates the uploads.
   *
   * @param results one result per variant
   * @return the table
   */
  public static String upload(List<UploadComparison.Result> results) {
    double raw = results.stream().filter(r -> r.variant().equals(UploadRun.RAW))
        .mapToDouble(UploadComparison.Result::mibPerSecond).findFirst().orElse(Double.NaN);
    StringBuilder table = new StringBuilder("#### Media upload\n\n"
        + "| variant | MiB | smallest -Xmx that works | timed at | median s | MiB/s | x raw stream |\n"
        + "|---|---:|---:|---:|---:|---:|---:|\n");
    for (UploadComparison.Result result : results) {
      boolean timed = result.seconds().length > 0;
      table.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s |%n", result.variant(),
          result.bytes() >> 20, result.smallestHeapMib() < 0 ? "none up to 2 GiB" : result.smallestHeapMib() + " MiB",
          result.timedAtHeapMib() < 0 ? "-" : "-Xmx" + result.timedAtHeapMib() + "m",
          timed ? String.format(Locale.ROOT, "%.2f", result.medianSeconds()) : "-",
          timed ? String.format(Locale.ROOT, "%,.0f", result.mibPerSecond()) : "-",
          timed ? String.format(Locale.ROOT, "%.2f", result.mibPerSecond() / raw) : "-"));
    }
    return table.toString();
  }

  private static StringBuilder header(String title) {
    StringBuilder table = new StringBuilder("#### ").append(title).append("\n\n| client");
    CALLS.forEach(call -> table.append(" | ").append(call[1]));
    table.append(" |\n|---");
    CALLS.forEach(call -> table.append("|---:"));
    return table.append("|\n");
  }

  static String ratio(OptionalDouble value, OptionalDouble base) {
    return value.isPresent() && base.isPresent()
        ? String.format(Locale.ROOT, "%.2fx", value.getAsDouble() / base.getAsDouble()) : "-";
  }
}
