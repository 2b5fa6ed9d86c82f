package io.github.xconnector.media;

/**
 * Hears how far an upload has come. Called on the uploading thread after X acknowledged each segment (once for a
 * one-shot upload), so {@code bytesSent} only grows and ends equal to {@code totalBytes}.
 */
@FunctionalInterface
public interface UploadProgressListener {

  /** A listener that ignores progress. */
  UploadProgressListener NONE = (bytesSent, totalBytes) -> { };

  /**
   * Reports the bytes X has acknowledged so far.
   *
   * @param bytesSent bytes acknowledged, from the first segment's size up to {@code totalBytes}
   * @param totalBytes the size of the whole upload
   */
  void onProgress(long bytesSent, long totalBytes);
}
