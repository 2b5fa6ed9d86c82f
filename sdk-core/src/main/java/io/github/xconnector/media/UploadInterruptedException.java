package io.github.xconnector.media;

import io.github.xconnector.errors.XException;
import java.util.OptionalInt;

/**
 * Thrown when the uploading thread was interrupted: while a segment was being sent, while waiting to send a failed
 * segment again, or while waiting for X to process the media. The thread's interrupt flag is set again when this is
 * thrown, so code further up still sees the interrupt.
 *
 * <p>It says how far the upload got: the media id X gave (when it gave one), the stage, the segment and the bytes X
 * acknowledged. This client does not resume a partly sent upload: upload the media again (X drops the unfinished
 * media when it expires). An upload interrupted while waiting for processing is complete on X's side: X goes on
 * processing it, and {@code x.media().status(mediaId)} tells when it can be attached.
 */
public class UploadInterruptedException extends XException {

  private static final long serialVersionUID = 1L;

  /** Where the upload was when it was interrupted. */
  public enum Stage {
    /** Before any byte of the media was acknowledged: while sending a one-shot upload or starting a chunked one. */
    STARTING,
    /** While reading or sending a segment of a chunked upload. */
    SENDING_SEGMENT,
    /** While waiting to send a failed segment again. */
    WAITING_TO_RESEND_SEGMENT,
    /** After the last segment, while X was told the upload is complete. */
    FINALIZING,
    /** While waiting for X to process the media; every byte was sent. */
    WAITING_FOR_PROCESSING,
    /** After processing, while setting the alt text. */
    SETTING_ALT_TEXT
  }

  private final String mediaId;
  private final Stage stage;
  private final int segmentIndex;
  private final long bytesAcknowledged;
  private final long totalBytes;

  /**
   * Creates the exception.
   *
   * @param message what was interrupted, how far the upload got and what to do
   * @param mediaId the media id X gave, or {@code null} when it had given none yet
   * @param stage where the upload was
   * @param segmentIndex the segment being sent or waited for, or a negative number outside the segment stages
   * @param bytesAcknowledged the bytes X acknowledged before the interrupt
   * @param totalBytes the size of the whole upload
   * @param cause the interrupt as it reached the upload
   */
  public UploadInterruptedException(String message, String mediaId, Stage stage, int segmentIndex,
      long bytesAcknowledged, long totalBytes, Throwable cause) {
    super(message, cause);
    this.mediaId = mediaId;
    this.stage = stage;
    this.segmentIndex = segmentIndex;
    this.bytesAcknowledged = bytesAcknowledged;
    this.totalBytes = totalBytes;
  }

  /**
   * Returns the media id X gave the upload.
   *
   * @return the media id, or {@code null} when the upload was interrupted before X gave one
   */
  public String mediaId() {
    return mediaId;
  }

  /**
   * Returns where the upload was when it was interrupted.
   *
   * @return the stage
   */
  public Stage stage() {
    return stage;
  }

  /**
   * Returns the segment that was being sent, or waited for before sending it again.
   *
   * @return the segment's index; empty outside {@link Stage#SENDING_SEGMENT} and
   *     {@link Stage#WAITING_TO_RESEND_SEGMENT}
   */
  public OptionalInt segmentIndex() {
    return segmentIndex < 0 ? OptionalInt.empty() : OptionalInt.of(segmentIndex);
  }

  /**
   * Returns how many bytes X had acknowledged when the upload was interrupted.
   *
   * @return from 0 to {@link #totalBytes()}
   */
  public long bytesAcknowledged() {
    return bytesAcknowledged;
  }

  /**
   * Returns the size of the whole upload.
   *
   * @return the bytes the upload was to send
   */
  public long totalBytes() {
    return totalBytes;
  }
}
