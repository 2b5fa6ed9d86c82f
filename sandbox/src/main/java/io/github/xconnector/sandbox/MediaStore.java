package io.github.xconnector.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The uploads of a sandbox by id and media key, with the clock and timings their processing follows. */
final class MediaStore {

  private final ConcurrentMap<String, MediaUpload> byId = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, MediaUpload> byKey = new ConcurrentHashMap<>();
  private final PostIds ids = new PostIds();
  private final Clock clock;
  private final Duration pending;
  private final Duration inProgress;

  MediaStore(Clock clock, Duration pending, Duration inProgress) {
    this.clock = clock;
    this.pending = pending;
    this.inProgress = inProgress;
  }

  MediaUpload create(String ownerId, String mediaType, String category, long totalBytes) {
    MediaUpload upload = new MediaUpload(ids.next(clock.instant()), ownerId, mediaType, category, totalBytes);
    byId.put(upload.id(), upload);
    byKey.put(upload.mediaKey(), upload);
    return upload;
  }

  Optional<MediaUpload> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  Optional<MediaUpload> byKey(String mediaKey) {
    return Optional.ofNullable(byKey.get(mediaKey));
  }

  MediaUpload.Processing processing(MediaUpload upload) {
    return upload.processing(clock.instant(), pending, inProgress);
  }

  boolean isReady(MediaUpload upload) {
    return upload.isReady(clock.instant(), pending, inProgress);
  }

  Clock clock() {
    return clock;
  }
}
