package io.github.xconnector.benchmarks.report;

import io.github.xconnector.benchmarks.clients.BenchmarkedClients;
import io.github.xconnector.benchmarks.coldstart.ColdStartComparison;
import io.github.xconnector.benchmarks.upload.UploadComparison;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Checks the SDK's default configuration against the targets of the performance issue and says which are met. */
public final class Targets {

  private static final String SDK = BenchmarkedClients.SDK;

  private Targets() {
  }

  /**
   * Lists each target with MET, MISSED or NOT MEASURED and the figures behind it.
   *
   * @param calls the call results, or {@code null} when not run
   * @param threadCounts the thread counts measured
   * @param coldStarts the cold starts, or {@code null} when not run
   * @param uploads the uploads, or {@code null} when not run
   * @return a Markdown list
   */
  public static String check(CallResults calls, List<Integer> threadCounts, List<ColdStartComparison.Result> coldStarts,
      List<UploadComparison.Result> uploads) {
    StringBuilder out = new StringBuilder("#### Targets (the SDK as configured by default)\n\n");
    if (calls != null) {
      for (int threads : threadCounts) {
        for (String[] call : Tables.CALLS) {
          OptionalDouble sdk = calls.throughput(SDK, call[0], threads);
          OptionalDouble limit = calls.throughput(BenchmarkedClients.LIMIT, call[0], threads);
          OptionalDouble official = calls.throughput(BenchmarkedClients.OFFICIAL, call[0], threads);
          line(out, "throughput >= 0.85x limit, " + call[1] + ", " + threads + "t", sdk, limit, r -> r >= 0.85);
          if (threads == 1) {
            // CPU per call is the inverse of single-thread throughput and hardly moves with the machine's load.
            line(out, "  the same by CPU per call (limit/sdk)", calls.cpu(BenchmarkedClients.LIMIT, call[0], 1),
                calls.cpu(SDK, call[0], 1), r -> r >= 0.85);
          }
          line(out, "throughput > official SDK, " + call[1] + ", " + threads + "t", sdk, official, r -> r > 1.0);
          if (threads == 1) {
            line(out, "  the same by CPU per call (official/sdk)", calls.cpu(BenchmarkedClients.OFFICIAL, call[0], 1),
                calls.cpu(SDK, call[0], 1), r -> r > 1.0);
          }
        }
      }
      for (String[] call : Tables.CALLS) {
        line(out, "allocation <= 1.5x limit, " + call[1], calls.allocation(SDK, call[0], 1),
            calls.allocation(BenchmarkedClients.LIMIT, call[0], 1), r -> r <= 1.5);
      }
    }
    if (coldStarts != null) {
      line(out, "cold start <= official SDK", median(coldStarts, SDK), median(coldStarts, BenchmarkedClients.OFFICIAL),
          r -> r <= 1.0);
    }
    if (uploads != null) {
      out.append("- upload of the SDK's streaming uploader in -Xmx32m at >= 0.8x raw stream: NOT MEASURED"
          + " (x.media().upload is not in this build; see docs/PERFORMANCE.md)\n");
    }
    return out.toString();
  }

  private static OptionalDouble median(List<ColdStartComparison.Result> results, String client) {
    return results.stream().filter(r -> r.client().equals(client) && r.fromJvmStartMillis().length > 0)
        .mapToDouble(ColdStartComparison.Result::medianFromJvmStart).findFirst();
  }

  private static void line(StringBuilder out, String target, OptionalDouble value, OptionalDouble base,
      java.util.function.DoublePredicate met) {
    out.append("- ").append(target).append(": ");
    if (value.isEmpty() || base.isEmpty()) {
      out.append("NOT MEASURED\n");
      return;
    }
    double ratio = value.getAsDouble() / base.getAsDouble();
    out.append(met.test(ratio) ? "MET" : "MISSED").append(String.format(Locale.ROOT, " (%.2fx)%n", ratio));
  }
}
