package io.github.xconnector.media;

import io.github.xconnector.generated.model.MediaUploadResponse;

/**
 * Sends the two upload requests that carry media bytes laid out in memory, through the client's call path (checks,
 * authentication, errors). {@code XClient.media()} provides it to {@link MediaUploader}.
 */
public interface MediaTransfer {

  /**
   * Sends one segment of a chunked upload.
   *
   * @param mediaId the media id from initialize
   * @param segmentIndex the segment's index
   * @param segment the multipart body holding {@code segment_index} and {@code media}
   */
  void append(String mediaId, int segmentIndex, MultipartBody segment);

  /**
   * Uploads a small image in one request.
   *
   * @param body the multipart body holding {@code media_category}, {@code media_type} and {@code media}
   * @param category the {@code media_category} in the body
   * @param mediaType the {@code media_type} in the body
   * @return the media id and details
   */
  MediaUploadResponse uploadOneShot(MultipartBody body, String category, String mediaType);
}
