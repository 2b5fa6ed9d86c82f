package io.github.xconnector.media;

import io.github.xconnector.errors.XException;

/**
 * Thrown when X could not process uploaded media (state {@code failed}), or did not finish within the configured
 * wait. It carries the media id and, for failures, the error X reported in {@code processing_info.error}.
 */
public class MediaProcessingException extends XException {

  private static final long serialVersionUID = 1L;

  private final String mediaId;
  private final String state;
  private final Integer errorCode;
  private final String errorName;
  private final String errorMessage;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param mediaId the media that failed
   * @param state X's last processing state, for example {@code failed} or {@code in_progress}
   * @param errorCode X's error code, or {@code null}
   * @param errorName X's error name, for example {@code InvalidMedia}, or {@code null}
   * @param errorMessage X's error message, for example {@code Unsupported video format}, or {@code null}
   */
  public MediaProcessingException(String message, String mediaId, String state, Integer errorCode, String errorName,
      String errorMessage) {
    super(message);
    this.mediaId = mediaId;
    this.state = state;
    this.errorCode = errorCode;
    this.errorName = errorName;
    this.errorMessage = errorMessage;
  }

  /**
   * Returns the id of the media X was processing.
   *
   * @return the media id
   */
  public String mediaId() {
    return mediaId;
  }

  /**
   * Returns X's last processing state: {@code failed}, or a state such as {@code in_progress} when the wait ran out.
   *
   * @return the state
   */
  public String state() {
    return state;
  }

  /**
   * Tells whether the upload gave up waiting rather than X reporting a failure; the media may still succeed later.
   *
   * @return {@code true} when the wait ran out
   */
  public boolean timedOut() {
    return !"failed".equals(state);
  }

  /**
   * Returns X's numeric error code.
   *
   * @return the code, or {@code null}
   */
  public Integer errorCode() {
    return errorCode;
  }

  /**
   * Returns X's error name.
   *
   * @return for example {@code InvalidMedia}, or {@code null}
   */
  public String errorName() {
    return errorName;
  }

  /**
   * Returns X's error message.
   *
   * @return for example {@code Unsupported video format}, or {@code null}
   */
  public String errorMessage() {
    return errorMessage;
  }
}
