package io.github.xconnector.resources;

import java.util.Objects;

/**
 * Options of a paginated list of users or liked posts: page size, fields, and the position to start from.
 *
 * <p>Instances are immutable.
 */
public final class PageRequest {

  private static final PageRequest DEFAULT = builder().build();

  private final Integer maxResults;
  private final Fields fields;
  private final String paginationToken;

  private PageRequest(Builder builder) {
    this.maxResults = builder.maxResults;
    this.fields = builder.fields;
    this.paginationToken = builder.paginationToken;
  }

  /**
   * Returns the options with X's defaults.
   *
   * @return the default options
   */
  public static PageRequest defaults() {
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

  /** @return the page size, or {@code null} for X's default */
  public Integer maxResults() {
    return maxResults;
  }

  /** @return the fields and expansions to return */
  public Fields fields() {
    return fields;
  }

  /** @return the token of the page to start from, or {@code null} for the first page */
  public String paginationToken() {
    return paginationToken;
  }

  /**
   * Returns a copy that starts from another page.
   *
   * @param token a {@code next_token} saved from an earlier walk, or {@code null} for the first page
   * @return the copy
   */
  public PageRequest startingAt(String token) {
    return new Builder().maxResults(maxResults).fields(fields).paginationToken(token).build();
  }

  /** Builds a {@link PageRequest}. Not thread-safe. */
  public static final class Builder {
    private Integer maxResults;
    private Fields fields = Fields.none();
    private String paginationToken;

    private Builder() {
    }

    /**
     * Sets the page size; each endpoint has its own bounds, checked before sending.
     *
     * @param maxResults the page size, or {@code null} for X's default
     * @return this builder
     */
    public Builder maxResults(Integer maxResults) {
      this.maxResults = maxResults;
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
    public PageRequest build() {
      return new PageRequest(this);
    }
  }
}
