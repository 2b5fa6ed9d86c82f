package io.github.xconnector.examples;

import io.github.xconnector.XClient;
import io.github.xconnector.media.MediaProcessingException;
import io.github.xconnector.media.MediaUpload;
import io.github.xconnector.media.UploadedMedia;
import io.github.xconnector.resources.PostDraft;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Uploads a video in segments, reporting progress, waits for X to process it, and posts it.
 *
 * <p>The video is the file named by {@code X_EXAMPLE_VIDEO}. Against the sandbox, without it, the example generates a
 * small file that only looks like an MP4 (an {@code ftyp} box and padding): enough for the sandbox, which checks the
 * first bytes. Against the real X API, without it, the example skips the upload.
 *
 * <p>Against the sandbox: {@code mvn -q -B -pl examples -am -Ptour verify -DskipTests -Dexample=PostWithVideo}.
 * Against the real X API set the OAuth settings (see {@link LogInWithOAuth}) with the scope {@code media.write} in
 * {@code X_SCOPES}, and {@code X_EXAMPLE_VIDEO}.
 */
public final class PostWithVideo {

  /** Small segments, so that even the small generated video goes in several; the default is 4 MiB. */
  private static final int CHUNK_SIZE = 16 * 1024;
  private static final int GENERATED_SIZE = 40 * 1024;

  private PostWithVideo() {
  }

  /**
   * Runs the example alone.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    try (ExampleSession session = ExampleSession.open(System.out)) {
      run(session, System.out);
    }
  }

  /**
   * Uploads the video and posts it.
   *
   * @param session the connection
   * @param out where to report
   */
  public static void run(ExampleSession session, PrintStream out) {
    XClient x = session.x();
    Optional<Path> named = session.environmentValue("X_EXAMPLE_VIDEO").map(Path::of);
    if (named.isEmpty() && session.sandbox().isEmpty()) {
      out.println("Skipped: set X_EXAMPLE_VIDEO to an MP4 file to upload it to X");
      return;
    }
    Path video = named.orElseGet(() -> generateVideo(session.workDirectory()));
    out.println("Uploading " + video.getFileName() + " in segments of " + CHUNK_SIZE / 1024 + " KiB");

    UploadedMedia media;
    try {
      media = x.media().upload(MediaUpload.fromPath(video)
          .altText("A short test clip")
          .chunkSize(CHUNK_SIZE)
          .progress((sent, total) -> out.println("  upload progress: " + sent + " of " + total + " bytes ("
              + 100 * sent / total + "%)"))
          .build());
    } catch (MediaProcessingException e) {
      out.println("X could not process the video: " + e.getMessage());
      return;
    }
    out.println("Uploaded media " + media.id() + " (" + media.format() + "), processing "
        + media.processingState().orElse("not needed"));

    String text = "A short clip, uploaded in segments (" + session.stamp() + ")";
    String postId = x.posts().create(PostDraft.text(text).media(media.id()).build()).getData().getId();
    session.published(postId);
    out.println("Posted video post " + postId + ": \"" + text + "\"");
  }

  /** Writes a file that starts like an MP4 (size, {@code ftyp}, brand {@code isom}), padded with zeros. */
  private static Path generateVideo(Path directory) {
    byte[] bytes = new byte[GENERATED_SIZE];
    bytes[3] = 0x18; // the ftyp box is 24 bytes long
    byte[] header = "ftypisom\0\0\2\0isomiso2".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, bytes, 4, header.length);
    try {
      return Files.write(directory.resolve("clip.mp4"), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the generated video", e);
    }
  }
}
