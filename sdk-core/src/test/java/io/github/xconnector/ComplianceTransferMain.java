package io.github.xconnector;

import io.github.xconnector.generated.model.ComplianceJob;
import io.github.xconnector.generated.model.ComplianceResult;
import io.github.xconnector.testing.TestTokenProvider;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Run in a JVM with a small heap by {@link BoundedMemoryComplianceTransferTest}: uploads generated ids to a
 * compliance job's upload URL and reads its results back, printing the counts.
 */
public final class ComplianceTransferMain {

  private ComplianceTransferMain() {
  }

  /** The id of line {@code i} of the upload. */
  static String id(long i) {
    return String.valueOf(1_000_000_000_000_000_000L + i);
  }

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    long uploadLines = Long.parseLong(args[1]);
    ComplianceJob job = new ComplianceJob().id("1").uploadUrl(URI.create(baseUrl + "/upload?sig=s"))
        .downloadUrl(URI.create(baseUrl + "/download?sig=s"));
    try (XClient x = XClient.builder().baseUrl(baseUrl).credentials(TestTokenProvider.appOnly("app")).build()) {
      x.compliance().upload(job, new GeneratedIds(uploadLines));
      AtomicLong count = new AtomicLong();
      AtomicLong sum = new AtomicLong();
      try (Stream<ComplianceResult> results = x.compliance().results(job)) {
        results.forEach(result -> {
          count.incrementAndGet();
          sum.addAndGet(Long.parseLong(result.getId()) % 1_000_003);
        });
      }
      System.out.println("RESULT results=" + count.get() + " sum=" + sum.get());
    }
  }

  /** Ids one a line, made as they are read. */
  static final class GeneratedIds extends InputStream {
    private final long lines;
    private long line;
    private byte[] current = new byte[0];
    private int at;

    GeneratedIds(long lines) {
      this.lines = lines;
    }

    @Override
    public int read() {
      if (at == current.length) {
        if (line == lines) {
          return -1;
        }
        current = (id(line++) + "\n").getBytes(StandardCharsets.US_ASCII);
        at = 0;
      }
      return current[at++];
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      int n = 0;
      while (n < length) {
        int b = read();
        if (b < 0) {
          return n == 0 ? -1 : n;
        }
        buffer[offset + n++] = (byte) b;
      }
      return n;
    }
  }
}
