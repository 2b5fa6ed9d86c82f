package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The filtered stream's rules and the post streams: {@code getRules}, {@code updateRules}, {@code getRuleCounts},
 * {@code streamPosts}, {@code streamPostsSample} and {@code streamPostsSample10}, for app-only Bearer tokens as the
 * spec declares them.
 *
 * <p>A stream sends every post published in the sandbox after the connection opened (through the SDK or the
 * sandbox's HTTP API), each as one JSON line {@code {"data":...,"includes":...}} rendered with the request's fields
 * and expansions exactly as the lookups render it; the filtered stream sends only the posts that match a rule of the
 * app, with {@code matching_rules}. Posts of protected accounts are left out, as X streams only public posts. The
 * sample streams send every post: the 1% sample and each partition of the 10% sample alike. {@code backfill_minutes}
 * and {@code start_time} first send the posts published since then; {@code end_time} leaves out later posts.
 *
 * <p>As on X, an app holds one connection per stream (per partition of the 10% sample); a second gets X's 429
 * {@code TooManyConnections}. A filtered stream connection of an app without rules gets X's 409
 * {@code RuleConfigurationIssue}.
 */
final class StreamEndpoints {

  private final Services services;
  private final StreamRuleStore rules;
  private final StreamHub hub;
  private final StreamSpec spec = new StreamSpec(ApiSpec.shared());
  private final StreamSettings settings;

  StreamEndpoints(Services services, StreamHub hub, StreamSettings settings) {
    this.services = services;
    this.hub = hub;
    this.settings = settings;
    this.rules = new StreamRuleStore(services.state().clock(),
        settings.maxRuleLength() != null ? settings.maxRuleLength() : spec.maxRuleLength(),
        settings.rulesPerApp() != null ? settings.rulesPerApp() : spec.maxRulesPerRequest());
    services.state().onPublish(hub::published);
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("getRules", appOnly(this::listRules));
    endpoints.put("updateRules", appOnly(this::updateRules));
    endpoints.put("getRuleCounts", appOnly(this::countRules));
    endpoints.put("streamPosts", appOnly(call -> stream(call, "streamPosts", true)));
    endpoints.put("streamPostsSample", appOnly(call -> stream(call, "streamPostsSample", false)));
    endpoints.put("streamPostsSample10", appOnly(call -> stream(call, "streamPostsSample10", false)));
  }

  private static Endpoint appOnly(Endpoint endpoint) {
    return call -> call.principal().isAppOnly() ? endpoint.handle(call) : StreamProblems.userContextForbidden();
  }

  // ---- rules

  private SandboxResponse listRules(Call call) {
    String app = call.principal().clientId();
    List<StreamRuleStore.Rule> found = new ArrayList<>(rules.rules(app));
    Set<String> ids = listParameter(call, "ids");
    if (!ids.isEmpty()) {
      found.removeIf(rule -> !ids.contains(rule.id()));
    }
    String token = call.query("pagination_token");
    if (token != null) {
      long after = RulePageToken.lastId(token);
      found.removeIf(rule -> Long.parseLong(rule.id()) <= after);
    }
    int pageSize = call.maxResults(spec.defaultRulesPageSize());
    List<StreamRuleStore.Rule> page = found.subList(0, Math.min(pageSize, found.size()));
    ObjectNode body = Json.object();
    if (!page.isEmpty()) {
      ArrayNode data = body.putArray("data");
      page.forEach(rule -> data.add(ruleJson(rule)));
    }
    ObjectNode meta = body.putObject("meta").put("sent", Json.time(services.now()))
        .put("result_count", page.size());
    if (found.size() > page.size()) {
      meta.put("next_token", RulePageToken.after(page.get(page.size() - 1).id()));
    }
    return SandboxResponse.json(200, body);
  }

  private SandboxResponse updateRules(Call call) {
    String app = call.principal().clientId();
    JsonNode body = call.jsonBody();
    boolean dryRun = "true".equals(call.query("dry_run"));
    boolean hasAdd = body.has("add");
    boolean hasDelete = body.has("delete");
    if ("true".equals(call.query("delete_all"))) {
      JsonNode delete = body.path("delete");
      if (hasAdd || !delete.path("ids").isEmpty() || !delete.path("values").isEmpty()) {
        throw Problems.invalidParameter("delete_all", "true", "delete_all deletes every rule: send it with no"
            + " rules to add or delete in the body.");
      }
      return deleted(rules.deleteAll(app, dryRun));
    }
    if (hasAdd == hasDelete) {
      throw Problems.invalid("The body must hold either rules to add (add) or rules to delete (delete), one of the"
          + " two.");
    }
    if (hasAdd) {
      List<StreamRuleStore.Draft> drafts = new ArrayList<>();
      for (JsonNode rule : body.path("add")) {
        JsonNode tag = rule.get("tag");
        drafts.add(new StreamRuleStore.Draft(rule.path("value").asText(),
            tag == null || tag.isNull() ? null : tag.asText()));
      }
      return added(rules.add(app, drafts, dryRun));
    }
    JsonNode delete = body.path("delete");
    List<String> ids = texts(delete.path("ids"));
    List<String> values = texts(delete.path("values"));
    if (ids.isEmpty() && values.isEmpty()) {
      throw Problems.invalid("delete must name rules by ids or by values.");
    }
    return deleted(rules.delete(app, ids, values, dryRun));
  }

  private SandboxResponse added(StreamRuleStore.Added added) {
    ObjectNode body = Json.object();
    if (!added.created().isEmpty()) {
      ArrayNode data = body.putArray("data");
      added.created().forEach(rule -> data.add(ruleJson(rule)));
    }
    ObjectNode summary = body.putObject("meta").put("sent", Json.time(services.now())).putObject("summary");
    summary.put("created", added.created().size())
        .put("not_created", added.requested() - added.created().size())
        .put("valid", added.valid())
        .put("invalid", added.refused().size());
    if (!added.refused().isEmpty() || added.overCap()) {
      ArrayNode errors = body.putArray("errors");
      for (StreamRuleStore.RefusedRule refused : added.refused()) {
        errors.add(switch (refused.refusal()) {
          case DUPLICATE -> StreamProblems.duplicateRule(refused.value(), refused.existingId());
          case TOO_LONG, INVALID -> StreamProblems.invalidRule(refused.value(), refused.reason());
        });
      }
      if (added.overCap()) {
        errors.add(StreamProblems.rulesCapExceeded(rules.capPerApp()));
      }
    }
    return SandboxResponse.json(200, body);
  }

  private SandboxResponse deleted(StreamRuleStore.Deleted deleted) {
    ObjectNode body = Json.object();
    body.putObject("meta").put("sent", Json.time(services.now())).putObject("summary")
        .put("deleted", deleted.deleted().size())
        .put("not_deleted", deleted.missingCount());
    if (deleted.missingCount() > 0) {
      ArrayNode errors = body.putArray("errors");
      deleted.missingIds().forEach(id -> errors.add(StreamProblems.ruleNotFound("ids", id)));
      deleted.missingValues().forEach(value -> errors.add(StreamProblems.ruleNotFound("values", value)));
    }
    return SandboxResponse.json(200, body);
  }

  private SandboxResponse countRules(Call call) {
    String app = call.principal().clientId();
    Set<String> fields = listParameter(call, "rules_count.fields");
    Map<String, Integer> counts = rules.countsByApp();
    int own = counts.getOrDefault(app, 0);
    ObjectNode data = Json.object();
    if (fields.isEmpty() || fields.contains("all_project_client_apps")) {
      ArrayNode apps = data.putArray("all_project_client_apps");
      List<String> names = new ArrayList<>(counts.keySet());
      if (!names.contains(app)) {
        names.add(0, app);
      }
      names.forEach(name -> apps.addObject().put("client_app_id", rules.appId(name))
          .put("rule_count", counts.getOrDefault(name, 0)));
    }
    if (fields.isEmpty() || fields.contains("cap_per_client_app")) {
      data.put("cap_per_client_app", rules.capPerApp());
    }
    if (fields.isEmpty() || fields.contains("cap_per_project")) {
      data.put("cap_per_project", rules.capPerApp());
    }
    if (fields.isEmpty() || fields.contains("client_app_rules_count")) {
      data.putObject("client_app_rules_count").put("client_app_id", rules.appId(app)).put("rule_count", own);
    }
    if (fields.isEmpty() || fields.contains("project_rules_count")) {
      data.put("project_rules_count", counts.values().stream().mapToInt(Integer::intValue).sum());
    }
    ObjectNode body = Json.object();
    body.set("data", data);
    return SandboxResponse.json(200, body);
  }

  private static ObjectNode ruleJson(StreamRuleStore.Rule rule) {
    ObjectNode node = Json.object().put("id", rule.id()).put("value", rule.value());
    if (rule.tag() != null) {
      node.put("tag", rule.tag());
    }
    return node;
  }

  // ---- streams

  private SandboxResponse stream(Call call, String operationId, boolean filtered) {
    String app = call.principal().clientId();
    if (filtered && rules.rules(app).isEmpty()) {
      return StreamProblems.noRules();
    }
    String partition = call.query("partition");
    String key = app + " " + operationId + (partition == null ? "" : " " + partition);
    Instant end = PostFilters.time(call, "end_time");
    Instant since = backfillStart(call);
    Duration keepAlive = settings.keepAlive() != null ? settings.keepAlive() : spec.keepAlive(operationId);
    StreamConnection connection = new StreamConnection(key, keepAlive, settings.bufferSize(),
        renderer(call, app, filtered, end), hub);
    SandboxResponse refusal = hub.open(connection);
    if (refusal != null) {
      return refusal;
    }
    if (since != null) {
      List<Post> earlier = new ArrayList<>(services.state().posts(p -> !p.createdAt().isBefore(since)));
      Collections.reverse(earlier);
      earlier.forEach(connection::publish);
    }
    return SandboxResponse.streamed(SandboxResponse.JSON, connection);
  }

  /** The oldest time of the posts to send first: {@code backfill_minutes} ago or {@code start_time}, the earlier. */
  private Instant backfillStart(Call call) {
    Instant start = PostFilters.time(call, "start_time");
    String minutes = call.query("backfill_minutes");
    if (minutes != null && Integer.parseInt(minutes) > 0) {
      Instant backfill = services.now().minus(Duration.ofMinutes(Integer.parseInt(minutes)));
      return start == null || backfill.isBefore(start) ? backfill : start;
    }
    return start;
  }

  /** Renders the line of a post for one connection, or null when the post does not belong on it. */
  private Function<Post, ObjectNode> renderer(Call call, String app, boolean filtered, Instant end) {
    FieldSelector fields = FieldSelector.from(call.request());
    JsonViews views = services.responses().views();
    return post -> {
      if (end != null && post.createdAt().isAfter(end)) {
        return null;
      }
      boolean isPublic = services.state().user(post.authorId()).map(u -> !u.protectedAccount()).orElse(false);
      if (!isPublic) {
        return null;
      }
      List<StreamRuleStore.Rule> matched = filtered ? rules.rules(app).stream()
          .filter(rule -> rule.matcher().matches(services.state(), post)).toList() : List.of();
      if (filtered && matched.isEmpty()) {
        return null;
      }
      ObjectNode line = Json.object();
      line.set("data", views.post(post, fields.postFields()));
      ObjectNode includes = new Includes(services.state(), services.media(), views, fields)
          .addForPosts(List.of(post)).toJson();
      if (includes != null) {
        line.set("includes", includes);
      }
      if (filtered) {
        ArrayNode matching = line.putArray("matching_rules");
        for (StreamRuleStore.Rule rule : matched) {
          ObjectNode entry = matching.addObject().put("id", rule.id());
          if (rule.tag() != null) {
            entry.put("tag", rule.tag());
          }
        }
      }
      return line;
    };
  }

  // ---- helpers

  /** A comma-separated (or repeated) query parameter as a set of values. */
  private static Set<String> listParameter(Call call, String name) {
    Set<String> values = new LinkedHashSet<>();
    for (String value : call.request().queryParameters().getOrDefault(name, List.of())) {
      Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(values::add);
    }
    return values;
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }
}
