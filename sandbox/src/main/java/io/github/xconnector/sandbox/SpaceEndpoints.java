package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Space reads: by id, by ids, by creators, search, buyers of a ticketed Space and posts shared in a Space. */
final class SpaceEndpoints {

  private static final Set<String> DEFAULT_FIELDS = Set.of("id", "state");
  private static final Set<String> DEFAULT_TOPIC_FIELDS = Set.of("id", "name");
  private static final int DEFAULT_SEARCH_RESULTS = 100;
  private static final int DEFAULT_PAGE = 100;

  private final Services services;
  private final SpaceStore spaces;
  private final JsonViews views;

  SpaceEndpoints(Services services, SpaceStore spaces) {
    this.services = services;
    this.spaces = spaces;
    this.views = services.responses().views();
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("getSpace", call -> {
      String id = call.path("id");
      return spaces.space(id).map(space -> body(call, List.of(space), List.of(), true, false))
          .orElseGet(() -> Responses.onlyErrors(Problems.resourceNotFound("space", "id", id)));
    });
    endpoints.put("getSpaces", call -> {
      List<SpaceStore.Space> found = new ArrayList<>();
      List<ObjectNode> errors = new ArrayList<>();
      for (String id : split(call.query("ids"))) {
        spaces.space(id).ifPresentOrElse(found::add,
            () -> errors.add(Problems.resourceNotFound("space", "ids", id)));
      }
      return body(call, found, errors, false, false);
    });
    endpoints.put("getSpacesByCreators", call ->
        body(call, spaces.byCreators(split(call.query("user_ids"))), List.of(), false, true));
    endpoints.put("searchSpaces", call -> {
      List<SpaceStore.Space> found = spaces.search(call.query("query"), call.query("state"));
      return body(call, found.subList(0, Math.min(found.size(), call.maxResults(DEFAULT_SEARCH_RESULTS))),
          List.of(), false, true);
    });
    endpoints.put("getSpaceBuyers", this::buyers);
    endpoints.put("getSpacePosts", call -> {
      SpaceStore.Space space = require(call);
      return services.responses().postPage(call, services.state().posts(post -> space.voiced(post)
          || post.text().contains("/i/spaces/" + space.id())), DEFAULT_PAGE);
    });
  }

  /** X lets only the creator of a Space see who bought tickets to it. */
  private SandboxResponse buyers(Call call) {
    SpaceStore.Space space = require(call);
    if (!space.creatorId().equals(call.userId())) {
      return Problems.forbidden("Only the creator of Space [" + space.id() + "] may list its ticket buyers.");
    }
    List<SandboxUser> users = new ArrayList<>();
    spaces.buyers(space.id()).forEach(id -> services.state().user(id).ifPresent(users::add));
    return services.responses().userPage(call, users, DEFAULT_PAGE);
  }

  private SpaceStore.Space require(Call call) {
    String id = call.path("id");
    return spaces.space(id).orElseThrow(() -> new ApiProblem(
        Responses.onlyErrors(Problems.resourceNotFound("space", "id", id))));
  }

  private SandboxResponse body(Call call, List<SpaceStore.Space> found, List<ObjectNode> errors, boolean single,
      boolean counted) {
    Set<String> fields = withDefaults(call.query("space.fields"), DEFAULT_FIELDS);
    Set<String> expansions = new LinkedHashSet<>(split(call.query("expansions")));
    Instant now = spaces.now();
    ObjectNode body = Json.object();
    if (!found.isEmpty()) {
      if (single) {
        body.set("data", view(found.get(0), fields, now));
      } else {
        ArrayNode data = body.putArray("data");
        found.forEach(space -> data.add(view(space, fields, now)));
      }
      ObjectNode includes = includes(call, found, expansions);
      if (!includes.isEmpty()) {
        body.set("includes", includes);
      }
    }
    if (!errors.isEmpty()) {
      body.putArray("errors").addAll(errors);
    }
    if (counted) {
      body.putObject("meta").put("result_count", found.size());
    }
    return SandboxResponse.json(200, body);
  }

