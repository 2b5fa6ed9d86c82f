package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Direct messages: sending to a user, into a conversation or to a new group; the events of all conversations, of
 * one, and of the one-to-one conversation with a user; looking up and deleting events; media download; and blocking
 * a user's messages. The state is a {@link DirectMessageStore} of its own. A user who blocked another gets no more
 * messages from them: the sender gets X's 403 problem.
 */
final class DirectMessageEndpoints {

  private static final int DEFAULT_EVENTS = 100;
  private static final int MAX_DOWNLOAD_BYTES = 16 << 20;
  private static final Set<String> DEFAULT_FIELDS = Set.of("id", "event_type", "text");

  private final Services services;
  private final String baseUrl;
  private final DirectMessageStore store = new DirectMessageStore();

  DirectMessageEndpoints(Services services, String baseUrl) {
    this.services = services;
    this.baseUrl = baseUrl;
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("sendDirectMessage", this::sendTo);
    endpoints.put("sendDirectMessageInConversation", this::sendIn);
    endpoints.put("createDirectMessageGroup", this::startGroup);
    endpoints.put("getDirectMessageEvents", call -> page(call, store.eventsOf(call.userId(), types(call))));
    endpoints.put("getDirectMessageConversationEvents", call -> {
      String conversationId = call.path("id");
      requireMember(call.userId(), conversationId);
      return page(call, store.eventsIn(conversationId, types(call)));
    });
    endpoints.put("getDirectMessageEventsWithUser", call -> {
      services.requireUser(call, "participant_id");
      return page(call, store.eventsIn(DirectMessageStore.oneToOneId(call.userId(), call.path("participant_id")),
          types(call)));
    });
    endpoints.put("getDirectMessageEvent", this::event);
    endpoints.put("deleteDirectMessageEvent", this::delete);
    endpoints.put("downloadDirectMessageMedia", this::download);
    endpoints.put("blockDirectMessages", call -> {
      services.requireUser(call, "id");
      store.block(call.userId(), call.path("id"));
      return Responses.data(200, Json.object().put("blocked", true));
    });
    endpoints.put("unblockDirectMessages", call -> {
      services.requireUser(call, "id");
      store.unblock(call.userId(), call.path("id"));
      return Responses.data(200, Json.object().put("blocked", false));
    });
  }

  private SandboxResponse sendTo(Call call) {
    String recipient = call.path("participant_id");
    if (services.state().user(recipient).isEmpty()) {
      throw Problems.invalidParameter("participant_id", recipient, "The user [" + recipient + "] does not exist.");
    }
    refuseIfBlocked(recipient, call.userId());
    JsonNode body = call.jsonBody();
    DirectMessageStore.Event sent = store.sendTo(call.userId(), recipient, text(body), media(call, body),
        services.now());
    return created(sent);
  }

  private SandboxResponse sendIn(Call call) {
    String conversationId = call.path("dm_conversation_id");
    DirectMessageStore.Conversation conversation = requireMember(call.userId(), conversationId);
    if (!conversation.group()) {
      for (String other : conversation.participants()) {
        if (!other.equals(call.userId())) {
          refuseIfBlocked(other, call.userId());
        }
      }
    }
    JsonNode body = call.jsonBody();
    return created(store.sendIn(call.userId(), conversationId, text(body), media(call, body), services.now()));
  }

  private SandboxResponse startGroup(Call call) {
    JsonNode body = call.jsonBody();
    Set<String> others = new LinkedHashSet<>();
    for (JsonNode id : body.path("participant_ids")) {
      if (services.state().user(id.asText()).isEmpty()) {
        throw Problems.invalidParameter("participant_ids", id.asText(), "The user [" + id.asText()
            + "] does not exist.");
      }
      if (!id.asText().equals(call.userId())) {
        others.add(id.asText());
      }
    }
    JsonNode message = body.path("message");
    return created(store.startGroup(call.userId(), new ArrayList<>(others), text(message), media(call, message),
        services.now()));
  }

  private SandboxResponse event(Call call) {
    String id = call.path("event_id");
    DirectMessageStore.Event event = store.event(id)
        .filter(found -> store.isMember(call.userId(), found.conversationId()))
        .orElseThrow(() -> new ApiProblem(Responses.onlyErrors(Problems.resourceNotFound("dm_event", "event_id",
            id))));
    FieldSelector fields = FieldSelector.from(call.request());
    ObjectNode body = Json.object();
    body.set("data", view(event, eventFields(call)));
    putIncludes(body, List.of(event), fields);
    return SandboxResponse.json(200, body);
  }

