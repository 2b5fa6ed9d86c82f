package io.github.xconnector.resources;

import io.github.xconnector.generated.model.AnalyticsGranularity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@code x.posts().analytics(...)} asks for: the posts (the authenticated user's own), the time range, how it is
 * split into buckets, and which metrics to return ({@link Fields.Builder#analytics}). The limits (how many posts,
 * which granularities) are X's and are checked when the request is made.
 *
 * <p>Instances are immutable.
 */
public final class PostAnalyticsRequest {

  private final List<String> postIds;
  private final Instant startTime;
  private final Instant endTime;
  private final AnalyticsGranularity granularity;
  private final Fields fields;

  private PostAnalyticsRequest(Builder b) {
    this.postIds = b.postIds;
    this.startTime = b.startTime;
    this.endTime = b.endTime;
    this.granularity = b.granularity;
    this.fields = b.fields;
  }

  /**
   * Starts a builder for some posts over a time range.
   *
   * @param postIds the posts, the authenticated user's own
   * @param startTime the oldest time the metrics cover
   * @param endTime the newest time the metrics cover (exclusive)
   * @return a new builder
   */
  public static Builder builder(List<String> postIds, Instant startTime, Instant endTime) {
    return new Builder(postIds, startTime, endTime);
  }

  /** @return the posts, unmodifiable */
  public List<String> postIds() {
    return postIds;
  }

  /** @return the oldest time covered */
  public Instant startTime() {
    return startTime;
  }

  /** @return the newest time covered (exclusive) */
  public Instant endTime() {
    return endTime;
  }

  /** @return the bucket size, or {@code null} for X's default (one total) */
  public AnalyticsGranularity granularity() {
    return granularity;
  }

  /** @return the metrics to return */
  public Fields fields() {
    return fields;
  }

  @Override
  public String toString() {
    return "PostAnalyticsRequest{postIds=" + postIds + ", startTime=" + startTime + ", endTime=" + endTime
        + ", granularity=" + granularity + ", fields=" + fields + "}";
  }

  /** Builds a {@link PostAnalyticsRequest}. Not thread-safe. */
  public static final class Builder {
    private final List<String> postIds;
    private final Instant startTime;
    private final Instant endTime;
    private AnalyticsGranularity granularity;
    private Fields fields = Fields.none();

    private Builder(List<String> postIds, Instant startTime, Instant endTime) {
      this.postIds = List.copyOf(Objects.requireNonNull(postIds, "postIds"));
      this.startTime = Objects.requireNonNull(startTime, "startTime");
      this.endTime = Objects.requireNonNull(endTime, "endTime");
      if (!startTime.isBefore(endTime)) {
        throw new IllegalArgumentException("startTime " + startTime + " must be before endTime " + endTime);
      }
    }

    /**
     * Splits the range into buckets (hourly, daily, weekly) or asks for one total.
     *
     * @param granularity the bucket size, or {@code null} for X's default
     * @return this builder
     */
    public Builder granularity(AnalyticsGranularity granularity) {
      if (granularity == AnalyticsGranularity.UNKNOWN_DEFAULT_OPEN_API) {
        throw new IllegalArgumentException("Not a granularity X knows: " + granularity);
      }
      this.granularity = granularity;
      return this;
    }

    /**
     * Sets the metrics to return, with {@link Fields.Builder#analytics}.
     *
     * @param fields the selection
     * @return this builder
     */
    public Builder fields(Fields fields) {
      this.fields = Objects.requireNonNull(fields, "fields");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public PostAnalyticsRequest build() {
      return new PostAnalyticsRequest(this);
    }
  }
}