  private ObjectNode view(SpaceStore.Space space, Set<String> fields, Instant now) {
    ObjectNode node = Json.object().put("id", space.id()).put("state", space.state(now));
    String state = space.state(now);
    if (fields.contains("title")) {
      node.put("title", space.title());
    }
    if (fields.contains("creator_id")) {
      node.put("creator_id", space.creatorId());
    }
    if (fields.contains("host_ids")) {
      node.set("host_ids", Json.strings(space.hostIds()));
    }
    if (fields.contains("speaker_ids")) {
      node.set("speaker_ids", Json.strings(space.speakerIds()));
    }
    if (fields.contains("invited_user_ids")) {
      node.set("invited_user_ids", Json.strings(space.invitedUserIds()));
    }
    if (fields.contains("topic_ids") && !space.topicIds().isEmpty()) {
      node.set("topic_ids", Json.strings(space.topicIds()));
    }
    if (fields.contains("created_at")) {
      node.put("created_at", Json.time(space.createdAt()));
    }
    if (fields.contains("updated_at")) {
      node.put("updated_at", Json.time(space.endedAt() != null && !now.isBefore(space.endedAt()) ? space.endedAt()
          : state.equals("live") ? space.startedAt() : space.createdAt()));
    }
    if (fields.contains("scheduled_start") && state.equals("scheduled")) {
      node.put("scheduled_start", Json.time(space.startedAt()));
    }
    if (fields.contains("started_at") && !state.equals("scheduled")) {
      node.put("started_at", Json.time(space.startedAt()));
    }
    if (fields.contains("ended_at") && state.equals("ended")) {
      node.put("ended_at", Json.time(space.endedAt()));
    }
    if (fields.contains("is_ticketed")) {
      node.put("is_ticketed", space.ticketed());
    }
    if (fields.contains("lang")) {
      node.put("lang", space.lang());
    }
    if (fields.contains("participant_count") && !state.equals("scheduled")) {
      node.put("participant_count", space.participantCount());
    }
    if (fields.contains("subscriber_count")) {
      node.put("subscriber_count", spaces.buyers(space.id()).size());
    }
    return node;
  }

  private ObjectNode includes(Call call, List<SpaceStore.Space> found, Set<String> expansions) {
    Map<String, SandboxUser> users = new LinkedHashMap<>();
    Set<String> topics = new LinkedHashSet<>();
    for (SpaceStore.Space space : found) {
      List<String> ids = new ArrayList<>();
      if (expansions.contains("creator_id")) {
        ids.add(space.creatorId());
      }
      if (expansions.contains("host_ids")) {
        ids.addAll(space.hostIds());
      }
      if (expansions.contains("speaker_ids")) {
        ids.addAll(space.speakerIds());
      }
      if (expansions.contains("invited_user_ids")) {
        ids.addAll(space.invitedUserIds());
      }
      ids.forEach(id -> services.state().user(id).ifPresent(user -> users.putIfAbsent(id, user)));
      if (expansions.contains("topic_ids")) {
        topics.addAll(space.topicIds());
      }
    }
    ObjectNode includes = Json.object();
    if (!users.isEmpty()) {
      Set<String> userFields = FieldSelector.from(call.request()).userFields();
      ArrayNode array = includes.putArray("users");
      users.values().forEach(user -> array.add(views.user(user, userFields)));
    }
    if (!topics.isEmpty()) {
      Set<String> topicFields = withDefaults(call.query("topic.fields"), DEFAULT_TOPIC_FIELDS);
      ArrayNode array = includes.putArray("topics");
      for (String id : topics) {
        String[] topic = SpaceStore.TOPICS.get(id);
        ObjectNode node = array.addObject().put("id", id).put("name", topic[0]);
        if (topicFields.contains("description")) {
          node.put("description", topic[1]);
        }
      }
    }
    return includes;
  }

  static Set<String> withDefaults(String requested, Set<String> defaults) {
    Set<String> fields = new LinkedHashSet<>(defaults);
    fields.addAll(split(requested));
    return fields;
  }

  static List<String> split(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
