package io.github.xconnector.benchmarks.experiments;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Target;
import feign.form.FormEncoder;
import feign.jackson.JacksonEncoder;
import io.github.xconnector.Fields;
import io.github.xconnector.Page;
import io.github.xconnector.Paginator;
import io.github.xconnector.PostDraft;
import io.github.xconnector.RetryPolicy;
import io.github.xconnector.SearchRequest;
import io.github.xconnector.Sleeper;
import io.github.xconnector.benchmarks.clients.BenchmarkedClient;
import io.github.xconnector.benchmarks.clients.StaticUserToken;
import io.github.xconnector.generated.api.PostsApi;
import io.github.xconnector.generated.api.SearchApi;
import io.github.xconnector.generated.api.UsersApi;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.internal.AuthorizationInterceptor;
import io.github.xconnector.internal.CsvContract;
import io.github.xconnector.internal.JsonMappers;
import io.github.xconnector.internal.Pages;
import io.github.xconnector.internal.PostValidator;
import io.github.xconnector.internal.QueryParameters;
import io.github.xconnector.internal.RedactingLogger;
import io.github.xconnector.internal.XErrorDecoder;
import io.github.xconnector.internal.XResponseDecoder;
import io.github.xconnector.internal.XRetryer;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.Set;

/**
 * An experiment: the SDK's Feign client assembled as {@code XClient} assembles it (same contract, encoder, error
 * decoder, retryer, interceptor, logger, timeouts and the services' parameter handling), with chosen parts replaced by
 * proposed ones, to measure what a change to the SDK would gain before it is made. With no part replaced it measures
 * like the SDK.
 */
final class FeignReplicaClient implements BenchmarkedClient {

  private final UsersApi users;
  private final SearchApi search;
  private final PostsApi posts;
  private final PostValidator validator = new PostValidator(280);

  /**
   * Assembles the client.
   *
   * @param baseUrl the stub's URL
   * @param fixes which proposed changes to apply: {@code transport}, {@code decoder}, {@code contract},
   *     {@code header}; none gives the SDK's assembly
   */
  FeignReplicaClient(String baseUrl, Set<String> fixes) {
    ObjectMapper mapper = JsonMappers.create();
    StaticUserToken credentials = new StaticUserToken("benchmark-token");
    Clock clock = Clock.systemUTC();
    Feign feign = Feign.builder()
        .client(fixes.contains("transport") ? new LeanOkHttpTransport(new okhttp3.OkHttpClient())
            : new feign.okhttp.OkHttpClient(new okhttp3.OkHttpClient()))
        .contract(fixes.contains("contract") ? new QueryMapContract() : new CsvContract())
        .encoder(new FormEncoder(new JacksonEncoder(mapper)))
        .decoder(fixes.contains("decoder") ? new ByteStreamDecoder(mapper) : new XResponseDecoder(mapper))
        .errorDecoder(new XErrorDecoder(mapper, clock, null))
        .retryer(new XRetryer(RetryPolicy.defaults(), clock, Sleeper.SYSTEM, credentials))
        .requestInterceptor(fixes.contains("header") ? new LiteralAuthorizationInterceptor(credentials)
            : new AuthorizationInterceptor(credentials))
        .options(new Request.Options(10, TimeUnit.SECONDS, 60, TimeUnit.SECONDS, false))
        .logger(new RedactingLogger(null))
        .logLevel(Logger.Level.NONE)
        .exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP)
        .build();
    this.users = feign.newInstance(new Target.HardCodedTarget<>(UsersApi.class, baseUrl));
    this.search = feign.newInstance(new Target.HardCodedTarget<>(SearchApi.class, baseUrl));
    this.posts = feign.newInstance(new Target.HardCodedTarget<>(PostsApi.class, baseUrl));
  }

  @Override
  public Object usersMe() {
    UsersApi.GetMeQueryParams query = new UsersApi.GetMeQueryParams();
    new QueryParameters(query, Fields.POST_FIELDS).fields(Fields.none());
    return users.getMe(query);
  }

  @Override
  public Object searchRecent() {
    SearchRequest request = SearchRequest.builder("java").maxResults(10).build();
    return new Paginator<>(token -> {
      SearchApi.SearchRecentPostsQueryParams query = new SearchApi.SearchRecentPostsQueryParams();
      new QueryParameters(query, Fields.POST_FIELDS).put("query", request.query())
          .put("max_results", request.maxResults()).put("next_token", token).fields(request.fields());
      return Pages.posts(search.searchRecentPostsWithHttpInfo(query));
    }, request.nextToken()).firstPage();
  }

  @Override
  public Object createPost() {
    PostDraft draft = PostDraft.text("hello").build();
    validator.check(draft);
    return posts.createPost(draft.toRequest());
  }

  @Override
  public int postCount(Object searchAnswer) {
    return ((Page<?>) searchAnswer).items().size();
  }

  @Override
  public String firstAuthorUsername(Object searchAnswer) {
    @SuppressWarnings("unchecked")
    Page<Post> page = (Page<Post>) searchAnswer;
    String authorId = page.items().get(0).getAuthorId();
    return page.includes().getUsers().stream().filter(u -> u.getId().equals(authorId)).map(User::getUsername)
        .findFirst().orElse(null);
  }

  @Override
  public void close() {
    // Nothing of its own to release.
  }
}
