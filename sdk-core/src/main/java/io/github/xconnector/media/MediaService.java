package io.github.xconnector.media;

import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.AltText;
import io.github.xconnector.generated.model.MediaCategoryOneShot;
import io.github.xconnector.generated.model.MediaMetadataRequest;
import io.github.xconnector.generated.model.MediaMetadataRequestMetadata;
import io.github.xconnector.generated.model.MediaMetadataResponse;
import io.github.xconnector.generated.model.MediaUploadAppendResponse;
import io.github.xconnector.generated.model.MediaUploadInitializeRequest;
import io.github.xconnector.generated.model.MediaUploadResponse;
import io.github.xconnector.generated.operations.MediaOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.internal.Validate;
import io.github.xconnector.transport.Sleeper;
import java.io.File;
import java.nio.file.Path;

/**
 * Uploads media and sets its metadata: {@link #upload(Path)} and {@link #upload(MediaUpload)} do a whole upload in one
 * call; the other methods are X's individual upload operations, each returning X's answer as is.
 */
public final class MediaService {

  private final CallExecutor calls;
  private final Sleeper sleeper;

  /**
   * Creates the service; {@code XClient} does this, and the call path it takes is internal to the SDK.
   *
   * @param calls the client's call path
   * @param sleeper waits between upload steps
   */
  public MediaService(CallExecutor calls, Sleeper sleeper) {
    this.calls = calls;
    this.sleeper = sleeper;
  }

  /**
   * Uploads a small file (an image or subtitles) in one multipart request.
   *
   * @param file the file
   * @param category what the media is for
   * @param mediaType its MIME type, for example {@code image/png}
   * @return the media id and details
   * @throws XValidationException before any request, when the file is missing or unreadable
   */
  public MediaUploadResponse uploadOneShot(File file, MediaCategoryOneShot category, String mediaType) {
    return calls.call(MediaOperations.UPLOAD_MEDIA, CallArguments.create()
        .put("media", "media file", file).put("media_category", "category", category)
        .put("media_type", "mediaType", mediaType));
  }

  /**
   * Starts a chunked upload.
   *
   * @param request the media type, category and total size
   * @return the media id to append to
   */
  public MediaUploadResponse initialize(MediaUploadInitializeRequest request) {
    return calls.call(MediaOperations.INITIALIZE_MEDIA_UPLOAD, CallArguments.create().body(request));
  }

  /**
   * Sends one segment of a chunked upload.
   *
   * @param mediaId the id from {@link #initialize}
   * @param segment the file holding the segment's bytes
   * @param segmentIndex the segment's number, from 0 to 999
   * @return X's answer
   * @throws XValidationException before any request, when the file is missing or unreadable
   */
  public MediaUploadAppendResponse append(String mediaId, File segment, int segmentIndex) {
    return calls.call(MediaOperations.APPEND_MEDIA_UPLOAD, CallArguments.create().put("id", "mediaId", mediaId)
        .put("segment_index", "segmentIndex", segmentIndex)
        .put("media", "segment file", segment));
  }

  /**
   * Completes a chunked upload. Videos and GIFs then process; poll {@link #status} until it succeeds.
   *
   * @param mediaId the media id
   * @return the media with its processing state
   */
  public MediaUploadResponse finalizeUpload(String mediaId) {
    return calls.call(MediaOperations.FINALIZE_MEDIA_UPLOAD, CallArguments.create().put("id", "mediaId", mediaId));
  }

  /**
   * Returns the processing state of uploaded media.
   *
   * @param mediaId the media id
   * @return the media with its processing state
   */
  public MediaUploadResponse status(String mediaId) {
    return calls.call(MediaOperations.GET_MEDIA_UPLOAD_STATUS, CallArguments.create()
        .put("media_id", "mediaId", mediaId).put("command", "STATUS"));
  }

  /**
   * Sets the alt text that describes media to people who cannot see it.
   *
   * @param mediaId the media id
   * @param altText the description, within X's length limit
   * @return X's answer
   */
  public MediaMetadataResponse setAltText(String mediaId, String altText) {
    Validate.notBlank("altText", altText);
    MediaMetadataRequest request = new MediaMetadataRequest().id(mediaId)
        .metadata(new MediaMetadataRequestMetadata().altText(new AltText().text(altText)));
    return calls.call(MediaOperations.CREATE_MEDIA_METADATA, CallArguments.create().body(request));
  }

  /**
   * Uploads an image, GIF or video file with the default options and returns it once X has processed it.
   *
   * @param file the file; its format is recognised from its content
   * @return the media id to attach to a post
   * @throws io.github.xconnector.errors.XValidationException before any request, when the media breaks X's rules
   * @see #upload(MediaUpload)
   */
  public UploadedMedia upload(Path file) {
    return upload(MediaUpload.fromPath(file).build());
  }

  /**
   * Uploads media in one call and returns it once X has processed it: small images in one request, everything else
   * in segments of the chunk size, retrying a failed segment alone; then waits for processing and sets the alt text.
   *
   * @param upload the file or stream and its options
   * @return the media id to attach to a post
   * @throws io.github.xconnector.errors.XValidationException before any request, when the media breaks X's rules
   * @throws io.github.xconnector.media.MediaProcessingException when X could not process the media, or not in time
   */
  public UploadedMedia upload(MediaUpload upload) {
    return new MediaUploader(this, new Transfer(), sleeper).upload(upload);
  }

  // The requests with media bytes go through the hand-written MediaTransferApi, the rest of the path is the same.
  private final class Transfer implements MediaTransfer {
    @Override
    public void append(String mediaId, int segmentIndex, MultipartBody segment) {
      calls.exchange(MediaOperations.APPEND_MEDIA_UPLOAD, CallArguments.create().put("id", "mediaId", mediaId)
          .put("segment_index", "segmentIndex", segmentIndex).put("media", segment), MediaTransferApi.class,
          (api, call) -> ((MediaTransferApi) api).appendMediaUpload(call.path("id"), segment));
    }

    @Override
    public MediaUploadResponse uploadOneShot(MultipartBody body, String category, String mediaType) {
      return calls.<MediaUploadResponse>exchange(MediaOperations.UPLOAD_MEDIA, CallArguments.create()
          .put("media", body).put("media_category", category).put("media_type", mediaType), MediaTransferApi.class,
          (api, call) -> ((MediaTransferApi) api).uploadMedia(body)).getData();
    }
  }
}
