package io.github.xconnector.resources;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A search, of the last seven days ({@code x.search().recent(...)}) or of the full archive
 * ({@code x.search().all(...)}): the query, time window, page size, order, fields, and the position to start from.
 * The same options (except page size and order) count matches, with a bucket size, in {@code x.search().counts(...)}
 * and {@code x.search().countsAll(...)}. Each operation's bounds (page size, how far back) are X's and are checked
 * when the request is made.
 *
 * <p>Instances are immutable.
 */
public final class SearchRequest {

  /** The order of search results. */
  public enum SortOrder {
    /** Newest first. */
    RECENCY,
    /** Most relevant first. */
    RELEVANCY;

    String wireValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The size of each count bucket. */
  public enum Granularity {
    /** One bucket per minute. */
    MINUTE,
    /** One bucket per hour (X's default). */
    HOUR,
    /** One bucket per day. */
    DAY;

    String wireValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final String query;
  private final Integer maxResults;
  private final String sinceId;
  private final String untilId;
  private final Instant startTime;
  private final Instant endTime;
  private final SortOrder sortOrder;
  private final Granularity granularity;
  private final Fields fields;
  private final String nextToken;

  private SearchRequest(Builder b) {
    this.query = b.query;
    this.maxResults = b.maxResults;
    this.sinceId = b.sinceId;
    this.untilId = b.untilId;
    this.startTime = b.startTime;
    this.endTime = b.endTime;
    this.sortOrder = b.sortOrder;
    this.granularity = b.granularity;
    this.fields = b.fields;
    this.nextToken = b.nextToken;
  }

  /**
   * Starts a builder for a query.
   *
   * @param query a query in X's search language, for example {@code from:jack #java -is:retweet}
   * @return a new builder
   */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /**
   * Returns a builder holding these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(query);
    b.maxResults = maxResults;
    b.sinceId = sinceId;
    b.untilId = untilId;
    b.startTime = startTime;
    b.endTime = endTime;
    b.sortOrder = sortOrder;
    b.granularity = granularity;
    b.fields = fields;
    b.nextToken = nextToken;
    return b;
  }

  /**
   * Returns a copy that starts from another page.
   *
   * @param token a {@code next_token} saved from an earlier walk, or {@code null} for the first page
   * @return the copy
   */
  public SearchRequest startingAt(String token) {
    return toBuilder().nextToken(token).build();
  }

  /** @return the query */
  public String query() {
    return query;
  }

  /** @return the page size (10 to 100 recent, 10 to 500 full archive), or {@code null} for X's default of 10 */
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

  /** @return the wire value of the order, or {@code null} for X's default */
  public String sortOrderValue() {
    return sortOrder == null ? null : sortOrder.wireValue();
  }

  /** @return the wire value of the bucket size for counts, or {@code null} for X's default */
  public String granularityValue() {
    return granularity == null ? null : granularity.wireValue();
  }

  /** @return the fields and expansions to return */
  public Fields fields() {
    return fields;
  }

  /** @return the token of the page to start from, or {@code null} */
  public String nextToken() {
    return nextToken;
  }

  @Override
  public String toString() {
    return "SearchRequest{query='" + query + "', maxResults=" + maxResults + ", nextToken=" + nextToken + "}";
  }

  /** Builds a {@link SearchRequest}. Not thread-safe. */
  public static final class Builder {
    private final String query;
    private Integer maxResults;
    private String sinceId;
    private String untilId;
    private Instant startTime;
    private Instant endTime;
    private SortOrder sortOrder;
    private Granularity granularity;
    private Fields fields = Fields.none();
    private String nextToken;

    private Builder(String query) {
      this.query = query;
    }

    /**
     * Sets the page size: 10 to 100 on recent search, 10 to 500 on the full archive.
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
     * Returns only posts from this time on (at most seven days ago on recent search).
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
     * Sets the order of results.
     *
     * @param sortOrder the order
     * @return this builder
     */
    public Builder sortOrder(SortOrder sortOrder) {
      this.sortOrder = sortOrder;
      return this;
    }

    /**
     * Sets the bucket size of counts.
     *
     * @param granularity the bucket size
     * @return this builder
     */
    public Builder granularity(Granularity granularity) {
      this.granularity = granularity;
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
     * @param nextToken a {@code next_token} of an earlier page
     * @return this builder
     */
    public Builder nextToken(String nextToken) {
      this.nextToken = nextToken;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public SearchRequest build() {
      return new SearchRequest(this);
    }
  }
}
