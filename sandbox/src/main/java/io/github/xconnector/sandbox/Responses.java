package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Assembles the bodies of successful reads: {@code data}, {@code includes}, {@code meta} and partial errors. */
final class Responses {

  private final SandboxState state;
  private final MediaStore media;
  private final JsonViews views;

  Responses(SandboxState state, MediaStore media, JsonViews views) {
    this.state = state;
    this.media = media;
    this.views = views;
  }

  /** The JSON views of users and posts, for endpoints that build bodies of their own. */
  JsonViews views() {
    return views;
  }

  /** A page of posts with X's timeline and search meta (result_count, newest_id, oldest_id, next_token). */
  SandboxResponse postPage(Call call, List<Post> ordered, int defaultMax) {
    FieldSelector fields = FieldSelector.from(call.request());
    Pages.Slice<Post> page = Pages.slice(ordered, call.maxResults(defaultMax), Pages.token(call), Post::id);
    ObjectNode body = Json.object();
    if (!page.items().isEmpty()) {
      ArrayNode data = body.putArray("data");
      page.items().forEach(p -> data.add(views.post(p, fields.postFields())));
      putIncludes(body, includes(fields).addForPosts(page.items()));
    }
    ObjectNode meta = body.putObject("meta");
    if (!page.items().isEmpty()) {
      meta.put("newest_id", page.items().get(0).id())
          .put("oldest_id", page.items().get(page.items().size() - 1).id());
    }
    meta.put("result_count", page.items().size());
    if (page.nextToken() != null) {
      meta.put("next_token", page.nextToken());
    }
    return SandboxResponse.json(200, body);
  }

  /** A page of users with result_count and next_token. */
  SandboxResponse userPage(Call call, List<SandboxUser> ordered, int defaultMax) {
    FieldSelector fields = FieldSelector.from(call.request());
    Pages.Slice<SandboxUser> page = Pages.slice(ordered, call.maxResults(defaultMax), Pages.token(call),
        SandboxUser::id);
    ObjectNode body = Json.object();
    if (!page.items().isEmpty()) {
      ArrayNode data = body.putArray("data");
      page.items().forEach(u -> data.add(views.user(u, fields.userFields())));
      putIncludes(body, includes(fields).addForUsers(page.items()));
    }
    ObjectNode meta = body.putObject("meta").put("result_count", page.items().size());
    if (page.nextToken() != null) {
      meta.put("next_token", page.nextToken());
    }
    return SandboxResponse.json(200, body);
  }

  /** Posts looked up by id: found ones as data, missing ones as partial errors. */
  SandboxResponse posts(Call call, List<Post> found, List<ObjectNode> errors, boolean single) {
    FieldSelector fields = FieldSelector.from(call.request());
    ObjectNode body = Json.object();
    if (!found.isEmpty()) {
      if (single) {
        body.set("data", views.post(found.get(0), fields.postFields()));
      } else {
        ArrayNode data = body.putArray("data");
        found.forEach(p -> data.add(views.post(p, fields.postFields())));
      }
      putIncludes(body, includes(fields).addForPosts(found));
    }
    putErrors(body, errors);
    return SandboxResponse.json(200, body);
  }

  /** Users looked up by id or username: found ones as data, missing ones as partial errors. */
  SandboxResponse users(Call call, List<SandboxUser> found, List<ObjectNode> errors, boolean single) {
    FieldSelector fields = FieldSelector.from(call.request());
    ObjectNode body = Json.object();
    if (!found.isEmpty()) {
      if (single) {
        body.set("data", views.user(found.get(0), fields.userFields()));
      } else {
        ArrayNode data = body.putArray("data");
        found.forEach(u -> data.add(views.user(u, fields.userFields())));
      }
      putIncludes(body, includes(fields).addForUsers(found));
    }
    putErrors(body, errors);
    return SandboxResponse.json(200, body);
  }

  /** A 200 carrying only partial errors, as X answers reads about a resource that does not exist. */
  static SandboxResponse onlyErrors(ObjectNode error) {
    ObjectNode body = Json.object();
    body.putArray("errors").add(error);
    return SandboxResponse.json(200, body);
  }

  /** A {@code {"data": {...}}} body for manage endpoints. */
  static SandboxResponse data(int status, ObjectNode data) {
    ObjectNode body = Json.object();
    body.set("data", data);
    return SandboxResponse.json(status, body);
  }

  private Includes includes(FieldSelector fields) {
    return new Includes(state, media, views, fields);
  }

  private static void putIncludes(ObjectNode body, Includes includes) {
    ObjectNode node = includes.toJson();
    if (node != null) {
      body.set("includes", node);
    }
  }

  private static void putErrors(ObjectNode body, List<ObjectNode> errors) {
    if (!errors.isEmpty()) {
      body.putArray("errors").addAll(errors);
    }
  }
}
