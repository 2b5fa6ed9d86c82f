package io.github.xconnector.resources;

import io.github.xconnector.generated.model.ApiResponse;
import io.github.xconnector.generated.model.CreateDmConversationRequest;
import io.github.xconnector.generated.model.CreateDmEventResponse;
import io.github.xconnector.generated.model.DeleteDmEventResponse;
import io.github.xconnector.generated.model.DmBlockResponse;
import io.github.xconnector.generated.model.DmEvent;
import io.github.xconnector.generated.model.DmEventResponse;
import io.github.xconnector.generated.operations.DirectMessagesOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.internal.Operation;
import io.github.xconnector.paging.Paginator;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Direct messages of the authenticated user: send them to a user, into a conversation or to a new group; walk the
 * events of all conversations, of one, or of the one-to-one conversation with a user; look one up and delete it;
 * download attached media; and block or unblock the messages of a user. Needs an OAuth 2.0 user token with
 * {@code dm.read} or {@code dm.write}, as each method says.
 *
 * <pre>{@code
 * UploadedMedia photo = x.media().upload(MediaUpload.fromPath(Path.of("photo.jpg"))
 *     .category(MediaCategory.DM_IMAGE).build());
 * CreateDmEventResponse sent = x.directMessages().send(friendId,
 *     DirectMessage.builder().text("The view from here").media(photo).build());
 * x.directMessages().conversationEvents(sent.getData().getDmConversationId()).stream().forEach(System.out::println);
 * }</pre>
 *
 * <p>Sending is never repeated after a failure that may have reached X (a message could arrive twice); reads,
 * deletes and blocks are.
 */
public final class DirectMessagesService {

  private final CallExecutor calls;

  /**
   * Creates the service; {@code XClient} does this, and the call path it takes is internal to the SDK.
   *
   * @param calls the client's call path
   */
  public DirectMessagesService(CallExecutor calls) {
    this.calls = calls;
  }

  /**
   * Sends a message to a user, in the one-to-one conversation between the two (X starts it if needed). Needs
   * {@code dm.write}.
   *
   * @param participantId the user who receives it
   * @param message the content
   * @return the ids of the message event and of the conversation
   */
  public CreateDmEventResponse send(String participantId, DirectMessage message) {
    return calls.call(DirectMessagesOperations.SEND_DIRECT_MESSAGE, CallArguments.create()
        .put("participant_id", "participantId", participantId).body(content(message).toRequest()));
  }

  /**
   * Sends a message into a conversation the user takes part in, one-to-one or group. Needs {@code dm.write}.
   *
   * @param conversationId the conversation, as {@link #send} or {@link #createGroup} returned it
   * @param message the content
   * @return the ids of the message event and of the conversation
   */
  public CreateDmEventResponse sendInConversation(String conversationId, DirectMessage message) {
    return calls.call(DirectMessagesOperations.SEND_DIRECT_MESSAGE_IN_CONVERSATION, CallArguments.create()
        .put("dm_conversation_id", "conversationId", conversationId).body(content(message).toRequest()));
  }

  /**
   * Starts a group conversation with the users named and a first message. Needs {@code dm.write}.
   *
   * @param participantIds the other members, not counting the authenticated user
   * @param firstMessage the first message
   * @return the ids of the first message event and of the new conversation
   */
  public CreateDmEventResponse createGroup(List<String> participantIds, DirectMessage firstMessage) {
    Objects.requireNonNull(participantIds, "participantIds");
    return calls.call(DirectMessagesOperations.CREATE_DIRECT_MESSAGE_GROUP, CallArguments.create()
        .body(new CreateDmConversationRequest().conversationType(CreateDmConversationRequest.ConversationTypeEnum.GROUP)
            .participantIds(new ArrayList<>(participantIds)).message(content(firstMessage).toRequest())));
  }

  /**
   * Walks the events of every conversation of the user, newest first. Needs {@code dm.read}.
   *
   * @param request kinds of events, page size, fields and start position
   * @return the events, fetched page by page as they are consumed
   */
  public Paginator<DmEvent> events(DirectMessageEventsRequest request) {
    return pages(DirectMessagesOperations.GET_DIRECT_MESSAGE_EVENTS, CallArguments.create(), request);
  }

  /**
   * Walks the events of every conversation of the user with X's defaults. Needs {@code dm.read}.
   *
   * @return the events
   */
  public Paginator<DmEvent> events() {
    return events(DirectMessageEventsRequest.defaults());
  }

  /**
   * Walks the events of one conversation, newest first. Needs {@code dm.read}.
   *
   * @param conversationId the conversation
   * @param request kinds of events, page size, fields and start position
   * @return the events
   */
  public Paginator<DmEvent> conversationEvents(String conversationId, DirectMessageEventsRequest request) {
    return pages(DirectMessagesOperations.GET_DIRECT_MESSAGE_CONVERSATION_EVENTS, CallArguments.create()
        .put("id", "conversationId", conversationId), request);
  }

  /**
   * Walks the events of one conversation with X's defaults. Needs {@code dm.read}.
   *
   * @param conversationId the conversation
   * @return the events
   */
  public Paginator<DmEvent> conversationEvents(String conversationId) {
    return conversationEvents(conversationId, DirectMessageEventsRequest.defaults());
  }

