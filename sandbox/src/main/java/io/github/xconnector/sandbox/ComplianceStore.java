package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The batch compliance jobs of the sandbox, per app. A job is {@code created} until its ids are uploaded, then
 * {@code in_progress}; the first read that reports it {@code in_progress} is the last, the next finds it
 * {@code complete} with its results worked out from the sandbox's state at that moment.
 */
final class ComplianceStore {

  static final Duration UPLOAD_WINDOW = Duration.ofMinutes(15);
  static final Duration DOWNLOAD_WINDOW = Duration.ofDays(7);

  /** One job. Its status moves only forward; its results are fixed once complete. */
  static final class Job {
    final String id;
    final String appId;
    final String type;
    final String name;
    final boolean resumable;
    final Instant createdAt;
    final String signature;
    private String status = "created";
    private boolean reportedInProgress;
    private List<String> ids = List.of();
    private List<ObjectNode> results = List.of();

    Job(String id, String appId, String type, String name, boolean resumable, Instant createdAt, String signature) {
      this.id = id;
      this.appId = appId;
      this.type = type;
      this.name = name;
      this.resumable = resumable;
      this.createdAt = createdAt;
      this.signature = signature;
    }

    synchronized String status() {
      return status;
    }

    synchronized void uploaded(List<String> uploadedIds) {
      ids = List.copyOf(uploadedIds);
      status = "in_progress";
    }

    /** Reads the status as X reports it, moving an in-progress job on once it has been seen in progress. */
    synchronized String observe(BiFunction<String, List<String>, List<ObjectNode>> check) {
      if (status.equals("in_progress")) {
        if (reportedInProgress) {
          results = check.apply(type, ids);
          status = "complete";
        } else {
          reportedInProgress = true;
        }
      }
      return status;
    }

    synchronized List<ObjectNode> results() {
      return results;
    }
  }

  private final Clock clock;
  private final PostIds ids = new PostIds();
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Job> jobs = new LinkedHashMap<>();

  ComplianceStore(Clock clock) {
    this.clock = clock;
  }

  synchronized Job create(String appId, String type, String name, boolean resumable) {
    byte[] signature = new byte[12];
    random.nextBytes(signature);
    Job job = new Job(ids.next(clock.instant()), appId, type, name, resumable, clock.instant(),
        HexFormat.of().formatHex(signature));
    jobs.put(job.id, job);
    return job;
  }

  synchronized Optional<Job> get(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** An app's jobs of one type, newest first. */
  synchronized List<Job> of(String appId, String type) {
    List<Job> found = new ArrayList<>();
    for (Job job : jobs.values()) {
      if (job.appId.equals(appId) && job.type.equals(type)) {
        found.add(0, job);
      }
    }
    return found;
  }

  Instant now() {
    return clock.instant();
  }
}