  private SandboxResponse delete(Call call) {
    String id = call.path("event_id");
    DirectMessageStore.Event event = store.event(id)
        .filter(found -> store.isMember(call.userId(), found.conversationId()))
        .orElseThrow(() -> new ApiProblem(Responses.onlyErrors(Problems.resourceNotFound("dm_event", "event_id",
            id))));
    if (!call.userId().equals(event.senderId()) || !DirectMessageStore.MESSAGE_CREATE.equals(event.type())) {
      throw new ApiProblem(Problems.forbidden("You can only delete direct messages you sent."));
    }
    return Responses.data(200, Json.object().put("deleted", store.delete(id)));
  }

  private SandboxResponse download(Call call) {
    String eventId = call.path("dm_id");
    String mediaId = call.path("media_id");
    DirectMessageStore.Event event = store.event(eventId)
        .filter(found -> store.isMember(call.userId(), found.conversationId()))
        .filter(found -> found.mediaIds().contains(mediaId))
        .orElseThrow(() -> new ApiProblem(Problems.notFound("No media " + mediaId + " on direct message " + eventId
            + " that you can see.")));
    MediaUpload upload = services.media().byId(mediaId).orElseThrow(() -> new ApiProblem(Problems.notFound(
        "No media " + mediaId + ".")));
    if (!resourceId(upload).equals(call.path("resource_id"))) {
      throw new ApiProblem(Problems.notFound("No file " + call.path("resource_id") + " for media " + mediaId + " of"
          + " direct message " + event.id() + "."));
    }
    // The sandbox keeps the first bytes of an upload only; the rest of the file comes back as zeros.
    byte[] head = upload.head();
    byte[] file = Arrays.copyOf(head, (int) Math.max(head.length, Math.min(upload.totalBytes(), MAX_DOWNLOAD_BYTES)));
    return SandboxResponse.bytes(200, file, upload.mediaType());
  }

  private SandboxResponse page(Call call, List<DirectMessageStore.Event> ordered) {
    FieldSelector fields = FieldSelector.from(call.request());
    Pages.Slice<DirectMessageStore.Event> page = Pages.slice(ordered, call.maxResults(DEFAULT_EVENTS),
        Pages.token(call), DirectMessageStore.Event::id);
    ObjectNode body = Json.object();
    if (!page.items().isEmpty()) {
      ArrayNode data = body.putArray("data");
      Set<String> selected = eventFields(call);
      page.items().forEach(event -> data.add(view(event, selected)));
      putIncludes(body, page.items(), fields);
    }
    ObjectNode meta = body.putObject("meta").put("result_count", page.items().size());
    if (page.nextToken() != null) {
      meta.put("next_token", page.nextToken());
    }
    return SandboxResponse.json(200, body);
  }

  private ObjectNode view(DirectMessageStore.Event event, Set<String> fields) {
    ObjectNode node = Json.object().put("id", event.id()).put("event_type", event.type());
    if (event.text() != null && fields.contains("text")) {
      node.put("text", event.text());
    }
    if (fields.contains("sender_id") && event.senderId() != null) {
      node.put("sender_id", event.senderId());
    }
    if (fields.contains("dm_conversation_id")) {
      node.put("dm_conversation_id", event.conversationId());
    }
    if (fields.contains("created_at")) {
      node.put("created_at", Json.time(event.createdAt()));
    }
    if (fields.contains("participant_ids") && !event.participantIds().isEmpty()) {
      node.set("participant_ids", Json.strings(event.participantIds()));
    }
    if (fields.contains("attachments") && !event.mediaIds().isEmpty()) {
      ArrayNode keys = node.putObject("attachments").putArray("media_keys");
      event.mediaIds().forEach(id -> services.media().byId(id).ifPresent(upload -> keys.add(upload.mediaKey())));
    }
    return node;
  }

