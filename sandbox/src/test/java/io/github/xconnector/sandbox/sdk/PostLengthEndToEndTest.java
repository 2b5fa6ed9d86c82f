package io.github.xconnector.sandbox.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xconnector.XClient;
import io.github.xconnector.auth.InMemoryTokenStore;
import io.github.xconnector.errors.BadRequestException;
import io.github.xconnector.errors.XValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK's early length check and the sandbox's must draw X's line in the same place: a post the SDK lets through
 * is accepted, and one it refuses is refused by the sandbox too when the SDK's check is relaxed.
 */
class PostLengthEndToEndTest {

  private static final String LINK = "https://example.com/" + "a".repeat(80);

  private SdkSandbox x;
  private XClient client;
  private XClient unchecked;

  @BeforeEach
  void start() {
    x = SdkSandbox.start();
    client = x.client(x.userTokens(new InMemoryTokenStore()));
    // X's limit for accounts allowed longer posts; here it only switches the SDK's own check off.
    unchecked = client.withOptions(b -> b.maxPostLength(25_000));
  }

  @AfterEach
  void stop() {
    x.close();
  }

  @Test
  void create_linkWeighedAs23_exactly280Accepted() {
    String text = "a".repeat(256) + " " + LINK;

    assertThat(client.posts().create(text).getData().getText()).isEqualTo(text);
  }

  @Test
  void create_linkWeighedAs23_281RefusedBySdkAndSandbox() {
    String text = "a".repeat(257) + " " + LINK;

    assertThatThrownBy(() -> client.posts().create(text)).isInstanceOf(XValidationException.class);
    assertThatThrownBy(() -> unchecked.posts().create(text)).isInstanceOfSatisfying(BadRequestException.class,
        refused -> assertThat(refused.statusCode()).isEqualTo(400));
  }

  @Test
  void create_140CjkCharactersWeighedAs2_accepted() {
    String text = "漢".repeat(140);

    assertThat(client.posts().create(text).getData().getText()).isEqualTo(text);
  }

  @Test
  void create_141CjkCharactersWeighedAs2_refusedBySdkAndSandbox() {
    String text = "漢".repeat(141);

    assertThatThrownBy(() -> client.posts().create(text)).isInstanceOf(XValidationException.class);
    assertThatThrownBy(() -> unchecked.posts().create(text)).isInstanceOfSatisfying(BadRequestException.class,
        refused -> assertThat(refused.statusCode()).isEqualTo(400));
  }
}
