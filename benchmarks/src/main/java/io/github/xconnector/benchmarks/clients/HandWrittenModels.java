package io.github.xconnector.benchmarks.clients;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.xconnector.paging.Page;
import java.time.Instant;
import java.util.List;

/**
 * The types a developer would write by hand for the three benchmarked calls: records holding every field the stub
 * sends, read by one Jackson mapper with snake_case names. The practical limit of a typed client.
 */
public final class HandWrittenModels {

  private HandWrittenModels() {
  }

  /** @return the mapper the hand-written clients share */
  static ObjectMapper mapper() {
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .addModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  /** Looks up the first post's author in the includes, as a caller of the search would. */
  static String firstAuthorUsername(SearchResponse answer) {
    String authorId = answer.data().get(0).authorId();
    return answer.includes().users().stream().filter(u -> u.id().equals(authorId)).map(User::username).findFirst()
        .orElse(null);
  }

  /** The answer of {@code GET /2/users/me}. */
  public record UserResponse(User data) {
  }

  /** An account. */
  public record User(String id, String name, String username, Instant createdAt, String description, String location,
      String profileImageUrl, @JsonProperty("protected") Boolean isProtected, UserMetrics publicMetrics,
      Boolean verified) {
  }

  /** An account's counts. */
  public record UserMetrics(long followersCount, long followingCount, long tweetCount, long listedCount) {
  }

  /** The answer of {@code GET /2/tweets/search/recent}. */
  public record SearchResponse(List<Post> data, Includes includes, SearchMeta meta) {
  }

  /** A post. */
  public record Post(String id, String text, Instant createdAt, String authorId, String lang, Boolean possiblySensitive,
      String replySettings, String inReplyToUserId, List<String> editHistoryTweetIds, PostMetrics publicMetrics,
      List<ContextAnnotation> contextAnnotations, Entities entities, List<ReferencedPost> referencedTweets) {
  }

  /** A post's counts. */
  public record PostMetrics(long retweetCount, long replyCount, long likeCount, long quoteCount, long bookmarkCount,
      long impressionCount) {
  }

  /** A topic X recognized in a post. */
  public record ContextAnnotation(Named domain, Named entity) {
  }

  /** An id with a name. */
  public record Named(String id, String name, String description) {
  }

  /** Hashtags, mentions and links in a post's text. */
  public record Entities(List<Hashtag> hashtags, List<Mention> mentions, List<Link> urls) {
  }

  /** A hashtag. */
  public record Hashtag(int start, int end, String tag) {
  }

  /** A mention. */
  public record Mention(int start, int end, String username, String id) {
  }

  /** A link. */
  public record Link(int start, int end, String url, String expandedUrl, String displayUrl, Integer status) {
  }

  /** A post this one replies to, quotes or reposts. */
  public record ReferencedPost(String type, String id) {
  }

  /** Objects referenced by the posts. */
  public record Includes(List<User> users) {
  }

  /** Page information. */
  public record SearchMeta(String newestId, String oldestId, int resultCount, String nextToken) {
  }

  /** The body of {@code POST /2/tweets}. */
  public record CreatePostRequest(String text) {
  }

  /** The answer of {@code POST /2/tweets}. */
  public record CreatePostResponse(CreatedPost data) {
  }

  /** A new post. */
  public record CreatedPost(String id, String text, List<String> editHistoryTweetIds) {
  }
}
