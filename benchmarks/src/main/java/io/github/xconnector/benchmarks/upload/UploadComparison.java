package io.github.xconnector.benchmarks.upload;

import io.github.xconnector.benchmarks.ChildJvm;
import io.github.xconnector.benchmarks.StubServer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Uploads a large file with each variant in fresh JVMs: first finds the smallest heap ({@code -Xmx}) the upload
 * survives, then times it at the target heap of 32 MiB (or at the smallest heap that works, when that is larger).
 */
public final class UploadComparison {

  /** The heap the targets name. */
  public static final int TARGET_HEAP_MIB = 32;

  private static final int[] HEAPS_MIB = {8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536,
      2048};

  private UploadComparison() {
  }

  /**
   * The figures of one variant.
   *
   * @param variant the variant's name
   * @param smallestHeapMib the smallest {@code -Xmx} that worked, or -1 when none did
   * @param timedAtHeapMib the heap the times were taken at
   * @param seconds the time of each timed run
   * @param bytes the size of the upload
   */
  public record Result(String variant, int smallestHeapMib, int timedAtHeapMib, double[] seconds, long bytes) {

    /** @return the median time in seconds */
    public double medianSeconds() {
      double[] sorted = seconds.clone();
      Arrays.sort(sorted);
      return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }

    /** @return the median throughput in MiB per second */
    public double mibPerSecond() {
      return bytes / (1024.0 * 1024.0) / medianSeconds();
    }
  }

  /**
   * Runs the comparison.
   *
   * @param variants the variants of {@link UploadRun}
   * @param bytes the size of the upload
   * @param segmentBytes the size of each appended segment
   * @param timedRuns how many timed runs per variant
   * @return one result per variant
   */
  public static List<Result> run(List<String> variants, long bytes, int segmentBytes, int timedRuns) {
    List<Result> results = new ArrayList<>();
    try (StubServer stub = StubServer.start()) {
      for (String variant : variants) {
        int smallest = smallestHeap(stub, variant, bytes, segmentBytes);
        int timedAt = smallest < 0 ? -1 : Math.max(smallest, TARGET_HEAP_MIB);
        List<Double> seconds = new ArrayList<>();
        for (int run = 0; timedAt > 0 && run < timedRuns; run++) {
          ChildJvm.Outcome outcome = upload(stub, variant, bytes, segmentBytes, timedAt);
          if (outcome.succeeded()) {
            seconds.add(Long.parseLong(outcome.markedLine().split(" ")[0]) / 1e9);
          }
          System.out.printf("upload %-22s -Xmx%dm run %d: %s%n", variant, timedAt, run + 1,
              outcome.succeeded() ? String.format("%.2f s", seconds.get(seconds.size() - 1)) : outcome.failure());
        }
        results.add(new Result(variant, smallest, timedAt, seconds.stream().mapToDouble(Double::doubleValue).toArray(),
            bytes));
      }
    }
    return results;
  }

  // Binary search over the heap ladder; an upload that works with a heap works with any larger one.
  private static int smallestHeap(StubServer stub, String variant, long bytes, int segmentBytes) {
    int low = 0;
    int high = HEAPS_MIB.length - 1;
    int found = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      ChildJvm.Outcome outcome = upload(stub, variant, bytes, segmentBytes, HEAPS_MIB[middle]);
      System.out.printf("upload %-22s -Xmx%dm: %s%n", variant, HEAPS_MIB[middle],
          outcome.succeeded() ? "ok" : "failed (" + outcome.failure() + ")");
      if (outcome.succeeded()) {
        found = HEAPS_MIB[middle];
        high = middle - 1;
      } else {
        low = middle + 1;
      }
    }
    return found;
  }

  private static ChildJvm.Outcome upload(StubServer stub, String variant, long bytes, int segmentBytes, int heapMib) {
    long before = stub.bodyBytes();
    ChildJvm.Outcome outcome = ChildJvm.run(List.of("-Xmx" + heapMib + "m", "-XX:+ExitOnOutOfMemoryError"),
        UploadRun.class, "UPLOAD", 600, variant, stub.baseUrl(), Long.toString(bytes),
        Integer.toString(segmentBytes));
    if (outcome.succeeded() && stub.bodyBytes() - before < bytes) {
      return new ChildJvm.Outcome(false, null, "the stub received only " + (stub.bodyBytes() - before) + " bytes");
    }
    return outcome;
  }
}
