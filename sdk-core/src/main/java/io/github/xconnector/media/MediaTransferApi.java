package io.github.xconnector.media;

import feign.Headers;
import io.github.xconnector.generated.model.ApiResponse;
import feign.Param;
import feign.RequestLine;
import io.github.xconnector.generated.model.MediaUploadResponse;

/**
 * The two upload operations that carry media bytes, declared by hand so the bytes can come from memory laid out
 * once: the generated operations take a {@code java.io.File}.
 *
 * <p>This is wiring for {@link MediaUploader}; callers use {@code XClient.media().upload(...)}. The client builds it
 * with the same Feign configuration as every other operation (authentication, error decoding, retries), and the
 * method names equal the spec's operation ids, so the authentication check knows what each one needs. Bodies are
 * written by {@link MultipartBodyEncoder}.
 */
public interface MediaTransferApi {

  /**
   * Sends one segment of a chunked upload: fields {@code segment_index} and {@code media}. The answer body is not
   * read: a 2xx status is X's acknowledgement.
   *
   * @param id the media id from initialize
   * @param segment the multipart body holding the segment
   */
  @RequestLine("POST /2/media/upload/{id}/append")
  @Headers({"Content-Type: multipart/form-data", "Accept: application/json,application/problem+json"})
  ApiResponse<Void> appendMediaUpload(@Param("id") String id, MultipartBody segment);

  /**
   * Uploads a small image in one request: fields {@code media_category}, {@code media_type} and {@code media}.
   *
   * @param media the multipart body holding the image
   * @return the media id and details
   */
  @RequestLine("POST /2/media/upload")
  @Headers({"Content-Type: multipart/form-data", "Accept: application/json,application/problem+json"})
  ApiResponse<MediaUploadResponse> uploadMedia(MultipartBody media);
}
