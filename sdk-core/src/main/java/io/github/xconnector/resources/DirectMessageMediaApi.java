package io.github.xconnector.resources;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.xconnector.generated.model.ApiResponse;
import io.github.xconnector.internal.OpenBodyApi;
import java.io.InputStream;

/**
 * The media download of direct messages, declared by hand so the file's bytes reach the caller as a stream straight
 * from the connection: the generated operation would decode them into a {@code java.io.File}.
 *
 * <p>This is wiring for {@link DirectMessagesService}; callers use {@code XClient.directMessages().downloadMedia(...)}.
 * The client builds it with the same Feign configuration as every other operation (authentication, error decoding,
 * retries) except that the body stays open after decoding, and the method name equals the spec's operation id.
 */
public interface DirectMessageMediaApi extends OpenBodyApi {

  /**
   * Requests one attached file.
   *
   * @param dmId the message event the file is attached to
   * @param mediaId the media id
   * @param resourceId the file's name with its extension
   * @return the answer, whose body is the open stream of the file's bytes
   */
  @RequestLine("GET /2/dm_conversations/media/{dm_id}/{media_id}/{resource_id}")
  @Headers("Accept: */*")
  ApiResponse<InputStream> downloadDirectMessageMedia(@Param("dm_id") String dmId, @Param("media_id") String mediaId,
      @Param("resource_id") String resourceId);
}
