package io.github.xconnector.sandbox.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xconnector.XClient;
import io.github.xconnector.auth.StaticBearerTokenProvider;
import io.github.xconnector.errors.ForbiddenException;
import io.github.xconnector.generated.model.DmEvent;
import io.github.xconnector.resources.DirectMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox keeps direct messages as X does: both sides see them, blocks stop them, scopes are enforced. */
class DirectMessagesEndToEndTest {

  private static final String KAI = "1000000002";
  private static final String NORA = "1000000003";

  private SdkSandbox x;
  private String me;
  private XClient dev;
  private XClient kai;

  @BeforeEach
  void start() {
    x = SdkSandbox.start();
    me = x.sandbox().authorizingUser().id();
    dev = user(me);
    kai = user(KAI);
  }

  @AfterEach
  void stop() {
    x.close();
  }

  @Test
  void send_isListedForBothParticipants_inEveryView_underXsConversationId() {
    String eventId = kai.directMessages().send(me, DirectMessage.text("Hi from Kai")).getData().getDmEventId();

    String conversation = Long.parseLong(me) < Long.parseLong(KAI) ? me + "-" + KAI : KAI + "-" + me;
    for (XClient side : new XClient[] {dev, kai}) {
      assertThat(side.directMessages().events().stream().map(DmEvent::getId)).containsExactly(eventId);
      assertThat(side.directMessages().conversationEvents(conversation).stream().map(DmEvent::getId))
          .containsExactly(eventId);
    }
    assertThat(dev.directMessages().eventsWith(KAI).stream().map(DmEvent::getText)).containsExactly("Hi from Kai");
    assertThat(kai.directMessages().eventsWith(me).stream().map(DmEvent::getText)).containsExactly("Hi from Kai");
    assertThat(user(NORA).directMessages().events().stream()).isEmpty();
  }

  @Test
  void blockDirectMessages_stopsTheBlockedUsersMessages_withXs403_untilUnblocked() {
    dev.directMessages().blockDirectMessages(KAI);

    ForbiddenException refused = catchThrowableOfType(ForbiddenException.class,
        () -> kai.directMessages().send(me, DirectMessage.text("Are you there?")));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(dev.directMessages().events().stream()).isEmpty();
    dev.directMessages().send(KAI, DirectMessage.text("I can still write to you"));
    dev.directMessages().unblockDirectMessages(KAI);
    kai.directMessages().send(me, DirectMessage.text("Thanks"));
    assertThat(dev.directMessages().eventsWith(KAI).stream()).hasSize(2);
  }

  @Test
  void delete_ofAnotherUsersMessage_isRefused_andTheMessageStays() {
    String eventId = kai.directMessages().send(me, DirectMessage.text("Mine")).getData().getDmEventId();

    assertThat(catchThrowableOfType(ForbiddenException.class, () -> dev.directMessages().delete(eventId)))
        .isNotNull();
    assertThat(dev.directMessages().event(eventId).getData().getText()).isEqualTo("Mine");
  }

  @Test
  void events_withATokenLackingDmRead_isRefusedByTheSandbox() {
    XClient noDm = x.client(StaticBearerTokenProvider.forUser(x.sandbox().issueUserToken(me, "tweet.read",
        "users.read")));

    assertThat(catchThrowableOfType(ForbiddenException.class, () -> noDm.directMessages().events().firstPage())
        .statusCode()).isEqualTo(403);
  }

  private XClient user(String id) {
    return x.client(StaticBearerTokenProvider.forUser(x.sandbox().issueUserToken(id)));
  }
}
