package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

  private static final Post JAVA_POST = post("1", "Trying Java records today, @kai_rivers! #java #Records", null);
  private static final Post SPACE_POST = post("2", "Launch window opens at dawn #space", null);
  private static final Post REPLY = post("3", "I prefer javascript honestly", "2");

  @Test
  void matches_keyword_matchesWholeWordsIgnoringCase() {
    assertThat(matching("java")).containsExactly(JAVA_POST);
    assertThat(matching("JAVA")).containsExactly(JAVA_POST);
  }

  @Test
  void matches_twoKeywords_requiresBoth() {
    assertThat(matching("java dawn")).isEmpty();
    assertThat(matching("launch dawn")).containsExactly(SPACE_POST);
  }

  @Test
  void matches_or_acceptsEither() {
    assertThat(matching("records OR dawn")).containsExactly(JAVA_POST, SPACE_POST);
  }

  @Test
  void matches_quotedPhrase_requiresTheWordsInOrder() {
    assertThat(matching("\"window opens\"")).containsExactly(SPACE_POST);
    assertThat(matching("\"opens window\"")).isEmpty();
  }

  @Test
  void matches_negation_excludes() {
    assertThat(matching("#java OR #space -dawn")).containsExactly(JAVA_POST);
  }

  @Test
  void matches_parenthesesGroupAlternatives() {
    assertThat(matching("(records OR javascript) -is:reply")).containsExactly(JAVA_POST);
  }

  @Test
  void matches_hashtagMentionAndFrom() {
    assertThat(matching("#records")).containsExactly(JAVA_POST);
    assertThat(matching("@kai_rivers")).containsExactly(JAVA_POST);
    assertThat(matching("from:nora_quill")).containsExactly(REPLY);
    assertThat(matching("to:orbit_news")).containsExactly(REPLY);
    assertThat(matching("is:reply")).containsExactly(REPLY);
    assertThat(matching("has:hashtags -has:mentions")).containsExactly(SPACE_POST);
  }

  @Test
  void parse_onlyNegations_isRefused() {
    assertThatThrownBy(() -> SearchQuery.parse("-java")).hasMessageContaining("non-negation");
  }

  @Test
  void parse_unbalancedParenthesis_isRefusedWithPosition() {
    assertThatThrownBy(() -> SearchQuery.parse("(java OR dawn")).hasMessageContaining("missing ')'");
    assertThatThrownBy(() -> SearchQuery.parse("java)")).hasMessageContaining("(at position 5)");
  }

  @Test
  void parse_unknownOperator_isRefusedNamingIt() {
    assertThatThrownBy(() -> SearchQuery.parse("bogus:thing")).hasMessageContaining("'bogus'");
  }

  @Test
  void parse_unclosedQuote_isRefused() {
    assertThatThrownBy(() -> SearchQuery.parse("\"open phrase")).hasMessageContaining("quote");
  }

  private static List<Post> matching(String query) {
    SearchQuery parsed = SearchQuery.parse(query);
    return List.of(JAVA_POST, SPACE_POST, REPLY).stream()
        .filter(p -> parsed.matches(new SearchQuery.Subject(p, p == REPLY ? "nora_quill" : "kai_rivers",
            p == REPLY ? "orbit_news" : null, TextEntities.of(p.text()))))
        .toList();
  }

  private static Post post(String id, String text, String replyTo) {
    return new Post(id, "1000000002", text, Instant.parse("2026-01-01T00:00:00Z"), id,
        replyTo == null ? null : "1000000004",
        replyTo == null ? List.of() : List.of(new Post.Reference("replied_to", replyTo)), List.of(), null, null);
  }
}
