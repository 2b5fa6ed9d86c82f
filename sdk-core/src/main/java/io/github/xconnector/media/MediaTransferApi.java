package io.github.xconnector.media;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.form.FormData;
import io.github.xconnector.generated.model.MediaUploadResponse;

/**
 * The two upload operations that carry media bytes, declared by hand so the bytes can come from memory: the
 * generated operations take a {@code java.io.File}.
 *
 * <p>This is wiring for {@link MediaUploader}; callers use {@code XClient.media().upload(...)}. The client builds it
 * with the same Feign configuration as every other operation (authentication, error decoding, retries), and the
 * method names equal the spec's operation ids, so the authentication check knows what each one needs.
 */
public interface MediaTransferApi {

  /**
   * Sends one segment of a chunked upload. The answer body is not read: a 2xx status is X's acknowledgement.
   *
   * @param id the media id from initialize
   * @param segmentIndex the segment's number, from 0 to 999
   * @param media the segment's bytes
   */
  @RequestLine("POST /2/media/upload/{id}/append")
  @Headers({"Content-Type: multipart/form-data", "Accept: application/json,application/problem+json"})
  void appendMediaUpload(@Param("id") String id, @Param("segment_index") Integer segmentIndex,
      @Param("media") FormData media);

  /**
   * Uploads a small image in one request.
   *
   * @param media the image's bytes
   * @param mediaCategory for example {@code tweet_image}
   * @param mediaType for example {@code image/png}
   * @return the media id and details
   */
  @RequestLine("POST /2/media/upload")
  @Headers({"Content-Type: multipart/form-data", "Accept: application/json,application/problem+json"})
  MediaUploadResponse uploadMedia(@Param("media") FormData media, @Param("media_category") String mediaCategory,
      @Param("media_type") String mediaType);
}
