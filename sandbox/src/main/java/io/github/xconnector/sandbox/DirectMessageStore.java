package io.github.xconnector.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The sandbox's direct messages: conversations with their members, their events, and who blocked whose messages.
 *
 * <p>A one-to-one conversation is named as X names it, by its two user ids joined with a hyphen, the smaller first; a
 * group conversation gets a number of its own. One read-write lock guards everything, so a message is never seen in
 * one view and not yet in another. Lists come back as copies, newest event first.
 */
final class DirectMessageStore {

  static final String MESSAGE_CREATE = "MessageCreate";
  static final String PARTICIPANTS_JOIN = "ParticipantsJoin";

  /** One event of a conversation. */
  record Event(String id, String type, String conversationId, String senderId, String text, List<String> mediaIds,
      List<String> participantIds, Instant createdAt) {
  }

  /** A conversation and its members. */
  record Conversation(String id, Set<String> participants, boolean group) {
  }

  private final Guarded guard = new Guarded();
  private final NavigableMap<Long, Event> events = new TreeMap<>();
  private final Map<String, Conversation> conversations = new HashMap<>();
  private final Map<String, Set<String>> blockedByUser = new HashMap<>();
  private long lastId = 1_580_000_000_000_000_000L;

  /** The id X gives the one-to-one conversation of two users. */
  static String oneToOneId(String userId, String otherId) {
    boolean ordered = Long.parseLong(userId) <= Long.parseLong(otherId);
    return ordered ? userId + "-" + otherId : otherId + "-" + userId;
  }

  /** Sends a message in the one-to-one conversation of two users, starting it if needed. */
  Event sendTo(String senderId, String recipientId, String text, List<String> mediaIds, Instant now) {
    return write(() -> {
      String id = oneToOneId(senderId, recipientId);
      conversations.computeIfAbsent(id, k -> new Conversation(k, Set.of(senderId, recipientId), false));
      return add(MESSAGE_CREATE, id, senderId, text, mediaIds, List.of(), now);
    });
  }

  /** Sends a message in an existing conversation. */
  Event sendIn(String senderId, String conversationId, String text, List<String> mediaIds, Instant now) {
    return write(() -> add(MESSAGE_CREATE, conversationId, senderId, text, mediaIds, List.of(), now));
  }

  /** Starts a group: an event of its members joining, then the first message. Returns the message. */
  Event startGroup(String creatorId, List<String> others, String text, List<String> mediaIds, Instant now) {
    return write(() -> {
      String id = String.valueOf(++lastId);
      Set<String> members = new LinkedHashSet<>();
      members.add(creatorId);
      members.addAll(others);
      conversations.put(id, new Conversation(id, Collections.unmodifiableSet(members), true));
      add(PARTICIPANTS_JOIN, id, creatorId, null, List.of(), List.copyOf(members), now);
      return add(MESSAGE_CREATE, id, creatorId, text, mediaIds, List.of(), now);
    });
  }

  Optional<Conversation> conversation(String id) {
    return read(() -> Optional.ofNullable(conversations.get(id)));
  }

  Optional<Event> event(String id) {
    Long key = key(id);
    return key == null ? Optional.empty() : read(() -> Optional.ofNullable(events.get(key)));
  }

  /** Removes an event; true if it was there. */
  boolean delete(String id) {
    Long key = key(id);
    return key != null && write(() -> events.remove(key) != null);
  }

  private static Long key(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException notAnEventId) {
      return null;
    }
  }

  /** The events of every conversation the user is in, newest first, of the given types (all when empty). */
  List<Event> eventsOf(String userId, Set<String> types) {
    return read(() -> select(event -> isMember(userId, event.conversationId()), types));
  }

  /** The events of one conversation, newest first, of the given types (all when empty). */
  List<Event> eventsIn(String conversationId, Set<String> types) {
    return read(() -> select(event -> event.conversationId().equals(conversationId), types));
  }

  boolean isMember(String userId, String conversationId) {
    return read(() -> {
      Conversation conversation = conversations.get(conversationId);
      return conversation != null && conversation.participants().contains(userId);
    });
  }

  /** Blocks {@code blockedId}'s messages to {@code userId}; blocking again changes nothing. */
  void block(String userId, String blockedId) {
    write(() -> blockedByUser.computeIfAbsent(userId, k -> new LinkedHashSet<>()).add(blockedId));
  }

  void unblock(String userId, String blockedId) {
    write(() -> blockedByUser.getOrDefault(userId, new LinkedHashSet<>()).remove(blockedId));
  }

  /** Whether {@code userId} blocked the messages of {@code senderId}. */
  boolean blocks(String userId, String senderId) {
    return read(() -> blockedByUser.getOrDefault(userId, Set.of()).contains(senderId));
  }

  private Event add(String type, String conversationId, String senderId, String text, List<String> mediaIds,
      List<String> participantIds, Instant now) {
    long id = ++lastId;
    Event event = new Event(String.valueOf(id), type, conversationId, senderId, text, List.copyOf(mediaIds),
        participantIds, now);
    events.put(id, event);
    return event;
  }

  private List<Event> select(java.util.function.Predicate<Event> which, Set<String> types) {
    List<Event> selected = new ArrayList<>();
    for (Event event : events.descendingMap().values()) {
      if (which.test(event) && (types.isEmpty() || types.contains(event.type()))) {
        selected.add(event);
      }
    }
    return selected;
  }

  private <T> T read(Supplier<T> action) {
    return guard.read(action);
  }

  private <T> T write(Supplier<T> action) {
    return guard.write(action);
  }
}
