package io.github.xconnector.media;

import io.github.xconnector.errors.XException;
import io.github.xconnector.generated.model.MediaUploadResponse;
import io.github.xconnector.generated.model.ProcessingInfo;
import io.github.xconnector.transport.Sleeper;
import java.time.Duration;
import java.util.Map;

/**
 * Waits until X has processed uploaded media, asking for its status when X says to ({@code check_after_secs}) and
 * giving up after a bounded total wait. Waits go through the client's {@link Sleeper}.
 */
final class ProcessingPoller {

  static final String SUCCEEDED = "succeeded";
  static final String FAILED = "failed";
  private static final Duration DEFAULT_CHECK_AFTER = Duration.ofSeconds(5);

  private final MediaService media;
  private final Sleeper sleeper;

  ProcessingPoller(MediaService media, Sleeper sleeper) {
    this.media = media;
    this.sleeper = sleeper;
  }

  /**
   * Polls until processing succeeds.
   *
   * @param mediaId the media
   * @param info the processing info of the upload's last answer; {@code null} when X does not process the media
   * @param maxWait the most time to spend waiting in total
   * @return the final state, or {@code null} when X reported none
   * @throws MediaProcessingException when processing failed or the wait ran out
   */
  String await(String mediaId, ProcessingInfo info, Duration maxWait) {
    Duration waited = Duration.ZERO;
    while (info != null && !SUCCEEDED.equals(info.getState())) {
      if (FAILED.equals(info.getState())) {
        throw failed(mediaId, info);
      }
      Integer checkAfter = info.getCheckAfterSecs();
      Duration wait = checkAfter == null ? DEFAULT_CHECK_AFTER : Duration.ofSeconds(Math.max(1, checkAfter));
      if (waited.plus(wait).compareTo(maxWait) > 0) {
        throw new MediaProcessingException("X was still processing media " + mediaId + " (" + info.getState()
            + progress(info) + ") after " + waited.toSeconds() + " s, and the next check would pass the "
            + maxWait.toSeconds() + " s wait allowed. Check x.media().status(\"" + mediaId + "\") later, or raise"
            + " maxProcessingWait.", mediaId, info.getState(), null, null, null);
      }
      sleep(wait, mediaId);
      waited = waited.plus(wait);
      info = processingInfo(media.status(mediaId));
    }
    return info == null ? null : info.getState();
  }

  static ProcessingInfo processingInfo(MediaUploadResponse response) {
    return response == null || response.getData() == null ? null : response.getData().getProcessingInfo();
  }

  private static MediaProcessingException failed(String mediaId, ProcessingInfo info) {
    Object error = info.getAdditionalProperties() == null ? null : info.getAdditionalProperty("error");
    Map<?, ?> members = error instanceof Map ? (Map<?, ?>) error : Map.of();
    Integer code = members.get("code") instanceof Number ? ((Number) members.get("code")).intValue() : null;
    String name = members.get("name") == null ? null : String.valueOf(members.get("name"));
    String message = members.get("message") == null ? null : String.valueOf(members.get("message"));
    StringBuilder text = new StringBuilder("X could not process media ").append(mediaId);
    if (message != null || name != null) {
      text.append(": ").append(message != null ? message : name);
      if (name != null && message != null) {
        text.append(" (").append(name).append(code == null ? "" : ", code " + code).append(')');
      }
    }
    text.append(". Check the file (format, codec, duration, dimensions) and upload it again.");
    return new MediaProcessingException(text.toString(), mediaId, FAILED, code, name, message);
  }

  private static String progress(ProcessingInfo info) {
    return info.getProgressPercent() == null ? "" : ", " + info.getProgressPercent() + "%";
  }

  private void sleep(Duration wait, String mediaId) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new XException("Interrupted while waiting for X to process media " + mediaId, interrupted);
    }
  }
}
