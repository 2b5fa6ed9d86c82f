package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Batch compliance jobs (app-only), and the storage the sandbox serves itself for their files: the upload and
 * download URLs point at {@value #UPLOAD_PATH} and {@value #DOWNLOAD_PATH} on the sandbox, outside the API, signed
 * by a query parameter and refusing an {@code Authorization} header as pre-signed cloud storage URLs do.
 *
 * <p>A result lists each uploaded id whose post or account is gone ({@code deleted}) or protected
 * ({@code protected}); a post of a protected author counts as protected.
 */
final class ComplianceEndpoints {

  static final String UPLOAD_PATH = "/sandbox-storage/compliance/upload";
  static final String DOWNLOAD_PATH = "/sandbox-storage/compliance/download";
  private static final int MAX_IDS = 1_000_000;

  private final Services services;
  private final String baseUrl;
  private final ComplianceStore jobs;

  ComplianceEndpoints(Services services, String baseUrl) {
    this.services = services;
    this.baseUrl = baseUrl;
    this.jobs = new ComplianceStore(services.state().clock());
  }

  void registerInto(Map<String, Endpoint> endpoints, Map<String, Function<SandboxRequest, SandboxResponse>> storage) {
    endpoints.put("createComplianceJob", appOnly(this::create));
    endpoints.put("getComplianceJobs", appOnly(this::list));
    endpoints.put("getComplianceJob", appOnly(this::get));
    storage.put("PUT " + UPLOAD_PATH, this::upload);
    storage.put("GET " + DOWNLOAD_PATH, this::download);
  }

  // The spec lists only BearerToken; a user token is refused as X refuses it.
  private static Endpoint appOnly(Endpoint endpoint) {
    return call -> call.principal().isAppOnly() ? endpoint.handle(call) : Problems.unsupportedAuthentication();
  }

  private SandboxResponse create(Call call) {
    JsonNode body = call.jsonBody();
    ComplianceStore.Job job = jobs.create(call.principal().clientId(), body.path("type").asText(),
        body.hasNonNull("name") ? body.path("name").asText() : null, body.path("resumable").asBoolean(false));
    return Responses.data(200, view(job, job.status()));
  }

  private SandboxResponse list(Call call) {
    String status = call.query("status");
    ArrayNode data = Json.array();
    for (ComplianceStore.Job job : jobs.of(call.principal().clientId(), call.query("type"))) {
      String current = job.observe(this::check);
      if (status == null || status.equals(current)) {
        data.add(view(job, current));
      }
    }
    ObjectNode body = Json.object();
    if (!data.isEmpty()) {
      body.set("data", data);
    }
    body.putObject("meta").put("result_count", data.size());
    return SandboxResponse.json(200, body);
  }

  private SandboxResponse get(Call call) {
    String id = call.path("id");
    ComplianceStore.Job job = jobs.get(id).filter(j -> j.appId.equals(call.principal().clientId()))
        .orElseThrow(() -> new ApiProblem(Responses.onlyErrors(Problems.resourceNotFound("compliance job", "id",
            id))));
    return Responses.data(200, view(job, job.observe(this::check)));
  }

  private ObjectNode view(ComplianceStore.Job job, String status) {
    ObjectNode node = Json.object().put("id", job.id).put("type", job.type);
    if (job.name != null) {
      node.put("name", job.name);
    }
    return node.put("status", status).put("resumable", job.resumable)
        .put("created_at", Json.time(job.createdAt))
        .put("upload_url", baseUrl + UPLOAD_PATH + "?job=" + job.id + "&signature=" + job.signature)
        .put("upload_expires_at", Json.time(job.createdAt.plus(ComplianceStore.UPLOAD_WINDOW)))
        .put("download_url", baseUrl + DOWNLOAD_PATH + "?job=" + job.id + "&signature=" + job.signature)
        .put("download_expires_at", Json.time(job.createdAt.plus(ComplianceStore.DOWNLOAD_WINDOW)));
  }

  /** Works out a job's results from the sandbox's state now. */
  private List<ObjectNode> check(String type, List<String> ids) {
    Instant now = jobs.now();
    List<ObjectNode> results = new ArrayList<>();
    for (String id : ids) {
      String reason;
      Instant createdAt = null;
      if (type.equals("tweets")) {
        Optional<Post> post = services.state().post(id);
        createdAt = post.map(Post::createdAt).orElse(null);
        reason = post.isEmpty() ? "deleted" : services.state().user(post.get().authorId())
            .filter(SandboxUser::protectedAccount).map(author -> "protected").orElse(null);
      } else {
        Optional<SandboxUser> user = services.state().user(id);
        createdAt = user.map(SandboxUser::createdAt).orElse(null);
        reason = user.isEmpty() ? "deleted" : user.get().protectedAccount() ? "protected" : null;
      }
      if (reason != null) {
        ObjectNode result = Json.object().put("id", id).put("action", "delete");
        if (createdAt != null) {
          result.put("created_at", Json.time(createdAt));
        }
        results.add(result.put("redacted_at", Json.time(now)).put("reason", reason));
      }
    }
    return results;
  }

  private SandboxResponse upload(SandboxRequest request) {
    ComplianceStore.Job job = signed(request);
    if (job == null) {
      return storageError(403, "AccessDenied", "The signature does not match a compliance job.");
    }
    if (request.header("authorization") != null) {
      return storageError(400, "InvalidAuthorization", "A pre-signed URL takes no Authorization header.");
    }
    if (!job.status().equals("created")) {
      return storageError(403, "AccessDenied", "The job's ids were already uploaded.");
    }
    if (jobs.now().isAfter(job.createdAt.plus(ComplianceStore.UPLOAD_WINDOW))) {
      return storageError(400, "ExpiredToken", "The upload URL expired.");
    }
    List<String> ids = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(request.bodyStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && ids.size() < MAX_IDS) {
          ids.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    job.uploaded(ids);
    return SandboxResponse.text(200, "");
  }

  private SandboxResponse download(SandboxRequest request) {
    ComplianceStore.Job job = signed(request);
    if (job == null) {
      return storageError(403, "AccessDenied", "The signature does not match a compliance job.");
    }
    if (request.header("authorization") != null) {
      return storageError(400, "InvalidAuthorization", "A pre-signed URL takes no Authorization header.");
    }
    if (!job.status().equals("complete")) {
      return storageError(404, "NoSuchKey", "The job has no results yet.");
    }
    StringBuilder lines = new StringBuilder();
    job.results().forEach(result -> lines.append(result).append('\n'));
    return SandboxResponse.text(200, lines.toString()).header("content-type", "application/octet-stream");
  }

  private ComplianceStore.Job signed(SandboxRequest request) {
    String id = request.query("job");
    String signature = request.query("signature");
    return id == null || signature == null ? null
        : jobs.get(id).filter(job -> job.signature.equals(signature)).orElse(null);
  }

  private static SandboxResponse storageError(int status, String code, String message) {
    return SandboxResponse.text(status, "<?xml version='1.0' encoding='UTF-8'?><Error><Code>" + code
        + "</Code><Message>" + message + "</Message></Error>").header("content-type", "application/xml");
  }
}
