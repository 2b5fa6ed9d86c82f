package io.github.xconnector.media;

import io.github.xconnector.media.UploadInterruptedException.Stage;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;

/**
 * How far one upload has come (its media id, stage, segment and the bytes X acknowledged), kept so that an interrupt
 * at any point ends the upload with an {@link UploadInterruptedException} that says so. Used by one uploading thread.
 *
 * <p>An interrupt reaches an upload in many shapes: an {@link InterruptedException} from a wait (which clears the
 * thread's flag), the call path's exception wrapping one, an {@link InterruptedIOException} from the HTTP client,
 * a {@link ClosedByInterruptException} from reading a file, or a checked exception thrown through an interface that
 * does not declare it (a {@link java.lang.reflect.UndeclaredThrowableException}). All of them are recognised by
 * their causes and turned into the one exception, with the thread's flag set again.
 */
final class UploadState {

  private final String source;
  private final long totalBytes;
  private String mediaId;
  private Stage stage = Stage.STARTING;
  private int segmentIndex = -1;
  private long bytesAcknowledged;

  UploadState(String source, long totalBytes) {
    this.source = source;
    this.totalBytes = totalBytes;
  }

  void started(String id) {
    this.mediaId = id;
  }

  void at(Stage next) {
    this.stage = next;
    this.segmentIndex = -1;
  }

  void atSegment(Stage next, int index) {
    this.stage = next;
    this.segmentIndex = index;
  }

  void acknowledged(long bytes) {
    this.bytesAcknowledged = bytes;
  }

  /** Ends the upload here when the thread has been interrupted, before anything more is sent or waited for. */
  void stopIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw interrupted(null);
    }
  }

  /**
   * Returns the failure to throw: an {@link UploadInterruptedException} when the failure is an interrupt, else the
   * failure itself.
   */
  RuntimeException interruptedOr(RuntimeException failure) {
    return failure instanceof UploadInterruptedException || !isInterrupt(failure) ? failure : interrupted(failure);
  }

  /** Whether the failure, or any of its causes, is an interrupt of the thread. */
  static boolean isInterrupt(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InterruptedException || t instanceof ClosedByInterruptException) {
        return true;
      }
      // The HTTP client's I/O reports an interrupt as a plain InterruptedIOException saying "interrupted"; its
      // subclass SocketTimeoutException and the "timeout" of a call deadline are timeouts, not interrupts.
      if (t.getClass() == InterruptedIOException.class && "interrupted".equals(t.getMessage())) {
        return true;
      }
    }
    return false;
  }

  /** Builds the exception for an interrupt at the current point and sets the thread's interrupt flag again. */
  UploadInterruptedException interrupted(Throwable cause) {
    Thread.currentThread().interrupt();
    return new UploadInterruptedException(message(), mediaId, stage, segmentIndex, bytesAcknowledged, totalBytes,
        cause);
  }

  private String message() {
    String media = mediaId == null ? "of " + source : "of media " + mediaId;
    String acknowledged = "X had acknowledged " + bytesAcknowledged + " of " + totalBytes + " bytes";
    String again = " This client does not resume a partly sent upload: upload the media again (X drops the"
        + " unfinished media when it expires).";
    switch (stage) {
      case SENDING_SEGMENT:
        return "The upload " + media + " was interrupted while sending segment " + segmentIndex + "; "
            + acknowledged + " (segments before " + segmentIndex + ")." + again;
      case WAITING_TO_RESEND_SEGMENT:
        return "The upload " + media + " was interrupted while waiting to send segment " + segmentIndex + " again; "
            + acknowledged + " (segments before " + segmentIndex + ")." + again;
      case FINALIZING:
        return "The upload " + media + " was interrupted while finalizing it, after all " + totalBytes + " bytes were"
            + " sent. X may or may not have finalized it: check x.media().status(\"" + mediaId + "\"); if X does not"
            + " know it as finalized, upload the media again.";
      case WAITING_FOR_PROCESSING:
        return "The upload was interrupted while waiting for X to process media " + mediaId + "; all " + totalBytes
            + " bytes were sent and the upload finalized, so X goes on processing it. Check x.media().status(\""
            + mediaId + "\") and attach the media once its state is succeeded.";
      case SETTING_ALT_TEXT:
        return "The upload was interrupted while setting the alt text of media " + mediaId + "; the media is"
            + " uploaded and processed. Attach it, and set the alt text with x.media().setAltText(\"" + mediaId
            + "\", ...) if it is still missing.";
      case STARTING:
      default:
        return "The upload " + media + " was interrupted before X acknowledged any of its " + totalBytes
            + " bytes. Upload the media again.";
    }
  }
}
