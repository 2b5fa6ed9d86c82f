package io.github.xconnector.benchmarks.clients;

import com.twitter.clientlib.ApiException;
import com.twitter.clientlib.TwitterCredentialsOAuth2;
import com.twitter.clientlib.api.TwitterApi;
import com.twitter.clientlib.model.Get2TweetsSearchRecentResponse;
import com.twitter.clientlib.model.TweetCreateRequest;
import com.twitter.clientlib.model.User;

/**
 * The official X Java SDK 2.0.3 (OkHttp and Gson) as its README configures it for user-context calls: an OAuth 2.0
 * user access token (without automatic refresh), and the base path pointed at the stub. Its defaults are kept,
 * including asking for every field when none are given. (With app-only Bearer credentials it sends no token at all to
 * {@code users/me} and {@code POST /2/tweets}, which accept only user tokens.)
 */
final class OfficialSdkClient implements BenchmarkedClient {

  private final TwitterApi api;

  OfficialSdkClient(String baseUrl) {
    this.api = new TwitterApi(new TwitterCredentialsOAuth2("benchmark-client-id", "benchmark-client-secret",
        "benchmark-token", "benchmark-refresh-token", false));
    api.getApiClient().setBasePath(baseUrl);
  }

  @Override
  public Object usersMe() throws ApiException {
    return api.users().findMyUser().execute();
  }

  @Override
  public Object searchRecent() throws ApiException {
    return api.tweets().tweetsRecentSearch("java").maxResults(10).execute();
  }

  @Override
  public Object createPost() throws ApiException {
    return api.tweets().createTweet(new TweetCreateRequest().text("hello")).execute();
  }

  @Override
  public int postCount(Object searchAnswer) {
    return ((Get2TweetsSearchRecentResponse) searchAnswer).getData().size();
  }

  @Override
  public String firstAuthorUsername(Object searchAnswer) {
    Get2TweetsSearchRecentResponse answer = (Get2TweetsSearchRecentResponse) searchAnswer;
    String authorId = answer.getData().get(0).getAuthorId();
    return answer.getIncludes().getUsers().stream().filter(u -> u.getId().equals(authorId)).map(User::getUsername)
        .findFirst().orElse(null);
  }

  @Override
  public void close() {
    api.getApiClient().getHttpClient().connectionPool().evictAll();
  }
}
