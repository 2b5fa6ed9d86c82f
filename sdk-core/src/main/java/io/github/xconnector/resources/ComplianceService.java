package io.github.xconnector.resources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xconnector.errors.XException;
import io.github.xconnector.errors.XIoException;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.ComplianceJob;
import io.github.xconnector.generated.model.ComplianceJobCreateRequest;
import io.github.xconnector.generated.model.ComplianceJobResponse;
import io.github.xconnector.generated.model.ComplianceJobStatus;
import io.github.xconnector.generated.model.ComplianceJobType;
import io.github.xconnector.generated.model.ComplianceJobsResponse;
import io.github.xconnector.generated.model.ComplianceResult;
import io.github.xconnector.generated.operations.ComplianceOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.internal.JsonMappers;
import io.github.xconnector.internal.StorageTransfer;
import io.github.xconnector.internal.Validate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Batch compliance: find out which stored post or user ids were deleted, suspended, protected or otherwise changed.
 * Create a job ({@link #create}), upload the ids to its {@code upload_url} ({@link #upload(ComplianceJob, Path)}),
 * wait until {@link #get} reports {@code complete}, then read the results from its {@code download_url}
 * ({@link #results}). Needs an app-only Bearer token.
 *
 * <p>The upload and the download go to cloud storage, not to X: they carry no {@code Authorization} header, are
 * streamed both ways (a file of millions of ids is never held in memory) and are not repeated on failure. They use
 * an HTTP client of their own with the client's timeouts, not a transport given to {@code XClient.Builder}.
 */
public final class ComplianceService {

  private static final String UPLOAD_URL = "the compliance job's upload_url";
  private static final String DOWNLOAD_URL = "the compliance job's download_url";

  private final CallExecutor calls;
  private final StorageTransfer storage;
  private final ObjectMapper mapper = JsonMappers.create();

  /**
   * Creates the service; {@code XClient} does this, and the call path it takes is internal to the SDK.
   *
   * @param calls the client's call path
   * @param storage sends and reads the job's files
   */
  public ComplianceService(CallExecutor calls, StorageTransfer storage) {
    this.calls = calls;
    this.storage = storage;
  }

  /**
   * Creates a job. Not repeated after a failure that may have reached X: that could create two jobs.
   *
   * @param type whether the ids will be post ids ({@code TWEETS}) or user ids ({@code USERS})
   * @param name a name for the job, at most 64 characters; {@code null} for none
   * @param resumable whether to ask for an upload URL that takes a resumable upload; {@code null} for X's default
   * @return the job with its upload and download URLs
   */
  public ComplianceJobResponse create(ComplianceJobType type, String name, Boolean resumable) {
    return calls.call(ComplianceOperations.CREATE_COMPLIANCE_JOB, CallArguments.create()
        .body(new ComplianceJobCreateRequest().type(type).name(name).resumable(resumable)));
  }

  /**
   * Creates an unnamed job.
   *
   * @param type whether the ids will be post ids or user ids
   * @return the job with its upload and download URLs
   */
  public ComplianceJobResponse create(ComplianceJobType type) {
    return create(type, null, null);
  }

  /**
   * Lists the app's jobs of one type.
   *
   * @param type post or user jobs
   * @param status only jobs in this status, or {@code null} for all
   * @param fields the job fields to return ({@link Fields.Builder#complianceJob}); {@link Fields#none()} for X's
   *     default
   * @return the jobs
   */
  public ComplianceJobsResponse list(ComplianceJobType type, ComplianceJobStatus status, Fields fields) {
    return calls.call(ComplianceOperations.GET_COMPLIANCE_JOBS, CallArguments.create()
        .put("type", "type", type)
        .put("status", "status", status).fields(fields.values()));
  }

  /**
   * Lists the app's jobs of one type, in every status.
   *
   * @param type post or user jobs
   * @return the jobs
   */
  public ComplianceJobsResponse list(ComplianceJobType type) {
    return list(type, null, Fields.none());
  }

  /**
   * Looks up a job, for its status.
   *
   * @param jobId the job's id
   * @param fields the job fields to return
   * @return the job
   */
  public ComplianceJobResponse get(String jobId, Fields fields) {
    return calls.call(ComplianceOperations.GET_COMPLIANCE_JOB, CallArguments.create().put("id", "jobId", jobId)
        .fields(fields.values()));
  }

  /**
   * Looks up a job with X's default fields.
   *
   * @param jobId the job's id
   * @return the job
   */
  public ComplianceJobResponse get(String jobId) {
    return get(jobId, Fields.none());
  }

  /**
   * Uploads the job's ids from a file: one post or user id a line, as plain text. The file is streamed, and sent
   * with its length.
   *
   * @param job the job, as {@link #create} returned it (its {@code upload_url} is used)
   * @param ids the file of ids
   * @throws XValidationException when the file is missing or unreadable
   * @throws XException when the storage refuses the upload (an expired URL, for example)
   */
  public void upload(ComplianceJob job, Path ids) {
    Validate.readableFile("ids file", ids == null ? null : ids.toFile());
    try (InputStream in = Files.newInputStream(ids)) {
      storage.put(uploadUrl(job), UPLOAD_URL, in, Files.size(ids));
    } catch (IOException e) {
      throw new XIoException("Reading the ids file " + ids + " failed: " + e.getMessage(), false, e);
    }
  }

  /**
   * Uploads the job's ids from a stream: one id a line, as plain text. The stream is read to its end as it is sent
   * (in chunks, its length being unknown) and is not closed.
   *
   * @param job the job, as {@link #create} returned it
   * @param ids the ids
   * @throws XException when the storage refuses the upload
   */
  public void upload(ComplianceJob job, InputStream ids) {
    if (ids == null) {
      throw new XValidationException("ids is required: pass the stream of ids to upload.");
    }
    storage.put(uploadUrl(job), UPLOAD_URL, ids, -1);
  }

  /**
   * Reads a complete job's results: one {@link ComplianceResult} per line of the result file, parsed as the lines
   * arrive. Close the stream when done (try-with-resources) to release the connection.
   *
   * <pre>{@code
   * try (Stream<ComplianceResult> results = x.compliance().results(job)) {
   *   results.forEach(result -> store.remove(result.getId()));
   * }
   * }</pre>
   *
   * @param job the job, as {@link #get} returned it once complete (its {@code download_url} is used)
   * @return the results, read lazily
   * @throws XException when the storage refuses the download; a line that is not JSON fails the stream with its
   *     line number
   */
  public Stream<ComplianceResult> results(ComplianceJob job) {
    if (job == null) {
      throw new XValidationException("job is required: pass the job as x.compliance().get(id) returned it.");
    }
    InputStream body = storage.get(job.getDownloadUrl(), DOWNLOAD_URL);
    BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new Lines(reader),
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> {
          try {
            reader.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static URI uploadUrl(ComplianceJob job) {
    if (job == null) {
      throw new XValidationException("job is required: pass the job as x.compliance().create(...) returned it.");
    }
    return job.getUploadUrl();
  }

  // Reads one result a line; blank lines are skipped.
  private final class Lines implements Iterator<ComplianceResult> {
    private final BufferedReader reader;
    private ComplianceResult next;
    private int lineNumber;

    Lines(BufferedReader reader) {
      this.reader = reader;
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        String line;
        try {
          line = reader.readLine();
        } catch (IOException e) {
          throw new XIoException("Reading the compliance results failed after line " + lineNumber + ": "
              + e.getMessage(), false, e);
        }
        if (line == null) {
          return false;
        }
        lineNumber++;
        if (!line.isBlank()) {
          try {
            next = mapper.readValue(line, ComplianceResult.class);
          } catch (JsonProcessingException e) {
            throw new XException("Line " + lineNumber + " of the compliance results is not a result: "
                + e.getOriginalMessage(), e);
          }
        }
      }
      return true;
    }

    @Override
    public ComplianceResult next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ComplianceResult result = next;
      next = null;
      return result;
    }
  }
}
