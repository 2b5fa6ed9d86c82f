package io.github.xconnector.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;

/**
 * One uploaded (or uploading) media file. Only its size and first bytes are kept, never its content.
 *
 * <p>Methods are synchronized: segments of one upload may arrive on several connections at once.
 */
final class MediaUpload {

  /** Where processing stands, as {@code processing_info} reports it. */
  record Processing(String state, long checkAfterSecs, int progressPercent) {}

  private final String id;
  private final String ownerId;
  private final String mediaType;
  private final String category;
  private final MediaKind kind;
  private final long totalBytes;
  private final BitSet segments = new BitSet();
  private long receivedBytes;
  private byte[] head = new byte[0];
  private Instant finalizedAt;
  private String altText;

  MediaUpload(String id, String ownerId, String mediaType, String category, long totalBytes) {
    this.id = id;
    this.ownerId = ownerId;
    this.mediaType = mediaType;
    this.category = category;
    this.kind = MediaKind.of(mediaType);
    this.totalBytes = totalBytes;
  }

  String id() {
    return id;
  }

  String mediaKey() {
    return kind.keyPrefix() + "_" + id;
  }

  String ownerId() {
    return ownerId;
  }

  String mediaType() {
    return mediaType;
  }

  MediaKind kind() {
    return kind;
  }

  long totalBytes() {
    return totalBytes;
  }

  /** Records a received segment: its size and, for segment 0, its first bytes. Returns false for a repeat. */
  synchronized boolean addSegment(int index, long size, byte[] segmentHead) {
    if (segments.get(index)) {
      return false;
    }
    segments.set(index);
    receivedBytes += size;
    if (index == 0) {
      head = Arrays.copyOf(segmentHead, Math.min(segmentHead.length, MediaSignature.HEAD_LENGTH));
    }
    return true;
  }

  synchronized long receivedBytes() {
    return receivedBytes;
  }

  synchronized byte[] head() {
    return head.clone();
  }

  synchronized boolean isFinalized() {
    return finalizedAt != null;
  }

  synchronized void markFinalized(Instant now) {
    finalizedAt = now;
  }

  synchronized String altText() {
    return altText;
  }

  synchronized void altText(String text) {
    altText = text;
  }

  /** The processing state at {@code now}; null for media that does not process (images). */
  synchronized Processing processing(Instant now, Duration pending, Duration inProgress) {
    if (finalizedAt == null || !kind.processedIn(category)) {
      return null;
    }
    Duration elapsed = Duration.between(finalizedAt, now);
    if (elapsed.compareTo(pending) < 0) {
      return new Processing("pending", secondsUntil(pending.minus(elapsed)), 0);
    }
    Duration intoProcessing = elapsed.minus(pending);
    if (intoProcessing.compareTo(inProgress) < 0) {
      int percent = (int) (100 * intoProcessing.toMillis() / Math.max(1, inProgress.toMillis()));
      return new Processing("in_progress", secondsUntil(inProgress.minus(intoProcessing)), percent);
    }
    return new Processing("succeeded", 0, 100);
  }

  /** Whether the media may be attached to a post at {@code now}: finalized and, if it processes, succeeded. */
  synchronized boolean isReady(Instant now, Duration pending, Duration inProgress) {
    Processing processing = processing(now, pending, inProgress);
    return finalizedAt != null && (processing == null || processing.state().equals("succeeded"));
  }

  private static long secondsUntil(Duration remaining) {
    return Math.max(1, (remaining.toMillis() + 999) / 1000);
  }
}
