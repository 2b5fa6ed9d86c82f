package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Community Notes: notes written by the caller are kept, listed and deletable; the posts eligible for a note are the
 * sandbox's original posts by other users that the caller has not yet written a note on (in the same mode). A
 * draft's score is high when its text cites a link and low otherwise.
 */
final class CommunityNoteEndpoints {

  private static final int DEFAULT_PAGE = 10;
  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  private final Services services;
  private final NoteStore notes;

  CommunityNoteEndpoints(Services services) {
    this.services = services;
    this.notes = new NoteStore(services.state().clock());
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("createNote", this::create);
    endpoints.put("deleteNote", this::delete);
    endpoints.put("searchNotesWritten", this::written);
    endpoints.put("searchPostsEligibleForNotes", this::eligible);
    endpoints.put("evaluateNote", this::evaluate);
  }

  private SandboxResponse create(Call call) {
    JsonNode body = call.jsonBody();
    String postId = body.path("post_id").asText();
    existingPost(postId);
    boolean testMode = body.path("test_mode").asBoolean();
    if (notes.hasNote(call.userId(), postId, testMode)) {
      throw Problems.invalidParameter("post_id", postId, "You already wrote a note on the post [" + postId + "].");
    }
    NoteStore.Note note = notes.add(call.userId(), postId, testMode, body.path("info"));
    return Responses.data(200, Json.object().put("id", note.id()));
  }

  private SandboxResponse delete(Call call) {
    String id = call.path("id");
    if (notes.get(id).filter(n -> n.authorId().equals(call.userId())).isEmpty()) {
      throw new ApiProblem(Responses.onlyErrors(Problems.resourceNotFound("note", "id", id)));
    }
    notes.remove(id);
    return Responses.data(200, Json.object().put("deleted", true));
  }

  private SandboxResponse written(Call call) {
    List<NoteStore.Note> written = notes.writtenBy(call.userId(), Boolean.parseBoolean(call.query("test_mode")));
    Pages.Slice<NoteStore.Note> page = Pages.slice(written, call.maxResults(DEFAULT_PAGE), Pages.token(call),
        NoteStore.Note::id);
    String fieldsText = call.query("note.fields");
    Set<String> fields = fieldsText == null ? Set.of() : Set.of(fieldsText.split(","));
    ObjectNode body = Json.object();
    if (!page.items().isEmpty()) {
      ArrayNode data = body.putArray("data");
      page.items().forEach(note -> data.add(view(note, fields)));
    }
    ObjectNode meta = body.putObject("meta").put("result_count", page.items().size());
    if (page.nextToken() != null) {
      meta.put("next_token", page.nextToken());
    }
    return SandboxResponse.json(200, body);
  }

  private SandboxResponse eligible(Call call) {
    boolean testMode = Boolean.parseBoolean(call.query("test_mode"));
    String caller = call.userId();
    List<Post> posts = services.state().posts(post -> !post.isRepost() && !post.authorId().equals(caller)
        && !notes.hasNote(caller, post.id(), testMode));
    return services.responses().postPage(call, posts, DEFAULT_PAGE);
  }

  private SandboxResponse evaluate(Call call) {
    JsonNode body = call.jsonBody();
    existingPost(body.path("post_id").asText());
    double score = LINK.matcher(body.path("note_text").asText()).find() ? 0.8 : 0.2;
    return Responses.data(200, Json.object().put("claim_opinion_score", score));
  }

  private void existingPost(String postId) {
    if (services.state().post(postId).isEmpty()) {
      throw Problems.invalidParameter("post_id", postId, "The post [" + postId + "] does not exist.");
    }
  }

  private static ObjectNode view(NoteStore.Note note, Set<String> fields) {
    ObjectNode node = Json.object().put("id", note.id()).put("post_id", note.postId());
    if (fields.contains("info")) {
      node.set("info", note.info().deepCopy());
    }
    if (fields.contains("status")) {
      node.put("status", "needs_more_ratings");
    }
    if (fields.contains("test_result") && note.testMode()) {
      boolean cited = LINK.matcher(note.info().path("text").asText()).find();
      node.putObject("test_result").put("evaluator_type", "claim_opinion")
          .put("evaluator_score_bucket", cited ? "high" : "low");
    }
    if (fields.contains("scoring_status")) {
      node.putObject("scoring_status").put("has_access", !note.testMode());
    }
    return node;
  }
}
