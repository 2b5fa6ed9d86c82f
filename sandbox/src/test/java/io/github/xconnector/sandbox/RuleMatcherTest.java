package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleMatcherTest {

  private static final Instant T0 = Instant.parse("2026-05-04T10:00:00Z");

  private final SandboxState state = stateWithSeedUsers();
  private final Post coffee = post("Morning coffee with @nora_quill, brewing a \"pour over\" #Coffee", SeedData.KAI,
      null, List.of());
  private final Post reply = post("Tea is better, honestly", SeedData.NORA, coffee, List.of());
  private final Post photo = post("Launch photo from the pad", SeedData.ORBIT, null, List.of("3_1700000000000000001"));

  @Test
  void keyword_matchesWholeWordsIgnoringCase() {
    assertThat(matching("COFFEE")).containsExactly(coffee);
    assertThat(matching("coff")).isEmpty();
  }

  @Test
  void adjacentTerms_allMustMatch() {
    assertThat(matching("coffee morning")).containsExactly(coffee);
    assertThat(matching("coffee tea")).isEmpty();
  }

  @Test
  void quotedPhrase_matchesTheWordsInOrder() {
    assertThat(matching("\"pour over\"")).containsExactly(coffee);
    assertThat(matching("\"over pour\"")).isEmpty();
  }

  @Test
  void fromAndTo_matchUsernamesWithOrWithoutAtAndUserIds() {
    assertThat(matching("from:kai_rivers")).containsExactly(coffee);
    assertThat(matching("from:@KAI_RIVERS")).containsExactly(coffee);
    assertThat(matching("from:" + SeedData.ORBIT.id())).containsExactly(photo);
    assertThat(matching("to:kai_rivers")).containsExactly(reply);
  }

  @Test
  void hashtagAndMention_matchTheEntitiesOnly() {
    assertThat(matching("#coffee")).containsExactly(coffee);
    assertThat(matching("#tea")).isEmpty();
    assertThat(matching("@nora_quill")).containsExactly(coffee);
  }

  @Test
  void langReplyAndMedia_operators() {
    assertThat(matching("lang:en")).containsExactly(coffee, reply, photo);
    assertThat(matching("lang:ja")).isEmpty();
    assertThat(matching("is:reply")).containsExactly(reply);
    assertThat(matching("has:media")).containsExactly(photo);
  }

  @Test
  void orNegationAndGrouping_combine() {
    assertThat(matching("tea OR launch")).containsExactly(reply, photo);
    assertThat(matching("lang:en -is:reply -has:media")).containsExactly(coffee);
    assertThat(matching("(coffee OR tea) -from:nora_quill")).containsExactly(coffee);
    assertThat(matching("-(tea OR coffee) lang:en")).containsExactly(photo);
  }

  @Test
  void parse_invalidRules_refusedWithXsReasonWithoutTheRequestPrefix() {
    assertThat(RuleMatcher.problem("-coffee")).hasValueSatisfying(reason -> assertThat(reason)
        .isEqualTo("Rules must contain a non-negation term (at position 1)"));
    assertThat(RuleMatcher.problem("(coffee OR tea")).hasValueSatisfying(reason -> assertThat(reason)
        .startsWith("missing ')'"));
    assertThat(RuleMatcher.problem("\"open phrase")).hasValueSatisfying(reason -> assertThat(reason)
        .contains("quote"));
    assertThat(RuleMatcher.problem("colour:blue")).hasValueSatisfying(reason -> assertThat(reason)
        .contains("'colour'"));
    assertThat(RuleMatcher.problem("has:everything")).hasValueSatisfying(reason -> assertThat(reason)
        .contains("'everything'"));
    assertThat(RuleMatcher.problem("coffee -is:retweet")).isEmpty();
    assertThatThrownBy(() -> RuleMatcher.parse("")).isInstanceOf(RuleMatcher.InvalidRule.class);
  }

  private List<Post> matching(String rule) {
    RuleMatcher matcher = RuleMatcher.parse(rule);
    return List.of(coffee, reply, photo).stream().filter(p -> matcher.matches(state, p)).toList();
  }

  private Post post(String text, SandboxUser author, Post replyTo, List<String> mediaKeys) {
    return state.publish((id, createdAt) -> new Post(id, author.id(), text, createdAt,
        replyTo == null ? id : replyTo.conversationId(), replyTo == null ? null : replyTo.authorId(),
        replyTo == null ? List.of() : List.of(new Post.Reference("replied_to", replyTo.id())), mediaKeys, null,
        null));
  }

  private static SandboxState stateWithSeedUsers() {
    SandboxState state = new SandboxState(Clock.fixed(T0, ZoneOffset.UTC));
    SeedData.USERS.forEach(state::addUser);
    return state;
  }
}
