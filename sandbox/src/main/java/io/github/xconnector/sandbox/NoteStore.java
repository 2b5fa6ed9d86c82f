package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Community Notes written in the sandbox, in the order they were written. */
final class NoteStore {

  /** One note: who wrote it on which post, in test mode or not, and what it says ({@code info} as sent). */
  record Note(String id, String authorId, String postId, boolean testMode, JsonNode info) {}

  private final Clock clock;
  private final PostIds ids = new PostIds();
  private final Map<String, Note> notes = new LinkedHashMap<>();

  NoteStore(Clock clock) {
    this.clock = clock;
  }

  synchronized Note add(String authorId, String postId, boolean testMode, JsonNode info) {
    Note note = new Note(ids.next(clock.instant()), authorId, postId, testMode, info.deepCopy());
    notes.put(note.id(), note);
    return note;
  }

  synchronized Optional<Note> get(String id) {
    return Optional.ofNullable(notes.get(id));
  }

  synchronized boolean remove(String id) {
    return notes.remove(id) != null;
  }

  /** The notes a user wrote in one mode, newest first. */
  synchronized List<Note> writtenBy(String authorId, boolean testMode) {
    List<Note> written = new ArrayList<>();
    for (Note note : notes.values()) {
      if (note.authorId().equals(authorId) && note.testMode() == testMode) {
        written.add(note);
      }
    }
    Collections.reverse(written);
    return written;
  }

  /** Whether the user already wrote a note on the post in that mode. */
  synchronized boolean hasNote(String authorId, String postId, boolean testMode) {
    return notes.values().stream().anyMatch(n -> n.authorId().equals(authorId) && n.postId().equals(postId)
        && n.testMode() == testMode);
  }
}