  private void putIncludes(ObjectNode body, List<DirectMessageStore.Event> events, FieldSelector fields) {
    Map<String, SandboxUser> users = new LinkedHashMap<>();
    Map<String, ObjectNode> media = new LinkedHashMap<>();
    for (DirectMessageStore.Event event : events) {
      if (fields.expands("sender_id") && event.senderId() != null) {
        services.state().user(event.senderId()).ifPresent(user -> users.put(user.id(), user));
      }
      if (fields.expands("participant_ids")) {
        event.participantIds().forEach(id -> services.state().user(id).ifPresent(user -> users.put(id, user)));
      }
      if (fields.expands("attachments.media_keys")) {
        for (String mediaId : event.mediaIds()) {
          services.media().byId(mediaId).ifPresent(upload -> media.put(upload.mediaKey(),
              mediaView(event, upload, fields.mediaFields())));
        }
      }
    }
    if (users.isEmpty() && media.isEmpty()) {
      return;
    }
    ObjectNode includes = body.putObject("includes");
    if (!users.isEmpty()) {
      ArrayNode list = includes.putArray("users");
      users.values().forEach(user -> list.add(userView(user, fields)));
    }
    if (!media.isEmpty()) {
      includes.putArray("media").addAll(media.values());
    }
  }

  private ObjectNode userView(SandboxUser user, FieldSelector fields) {
    ObjectNode node = Json.object().put("id", user.id()).put("name", user.name()).put("username", user.username());
    return fields.userFields().contains("description") && user.description() != null
        ? node.put("description", user.description()) : node;
  }

  // A DM file's URL is its download endpoint; its last segment is the resource id.
  private ObjectNode mediaView(DirectMessageStore.Event event, MediaUpload upload, Set<String> fields) {
    ObjectNode node = Json.object().put("media_key", upload.mediaKey()).put("type", upload.kind().type());
    if (fields.contains("url")) {
      node.put("url", baseUrl + "/2/dm_conversations/media/" + event.id() + "/" + upload.id() + "/"
          + resourceId(upload));
    }
    return node;
  }

  private static String resourceId(MediaUpload upload) {
    String type = upload.mediaType() == null ? "" : upload.mediaType();
    String extension = switch (type) {
      case "image/jpeg" -> "jpg";
      case "image/png" -> "png";
      case "image/gif" -> "gif";
      case "image/webp" -> "webp";
      case "video/mp4" -> "mp4";
      default -> "bin";
    };
    return upload.id() + "." + extension;
  }

  private DirectMessageStore.Conversation requireMember(String userId, String conversationId) {
    return store.conversation(conversationId).filter(found -> found.participants().contains(userId))
        .orElseThrow(() -> new ApiProblem(Problems.forbidden("You are not a participant of the conversation ["
            + conversationId + "].")));
  }

  private void refuseIfBlocked(String recipientId, String senderId) {
    if (store.blocks(recipientId, senderId)) {
      throw new ApiProblem(Problems.forbidden("You are not allowed to send direct messages to the user ["
          + recipientId + "]."));
    }
  }

  private static Set<String> eventFields(Call call) {
    Set<String> fields = new LinkedHashSet<>(DEFAULT_FIELDS);
    String requested = call.query("dm_event.fields");
    if (requested != null) {
      fields.addAll(Arrays.asList(requested.split(",")));
    }
    return fields;
  }

  private static Set<String> types(Call call) {
    String requested = call.query("event_types");
    return requested == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(requested.split(",")));
  }

  private static String text(JsonNode message) {
    return message.hasNonNull("text") ? message.get("text").asText() : null;
  }

  private List<String> media(Call call, JsonNode message) {
    List<String> ids = new ArrayList<>();
    for (JsonNode attachment : message.path("attachments")) {
      String id = attachment.path("media_id").asText();
      MediaUpload upload = services.media().byId(id).orElse(null);
      if (upload == null || !upload.ownerId().equals(call.userId()) || !services.media().isReady(upload)) {
        throw Problems.invalidParameter("attachments.media_id", id, "The media [" + id + "] was not uploaded by"
            + " you, or is not processed yet.");
      }
      ids.add(id);
    }
    if (ids.isEmpty() && text(message) == null) {
      throw Problems.invalid("A direct message needs text or attachments.");
    }
    return ids;
  }

  private static SandboxResponse created(DirectMessageStore.Event event) {
    return Responses.data(201, Json.object().put("dm_conversation_id", event.conversationId())
        .put("dm_event_id", event.id()));
  }
}