  /**
   * Walks the events of the one-to-one conversation with a user, newest first. Needs {@code dm.read}.
   *
   * @param participantId the other user
   * @param request kinds of events, page size, fields and start position
   * @return the events
   */
  public Paginator<DmEvent> eventsWith(String participantId, DirectMessageEventsRequest request) {
    return pages(DirectMessagesOperations.GET_DIRECT_MESSAGE_EVENTS_WITH_USER, CallArguments.create()
        .put("participant_id", "participantId", participantId), request);
  }

  /**
   * Walks the events of the one-to-one conversation with a user with X's defaults. Needs {@code dm.read}.
   *
   * @param participantId the other user
   * @return the events
   */
  public Paginator<DmEvent> eventsWith(String participantId) {
    return eventsWith(participantId, DirectMessageEventsRequest.defaults());
  }

  /**
   * Looks up one event. Needs {@code dm.read}.
   *
   * @param eventId the event
   * @param fields the fields and expansions to return
   * @return the event, with includes when expansions were asked for
   */
  public DmEventResponse event(String eventId, Fields fields) {
    return calls.call(DirectMessagesOperations.GET_DIRECT_MESSAGE_EVENT, CallArguments.create()
        .put("event_id", "eventId", eventId).fields(Objects.requireNonNull(fields, "fields").values()));
  }

  /**
   * Looks up one event with X's default fields. Needs {@code dm.read}.
   *
   * @param eventId the event
   * @return the event
   */
  public DmEventResponse event(String eventId) {
    return event(eventId, Fields.none());
  }

  /**
   * Deletes a message the user sent. Needs {@code dm.read} and {@code dm.write}.
   *
   * @param eventId the message event
   * @return whether it was deleted
   */
  public DeleteDmEventResponse delete(String eventId) {
    return calls.call(DirectMessagesOperations.DELETE_DIRECT_MESSAGE_EVENT, CallArguments.create()
        .put("event_id", "eventId", eventId));
  }

  /**
   * Starts downloading a file attached to a message. The bytes are streamed from the connection as they are read:
   * close the result when done. Needs {@code dm.read}.
   *
   * @param dmEventId the message event the file is attached to
   * @param mediaId the attached media's id
   * @param resourceId the file's name with its extension, the last segment of the media's URL
   * @return the download, open
   */
  public DirectMessageMedia downloadMedia(String dmEventId, String mediaId, String resourceId) {
    Operation download = DirectMessagesOperations.DOWNLOAD_DIRECT_MESSAGE_MEDIA;
    ApiResponse<InputStream> answer = calls.exchange(download, CallArguments.create()
        .put("dm_id", "dmEventId", dmEventId).put("media_id", "mediaId", mediaId)
        .put("resource_id", "resourceId", resourceId), DirectMessageMediaApi.class,
        (api, call) -> ((DirectMessageMediaApi) api).downloadDirectMessageMedia(call.path("dm_id"),
            call.path("media_id"), call.path("resource_id")));
    return new DirectMessageMedia(answer.getData(), answer.getHeaders(), download.endpoint());
  }

  /**
   * Downloads a file attached to a message into {@code target}, streamed, replacing a file already there. Needs
   * {@code dm.read}.
   *
   * @param dmEventId the message event the file is attached to
   * @param mediaId the attached media's id
   * @param resourceId the file's name with its extension, the last segment of the media's URL
   * @param target the file to write
   * @return the number of bytes written
   */
  public long downloadMedia(String dmEventId, String mediaId, String resourceId, Path target) {
    Objects.requireNonNull(target, "target");
    try (DirectMessageMedia media = downloadMedia(dmEventId, mediaId, resourceId)) {
      return media.saveTo(target);
    }
  }

  /**
   * Stops a user from sending direct messages to the authenticated user. Blocking twice changes nothing, so the
   * request is repeated after a failure like a read. Needs {@code dm.write}.
   *
   * @param userId the user whose messages are blocked
   * @return whether the user is now blocked
   */
  public DmBlockResponse blockDirectMessages(String userId) {
    return calls.call(DirectMessagesOperations.BLOCK_DIRECT_MESSAGES, CallArguments.create()
        .put("id", "userId", userId));
  }

  /**
   * Lets a user send direct messages to the authenticated user again. Needs {@code dm.write}.
   *
   * @param userId the user whose messages are allowed again
   * @return whether the user is still blocked
   */
  public DmBlockResponse unblockDirectMessages(String userId) {
    return calls.call(DirectMessagesOperations.UNBLOCK_DIRECT_MESSAGES, CallArguments.create()
        .put("id", "userId", userId));
  }

  private Paginator<DmEvent> pages(Operation operation, CallArguments arguments,
      DirectMessageEventsRequest request) {
    Objects.requireNonNull(request, "request");
    return calls.pages(operation, arguments.put("event_types", "eventTypes", request.eventTypeValues())
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  private static DirectMessage content(DirectMessage message) {
    return Objects.requireNonNull(message, "message");
  }
}
