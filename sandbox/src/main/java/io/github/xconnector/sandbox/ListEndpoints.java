package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xconnector.sandbox.ListStore.SandboxList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Lists: create, change and delete them, their members, followers and posts, and the lists a user owns, follows,
 * pinned or belongs to; the state is a {@link ListStore}.
 *
 * <p>A private list is visible only to its owner: to anyone else (and to app-only tokens) it does not exist. Only the
 * owner may change a list or its members. The posts of a list are its current members' posts, so they follow every
 * change of the members.
 */
final class ListEndpoints {

  private static final int DEFAULT_MAX_RESULTS = 100;
  /** X's tokens on these endpoints are numbers of up to 19 digits; the sandbox hands out numbers too. */
  private static final long FIRST_CURSOR = 1_700_000_000_000_000_000L;

  private final Services services;
  private final ListStore lists;
  private final Map<String, String> cursors = new ConcurrentHashMap<>();
  private final AtomicLong nextCursor = new AtomicLong(FIRST_CURSOR);

  ListEndpoints(Services services, ListStore lists) {
    this.services = services;
    this.lists = lists;
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("createList", this::create);
    endpoints.put("getList", this::get);
    endpoints.put("updateList", this::update);
    endpoints.put("deleteList", call -> {
      lists.delete(owned(call).id());
      return Responses.data(200, Json.object().put("deleted", true));
    });
    endpoints.put("getListMembers", call -> userPage(call, lists.members(visible(call).id())));
    endpoints.put("addListMember", this::addMember);
    endpoints.put("removeListMember", call -> {
      lists.removeMember(owned(call).id(), call.path("user_id"));
      return Responses.data(200, Json.object().put("is_member", false));
    });
    endpoints.put("getListFollowers", call -> userPage(call, lists.followers(visible(call).id())));
    endpoints.put("getListPosts", this::posts);
    endpoints.put("getOwnedLists", call -> listPage(call, lists.ownedBy(services.requireUser(call, "id").id())));
    endpoints.put("getFollowedLists",
        call -> listPage(call, lists.followedBy(services.requireUser(call, "id").id())));
    endpoints.put("getListMemberships",
        call -> listPage(call, lists.membershipsOf(services.requireUser(call, "id").id())));
    endpoints.put("followList", call -> {
      lists.follow(call.userId(), bodyList(call).id());
      return Responses.data(200, Json.object().put("following", true));
    });
    endpoints.put("unfollowList", call -> {
      lists.unfollow(call.userId(), call.path("list_id"));
      return Responses.data(200, Json.object().put("following", false));
    });
    endpoints.put("getPinnedLists", this::pinned);
    endpoints.put("pinList", call -> {
      lists.pin(call.userId(), bodyList(call).id());
      return Responses.data(200, Json.object().put("pinned", true));
    });
    endpoints.put("unpinList", call -> {
      lists.unpin(call.userId(), call.path("list_id"));
      return Responses.data(200, Json.object().put("pinned", false));
    });
  }

  private SandboxResponse create(Call call) {
    JsonNode body = call.jsonBody();
    SandboxList list = lists.create(call.userId(), body.path("name").asText(),
        body.hasNonNull("description") ? body.path("description").asText() : null,
        body.path("private").asBoolean(false), services.now());
    return Responses.data(200, Json.object().put("id", list.id()).put("name", list.name()));
  }

  private SandboxResponse get(Call call) {
    SandboxList list = visible(call);
    ObjectNode body = Json.object();
    body.set("data", view(list, listFields(call)));
    putOwners(call, body, List.of(list));
    return SandboxResponse.json(200, body);
  }

  private SandboxResponse update(Call call) {
    SandboxList list = owned(call);
    JsonNode body = call.jsonBody();
    lists.update(list.id(), body.hasNonNull("name") ? body.path("name").asText() : null,
        body.hasNonNull("description") ? body.path("description").asText() : null,
        body.hasNonNull("private") ? body.path("private").asBoolean() : null);
    return Responses.data(200, Json.object().put("updated", true));
  }

  private SandboxResponse addMember(Call call) {
    SandboxList list = owned(call);
    String userId = call.jsonBody().path("user_id").asText();
    if (services.state().user(userId).isEmpty()) {
      throw Problems.invalidParameter("user_id", userId, "The user [" + userId + "] does not exist.");
    }
    lists.addMember(list.id(), userId);
    return Responses.data(200, Json.object().put("is_member", true));
  }

  private SandboxResponse posts(Call call) {
    Set<String> members = new HashSet<>(lists.members(visible(call).id()));
    return services.responses().postPage(call, services.state().posts(p -> members.contains(p.authorId())),
        DEFAULT_MAX_RESULTS);
  }

  private SandboxResponse pinned(Call call) {
    List<SandboxList> pinned = lists.pinnedBy(call.userId()).stream().filter(l -> l.visibleTo(call.userId()))
        .toList();
    ObjectNode body = Json.object();
    if (!pinned.isEmpty()) {
      Set<String> fields = listFields(call);
      ArrayNode data = body.putArray("data");
      pinned.forEach(l -> data.add(view(l, fields)));
      putOwners(call, body, pinned);
    }
    body.putObject("meta").put("result_count", pinned.size());
    return SandboxResponse.json(200, body);
  }

  // ---- lookups: a list the caller may see, or may change

  /** The list of the path's {@code id} if the caller may see it, else X's "not found" partial error. */
  private SandboxList visible(Call call) {
    String id = call.path("id");
    return lists.list(id).filter(l -> l.visibleTo(call.principal().userId())).orElseThrow(() -> new ApiProblem(
        Responses.onlyErrors(Problems.resourceNotFound("list", "id", id))));
  }

