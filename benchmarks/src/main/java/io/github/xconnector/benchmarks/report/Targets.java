package io.github.xconnector.benchmarks.report;

import io.github.xconnector.benchmarks.clients.BenchmarkedClients;
import io.github.xconnector.benchmarks.coldstart.ColdStartComparison;
import io.github.xconnector.benchmarks.upload.UploadComparison;
import io.github.xconnector.benchmarks.upload.UploadRun;
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
      upload(out, uploads);
    }
    return out.toString();
  }

  // The streaming uploader must fit the target heap and reach 0.8x the raw streamed upload's speed.
  private static void upload(StringBuilder out, List<UploadComparison.Result> uploads) {
    UploadComparison.Result sdk = find(uploads, UploadRun.SDK_UPLOAD);
    UploadComparison.Result raw = find(uploads, UploadRun.RAW);
    out.append("- upload of the SDK's streaming uploader, smallest heap <= ").append(UploadComparison.TARGET_HEAP_MIB)
        .append(" MiB: ");
    if (sdk == null) {
      out.append("NOT MEASURED\n");
    } else {
      out.append(sdk.smallestHeapMib() > 0 && sdk.smallestHeapMib() <= UploadComparison.TARGET_HEAP_MIB ? "MET"
          : "MISSED").append(" (").append(sdk.smallestHeapMib() > 0 ? sdk.smallestHeapMib() + " MiB" : "failed")
          .append(")\n");
    }
    line(out, "upload of the SDK's streaming uploader at -Xmx" + UploadComparison.TARGET_HEAP_MIB
        + "m >= 0.8x raw stream", throughput(sdk), throughput(raw), r -> r >= 0.8);
  }

  private static UploadComparison.Result find(List<UploadComparison.Result> uploads, String variant) {
    return uploads.stream().filter(r -> r.variant().equals(variant)).findFirst().orElse(null);
  }

  private static OptionalDouble throughput(UploadComparison.Result result) {
    return result == null || result.seconds().length == 0 || result.timedAtHeapMib() != UploadComparison.TARGET_HEAP_MIB
        ? OptionalDouble.empty() : OptionalDouble.of(result.mibPerSecond());
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
