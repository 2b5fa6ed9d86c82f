package io.github.xconnector.media;

import io.github.xconnector.errors.BadRequestException;
import io.github.xconnector.errors.NotFoundException;
import io.github.xconnector.errors.ServerException;
import io.github.xconnector.errors.XException;
import io.github.xconnector.errors.XIoException;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.MediaUploadInitializeRequest.MediaTypeEnum;
import io.github.xconnector.generated.model.MediaUploadInitializeRequest;
import io.github.xconnector.generated.model.MediaUploadResponse;
import io.github.xconnector.generated.model.MediaUploadResponseData;
import io.github.xconnector.generated.operations.MediaOperations;
import io.github.xconnector.transport.Sleeper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Uploads media in one call: recognises and checks it, sends it in one request or in segments, waits for X to
 * process it and sets its alt text.
 *
 * <p>Memory stays bounded by the chunk size whatever the file size: the source is read one segment at a time
 * straight into that segment's request body, and the next segment reuses the array.
 *
 * <p>A segment that fails with a 5xx answer or an I/O failure (a timeout, a reset connection) is sent again, alone
 * and with the same index, after a backoff that doubles per retry, up to
 * {@link MediaUpload.Builder#maxSegmentRetries(int)} times. The client-wide retry policy does not repeat these POSTs
 * because they may have reached X; for segments it is safe, since X keeps the last copy of each segment index. The
 * upload never restarts from the first segment and never sends again a segment X acknowledged with 2xx. Other
 * errors (4xx, a rate limit longer than the client waits) end the upload at once.
 *
 * <p>Reached through {@code XClient.media().upload(...)}; thread-safe.
 */
public final class MediaUploader {

  private final MediaService media;
  private final MediaTransfer transfer;
  private final SegmentSender segments;
  private static final int FINALIZE_ATTEMPTS = 3;

  private final ProcessingPoller poller;

  /**
   * Creates the uploader; {@code XClient} does this.
   *
   * @param media the raw media operations
   * @param transfer the operations that carry media bytes
   * @param sleeper waits between segment retries and status checks
   */
  public MediaUploader(MediaService media, MediaTransfer transfer, Sleeper sleeper) {
    this.media = media;
    this.transfer = transfer;
    this.segments = new SegmentSender(transfer, sleeper);
    this.poller = new ProcessingPoller(media, sleeper);
  }

  /**
   * Uploads media and returns it once X has processed it.
   *
   * <p>Before any request the format is recognised from the content, the category chosen and X's size limits
   * checked. Still images no larger than the chunk size go in one request; everything else goes in segments
   * (initialize, append each segment, finalize). Videos and GIFs are then polled until X has processed them, and
   * the alt text, when given, is set last.
   *
   * @param upload what to upload and how
   * @return the media id and key, to attach to a post
   * @throws XValidationException before any request, when the media breaks X's rules (unknown format, a HEIF,
   *     AVIF or audio file, too large, wrong category) or a stream's declared type is not that of its content
   * @throws MediaProcessingException when X could not process the media or did not finish in time
   * @throws io.github.xconnector.errors.XServiceException when X refused a request
   * @throws io.github.xconnector.errors.XIoException when reading the source or reaching X failed
   * @throws UploadInterruptedException when the thread was interrupted (while a segment was sent, while waiting to
   *     send one again, while waiting for processing, or in any other step); it says how far the upload got, and the
   *     thread's interrupt flag is set again
   */
  public UploadedMedia upload(MediaUpload upload) {
    try (MediaInput input = MediaInput.open(upload)) {
      UploadPlan plan = UploadPlan.of(upload, input);
      UploadState progress = new UploadState(input.name(), plan.length());
      try {
        return send(input, plan, upload, progress);
      } catch (RuntimeException failure) {
        throw progress.interruptedOr(failure);
      }
    }
  }

  private UploadedMedia send(MediaInput input, UploadPlan plan, MediaUpload upload, UploadState progress) {
    progress.stopIfInterrupted();
    MediaUploadResponseData data = plan.oneShot() ? sendOneShot(input, plan, upload, progress)
        : sendChunked(input, plan, upload, progress);
    progress.started(data.getId());
    progress.acknowledged(plan.length());
    progress.at(UploadInterruptedException.Stage.WAITING_FOR_PROCESSING);
    String state = poller.await(data.getId(), data.getProcessingInfo(), upload.maxProcessingWait());
    if (upload.altText() != null) {
      progress.at(UploadInterruptedException.Stage.SETTING_ALT_TEXT);
      progress.stopIfInterrupted();
      media.setAltText(data.getId(), upload.altText());
    }
    return new UploadedMedia(data.getId(), data.getMediaKey(), plan.format(), plan.category(), state);
  }

  private MediaUploadResponseData sendOneShot(MediaInput input, UploadPlan plan, MediaUpload upload,
      UploadState progress) {
    String mime = plan.format().mimeType();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("media_category", plan.category().getValue());
    fields.put("media_type", mime);
    MultipartBody body = MultipartBody.layout(MultipartBody.newBoundary(), fields, "media", input.fileName(), mime,
        (int) plan.length(), null);
    input.readFully(body.bytes(), body.fileOffset(), body.fileLength(), 0);
    input.expectEnd();
    progress.stopIfInterrupted();
    MediaUploadResponseData data = dataOf(transfer.uploadOneShot(body, plan.category().getValue(), mime),
        MediaOperations.UPLOAD_MEDIA.endpoint());
    progress.started(data.getId());
    progress.acknowledged(plan.length());
    upload.progress().onProgress(plan.length(), plan.length());
    return data;
  }

  private MediaUploadResponseData sendChunked(MediaInput input, UploadPlan plan, MediaUpload upload,
      UploadState progress) {
    MediaUploadInitializeRequest request = new MediaUploadInitializeRequest()
        // The generated model starts with an empty owners list, which would be sent as [].
        .additionalOwners(null)
        .mediaType(MediaTypeEnum.fromValue(plan.format().mimeType()))
        .mediaCategory(plan.category())
        .totalBytes(plan.length());
    MediaUploadResponseData started = dataOf(media.initialize(request),
        MediaOperations.INITIALIZE_MEDIA_UPLOAD.endpoint());
    progress.started(started.getId());
    segments.sendAll(started.getId(), input, plan, upload, progress);
    progress.at(UploadInterruptedException.Stage.FINALIZING);
    progress.stopIfInterrupted();
    MediaUploadResponse answer = finalizeOrRecover(started.getId());
    // Finalize answers carry the processing state; the id and key are taken from initialize when it omits them.
    MediaUploadResponseData finished = answer == null || answer.getData() == null ? new MediaUploadResponseData()
        : answer.getData();
    if (finished.getId() == null) {
      finished.setId(started.getId());
    }
    if (finished.getMediaKey() == null) {
      finished.setMediaKey(started.getMediaKey());
    }
    return finished;
  }

  // Finalize is not repeated blindly: after a server error or a broken connection X may or may not have finalized.
  // STATUS tells: an answer means the upload is finalized (and carries its processing state); X's refusal to report
  // on the media means it is not, and finalizing again is safe. Every segment is kept at X, so nothing is resent.
  private MediaUploadResponse finalizeOrRecover(String mediaId) {
    for (int attempt = 1; ; attempt++) {
      try {
        return media.finalizeUpload(mediaId);
      } catch (ServerException | XIoException failure) {
        if (UploadState.isInterrupt(failure)) {
          throw failure;
        }
        try {
          return media.status(mediaId);
        } catch (BadRequestException | NotFoundException notFinalized) {
          if (attempt == FINALIZE_ATTEMPTS) {
            throw failure;
          }
        } catch (RuntimeException statusFailed) {
          failure.addSuppressed(statusFailed);
          throw failure;
        }
      }
    }
  }

  private static MediaUploadResponseData dataOf(MediaUploadResponse response, String operation) {
    MediaUploadResponseData data = response == null ? null : response.getData();
    if (data == null || data.getId() == null) {
      throw new XException(operation + " answered without a media id" + (response == null ? "" : ": " + response)
          + ". Nothing more was sent.");
    }
    return data;
  }
}