  /** The list of the path's {@code id} if the caller owns it; a list of someone else is refused with a 403. */
  private SandboxList owned(Call call) {
    SandboxList list = visible(call);
    if (!list.ownerId().equals(call.userId())) {
      throw new ApiProblem(Problems.forbidden("You are not allowed to change the list [" + list.id()
          + "]: it belongs to another user."));
    }
    return list;
  }

  /** The list named by the body's {@code list_id}, if the caller may see it. */
  private SandboxList bodyList(Call call) {
    String id = call.jsonBody().path("list_id").asText();
    return lists.list(id).filter(l -> l.visibleTo(call.userId())).orElseThrow(() -> Problems.invalidParameter(
        "list_id", id, "The list [" + id + "] does not exist."));
  }

  // ---- rendering

  private SandboxResponse listPage(Call call, List<SandboxList> ordered) {
    List<SandboxList> visible = ordered.stream().filter(l -> l.visibleTo(call.principal().userId())).toList();
    Pages.Slice<SandboxList> page = slice(call, visible, SandboxList::id);
    ObjectNode body = Json.object();
    if (!page.items().isEmpty()) {
      Set<String> fields = listFields(call);
      ArrayNode data = body.putArray("data");
      page.items().forEach(l -> data.add(view(l, fields)));
      putOwners(call, body, page.items());
    }
    putMeta(body, page);
    return SandboxResponse.json(200, body);
  }

  private SandboxResponse userPage(Call call, List<String> userIds) {
    List<SandboxUser> ordered = new ArrayList<>();
    userIds.forEach(id -> services.state().user(id).ifPresent(ordered::add));
    Pages.Slice<SandboxUser> page = slice(call, ordered, SandboxUser::id);
    FieldSelector fields = FieldSelector.from(call.request());
    JsonViews views = services.responses().views();
    ObjectNode body = Json.object();
    if (!page.items().isEmpty()) {
      ArrayNode data = body.putArray("data");
      page.items().forEach(u -> data.add(views.user(u, fields.userFields())));
      ObjectNode includes = new Includes(services.state(), services.media(), views, fields)
          .addForUsers(page.items()).toJson();
      if (includes != null) {
        body.set("includes", includes);
      }
    }
    putMeta(body, page);
    return SandboxResponse.json(200, body);
  }

  /**
   * One page, with X's short numeric {@code next_token}: each stands for a position of {@link Pages}, which resumes
   * after the last item handed out even when the list changed in between.
   */
  private <T> Pages.Slice<T> slice(Call call, List<T> ordered, Function<T, String> idOf) {
    String token = call.query("pagination_token");
    String position = null;
    if (token != null) {
      position = cursors.get(token);
      if (position == null) {
        throw Problems.invalidParameter("pagination_token", token, "The `pagination_token` query parameter value ["
            + token + "] is not valid: use the next_token of the previous page.");
      }
    }
    Pages.Slice<T> page = Pages.slice(ordered, call.maxResults(DEFAULT_MAX_RESULTS), position, idOf);
    if (page.nextToken() == null) {
      return page;
    }
    String next = Long.toString(nextCursor.incrementAndGet());
    cursors.put(next, page.nextToken());
    return new Pages.Slice<>(page.items(), next);
  }

  private static void putMeta(ObjectNode body, Pages.Slice<?> page) {
    ObjectNode meta = body.putObject("meta").put("result_count", page.items().size());
    if (page.nextToken() != null) {
      meta.put("next_token", page.nextToken());
    }
  }

  /** The requested {@code list.fields}; {@code id} and {@code name} come always, as X sends them. */
  private static Set<String> listFields(Call call) {
    String requested = call.query("list.fields");
    return requested == null ? Set.of() : Set.copyOf(Arrays.asList(requested.split(",")));
  }

  private ObjectNode view(SandboxList list, Set<String> fields) {
    ObjectNode node = Json.object().put("id", list.id()).put("name", list.name());
    if (fields.contains("created_at")) {
      node.put("created_at", Json.time(list.createdAt()));
    }
    if (fields.contains("description")) {
      node.put("description", list.description() == null ? "" : list.description());
    }
    if (fields.contains("follower_count")) {
      node.put("follower_count", lists.followerCount(list.id()));
    }
    if (fields.contains("member_count")) {
      node.put("member_count", lists.memberCount(list.id()));
    }
    if (fields.contains("owner_id")) {
      node.put("owner_id", list.ownerId());
    }
    if (fields.contains("private")) {
      node.put("private", list.isPrivate());
    }
    return node;
  }

  /** With the {@code owner_id} expansion, the owners in {@code includes.users}, each once. */
  private void putOwners(Call call, ObjectNode body, List<SandboxList> shown) {
    FieldSelector fields = FieldSelector.from(call.request());
    if (!fields.expands("owner_id")) {
      return;
    }
    Map<String, SandboxUser> owners = new LinkedHashMap<>();
    for (SandboxList list : shown) {
      Optional.ofNullable(owners.get(list.ownerId())).or(() -> services.state().user(list.ownerId()))
          .ifPresent(u -> owners.put(u.id(), u));
    }
    if (!owners.isEmpty()) {
      ArrayNode users = body.putObject("includes").putArray("users");
      owners.values().forEach(u -> users.add(services.responses().views().user(u, fields.userFields())));
    }
  }
}
