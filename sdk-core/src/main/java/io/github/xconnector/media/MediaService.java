package io.github.xconnector.media;

import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.AltText;
import io.github.xconnector.generated.model.MediaAnalyticsField;
import io.github.xconnector.generated.model.MediaAnalyticsGranularity;
import io.github.xconnector.generated.model.MediaAnalyticsResponse;
import io.github.xconnector.generated.model.MediaCategoryOneShot;
import io.github.xconnector.generated.model.MediaCategorySubtitles;
import io.github.xconnector.generated.model.MediaField;
import io.github.xconnector.generated.model.MediaListResponse;
import io.github.xconnector.generated.model.MediaMetadataRequest;
import io.github.xconnector.generated.model.MediaMetadataRequestMetadata;
import io.github.xconnector.generated.model.MediaMetadataResponse;
import io.github.xconnector.generated.model.MediaResponse;
import io.github.xconnector.generated.model.MediaSubtitles;
import io.github.xconnector.generated.model.MediaUploadAppendResponse;
import io.github.xconnector.generated.model.MediaUploadInitializeRequest;
import io.github.xconnector.generated.model.MediaUploadResponse;
import io.github.xconnector.generated.model.SubtitlesAddRequest;
import io.github.xconnector.generated.model.SubtitlesAddResponse;
import io.github.xconnector.generated.model.SubtitlesRemoveRequest;
import io.github.xconnector.generated.model.SubtitlesRemoveResponse;
import io.github.xconnector.generated.operations.MediaOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.internal.Validate;
import io.github.xconnector.transport.Sleeper;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.function.Function;

/**
 * Uploads media and sets its metadata: {@link #upload(Path)} and {@link #upload(MediaUpload)} do a whole upload in one
 * call; the other methods are X's individual upload operations, each returning X's answer as is. Media is also looked
 * up by media key ({@link #lookup(String, MediaField...)}), gets subtitles ({@link #addSubtitles}) and has analytics
 * ({@link #analytics}).
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
   * Sets any of the metadata X keeps on uploaded media (alt text, sensitive-media warning, download permission, ...)
   * in one request.
   *
   * @param mediaId the media id
   * @param metadata the metadata to set; members left {@code null} are not sent
   * @return X's answer
   */
  public MediaMetadataResponse metadata(String mediaId, MediaMetadataRequestMetadata metadata) {
    return calls.call(MediaOperations.CREATE_MEDIA_METADATA, CallArguments.create()
        .body(new MediaMetadataRequest().id(mediaId).metadata(metadata)));
  }

  /**
   * Looks up one piece of media by its media key ({@code 3_...} for a photo, {@code 7_...} for a video).
   *
   * @param mediaKey the media key, as in a post's {@code attachments.media_keys}
   * @param fields the media fields to return; none for X's default ({@code media_key} and {@code type})
   * @return the media, or partial errors when X has none with that key
   */
  public MediaResponse lookup(String mediaKey, MediaField... fields) {
    return calls.call(MediaOperations.GET_MEDIA_BY_KEY, CallArguments.create().put("media_key", "mediaKey", mediaKey)
        .fields(selection("media.fields", fields, MediaField::getValue)));
  }

  /**
   * Looks up to 100 pieces of media by their media keys.
   *
   * @param mediaKeys the media keys
   * @param fields the media fields to return
   * @return the media found, and partial errors for the keys not found
   */
  public MediaListResponse lookup(List<String> mediaKeys, MediaField... fields) {
    return calls.call(MediaOperations.GET_MEDIA_BY_KEYS, CallArguments.create()
        .put("media_keys", "mediaKeys", mediaKeys == null ? List.of() : mediaKeys)
        .fields(selection("media.fields", fields, MediaField::getValue)));
  }

  /**
   * Attaches an uploaded subtitles file (uploaded with category {@code subtitles}) to an uploaded video. Attaching
   * the same file again changes nothing, so the request is repeated after a failure like a read.
   *
   * @param videoId the video's media id
   * @param category the video's category
   * @param subtitles the subtitles file's media id, its language code and the language's display name
   * @return the video with all its subtitles
   */
  public SubtitlesAddResponse addSubtitles(String videoId, MediaCategorySubtitles category,
      MediaSubtitles subtitles) {
    return calls.call(MediaOperations.ADD_MEDIA_SUBTITLES, CallArguments.create()
        .body(new SubtitlesAddRequest().id(videoId).mediaCategory(category).subtitles(subtitles)));
  }

  /**
   * Removes the subtitles of one language from an uploaded video.
   *
   * @param videoId the video's media id
   * @param category the video's category
   * @param languageCode the two upper-case letters of the language, such as {@code EN}
   * @return whether the subtitles were removed
   */
  public SubtitlesRemoveResponse removeSubtitles(String videoId, MediaCategorySubtitles category,
      String languageCode) {
    return calls.call(MediaOperations.REMOVE_MEDIA_SUBTITLES, CallArguments.create()
        .body(new SubtitlesRemoveRequest().id(videoId).mediaCategory(category).languageCode(languageCode)));
  }

  /**
   * Returns playback and click counts of the caller's media over a time range.
   *
   * @param mediaKeys up to 100 media keys
   * @param start the start of the range
   * @param end the end of the range
   * @param granularity per hour, per day or one total
   * @param fields the counts to return; none for X's default
   * @return the counts per media key and time bucket
   */
  public MediaAnalyticsResponse analytics(List<String> mediaKeys, Instant start, Instant end,
      MediaAnalyticsGranularity granularity, MediaAnalyticsField... fields) {
    return calls.call(MediaOperations.GET_MEDIA_ANALYTICS, CallArguments.create()
        .put("media_keys", "mediaKeys", mediaKeys == null ? List.of() : mediaKeys)
        .put("start_time", "start", start).put("end_time", "end", end)
        .put("granularity", "granularity", granularity)
        .fields(selection("media_analytics.fields", fields, MediaAnalyticsField::getValue)));
  }

  private static <T> Map<String, Set<String>> selection(String parameter, T[] values, Function<T, String> value) {
    Set<String> selected = new LinkedHashSet<>();
    if (values != null) {
      for (T item : values) {
        selected.add(value.apply(Objects.requireNonNull(item, parameter + " value")));
      }
    }
    return selected.isEmpty() ? Map.of() : Map.of(parameter, selected);
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
    return upload(MediaUpload.fromPath(Validate.present("file", file)).build());
  }

  /**
   * Uploads media in one call and returns it once X has processed it: small images in one request, everything else
   * in segments of the chunk size, retrying a failed segment alone; then waits for processing and sets the alt text.
   *
   * @param upload the file or stream and its options
   * @return the media id to attach to a post
   * @throws io.github.xconnector.errors.XValidationException before any request, when the media breaks X's rules
   * @throws io.github.xconnector.media.MediaProcessingException when X could not process the media, or not in time
   * @throws UploadInterruptedException when the thread was interrupted; the interrupt flag is set again
   */
  public UploadedMedia upload(MediaUpload upload) {
    return new MediaUploader(this, new Transfer(), sleeper).upload(Validate.present("upload", upload));
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
