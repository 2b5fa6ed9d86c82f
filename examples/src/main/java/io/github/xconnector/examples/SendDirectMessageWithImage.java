package io.github.xconnector.examples;

import io.github.xconnector.XClient;
import io.github.xconnector.auth.StaticBearerTokenProvider;
import io.github.xconnector.generated.model.CreateDmEventResponse;
import io.github.xconnector.generated.model.DmEvent;
import io.github.xconnector.generated.model.DmEventExpansion;
import io.github.xconnector.generated.model.DmEventField;
import io.github.xconnector.generated.model.DmEventResponse;
import io.github.xconnector.generated.model.DmEventType;
import io.github.xconnector.generated.model.Media;
import io.github.xconnector.generated.model.MediaCategory;
import io.github.xconnector.generated.model.MediaField;
import io.github.xconnector.media.MediaUpload;
import io.github.xconnector.media.UploadedMedia;
import io.github.xconnector.resources.DirectMessage;
import io.github.xconnector.resources.DirectMessageEventsRequest;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.sandbox.XSandbox;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Uploads an image for direct messages, sends it with a text to another user, lists the conversation, and downloads
 * the image again from the message, streamed to a file.
 *
 * <p>The recipient is the user id in {@code X_EXAMPLE_DM_RECIPIENT} and the image the file in
 * {@code X_EXAMPLE_IMAGE}. Against the sandbox, without them, the example writes to {@code @kai_rivers} with a small
 * generated PNG, and shows the message from Kai's side too. Against the real X API, without a recipient, it skips.
 *
 * <p>Against the sandbox: {@code mvn -q -B -pl examples -am -Ptour verify -DskipTests
 * -Dexample=SendDirectMessageWithImage}. Against the real X API set the OAuth settings (see {@link LogInWithOAuth})
 * with the scopes {@code dm.read dm.write media.write} in {@code X_SCOPES}, and {@code X_EXAMPLE_DM_RECIPIENT}.
 */
public final class SendDirectMessageWithImage {

  /** An 8 by 8 red PNG. */
  private static final String RED_SQUARE = "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEklEQVR4nGP4z8CAFWEXHbQSACj/P8"
      + "Fu7N9hAAAAAElFTkSuQmCC";

  private SendDirectMessageWithImage() {
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
   * Sends the message, lists the conversation and downloads the image.
   *
   * @param session the connection
   * @param out where to report
   */
  public static void run(ExampleSession session, PrintStream out) {
    XClient x = session.x();
    Optional<XSandbox> sandbox = session.sandbox();
    Optional<String> named = session.environmentValue("X_EXAMPLE_DM_RECIPIENT");
    if (named.isEmpty() && sandbox.isEmpty()) {
      out.println("Skipped: set X_EXAMPLE_DM_RECIPIENT to the user id to send a direct message to");
      return;
    }
    String recipient = named.orElseGet(() -> x.users().byUsername("kai_rivers").getData().getId());
    Path image = session.environmentValue("X_EXAMPLE_IMAGE").map(Path::of)
        .orElseGet(() -> write(session.workDirectory().resolve("red-square.png"), Base64.getDecoder()
            .decode(RED_SQUARE)));

    UploadedMedia photo = x.media().upload(MediaUpload.fromPath(image).category(MediaCategory.DM_IMAGE).build());
    out.println("Uploaded " + image.getFileName() + " for direct messages: media " + photo.id());

    CreateDmEventResponse sent = x.directMessages().send(recipient,
        DirectMessage.builder().text("A red square, as promised (" + session.stamp() + ")").media(photo).build());
    String conversation = sent.getData().getDmConversationId();
    String eventId = sent.getData().getDmEventId();
    out.println("Sent direct message " + eventId + " in conversation " + conversation);

    Fields fields = Fields.builder().dmEvent(DmEventField.SENDER_ID, DmEventField.CREATED_AT, DmEventField.ATTACHMENTS)
        .expand(DmEventExpansion.ATTACHMENTS_MEDIA_KEYS).media(MediaField.URL).build();
    List<DmEvent> messages = x.directMessages().conversationEvents(conversation, DirectMessageEventsRequest.builder()
        .eventTypes(DmEventType.MESSAGE_CREATE).maxResults(20).fields(fields).build()).stream().limit(20).toList();
    out.println("Conversation " + conversation + ": " + messages.size() + " message(s), newest first");
    messages.forEach(m -> out.println("  " + m.getCreatedAt() + " from " + m.getSenderId() + ": " + m.getText()));

    // The media URL ends in the file's resource id, which the download endpoint takes.
    DmEventResponse message = x.directMessages().event(eventId, fields);
    Media attached = message.getIncludes().getMedia().get(0);
    String url = attached.getUrl().toString();
    String resourceId = url.substring(url.lastIndexOf('/') + 1);
    Path copy = session.workDirectory().resolve("received-" + resourceId);
    long bytes = x.directMessages().downloadMedia(eventId, photo.id(), resourceId, copy);
    out.println("Downloaded " + resourceId + " from the message: " + bytes + " bytes, streamed to "
        + copy.getFileName());

    sandbox.ifPresent(local -> {
      XClient kai = x.withOptions(b -> b.credentials(StaticBearerTokenProvider.forUser(
          local.issueUserToken(recipient))));
      long seen = kai.directMessages().eventsWith(session.userId()).stream().count();
      out.println("Kai sees " + seen + " message(s) from @" + session.username() + " in the same conversation");
    });
  }

  private static Path write(Path file, byte[] bytes) {
    try {
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the generated image", e);
    }
  }
}
