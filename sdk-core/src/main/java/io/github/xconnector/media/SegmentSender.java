package io.github.xconnector.media;

import io.github.xconnector.errors.ServerException;
import io.github.xconnector.errors.XException;
import io.github.xconnector.errors.XIoException;
import io.github.xconnector.transport.Sleeper;
import java.time.Duration;
import java.util.Map;

/**
 * Sends the segments of a chunked upload in order, holding one segment in memory at a time.
 *
 * <p>A segment that fails with a 5xx answer or an I/O failure (a timeout, a reset connection) is sent again, alone,
 * with the same index, after a backoff that doubles per retry; the client-wide retry policy does not repeat these
 * POSTs because they may have reached X. Repeating a segment is safe: X keeps the last copy it received of each
 * index. A segment X acknowledged with 2xx is never sent again, and a failure never restarts the upload from the
 * first segment. Other errors (4xx, a rate limit the client chose not to wait for) end the upload at once, and so
 * does an interrupt of the thread, before a segment, while it is sent or while waiting to send it again.
 */
final class SegmentSender {

  private final MediaTransfer transfer;
  private final Sleeper sleeper;

  SegmentSender(MediaTransfer transfer, Sleeper sleeper) {
    this.transfer = transfer;
    this.sleeper = sleeper;
  }

  void sendAll(String mediaId, MediaInput input, UploadPlan plan, MediaUpload upload, UploadState progress) {
    long total = plan.length();
    String boundary = MultipartBody.newBoundary();
    MultipartBody segment = null;
    long sent = 0;
    for (int index = 0; sent < total; index++) {
      progress.atSegment(UploadInterruptedException.Stage.SENDING_SEGMENT, index);
      progress.stopIfInterrupted();
      int size = (int) Math.min(upload.chunkSize(), total - sent);
      // The segment's bytes go straight from the source into the request body, reusing the previous array when the
      // body has the same length, so one segment is the most the upload holds.
      segment = MultipartBody.layout(boundary, Map.of("segment_index", String.valueOf(index)), "media",
          input.fileName(), plan.format().mimeType(), size, segment);
      input.readFully(segment.bytes(), segment.fileOffset(), size, sent);
      send(mediaId, index, segment, upload, progress);
      sent += size;
      progress.acknowledged(sent);
      upload.progress().onProgress(sent, total);
    }
    input.expectEnd();
  }

  // An interrupt is never retried: it ends the upload (the uploader turns it into an UploadInterruptedException).
  private void send(String mediaId, int index, MultipartBody segment, MediaUpload upload, UploadState progress) {
    for (int retry = 0; ; retry++) {
      try {
        transfer.append(mediaId, index, segment);
        return;
      } catch (ServerException | XIoException e) {
        if (retry >= upload.maxSegmentRetries() || UploadState.isInterrupt(e)) {
          throw e;
        }
        progress.atSegment(UploadInterruptedException.Stage.WAITING_TO_RESEND_SEGMENT, index);
        progress.stopIfInterrupted();
        pause(upload.segmentRetryBackoff().multipliedBy(1L << Math.min(retry, 16)), mediaId, index);
        progress.atSegment(UploadInterruptedException.Stage.SENDING_SEGMENT, index);
        progress.stopIfInterrupted();
      }
    }
  }

  private void pause(Duration wait, String mediaId, int index) {
    if (wait.isZero()) {
      return;
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new XException("Interrupted while waiting " + wait + " to send segment " + index + " of media " + mediaId
          + " again", interrupted);
    }
  }
}
