package io.github.xconnector.resources;

import java.time.Instant;
import java.util.Objects;

/**
 * Options of a timeline (a user's posts, mentions, the home timeline): time window, page size, exclusions, fields,
 * and the position to start from.
 *
 * <p>Instances are immutable.
 */
public final class TimelineRequest {

  private static final TimelineRequest DEFAULT = builder().build();

  private final Integer maxResults;
  private final String sinceId;
  private final String untilId;
  private final Instant startTime;
  private final Instant endTime;
  private final boolean excludeReplies;
  private final boolean excludeReposts;
  private final Fields fields;
  private final String paginationToken;

  private TimelineRequest(Builder b) {
    this.maxResults = b.maxResults;
    this.sinceId = b.sinceId;
    this.untilId = b.untilId;
    this.startTime = b.startTime;
    this.endTime = b.endTime;
    this.excludeReplies = b.excludeReplies;
    this.excludeReposts = b.excludeReposts;
    this.fields = b.fields;
    this.paginationToken = b.paginationToken;
  }

  /**
   * Returns the options with X's defaults.
   *
   * @return the default options
   */
  public static TimelineRequest defaults() {
    return DEFAULT;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxResults = maxResults;
    b.sinceId = sinceId;
    b.untilId = untilId;
    b.startTime = startTime;
    b.endTime = endTime;
    b.excludeReplies = excludeReplies;
    b.excludeReposts = excludeReposts;
    b.fields = fields;
    b.paginationToken = paginationToken;
    return b;
  }

  /**
   * Returns a copy that starts from another page.
   *
   * @param token a {@code next_token} saved from an earlier walk, or {@code null} for the first page
   * @return the copy
   */
  public TimelineRequest startingAt(String token) {
    return toBuilder().paginationToken(token).build();
  }

  /** @return the page size, or {@code null} for X's default */
  public Integer maxResults() {
    return maxResults;
  }

  /** @return only posts newer than this id, or {@code null} */
  public String sinceId() {
    return sinceId;
  }

  /** @return only posts older than this id, or {@code null} */
  public String untilId() {
    return untilId;
  }

  /** @return the oldest time to include, or {@code null} */
  public Instant startTime() {
    return startTime;
  }

  /** @return the newest time to include (exclusive), or {@code null} */
  public Instant endTime() {
    return endTime;
  }

  /** @return whether replies are left out */
  public boolean excludeReplies() {
    return excludeReplies;
  }

  /** @return whether reposts are left out */
  public boolean excludeReposts() {
    return excludeReposts;
  }

  /** @return the fields and expansions to return */
  public Fields fields() {
    return fields;
  }

  /** @return the token of the page to start from, or {@code null} */
  public String paginationToken() {
    return paginationToken;
  }

  /** Builds a {@link TimelineRequest}. Not thread-safe. */
  public static final class Builder {
    private Integer maxResults;
    private String sinceId;
    private String untilId;
    private Instant startTime;
    private Instant endTime;
    private boolean excludeReplies;
    private boolean excludeReposts;
    private Fields fields = Fields.none();
    private String paginationToken;

    private Builder() {
    }

    /**
     * Sets the page size (5 to 100 for a user's posts and mentions, 1 to 100 for the home timeline).
     *
     * @param maxResults the page size, or {@code null} for X's default
     * @return this builder
     */
    public Builder maxResults(Integer maxResults) {
      this.maxResults = maxResults;
      return this;
    }

    /**
     * Returns only posts newer than an id.
     *
     * @param sinceId a post id
     * @return this builder
     */
    public Builder sinceId(String sinceId) {
      this.sinceId = sinceId;
      return this;
    }

    /**
     * Returns only posts older than an id.
     *
     * @param untilId a post id
     * @return this builder
     */
    public Builder untilId(String untilId) {
      this.untilId = untilId;
      return this;
    }

    /**
     * Returns only posts from this time on.
     *
     * @param startTime the oldest time
     * @return this builder
     */
    public Builder startTime(Instant startTime) {
      this.startTime = startTime;
      return this;
    }

    /**
     * Returns only posts before this time.
     *
     * @param endTime the newest time (exclusive)
     * @return this builder
     */
    public Builder endTime(Instant endTime) {
      this.endTime = endTime;
      return this;
    }

    /**
     * Leaves out replies (not available for mentions).
     *
     * @param excludeReplies whether to leave them out
     * @return this builder
     */
    public Builder excludeReplies(boolean excludeReplies) {
      this.excludeReplies = excludeReplies;
      return this;
    }

    /**
     * Leaves out reposts (not available for mentions).
     *
     * @param excludeReposts whether to leave them out
     * @return this builder
     */
    public Builder excludeReposts(boolean excludeReposts) {
      this.excludeReposts = excludeReposts;
      return this;
    }

    /**
     * Sets the fields and expansions.
     *
     * @param fields the selection
     * @return this builder
     */
    public Builder fields(Fields fields) {
      this.fields = Objects.requireNonNull(fields, "fields");
      return this;
    }

    /**
     * Starts from a saved position.
     *
     * @param paginationToken a {@code next_token} of an earlier page
     * @return this builder
     */
    public Builder paginationToken(String paginationToken) {
      this.paginationToken = paginationToken;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public TimelineRequest build() {
      return new TimelineRequest(this);
    }
  }
}
