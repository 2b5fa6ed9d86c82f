package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts the posts the sandbox served, per UTC day and per client app, as X counts a project's post consumption
 * against its monthly cap. A post counts each time a successful read returns it, in {@code data} or in
 * {@code includes.tweets}.
 */
final class UsageMeter {

  /** The sandbox's one project and its monthly cap. */
  static final String PROJECT_ID = "1800000000000000001";
  static final long PROJECT_CAP = 10_000;

  private static final int DEFAULT_DAYS = 7;
  private static final Set<String> DEFAULT_FIELDS = Set.of("project_id", "project_cap", "project_usage",
      "cap_reset_day", "daily_project_usage");

  private final Clock clock;
  private final Map<String, TreeMap<LocalDate, Long>> byClient = new LinkedHashMap<>();
  private final Map<String, String> appIds = new LinkedHashMap<>();

  UsageMeter(Clock clock) {
    this.clock = clock;
  }

  /** Wraps every endpoint so that the posts it serves to a GET are counted for the calling app. */
  void meter(Map<String, Endpoint> endpoints) {
    endpoints.replaceAll((id, endpoint) -> call -> {
      SandboxResponse response = endpoint.handle(call);
      if (call.request().method().equals("GET") && response.status() == 200) {
        record(call.principal().clientId(), postsIn(response.body()));
      }
      return response;
    });
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("getUsage", this::usage);
  }

  synchronized void record(String clientId, long posts) {
    if (posts > 0) {
      // X names client apps by a numeric id; the OAuth client id or consumer key never appears in answers.
      String appId = appIds.computeIfAbsent(clientId,
          k -> String.valueOf(2_900_000_000_000_000_001L + appIds.size()));
      byClient.computeIfAbsent(appId, k -> new TreeMap<>()).merge(today(), posts, Long::sum);
    }
  }

  private static long postsIn(byte[] body) {
    JsonNode json;
    try {
      json = Json.parse(body);
    } catch (IOException e) {
      return 0;
    }
    long count = 0;
    JsonNode data = json.path("data");
    for (JsonNode item : data.isArray() ? data : java.util.List.of(data)) {
      if (item.has("edit_history_tweet_ids")) {
        count++;
      }
    }
    return count + json.path("includes").path("tweets").size();
  }

  private synchronized SandboxResponse usage(Call call) {
    String requested = call.query("usage.fields");
    Set<String> fields = requested == null ? DEFAULT_FIELDS : Set.copyOf(SpaceEndpoints.split(requested));
    String daysParameter = call.query("days");
    int days = daysParameter == null ? DEFAULT_DAYS : Integer.parseInt(daysParameter);
    LocalDate today = today();
    LocalDate firstDay = today.minusDays(days - 1L);
    ObjectNode data = Json.object();
    if (fields.contains("project_id")) {
      data.put("project_id", PROJECT_ID);
    }
    if (fields.contains("project_cap")) {
      data.put("project_cap", String.valueOf(PROJECT_CAP));
    }
    if (fields.contains("project_usage")) {
      long month = byClient.values().stream().flatMap(daily -> daily.tailMap(today.withDayOfMonth(1)).values()
          .stream()).mapToLong(Long::longValue).sum();
      data.put("project_usage", String.valueOf(month));
    }
    if (fields.contains("cap_reset_day")) {
      data.put("cap_reset_day", 1);
    }
    if (fields.contains("daily_project_usage")) {
      TreeMap<LocalDate, Long> total = new TreeMap<>();
      byClient.values().forEach(daily -> daily.forEach((day, n) -> total.merge(day, n, Long::sum)));
      ObjectNode project = data.putObject("daily_project_usage").put("project_id", PROJECT_ID);
      days(project.putArray("usage"), total, firstDay, today);
    }
    if (fields.contains("daily_client_app_usage")) {
      ArrayNode apps = data.putArray("daily_client_app_usage");
      byClient.forEach((appId, daily) -> {
        ObjectNode app = apps.addObject().put("client_app_id", appId);
        ArrayNode usage = app.putArray("usage");
        days(usage, daily, firstDay, today);
        app.put("usage_result_count", usage.size());
      });
    }
    ObjectNode body = Json.object();
    body.set("data", data);
    return SandboxResponse.json(200, body);
  }

  /** One entry per day of the window, zero where nothing was read; X writes the counts as text. */
  private static void days(ArrayNode target, TreeMap<LocalDate, Long> daily, LocalDate from, LocalDate to) {
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      target.addObject().put("date", Json.time(day.atStartOfDay(ZoneOffset.UTC).toInstant()))
          .put("usage", String.valueOf(daily.getOrDefault(day, 0L)));
    }
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
