package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The subtitles attached to uploaded videos: per video id, one subtitles file per language code. */
final class SubtitleStore {

  /** One attached subtitles file. */
  record Subtitles(String mediaId, String languageCode, String displayName) {
    ObjectNode toJson() {
      ObjectNode node = Json.object().put("id", mediaId).put("language_code", languageCode);
      if (displayName != null) {
        node.put("display_name", displayName);
      }
      return node;
    }
  }

  private final ConcurrentMap<String, Map<String, Subtitles>> byVideo = new ConcurrentHashMap<>();

  /** Attaches subtitles, replacing those of the same language; returns all of the video's subtitles. */
  List<Subtitles> attach(String videoId, Subtitles subtitles) {
    Map<String, Subtitles> languages = byVideo.computeIfAbsent(videoId, k -> new LinkedHashMap<>());
    synchronized (languages) {
      languages.put(subtitles.languageCode(), subtitles);
      return new ArrayList<>(languages.values());
    }
  }

  /** Detaches the subtitles of a language; returns whether there were any. */
  boolean detach(String videoId, String languageCode) {
    Map<String, Subtitles> languages = byVideo.get(videoId);
    if (languages == null) {
      return false;
    }
    synchronized (languages) {
      return languages.remove(languageCode) != null;
    }
  }

  List<Subtitles> of(String videoId) {
    Map<String, Subtitles> languages = byVideo.get(videoId);
    if (languages == null) {
      return List.of();
    }
    synchronized (languages) {
      return new ArrayList<>(languages.values());
    }
  }
}
