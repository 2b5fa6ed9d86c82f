package io.github.xconnector.sandbox.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xconnector.XClient;
import io.github.xconnector.auth.StaticBearerTokenProvider;
import io.github.xconnector.generated.model.CreateDmEventResponse;
import io.github.xconnector.generated.model.DmEvent;
import io.github.xconnector.generated.model.DmEventExpansion;
import io.github.xconnector.generated.model.DmEventField;
import io.github.xconnector.generated.model.DmEventResponse;
import io.github.xconnector.generated.model.DmEventType;
import io.github.xconnector.generated.model.MediaField;
import io.github.xconnector.generated.model.UserField;
import io.github.xconnector.resources.DirectMessage;
import io.github.xconnector.resources.DirectMessageEventsRequest;
import io.github.xconnector.resources.DirectMessageMedia;
import io.github.xconnector.generated.model.AltText;
import io.github.xconnector.generated.model.ComplianceJob;
import io.github.xconnector.generated.model.ComplianceJobField;
import io.github.xconnector.generated.model.ComplianceJobStatus;
import io.github.xconnector.generated.model.ComplianceJobType;
import io.github.xconnector.generated.model.ComplianceResult;
import io.github.xconnector.generated.model.ComplianceResultReason;
import io.github.xconnector.generated.model.MediaAnalyticsField;
import io.github.xconnector.generated.model.MediaAnalyticsGranularity;
import io.github.xconnector.generated.model.MediaAnalyticsResponse;
import io.github.xconnector.generated.model.MediaCategorySubtitles;
import io.github.xconnector.generated.model.MediaField;
import io.github.xconnector.generated.model.MediaListResponse;
import io.github.xconnector.generated.model.MediaMetadataRequestMetadata;
import io.github.xconnector.generated.model.MediaSubtitles;
import io.github.xconnector.generated.model.Note;
import io.github.xconnector.generated.model.NoteClassification;
import io.github.xconnector.generated.model.NoteEvaluateResponse;
import io.github.xconnector.generated.model.NoteField;
import io.github.xconnector.generated.model.NoteInfo;
import io.github.xconnector.generated.model.NoteMisleadingTag;
import io.github.xconnector.generated.model.SubtitlesAddResponse;
import io.github.xconnector.auth.InMemoryTokenStore;
import io.github.xconnector.auth.StaticBearerTokenProvider;
import io.github.xconnector.generated.model.AnalyticsField;
import io.github.xconnector.generated.model.AnalyticsGranularity;
import io.github.xconnector.generated.model.BookmarkFolder;
import io.github.xconnector.generated.model.BookmarkFolderPost;
import io.github.xconnector.generated.model.Community;
import io.github.xconnector.generated.model.CommunityField;
import io.github.xconnector.generated.model.CommunityResponse;
import io.github.xconnector.generated.model.CreatePostResponse;
import io.github.xconnector.generated.model.ListResponse;
import io.github.xconnector.generated.model.Media;
import io.github.xconnector.generated.model.MediaCategory;
import io.github.xconnector.generated.model.MediaCategoryOneShot;
import io.github.xconnector.generated.model.MediaUploadInitializeRequest;
import io.github.xconnector.generated.model.MediaUploadResponseData;
import io.github.xconnector.generated.model.News;
import io.github.xconnector.generated.model.NewsField;
import io.github.xconnector.generated.model.PersonalizedTrendField;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostAnalyticsResponse;
import io.github.xconnector.generated.model.PostCountField;
import io.github.xconnector.generated.model.PostCountsBucket;
import io.github.xconnector.generated.model.PostField;
import io.github.xconnector.generated.model.PostResponse;
import io.github.xconnector.generated.model.PostsResponse;
import io.github.xconnector.generated.model.Space;
import io.github.xconnector.generated.model.SpaceExpansion;
import io.github.xconnector.generated.model.SpaceField;
import io.github.xconnector.generated.model.SpaceResponse;
import io.github.xconnector.generated.model.SpaceSearchState;
import io.github.xconnector.generated.model.SpaceState;
import io.github.xconnector.generated.model.SpacesResponse;
import io.github.xconnector.generated.model.Topic;
import io.github.xconnector.generated.model.TopicField;
import io.github.xconnector.generated.model.Trend;
import io.github.xconnector.generated.model.TrendField;
import io.github.xconnector.generated.model.TrendsResponse;
import io.github.xconnector.generated.model.Usage;
import io.github.xconnector.generated.model.UsageField;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.model.UserField;
import io.github.xconnector.generated.model.UserResponse;
import io.github.xconnector.generated.model.UsersResponse;
import io.github.xconnector.generated.model.XList;
import io.github.xconnector.media.MediaFormat;
import io.github.xconnector.media.MediaUpload;
import io.github.xconnector.media.UploadedMedia;
import io.github.xconnector.paging.Expansions;
import io.github.xconnector.paging.Page;
import io.github.xconnector.resources.ApiRequest;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.ListDraft;
import io.github.xconnector.resources.ListUpdate;
import io.github.xconnector.resources.PageRequest;
import io.github.xconnector.resources.PostAnalyticsRequest;
import io.github.xconnector.resources.PostDraft;
import io.github.xconnector.resources.SearchRequest;
import io.github.xconnector.resources.TimelineRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import io.github.xconnector.generated.model.Rule;
import io.github.xconnector.generated.model.RuleCountField;
import io.github.xconnector.generated.model.RuleDraft;
import io.github.xconnector.generated.model.RulesUpdateResponse;
import io.github.xconnector.streams.PostEvent;
import io.github.xconnector.streams.PostStream;
import io.github.xconnector.streams.StreamEvent;
import io.github.xconnector.streams.StreamRequest;
import io.github.xconnector.streams.StreamRules;
import io.github.xconnector.transport.Sleeper;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls every public operation of every SDK service against the sandbox, which checks each request against
 * spec/x-api.yaml and answers 400 on a violation (a BadRequestException would fail the test). Arguments are as rich
 * as an application could make them, and the sandbox's state must agree with what was done.
 *
 * <p>The tests share one sandbox and run in order, like a session of an application; the last one compares the
 * operations called with the services' public methods, so a new operation fails this class until it is covered here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EveryOperationPassesSpecValidationTest {

  private static final String TAG = "#endtoend";
  private static final String KAI = "1000000002";
  private static final String NORA = "1000000003";
  private static final String PAT = "1000000005";

  @TempDir
  static Path files;

  private final OperationLedger operations = new OperationLedger();
  private final List<String> taggedPosts = new ArrayList<>();
  private SdkSandbox x;
  private XClient client;
  private XClient app;
  private String me;
  private String imageId;
  private String videoId;
  private String mediaPostId;
  private String replyPostId;

  @BeforeAll
  void start() {
    x = SdkSandbox.start(b -> b.mediaProcessing(Duration.ofSeconds(2), Duration.ofSeconds(4)));
    client = x.client(x.userTokens(new InMemoryTokenStore()));
    app = x.client(x.appTokens());
    me = x.sandbox().authorizingUser().id();
  }

  @AfterAll
  void stop() {
    x.close();
  }

  @Test
  @Order(1)
  void users_everyLookupWithEveryField_answersTheSeedUsers() {
    UserResponse self = call("UsersService.me(Fields)", () -> client.users().me(RichFields.forUsers()));
    assertThat(self.getData().getId()).isEqualTo(me);
    assertThat(self.getData().getPublicMetrics().getFollowingCount()).isPositive();
    assertThat(call("UsersService.me()", () -> client.users().me()).getData().getUsername()).isEqualTo("sandbox_dev");

    UserResponse nora = call("UsersService.get(String,Fields)", () -> client.users().get(NORA, RichFields.forUsers()));
    assertThat(nora.getData().getPinnedTweetId()).isNotNull();
    assertThat(nora.getIncludes().getTweets()).extracting(Post::getId).contains(nora.getData().getPinnedTweetId());
    assertThat(call("UsersService.get(String)", () -> client.users().get(KAI)).getData().getUsername())
        .isEqualTo("kai_rivers");

    UsersResponse byIds = call("UsersService.get(List,Fields)",
        () -> client.users().get(List.of(KAI, NORA, "1999999999"), RichFields.forUsers()));
    assertThat(byIds.getData()).extracting(User::getUsername).containsExactly("kai_rivers", "nora_quill");
    assertThat(byIds.getErrors()).hasSize(1);

    UserResponse byName = call("UsersService.byUsername(String,Fields)",
        () -> client.users().byUsername("@nora_quill", RichFields.forUsers()));
    assertThat(byName.getData().getId()).isEqualTo(NORA);
    assertThat(call("UsersService.byUsername(String)", () -> client.users().byUsername("kai_rivers")).getData()
        .getId()).isEqualTo(KAI);

    UsersResponse byNames = call("UsersService.byUsernames(List,Fields)",
        () -> client.users().byUsernames(List.of("kai_rivers", "@orbit_news", "nobody_here"), RichFields.forUsers()));
    assertThat(byNames.getData()).extracting(User::getUsername).containsExactly("kai_rivers", "orbit_news");
    assertThat(byNames.getErrors()).hasSize(1);
  }

  @Test
  @Order(2)
  void media_oneShotImageWithAltText_uploadedAndDescribed() {
    Path png = write("photo.png", MediaFiles.png());

    UploadedMedia image = call("MediaService.upload(MediaUpload)", () -> client.media().upload(
        MediaUpload.fromPath(png).altText("A red square on white").build()));

    assertThat(image.format()).isEqualTo(MediaFormat.PNG);
    assertThat(image.category()).isEqualTo(MediaCategory.TWEET_IMAGE);
    assertThat(x.transport().exchanges("POST /2/media/upload")).extracting(RecordingTransport.Exchange::status)
        .containsExactly(200);
    assertThat(x.transport().exchanges("POST /2/media/metadata")).hasSize(1);
    imageId = image.id();

    MediaUploadResponseData raw = call("MediaService.uploadOneShot(File,MediaCategoryOneShot,String)",
        () -> client.media().uploadOneShot(png.toFile(), MediaCategoryOneShot.TWEET_IMAGE, "image/png")).getData();
    assertThat(raw.getId()).isNotEqualTo(imageId);
    assertThat(raw.getSize()).isEqualTo(MediaFiles.png().length);
    assertThat(call("MediaService.setAltText(String,String)",
        () -> client.media().setAltText(raw.getId(), "The same red square")).getData().getId()).isEqualTo(raw.getId());
  }

  @Test
  @Order(3)
  void media_chunkedVideo_segmentsSentAndProcessingAwaitedOnTheClock() {
    Path mp4 = write("clip.mp4", MediaFiles.mp4(3000));
    List<Duration> sleepsBefore = x.sleeps();

    UploadedMedia video = call("MediaService.upload(MediaUpload)", () -> client.media().upload(
        MediaUpload.fromPath(mp4).chunkSize(1024).altText("Three seconds of test pattern").build()));

    assertThat(video.format()).isEqualTo(MediaFormat.MP4);
    assertThat(video.processingState()).contains("succeeded");
    assertThat(x.transport().exchanges("POST /2/media/upload/" + video.id() + "/append")).hasSize(3);
    assertThat(x.sleeps()).hasSizeGreaterThan(sleepsBefore.size());
    videoId = video.id();

    UploadedMedia simple = call("MediaService.upload(Path)", () -> client.media().upload(mp4));
    assertThat(simple.processingState()).contains("succeeded");
  }

  @Test
  @Order(4)
  void media_chunkedOperationsOneByOne_pollStatusUntilProcessed() {
    byte[] bytes = MediaFiles.mp4(2048);
    MediaUploadResponseData started = call("MediaService.initialize(MediaUploadInitializeRequest)",
        () -> client.media().initialize(new MediaUploadInitializeRequest().additionalOwners(null)
            .mediaType(MediaUploadInitializeRequest.MediaTypeEnum.VIDEO_MP4)
            .mediaCategory(MediaCategory.TWEET_VIDEO)
            .totalBytes((long) bytes.length))).getData();
    Path first = write("segment-0", Arrays.copyOfRange(bytes, 0, 1024));
    Path second = write("segment-1", Arrays.copyOfRange(bytes, 1024, bytes.length));
    call("MediaService.append(String,File,int)", () -> client.media().append(started.getId(), first.toFile(), 0));
    client.media().append(started.getId(), second.toFile(), 1);

    MediaUploadResponseData finished = call("MediaService.finalizeUpload(String)",
        () -> client.media().finalizeUpload(started.getId())).getData();
    assertThat(finished.getSize()).isEqualTo(bytes.length);
    assertThat(finished.getProcessingInfo().getState()).isEqualTo("pending");

    MediaUploadResponseData status = finished;
    for (int checks = 0; checks < 10 && !"succeeded".equals(status.getProcessingInfo().getState()); checks++) {
      x.clock().advance(Duration.ofSeconds(status.getProcessingInfo().getCheckAfterSecs()));
      status = call("MediaService.status(String)", () -> client.media().status(started.getId())).getData();
    }
    assertThat(status.getProcessingInfo().getState()).isEqualTo("succeeded");
  }

  @Test
  @Order(5)
  void posts_createWithMediaPollQuoteAndReply_publishedAsDrafted() {
    String withMedia = published(call("PostsService.create(PostDraft)", () -> client.posts().create(
        PostDraft.text("A red square for @kai_rivers " + TAG).media(imageId).tagUsers(KAI).build())).getData().getId());
    String withPoll = published(client.posts().create(PostDraft.text("Records or Lombok? " + TAG)
        .poll(Duration.ofHours(24), "Records", "Lombok")
        .replySettings(PostDraft.ReplySettings.MENTIONED_USERS).build()).getData().getId());
    String quote = published(client.posts().create(PostDraft.text("Worth a look " + TAG).quote(withMedia).build())
        .getData().getId());
    replyPostId = published(client.posts().create(PostDraft.text("Records, of course " + TAG).replyTo(withPoll)
        .build()).getData().getId());
    String withVideo = published(client.posts().create(PostDraft.text("Test pattern " + TAG).media(videoId).build())
        .getData().getId());
    for (int i = 1; i <= 8; i++) {
      int n = i;
      published(call("PostsService.create(String)", () -> client.posts().create("Note " + n + " " + TAG)).getData()
          .getId());
    }
    mediaPostId = withMedia;

    PostResponse rich = call("PostsService.get(String,Fields)",
        () -> client.posts().get(withMedia, RichFields.forPosts()));
    assertThat(rich.getData().getAuthorId()).isEqualTo(me);
    Media image = new Expansions(rich.getIncludes()).media(rich.getData()).get(0);
    assertThat(image.getAltText()).isEqualTo("A red square on white");
    assertThat(image.getType()).isEqualTo("photo");
    assertThat(rich.getIncludes().getUsers()).extracting(User::getId).contains(me, KAI);

    PostsResponse many = call("PostsService.get(List,Fields)",
        () -> client.posts().get(List.of(withPoll, quote, replyPostId, withVideo), RichFields.forPosts()));
    Post poll = many.getData().get(0);
    assertThat(poll.getReplySettings()).isEqualTo("mentionedUsers");
    assertThat(many.getIncludes().getPolls()).singleElement()
        .satisfies(p -> assertThat(p.getOptions()).hasSize(2));
    assertThat(many.getData().get(1).getReferencedTweets()).singleElement()
        .satisfies(r -> assertThat(r.getId()).isEqualTo(withMedia));
    assertThat(many.getData().get(2).getReferencedTweets()).singleElement()
        .satisfies(r -> assertThat(r.getId()).isEqualTo(withPoll));
    assertThat(many.getIncludes().getMedia()).extracting(Media::getType).contains("video");
    assertThat(call("PostsService.get(String)", () -> client.posts().get(quote)).getData().getText())
        .isEqualTo("Worth a look " + TAG);
  }

  @Test
  @Order(6)
  void timelines_everyOptionAndARealPaginationToken_showTheNewPosts() {
    TimelineRequest own = TimelineRequest.builder().maxResults(5)
        .startTime(SdkSandbox.START.minus(Duration.ofDays(2))).endTime(x.clock().instant().plusSeconds(1))
        .excludeReplies(true).excludeReposts(true).fields(RichFields.forPosts()).build();
    Page<Post> first = call("TimelinesService.userPosts(String,TimelineRequest)",
        () -> client.timelines().userPosts(me, own).firstPage());
    Page<Post> second = client.timelines().userPosts(me, own.startingAt(first.nextToken().orElseThrow())).firstPage();
    assertThat(first.items()).hasSize(5);
    assertThat(second.items()).isNotEmpty().doesNotContainAnyElementsOf(first.items());
    assertThat(first.items()).extracting(Post::getId).doesNotContain(replyPostId);
    assertThat(call("TimelinesService.userPosts(String)", () -> client.timelines().userPosts(me).stream())
        .map(Post::getId)).containsAll(taggedPosts);

    String newest = taggedPosts.get(taggedPosts.size() - 1);
    TimelineRequest mentionsOfKai = TimelineRequest.builder().maxResults(5).sinceId("1").untilId(newest)
        .startTime(SdkSandbox.START.minus(Duration.ofDays(2))).fields(RichFields.forPosts()).build();
    Page<Post> mentions = call("TimelinesService.mentions(String,TimelineRequest)",
        () -> client.timelines().mentions(KAI, mentionsOfKai).firstPage());
    assertThat(mentions.items()).extracting(Post::getId).contains(mediaPostId);
    assertThat(call("TimelinesService.mentions(String)", () -> client.timelines().mentions(KAI).stream())
        .map(Post::getId)).contains(mediaPostId);

    TimelineRequest homeRequest = TimelineRequest.builder().maxResults(10).excludeReplies(true)
        .fields(RichFields.forPosts()).build();
    Page<Post> home = call("TimelinesService.home(String,TimelineRequest)",
        () -> client.timelines().home(me, homeRequest).firstPage());
    Page<Post> homeNext = client.timelines().home(me, homeRequest.startingAt(home.nextToken().orElseThrow()))
        .firstPage();
    assertThat(home.items()).extracting(Post::getAuthorId).contains(me);
    assertThat(homeNext.items()).isNotEmpty();
    assertThat(call("TimelinesService.home(String)", () -> client.timelines().home(me).stream())
        .map(Post::getId)).containsAll(taggedPosts);
  }

  @Test
  @Order(7)
  void search_everyOptionAndARealNextToken_findsExactlyThePublishedPosts() {
    SearchRequest request = SearchRequest.builder(TAG).maxResults(10)
        .startTime(SdkSandbox.START.minus(Duration.ofDays(1))).endTime(x.clock().instant().plusSeconds(1))
        .sortOrder(SearchRequest.SortOrder.RECENCY).fields(RichFields.forPosts()).build();
    Page<Post> first = call("SearchService.recent(SearchRequest)", () -> client.search().recent(request).firstPage());
    Page<Post> second = client.search().recent(request.startingAt(first.nextToken().orElseThrow())).firstPage();
    List<String> found = new ArrayList<>();
    first.items().forEach(p -> found.add(p.getId()));
    second.items().forEach(p -> found.add(p.getId()));
    assertThat(found).containsExactlyInAnyOrderElementsOf(taggedPosts);

    SearchRequest byIds = SearchRequest.builder(TAG).maxResults(100).sinceId(taggedPosts.get(0))
        .untilId(taggedPosts.get(taggedPosts.size() - 1)).sortOrder(SearchRequest.SortOrder.RELEVANCY).build();
    assertThat(client.search().recent(byIds).stream()).hasSize(taggedPosts.size() - 2);
    assertThat(call("SearchService.recent(String)", () -> client.search().recent(TAG).stream()))
        .hasSize(taggedPosts.size());

    long total = call("SearchService.counts(SearchRequest)", () -> app.search().counts(SearchRequest.builder(TAG)
        .granularity(SearchRequest.Granularity.MINUTE)
        .startTime(SdkSandbox.START.minus(Duration.ofHours(1))).endTime(x.clock().instant().plusSeconds(60))
        .fields(Fields.builder().counts(PostCountField.START, PostCountField.END, PostCountField.TWEET_COUNT).build())
        .build())).getMeta().getTotalTweetCount();
    assertThat(total).isEqualTo(taggedPosts.size());
  }

  @Test
  @Order(8)
  void likes_likeListAndUnlike_changeWhoLikedWhat() {
    String kaiPost = client.timelines().userPosts(KAI).firstPage().items().get(0).getId();

    assertThat(call("LikesService.like(String,String)", () -> client.likes().like(me, kaiPost)).getData().getLiked())
        .isTrue();
    PageRequest onePerPage = PageRequest.builder().maxResults(1).fields(RichFields.forUsers()).build();
    assertThat(call("LikesService.likingUsers(String,PageRequest)",
        () -> client.likes().likingUsers(kaiPost, onePerPage).stream()).map(User::getId)).contains(me);
    assertThat(call("LikesService.likingUsers(String)", () -> client.likes().likingUsers(kaiPost).stream())
        .map(User::getId)).contains(me);
    PageRequest fivePosts = PageRequest.builder().maxResults(5).fields(RichFields.forPosts()).build();
    Page<Post> liked = call("LikesService.likedPosts(String,PageRequest)",
        () -> client.likes().likedPosts(me, fivePosts).firstPage());
    assertThat(liked.items()).extracting(Post::getId).contains(kaiPost);
    assertThat(call("LikesService.likedPosts(String)", () -> client.likes().likedPosts(me).stream())
        .map(Post::getId)).contains(kaiPost);

    assertThat(call("LikesService.unlike(String,String)", () -> client.likes().unlike(me, kaiPost)).getData()
        .getLiked()).isFalse();
    assertThat(client.likes().likingUsers(kaiPost).stream().map(User::getId)).doesNotContain(me);
  }

  @Test
  @Order(8)
  void bookmarks_addListAndRemove_changeWhatTheUserBookmarked() {
    String kaiPost = client.timelines().userPosts(KAI).firstPage().items().get(0).getId();

    assertThat(call("BookmarksService.add(String,String)", () -> client.bookmarks().add(me, kaiPost)).getData()
        .getBookmarked()).isTrue();
    assertThat(client.bookmarks().add(me, kaiPost).getData().getBookmarked()).isTrue();
    PageRequest onePerPage = PageRequest.builder().maxResults(1).fields(RichFields.forPosts()).build();
    assertThat(call("BookmarksService.list(String,PageRequest)",
        () -> client.bookmarks().list(me, onePerPage).firstPage().items())).extracting(Post::getId)
        .containsExactly(kaiPost);
    assertThat(call("BookmarksService.list(String)", () -> client.bookmarks().list(me).stream())
        .map(Post::getId)).startsWith(kaiPost).doesNotHaveDuplicates();

    assertThat(call("BookmarksService.remove(String,String)", () -> client.bookmarks().remove(me, kaiPost))
        .getData().getBookmarked()).isFalse();
    assertThat(client.bookmarks().list(me).stream().map(Post::getId)).isNotEmpty().doesNotContain(kaiPost);
  }

  @Test
  @Order(8)
  void bookmarkFolders_seededFoldersListed_andAPostLeavesItsFolderWhenItsBookmarkIsRemoved() {
    PageRequest onePerPage = PageRequest.builder().maxResults(1).build();
    List<BookmarkFolder> folders = call("BookmarksService.folders(String,PageRequest)",
        () -> client.bookmarks().folders(me, onePerPage).stream().toList());
    assertThat(folders).extracting(BookmarkFolder::getName).containsExactly("Java reading", "Launches");
    assertThat(call("BookmarksService.folders(String)", () -> client.bookmarks().folders(me).stream())
        .map(BookmarkFolder::getId)).containsExactlyElementsOf(folders.stream().map(BookmarkFolder::getId).toList());

    String launches = folders.get(1).getId();
    List<String> filed = call("BookmarksService.inFolder(String,String)",
        () -> client.bookmarks().inFolder(me, launches)).getData().stream().map(BookmarkFolderPost::getId).toList();
    assertThat(filed).hasSize(2);
    assertThat(client.bookmarks().list(me).stream().map(Post::getId)).containsAll(filed);

    client.bookmarks().remove(me, filed.get(0));
    assertThat(client.bookmarks().inFolder(me, launches).getData()).extracting(BookmarkFolderPost::getId)
        .containsExactly(filed.get(1));
    client.bookmarks().add(me, filed.get(0));
    assertThat(client.bookmarks().inFolder(me, launches).getData()).extracting(BookmarkFolderPost::getId)
        .containsExactly(filed.get(1));
  }

  @Test
  @Order(8)
  void api_typedEndpointsByMethodAndPath_answerAndChangeStateAsTheTypedCalls() {
    JsonNode self = call("ApiService.call(ApiRequest)", () -> client.api().call(ApiRequest.get("/2/users/me")
        .query("user.fields", List.of("created_at", "public_metrics")).build()));
    assertThat(self.path("data").path("username").asText()).isEqualTo("sandbox_dev");
    assertThat(self.path("data").path("public_metrics").path("following_count").asInt()).isPositive();
    UserResponse kai = call("ApiService.call(ApiRequest,Class)", () -> client.api().call(
        ApiRequest.get("/2/users/{id}").pathParameter("id", KAI).build(), UserResponse.class));
    assertThat(kai.getData().getUsername()).isEqualTo("kai_rivers");

    // Bookmarks the sandbox seeded come before and after: compare with the typed list, newest bookmark first.
    List<String> before = client.bookmarks().list(me).stream().map(Post::getId).collect(Collectors.toList());
    String kaiPost = client.timelines().userPosts(KAI).firstPage().items().get(0).getId();
    assertThat(client.api().call(ApiRequest.post("/2/users/{id}/bookmarks").pathParameter("id", me)
        .body(Map.of("tweet_id", kaiPost)).build()).path("data").path("bookmarked").asBoolean()).isTrue();
    List<String> after = client.bookmarks().list(me).stream().map(Post::getId).collect(Collectors.toList());
    assertThat(after).first().isEqualTo(kaiPost);
    assertThat(after).hasSize(before.size() + 1);
    ApiRequest bookmarks = ApiRequest.get("/2/users/{id}/bookmarks").pathParameter("id", me)
        .query("max_results", 1).build();
    assertThat(call("ApiService.pages(ApiRequest)", () -> client.api().pages(bookmarks).stream())
        .map(post -> post.path("id").asText())).containsExactlyElementsOf(after);
    assertThat(call("ApiService.pages(ApiRequest,Class)", () -> client.api().pages(bookmarks, Post.class).stream())
        .map(Post::getId)).containsExactlyElementsOf(after);
    assertThat(client.api().call(ApiRequest.delete("/2/users/" + me + "/bookmarks/" + kaiPost).build())
        .path("data").path("bookmarked").asBoolean()).isFalse();
    assertThat(client.bookmarks().list(me).stream().map(Post::getId)).containsExactlyElementsOf(before);
    assertThat(client.rateLimits().snapshot()).containsKeys("GET /2/users/{id}/bookmarks",
        "DELETE /2/users/{id}/bookmarks/{tweet_id}");
  }

  @Test
  @Order(9)
  void follows_followListAndUnfollow_changeTheSocialGraph() {
    assertThat(call("FollowsService.follow(String,String)", () -> client.follows().follow(me, NORA)).getData()
        .getFollowing()).isTrue();
    assertThat(client.follows().follow(me, PAT).getData().getPendingFollow()).isTrue();

    PageRequest onePerPage = PageRequest.builder().maxResults(1).fields(RichFields.forUsers()).build();
    Page<User> firstFollowed = call("FollowsService.following(String,PageRequest)",
        () -> client.follows().following(me, onePerPage).firstPage());
    Page<User> nextFollowed = client.follows().following(me, onePerPage.startingAt(
        firstFollowed.nextToken().orElseThrow())).firstPage();
    assertThat(nextFollowed.items()).hasSize(1).doesNotContainAnyElementsOf(firstFollowed.items());
    assertThat(call("FollowsService.following(String)", () -> client.follows().following(me).stream())
        .map(User::getId)).contains(KAI, NORA).doesNotContain(PAT);
    assertThat(call("FollowsService.followers(String,PageRequest)",
        () -> client.follows().followers(NORA, onePerPage).stream()).map(User::getId)).contains(me);
    assertThat(call("FollowsService.followers(String)", () -> client.follows().followers(NORA).stream())
        .map(User::getId)).contains(me);

    assertThat(call("FollowsService.unfollow(String,String)", () -> client.follows().unfollow(me, NORA)).getData()
        .getFollowing()).isFalse();
    assertThat(client.follows().followers(NORA).stream().map(User::getId)).doesNotContain(me);
  }

  @Test
  @Order(10)
  void reposts_repostListAndUndo_changeWhoReposted() {
    String noraPost = client.timelines().userPosts(NORA).firstPage().items().get(0).getId();

    assertThat(call("RepostsService.repost(String,String)", () -> client.reposts().repost(me, noraPost)).getData()
        .getRetweeted()).isTrue();
    PageRequest onePerPage = PageRequest.builder().maxResults(1).fields(RichFields.forUsers()).build();
    assertThat(call("RepostsService.repostedBy(String,PageRequest)",
        () -> client.reposts().repostedBy(noraPost, onePerPage).stream()).map(User::getId)).containsExactly(me);
    assertThat(call("RepostsService.repostedBy(String)", () -> client.reposts().repostedBy(noraPost).stream())
        .map(User::getId)).containsExactly(me);

    assertThat(call("RepostsService.undo(String,String)", () -> client.reposts().undo(me, noraPost)).getData()
        .getRetweeted()).isFalse();
    assertThat(client.reposts().repostedBy(noraPost).stream()).isEmpty();
  }

  @Test
  @Order(10)
  void postsEngagement_archiveSearchQuotesRepostsHiddenRepliesAnalyticsAndEdits_followTheState() {
    SearchRequest archive = SearchRequest.builder(TAG).maxResults(500).fields(RichFields.forPosts()).build();
    assertThat(call("SearchService.all(SearchRequest)", () -> app.search().all(archive).stream()).map(Post::getId))
        .containsExactlyInAnyOrderElementsOf(taggedPosts);
    assertThat(call("SearchService.all(String)", () -> app.search().all(TAG).stream())).hasSize(taggedPosts.size());
    int counted = call("SearchService.countsAll(SearchRequest)", () -> app.search().countsAll(SearchRequest
        .builder(TAG).granularity(SearchRequest.Granularity.DAY).startTime(SdkSandbox.START.minus(Duration.ofDays(3)))
        .fields(Fields.builder().counts(PostCountField.START, PostCountField.TWEET_COUNT).build()).build()).stream())
        .mapToInt(PostCountsBucket::getTweetCount).sum();
    assertThat(counted).isEqualTo(taggedPosts.size());

    TimelineRequest quoteOptions = TimelineRequest.builder().maxResults(10).excludeReplies(true)
        .fields(RichFields.forPosts()).build();
    assertThat(call("PostsService.quotes(String,TimelineRequest)",
        () -> client.posts().quotes(mediaPostId, quoteOptions).stream()).map(Post::getText))
        .containsExactly("Worth a look " + TAG);
    assertThat(call("PostsService.quotes(String)", () -> client.posts().quotes(mediaPostId).stream())).hasSize(1);

    String kaiPost = client.timelines().userPosts(KAI).firstPage().items().get(0).getId();
    client.reposts().repost(me, kaiPost);
    assertThat(call("PostsService.reposts(String,PageRequest)", () -> client.posts().reposts(kaiPost,
        PageRequest.builder().maxResults(5).fields(RichFields.forPosts()).build()).stream()).map(Post::getAuthorId))
        .containsExactly(me);
    client.reposts().undo(me, kaiPost);
    assertThat(call("PostsService.reposts(String)", () -> client.posts().reposts(kaiPost).stream())).isEmpty();

    assertThat(call("PostsService.hideReply(String)", () -> client.posts().hideReply(replyPostId)).getData()
        .getHidden()).isTrue();
    assertThat(client.posts().hideReply(replyPostId).getData().getHidden()).isTrue();
    assertThat(call("PostsService.unhideReply(String)", () -> client.posts().unhideReply(replyPostId)).getData()
        .getHidden()).isFalse();

    client.likes().like(me, mediaPostId);
    PostAnalyticsResponse analytics = call("PostsService.analytics(PostAnalyticsRequest)", () -> client.posts()
        .analytics(PostAnalyticsRequest.builder(List.of(mediaPostId), SdkSandbox.START.minus(Duration.ofDays(1)),
            x.clock().instant().plus(Duration.ofDays(1))).granularity(AnalyticsGranularity.DAILY)
            .fields(Fields.builder().analytics(AnalyticsField.LIKES, AnalyticsField.IMPRESSIONS,
                AnalyticsField.QUOTE_TWEETS).build()).build()));
    assertThat(analytics.getData()).singleElement().satisfies(p -> {
      assertThat(p.getLikes()).isEqualTo(1L);
      assertThat(p.getQuoteTweets()).isEqualTo(1L);
      assertThat(p.getImpressions()).isGreaterThan(p.getLikes());
      assertThat(p.getTimestampedMetrics()).hasSize(3);
      assertThat(p.getTimestampedMetrics().stream().mapToLong(b -> b.getMetrics().getLikes()).sum()).isEqualTo(1L);
    });
    client.likes().unlike(me, mediaPostId);

    String original = client.posts().create("Shipping tomorow").getData().getId();
    CreatePostResponse edited = client.posts().create(PostDraft.text("Shipping tomorrow").editOf(original).build());
    assertThat(edited.getData().getText()).isEqualTo("Shipping tomorrow");
    assertThat(edited.getData().getAdditionalProperties().get("edit_history_tweet_ids"))
        .isEqualTo(List.of(original, edited.getData().getId()));
    String everything = client.posts().create(PostDraft.text("Release notes in the community")
        .replyTo(kaiPost).excludeReplyUsers(KAI).autoPopulateReplyMetadata(true)
        .community("1146654567674912769").shareWithFollowers(true).place("5a110d312052166f").madeWithAi(false)
        .paidPartnership(true).superFollowersOnly(false).nullcast(false)
        .directMessageDeepLink("https://x.com/messages/compose?recipient_id=" + me).build()).getData().getId();
    String withCard = client.posts().create(PostDraft.text("Try the demo").card("card://1587123456789012345").build())
        .getData().getId();
    assertThat(client.posts().get(List.of(everything, withCard), Fields.none()).getData()).hasSize(2);
  }

  @Test
  @Order(10)
  void lists_createFillFollowPinAndDelete_changeEveryListView() {
    String listId = call("ListsService.create(ListDraft)", () -> client.lists().create(
        ListDraft.named("Sandbox friends").withDescription("Kai and Nora"))).getData().getId();
    assertThat(call("ListsService.update(String,ListUpdate)", () -> client.lists().update(listId,
        ListUpdate.rename("Close friends").asPrivate())).getData().getUpdated()).isTrue();
    assertThat(call("ListsService.addMember(String,String)", () -> client.lists().addMember(listId, KAI)).getData()
        .getIsMember()).isTrue();
    assertThat(client.lists().addMember(listId, NORA).getData().getIsMember()).isTrue();

    ListResponse looked = call("ListsService.get(String,Fields)", () -> client.lists().get(listId,
        RichFields.forLists()));
    assertThat(looked.getData().getName()).isEqualTo("Close friends");
    assertThat(looked.getData().getDescription()).isEqualTo("Kai and Nora");
    assertThat(looked.getData().getPrivate()).isTrue();
    assertThat(looked.getData().getMemberCount()).isEqualTo(2L);
    assertThat(looked.getIncludes().getUsers()).extracting(User::getId).containsExactly(me);
    assertThat(call("ListsService.get(String)", () -> client.lists().get(listId)).getData().getOwnerId()).isNull();

    PageRequest onePerPage = PageRequest.builder().maxResults(1).fields(RichFields.forUsers()).build();
    assertThat(call("ListsService.members(String,PageRequest)", () -> client.lists().members(listId, onePerPage)
        .stream()).map(User::getId)).containsExactly(NORA, KAI);
    assertThat(call("ListsService.members(String)", () -> client.lists().members(listId).stream())
        .map(User::getId)).containsExactly(NORA, KAI);
    List<Post> posts = call("ListsService.posts(String,PageRequest)", () -> client.lists().posts(listId,
        PageRequest.builder().maxResults(5).fields(RichFields.forPosts()).build()).stream().toList());
    assertThat(posts).isNotEmpty().extracting(Post::getAuthorId).containsOnly(KAI, NORA);
    assertThat(call("ListsService.posts(String)", () -> client.lists().posts(listId).stream())
        .map(Post::getId)).containsExactlyElementsOf(posts.stream().map(Post::getId).toList());

    assertThat(call("ListsService.follow(String,String)", () -> client.lists().follow(me, listId)).getData()
        .getFollowing()).isTrue();
    assertThat(call("ListsService.followers(String,PageRequest)", () -> client.lists().followers(listId,
        onePerPage).stream()).map(User::getId)).containsExactly(me);
    assertThat(call("ListsService.followers(String)", () -> client.lists().followers(listId).stream())
        .map(User::getId)).containsExactly(me);
    PageRequest listsPerOne = PageRequest.builder().maxResults(1).fields(RichFields.forLists()).build();
    assertThat(call("ListsService.followed(String,PageRequest)", () -> client.lists().followed(me, listsPerOne)
        .stream()).map(XList::getId)).containsExactly(listId);
    assertThat(call("ListsService.followed(String)", () -> client.lists().followed(me).stream())
        .map(XList::getId)).containsExactly(listId);
    assertThat(call("ListsService.owned(String,PageRequest)", () -> client.lists().owned(me, listsPerOne).stream())
        .map(XList::getFollowerCount)).containsExactly(1L);
    assertThat(call("ListsService.owned(String)", () -> client.lists().owned(me).stream()).map(XList::getId))
        .containsExactly(listId);
    assertThat(call("ListsService.memberships(String,PageRequest)", () -> client.lists().memberships(KAI,
        listsPerOne).stream()).map(XList::getId)).containsExactly(listId);
    assertThat(call("ListsService.memberships(String)", () -> app.lists().memberships(KAI).stream())).isEmpty();

    assertThat(call("ListsService.pin(String,String)", () -> client.lists().pin(me, listId)).getData().getPinned())
        .isTrue();
    assertThat(call("ListsService.pinned(String,Fields)", () -> client.lists().pinned(me, RichFields.forLists()))
        .getData()).extracting(XList::getName).containsExactly("Close friends");
    assertThat(call("ListsService.unpin(String,String)", () -> client.lists().unpin(me, listId)).getData()
        .getPinned()).isFalse();
    assertThat(call("ListsService.pinned(String)", () -> client.lists().pinned(me)).getData()).isNull();
    assertThat(call("ListsService.unfollow(String,String)", () -> client.lists().unfollow(me, listId)).getData()
        .getFollowing()).isFalse();
    assertThat(call("ListsService.removeMember(String,String)", () -> client.lists().removeMember(listId, KAI))
        .getData().getIsMember()).isFalse();
    assertThat(client.lists().members(listId).stream().map(User::getId)).containsExactly(NORA);

    assertThat(call("ListsService.delete(String)", () -> client.lists().delete(listId)).getData().getDeleted())
        .isTrue();
    assertThat(client.lists().get(listId).getErrors()).singleElement()
        .satisfies(e -> assertThat(e.getResourceId()).isEqualTo(listId));
    assertThat(client.lists().memberships(NORA).stream()).isEmpty();
  }

  @Test
  @Order(10)
  void directMessages_sendListDownloadGroupBlockAndDelete_keepTheConversations() throws IOException {
    XClient kai = x.client(StaticBearerTokenProvider.forUser(x.sandbox().issueUserToken(KAI)));
    UploadedMedia photo = client.media().upload(MediaUpload.fromPath(write("dm.png", MediaFiles.png()))
        .category(MediaCategory.DM_IMAGE).build());

    CreateDmEventResponse sent = call("DirectMessagesService.send(String,DirectMessage)", () -> client.directMessages()
        .send(KAI, DirectMessage.builder().text("Lunch? " + TAG).media(photo).build()));
    String conversation = sent.getData().getDmConversationId();
    assertThat(conversation).isEqualTo(Long.parseLong(me) < Long.parseLong(KAI) ? me + "-" + KAI : KAI + "-" + me);
    String replyId = call("DirectMessagesService.sendInConversation(String,DirectMessage)", () -> kai.directMessages()
        .sendInConversation(conversation, DirectMessage.text("Sure, at noon"))).getData().getDmEventId();
    String sentId = sent.getData().getDmEventId();

    Fields everything = Fields.builder().dmEvent(Arrays.stream(DmEventField.values())
            .filter(f -> f != DmEventField.UNKNOWN_DEFAULT_OPEN_API).toArray(DmEventField[]::new))
        .expand(DmEventExpansion.SENDER_ID, DmEventExpansion.ATTACHMENTS_MEDIA_KEYS, DmEventExpansion.PARTICIPANT_IDS)
        .user(UserField.USERNAME, UserField.DESCRIPTION).media(MediaField.URL, MediaField.TYPE).build();
    DirectMessageEventsRequest onePerPage = DirectMessageEventsRequest.builder().maxResults(1)
        .eventTypes(DmEventType.MESSAGE_CREATE).fields(everything).build();
    assertThat(call("DirectMessagesService.events(DirectMessageEventsRequest)",
        () -> client.directMessages().events(onePerPage).stream()).map(DmEvent::getId)).containsExactly(replyId, sentId);
    assertThat(call("DirectMessagesService.events()", () -> kai.directMessages().events().stream())
        .map(DmEvent::getId)).containsExactly(replyId, sentId);
    assertThat(call("DirectMessagesService.conversationEvents(String,DirectMessageEventsRequest)",
        () -> kai.directMessages().conversationEvents(conversation, onePerPage).stream()).map(DmEvent::getSenderId))
        .containsExactly(KAI, me);
    assertThat(call("DirectMessagesService.conversationEvents(String)",
        () -> client.directMessages().conversationEvents(conversation).stream())).hasSize(2);
    assertThat(call("DirectMessagesService.eventsWith(String,DirectMessageEventsRequest)",
        () -> kai.directMessages().eventsWith(me, onePerPage).stream()).map(DmEvent::getId))
        .containsExactly(replyId, sentId);
    assertThat(call("DirectMessagesService.eventsWith(String)", () -> client.directMessages().eventsWith(KAI).stream())
        .map(DmEvent::getText)).containsExactly("Sure, at noon", "Lunch? " + TAG);

    DmEventResponse withMedia = call("DirectMessagesService.event(String,Fields)",
        () -> kai.directMessages().event(sentId, everything));
    assertThat(withMedia.getData().getDmConversationId()).isEqualTo(conversation);
    assertThat(withMedia.getData().getAttachments().getMediaKeys()).containsExactly(photo.mediaKey());
    assertThat(withMedia.getIncludes().getUsers()).extracting(User::getId).containsExactly(me);
    String url = withMedia.getIncludes().getMedia().get(0).getUrl().toString();
    String resourceId = url.substring(url.lastIndexOf('/') + 1);
    assertThat(call("DirectMessagesService.event(String)", () -> client.directMessages().event(sentId)).getData()
        .getText()).isEqualTo("Lunch? " + TAG);

    byte[] png = MediaFiles.png();
    try (DirectMessageMedia file = call("DirectMessagesService.downloadMedia(String,String,String)",
        () -> kai.directMessages().downloadMedia(sentId, photo.id(), resourceId))) {
      assertThat(file.contentType()).contains("image/png");
      assertThat(file.stream().readNBytes(8)).isEqualTo(Arrays.copyOf(png, 8));
    }
    Path saved = files.resolve("received.png");
    assertThat(call("DirectMessagesService.downloadMedia(String,String,String,Path)",
        () -> kai.directMessages().downloadMedia(sentId, photo.id(), resourceId, saved))).isEqualTo(png.length);

    CreateDmEventResponse group = call("DirectMessagesService.createGroup(List,DirectMessage)",
        () -> client.directMessages().createGroup(List.of(KAI, NORA), DirectMessage.text("Planning the trip")));
    assertThat(kai.directMessages().conversationEvents(group.getData().getDmConversationId()).stream()
        .map(DmEvent::getEventType)).containsExactly("MessageCreate", "ParticipantsJoin");

    assertThat(call("DirectMessagesService.blockDirectMessages(String)",
        () -> client.directMessages().blockDirectMessages(KAI)).getData().getBlocked()).isTrue();
    assertThat(call("DirectMessagesService.unblockDirectMessages(String)",
        () -> client.directMessages().unblockDirectMessages(KAI)).getData().getBlocked()).isFalse();
    kai.directMessages().send(me, DirectMessage.text("Still there?"));

    assertThat(call("DirectMessagesService.delete(String)", () -> client.directMessages().delete(sentId)).getData()
        .getDeleted()).isTrue();
    assertThat(kai.directMessages().eventsWith(me).stream().map(DmEvent::getId)).doesNotContain(sentId)
        .contains(replyId);
    assertThat(kai.directMessages().event(sentId).getErrors()).hasSize(1);
  }

  @Test
  @Order(11)
  void delete_ownPost_goneFromLookupsAndSearch() {
    assertThat(call("PostsService.delete(String)", () -> client.posts().delete(replyPostId)).getData().getDeleted())
        .isTrue();

    PostsResponse lookup = client.posts().get(List.of(replyPostId, mediaPostId), Fields.none());
    assertThat(lookup.getData()).extracting(Post::getId).containsExactly(mediaPostId);
    assertThat(lookup.getErrors()).hasSize(1);
    PostResponse gone = client.posts().get(replyPostId);
    assertThat(gone.getData()).isNull();
    assertThat(gone.getErrors()).singleElement().satisfies(e -> assertThat(e.getResourceId()).isEqualTo(replyPostId));
    assertThat(client.search().recent(TAG).stream().map(Post::getId)).hasSize(taggedPosts.size() - 1)
        .doesNotContain(replyPostId);
  }

  @Test
  @Order(12)
  void users_searchFindsSeedUsers_walkingWithARealNextToken() {
    PageRequest onePerPage = PageRequest.builder().maxResults(1).fields(RichFields.forUsers()).build();
    Page<User> first = call("UsersService.search(String,PageRequest)",
        () -> client.users().search("a", onePerPage).firstPage());
    Page<User> second = client.users().search("a", onePerPage.startingAt(first.nextToken().orElseThrow()))
        .firstPage();
    assertThat(second.items()).hasSize(1).doesNotContainAnyElementsOf(first.items());
    assertThat(call("UsersService.search(String)", () -> client.users().search("KAI riv").stream())
        .map(User::getId)).containsExactly(KAI);
    assertThat(client.users().search("nobody matches this").stream()).isEmpty();
  }

  @Test
  @Order(13)
  void users_muteHidesTheirPostsFromHome_untilUnmuted() {
    TimelineRequest authors = TimelineRequest.builder().fields(Fields.builder().post(PostField.AUTHOR_ID).build())
        .build();
    assertThat(client.timelines().home(me, authors).stream().map(Post::getAuthorId)).contains(KAI);

    assertThat(call("UsersService.mute(String,String)", () -> client.users().mute(me, KAI)).getData().getMuting())
        .isTrue();
    assertThat(client.users().mute(me, KAI).getData().getMuting()).isTrue();
    assertThat(client.timelines().home(me, authors).stream().map(Post::getAuthorId)).doesNotContain(KAI);
    assertThat(call("UsersService.muting(String,PageRequest)",
        () -> client.users().muting(me, PageRequest.builder().maxResults(5).fields(RichFields.forUsers()).build())
            .stream()).map(User::getId)).containsExactly(KAI);
    assertThat(call("UsersService.muting(String)", () -> client.users().muting(me).stream()).map(User::getId))
        .containsExactly(KAI);
    assertThat(client.users().get(KAI, Fields.builder().user(UserField.CONNECTION_STATUS).build()).getData()
        .getConnectionStatus()).contains("muting", "following");

    assertThat(call("UsersService.unmute(String,String)", () -> client.users().unmute(me, KAI)).getData()
        .getMuting()).isFalse();
    assertThat(client.users().muting(me).stream()).isEmpty();
    assertThat(client.timelines().home(me, authors).stream().map(Post::getAuthorId)).contains(KAI);
  }

  @Test
  @Order(14)
  void users_blockingListsTheBlockedUser_andConnectionStatusReportsIt() {
    assertThat(call("UsersService.blocking(String)", () -> client.users().blocking(me).stream())).isEmpty();
    x.sandbox().block(me, PAT);

    assertThat(call("UsersService.blocking(String,PageRequest)",
        () -> client.users().blocking(me, PageRequest.builder().maxResults(10).fields(RichFields.forUsers()).build())
            .stream()).map(User::getId)).containsExactly(PAT);
    assertThat(client.users().get(PAT, Fields.builder().user(UserField.CONNECTION_STATUS).build()).getData()
        .getConnectionStatus()).containsExactly("blocking");
    assertThat(client.follows().followers(me).stream().map(User::getId)).doesNotContain(PAT);
  }

  @Test
  @Order(15)
  void users_affiliatesOfTheSeedOrganization_andRepostsOfMyPosts() {
    String orbit = x.sandbox().user("orbit_news").id();
    assertThat(call("UsersService.affiliates(String,PageRequest)",
        () -> app.users().affiliates(orbit, PageRequest.builder().maxResults(5).fields(RichFields.forUsers()).build())
            .stream()).map(User::getId)).containsExactly(NORA);
    assertThat(call("UsersService.affiliates(String)", () -> client.users().affiliates(KAI).stream())).isEmpty();

    assertThat(call("UsersService.repostsOfMe()", () -> client.users().repostsOfMe().stream())).isEmpty();
    String myPost = client.timelines().userPosts(me).firstPage().items().get(0).getId();
    XClient kai = x.client(StaticBearerTokenProvider.forUser(x.sandbox().issueUserToken(KAI)));
    assertThat(kai.reposts().repost(KAI, myPost).getData().getRetweeted()).isTrue();
    List<Post> reposts = call("UsersService.repostsOfMe(PageRequest)", () -> client.users().repostsOfMe(
        PageRequest.builder().maxResults(10).fields(RichFields.forPosts()).build()).stream().toList());
    assertThat(reposts).singleElement().satisfies(post -> {
      assertThat(post.getAuthorId()).isEqualTo(KAI);
      assertThat(post.getReferencedTweets()).anySatisfy(ref -> assertThat(ref.getId()).isEqualTo(myPost));
    });
    kai.reposts().undo(KAI, myPost);
    assertThat(client.users().repostsOfMe().stream()).isEmpty();
  }

  /**
   * The rules through {@code x.streams().rules()}, and each of the three streams in both forms (iterated and with a
   * handler), every field asked for: each stream delivers the post published after it connected, and closes.
   */
  @Test
  @Order(16)
  @Timeout(90)
  void streams_rulesAndEveryStreamInBothForms_withEveryField() throws Exception {
    StreamRules rules = call("StreamsService.rules()", () -> app.streams().rules());
    RulesUpdateResponse added = rules.add(new RuleDraft().value("#streamed -is:retweet").tag("streamed posts"),
        new RuleDraft().value("from:sandbox_dev has:media"));
    assertThat(added.getMeta().getSummary().getCreated()).isEqualTo(2);
    String streamedRule = added.getData().get(0).getId();
    assertThat(rules.add(List.of(new RuleDraft().value("\"dry run\" OR @kai_rivers")), true).getMeta().getSummary()
        .getCreated()).isEqualTo(1);
    assertThat(rules.list(null, 1).stream().map(Rule::getValue))
        .containsExactly("#streamed -is:retweet", "from:sandbox_dev has:media");
    assertThat(rules.list(List.of(streamedRule), null).stream().map(Rule::getTag)).containsExactly("streamed posts");
    assertThat(rules.counts(known(RuleCountField.values())).getData()).isNotNull();

    StreamRequest request = StreamRequest.builder().fields(RichFields.forPosts()).build();
    // A stream's stall timer runs on the client's clock and sleeper; this session's sleeper moves the shared clock
    // at once instead of waiting, which would make every connection look stalled. The streams get real time.
    XClient app = this.app.withOptions(b -> b.clock(java.time.Clock.systemUTC()).sleeper(Sleeper.SYSTEM));
    List<java.util.function.Function<BlockingQueue<StreamEvent>, PostStream>> streams = List.of(
        events -> call("StreamsService.filtered(StreamRequest)", () -> app.streams().filtered(request)),
        events -> call("StreamsService.filtered(StreamRequest,StreamHandler)",
            () -> app.streams().filtered(request, events::add)),
        events -> call("StreamsService.sample(StreamRequest)", () -> app.streams().sample(request)),
        events -> call("StreamsService.sample(StreamRequest,StreamHandler)",
            () -> app.streams().sample(request, events::add)),
        events -> call("StreamsService.sample10(int,StreamRequest)", () -> app.streams().sample10(2, request)),
        events -> call("StreamsService.sample10(int,StreamRequest,StreamHandler)",
            () -> app.streams().sample10(2, request, events::add)));
    for (int i = 0; i < streams.size(); i++) {
      BlockingQueue<StreamEvent> handled = new LinkedBlockingQueue<>();
      try (PostStream stream = streams.get(i).apply(handled)) {
        assertThat(x.sandbox().streams().awaitOpenConnections(1, Duration.ofSeconds(20))).isTrue();
        String post = client.posts().create(PostDraft.text("A post for the streams #streamed " + i).build())
            .getData().getId();
        StreamEvent event = i % 2 == 1 ? handled.poll(20, TimeUnit.SECONDS) : stream.next();
        assertThat(event).as("stream " + i).isInstanceOf(PostEvent.class);
        PostEvent delivered = (PostEvent) event;
        assertThat(delivered.post().getId()).isEqualTo(post);
        assertThat(delivered.includes().getUsers()).extracting(User::getId).contains(me);
        assertThat(delivered.matchingRules().isEmpty()).isEqualTo(i >= 2);
      }
      assertThat(x.sandbox().streams().awaitOpenConnections(0, Duration.ofSeconds(10))).isTrue();
    }

    assertThat(rules.deleteByIds(List.of(streamedRule), false).getMeta().getSummary().getDeleted()).isEqualTo(1);
    assertThat(rules.deleteByValues(List.of("from:sandbox_dev has:media"), false).getMeta().getSummary()
        .getDeleted()).isEqualTo(1);
    rules.add(new RuleDraft().value("one more"));
    assertThat(rules.deleteAll(false).getMeta().getSummary().getDeleted()).isEqualTo(1);
  }

  @Test
  @Order(30)
  void spacesTrendsUsageCommunitiesNews_everyReadWithEveryField_answersTheSeededState() {
    Fields spaceFields = Fields.builder().space(known(SpaceField.values())).expand(known(SpaceExpansion.values()))
        .user(UserField.USERNAME, UserField.CREATED_AT).topic(known(TopicField.values())).build();
    String live = "1YqKDqWqdPLsV";
    String ticketed = "1OwGWwnoleRGQ";
    SpaceResponse space = call("SpacesService.get(String,Fields)", () -> client.spaces().get(live, spaceFields));
    assertThat(space.getData().getState()).isEqualTo(SpaceState.LIVE);
    assertThat(space.getIncludes().getUsers()).extracting(User::getUsername).contains("orbit_news");
    assertThat(space.getIncludes().getTopics()).extracting(Topic::getName).containsExactly("Space");
    assertThat(call("SpacesService.get(String)", () -> app.spaces().get(ticketed)).getData().getState())
        .isEqualTo(SpaceState.SCHEDULED);
    SpacesResponse byIds = call("SpacesService.get(List,Fields)",
        () -> client.spaces().get(List.of(live, ticketed, "1ZZZZZZZZZZZZ"), spaceFields));
    assertThat(byIds.getData()).extracting(Space::getId).containsExactly(live, ticketed);
    assertThat(byIds.getErrors()).hasSize(1);
    assertThat(call("SpacesService.byCreators(List,Fields)", () -> client.spaces().byCreators(List.of(me, KAI),
        spaceFields)).getData()).extracting(Space::getCreatorId).containsExactly(me, KAI);
    assertThat(call("SpacesService.search(String,SpaceSearchState,Integer,Fields)", () -> client.spaces()
        .search("live", SpaceSearchState.SCHEDULED, 5, spaceFields)).getData()).extracting(Space::getTitle)
        .containsExactly("Java records, a live Q&A");
    assertThat(call("SpacesService.search(String)", () -> app.spaces().search("launch")).getData())
        .extracting(Space::getId).containsExactly(live);
    PageRequest onePerPage = PageRequest.builder().maxResults(1).fields(RichFields.forUsers()).build();
    assertThat(call("SpacesService.buyers(String,PageRequest)", () -> client.spaces().buyers(ticketed, onePerPage)
        .stream().map(User::getId))).containsExactly(KAI, NORA, PAT);
    assertThat(call("SpacesService.buyers(String)", () -> client.spaces().buyers(ticketed).stream())).hasSize(3);
    PageRequest posts = PageRequest.builder().maxResults(1).fields(RichFields.forPosts()).build();
    assertThat(call("SpacesService.posts(String,PageRequest)", () -> client.spaces().posts(live, posts).stream()))
        .extracting(Post::getText).contains("Weather looks good for the launch. #space");
    assertThat(call("SpacesService.posts(String)", () -> app.spaces().posts(live).stream())).isNotEmpty();

    TrendsResponse trends = call("TrendsService.byPlace(int,Integer,Fields)", () -> app.trends().byPlace(1, 3,
        Fields.builder().trend(known(TrendField.values())).build()));
    assertThat(trends.getData()).hasSizeLessThanOrEqualTo(3).extracting(Trend::getTrendName).contains("#java");
    assertThat(call("TrendsService.byPlace(int)", () -> app.trends().byPlace(23424977)).getData()).isNotEmpty();
    assertThat(call("TrendsService.personalized(Fields)", () -> client.trends().personalized(Fields.builder()
        .personalizedTrend(known(PersonalizedTrendField.values())).build())).getData())
        .allSatisfy(t -> assertThat(t.getPostCount()).matches("[0-9]+ posts?"));
    assertThat(call("TrendsService.personalized()", () -> client.trends().personalized()).getData()).isNotEmpty();

    Usage usage = call("UsageService.posts(Integer,Fields)", () -> app.usage().posts(3,
        Fields.builder().usage(known(UsageField.values())).build())).getData();
    assertThat(usage.getProjectUsage()).isPositive();
    assertThat(usage.getDailyProjectUsage().getUsage()).hasSize(3);
    assertThat(usage.getDailyClientAppUsage()).isNotEmpty();
    assertThat(call("UsageService.posts()", () -> app.usage().posts()).getData().getProjectCap()).isPositive();

    Fields communityFields = Fields.builder().community(known(CommunityField.values())).build();
    CommunityResponse community = call("CommunitiesService.get(String,Fields)",
        () -> client.communities().get("1760000000000000001", communityFields));
    assertThat(community.getData().getMemberCount()).isPositive();
    assertThat(call("CommunitiesService.get(String)", () -> app.communities().get("1760000000000000002")).getData()
        .getName()).isEqualTo("Launch watchers");
    assertThat(call("CommunitiesService.search(String,PageRequest)", () -> client.communities().search("java",
        PageRequest.builder().maxResults(10).fields(communityFields).build()).stream()))
        .extracting(Community::getName).containsExactly("Java developers");
    assertThat(call("CommunitiesService.search(String)", () -> client.communities().search("local").stream()))
        .extracting(Community::getName).containsExactly("Sandbox builders");

    Fields newsFields = Fields.builder().news(known(NewsField.values())).build();
    News story = call("NewsService.get(String,Fields)", () -> client.news().get("1870000000000000002", newsFields))
        .getData();
    assertThat(story.getClusterPostsResults()).isNotEmpty();
    assertThat(story.getContexts().getFinance().getTickers()).containsExactly("ORCL");
    assertThat(call("NewsService.get(String)", () -> app.news().get("1870000000000000001")).getData().getRestId())
        .isEqualTo("1870000000000000001");
    assertThat(call("NewsService.search(String,Integer,Integer,Fields)", () -> client.news().search("launch", 5, 720,
        newsFields)).getData()).extracting(News::getName).containsExactly("Launch window opens at dawn");
    assertThat(call("NewsService.search(String)", () -> app.news().search("java")).getData()).hasSize(1);
  }

  @Test
  @Order(12)
  void media_lookupSubtitlesAnalyticsAndMetadata_seeTheUploadedVideo() {
    UploadedMedia video = client.media().upload(write("lookup.mp4", MediaFiles.mp4(2000)));
    String srtId = client.media().uploadOneShot(write("captions.srt",
        "1\n00:00:00,000 --> 00:00:01,000\nHello\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).toFile(),
        MediaCategoryOneShot.SUBTITLES, "text/srt").getData().getId();

    assertThat(call("MediaService.lookup(String,MediaField[])", () -> client.media().lookup(video.mediaKey(),
        MediaField.TYPE, MediaField.VARIANTS)).getData().getType()).isEqualTo("video");
    MediaListResponse both = call("MediaService.lookup(List,MediaField[])", () -> app.media().lookup(
        List.of(video.mediaKey(), "3_1999999999999999999"), MediaField.MEDIA_KEY));
    assertThat(both.getData()).extracting(Media::getMediaKey).containsExactly(video.mediaKey());
    assertThat(both.getErrors()).hasSize(1);

    SubtitlesAddResponse added = call("MediaService.addSubtitles(String,MediaCategorySubtitles,MediaSubtitles)",
        () -> client.media().addSubtitles(video.id(), MediaCategorySubtitles.TWEET_VIDEO,
            new MediaSubtitles().id(srtId).languageCode("EN").displayName("English")));
    assertThat(added.getData().getAssociatedSubtitles()).extracting(MediaSubtitles::getLanguageCode)
        .containsExactly("EN");
    assertThat(call("MediaService.removeSubtitles(String,MediaCategorySubtitles,String)", () -> client.media()
        .removeSubtitles(video.id(), MediaCategorySubtitles.TWEET_VIDEO, "EN")).getData().getDeleted()).isTrue();
    assertThat(client.media().removeSubtitles(video.id(), MediaCategorySubtitles.TWEET_VIDEO, "EN").getData()
        .getDeleted()).isFalse();

    MediaAnalyticsResponse analytics = call("MediaService.analytics(List,Instant,Instant,MediaAnalyticsGranularity,"
        + "MediaAnalyticsField[])", () -> client.media().analytics(List.of(video.mediaKey()),
        java.time.Instant.parse("2026-06-01T00:00:00Z"), java.time.Instant.parse("2026-06-03T00:00:00Z"),
        MediaAnalyticsGranularity.DAILY, MediaAnalyticsField.VIDEO_VIEWS));
    assertThat(analytics.getData().get(0).getTimestampedMetrics()).hasSize(2)
        .allSatisfy(bucket -> assertThat(bucket.getMetrics().getVideoViews()).isZero());

    call("MediaService.metadata(String,MediaMetadataRequestMetadata)", () -> client.media().metadata(video.id(),
        new MediaMetadataRequestMetadata().altText(new AltText().text("Test pattern"))));
    assertThat(client.media().lookup(video.mediaKey(), MediaField.ALT_TEXT).getData().getAltText())
        .isEqualTo("Test pattern");
  }

  @Test
  @Order(13)
  void communityNotes_eligibleEvaluateWriteListAndDelete_changeWhatIsEligible() {
    PageRequest page = PageRequest.builder().maxResults(5).fields(RichFields.forPosts()).build();
    List<Post> eligible = call("CommunityNotesService.eligiblePosts(boolean,PageRequest)",
        () -> client.communityNotes().eligiblePosts(true, page).stream().toList());
    assertThat(eligible).isNotEmpty().allSatisfy(p -> assertThat(p.getAuthorId()).isNotEqualTo(me));
    String target = eligible.get(0).getId();
    assertThat(call("CommunityNotesService.eligiblePosts(boolean,String,PageRequest)", () -> client.communityNotes()
        .eligiblePosts(false, "feed_size: small, feed_lang: en", page).stream().map(Post::getId)))
        .contains(target);

    NoteEvaluateResponse score = call("CommunityNotesService.evaluate(String,String)",
        () -> client.communityNotes().evaluate(target, "Context: https://example.org/source"));
    assertThat(score.getData().getClaimOpinionScore()).isGreaterThan(0.5);

    NoteInfo info = new NoteInfo().text("Context: https://example.org/source")
        .classification(NoteClassification.MISINFORMED_OR_POTENTIALLY_MISLEADING)
        .misleadingTags(List.of(NoteMisleadingTag.MISSING_IMPORTANT_CONTEXT)).trustworthySources(true);
    String noteId = call("CommunityNotesService.create(String,NoteInfo,boolean)",
        () -> client.communityNotes().create(target, info, true)).getData().getId();
    assertThat(client.communityNotes().eligiblePosts(true, page).stream().map(Post::getId)).doesNotContain(target);

    List<Note> written = call("CommunityNotesService.written(boolean,PageRequest)", () -> client.communityNotes()
        .written(true, PageRequest.builder().fields(Fields.builder().note(NoteField.INFO, NoteField.STATUS,
            NoteField.TEST_RESULT).build()).build()).stream().toList());
    assertThat(written).singleElement().satisfies(note -> {
      assertThat(note.getId()).isEqualTo(noteId);
      assertThat(note.getInfo().getText()).isEqualTo(info.getText());
      assertThat(note.getTestResult().getEvaluatorScoreBucket()).isEqualTo("high");
    });
    assertThat(client.communityNotes().written(false, PageRequest.defaults()).stream()).isEmpty();

    assertThat(call("CommunityNotesService.delete(String)", () -> client.communityNotes().delete(noteId)).getData()
        .getDeleted()).isTrue();
    assertThat(client.communityNotes().written(true, PageRequest.defaults()).stream()).isEmpty();
  }

  @Test
  @Order(14)
  void compliance_jobCreatedUploadedAndComplete_listsTheDeletedPost() throws IOException {
    ComplianceJob job = call("ComplianceService.create(ComplianceJobType,String,Boolean)", () -> app.compliance()
        .create(ComplianceJobType.TWEETS, "end-to-end", false)).getData();
    assertThat(job.getStatus()).isEqualTo(ComplianceJobStatus.CREATED);
    Path ids = Files.writeString(files.resolve("ids.txt"), mediaPostId + "\n" + replyPostId + "\n");
    call("ComplianceService.upload(ComplianceJob,Path)", () -> {
      app.compliance().upload(job, ids);
      return null;
    });

    assertThat(call("ComplianceService.get(String)", () -> app.compliance().get(job.getId())).getData().getStatus())
        .isEqualTo(ComplianceJobStatus.IN_PROGRESS);
    ComplianceJob done = call("ComplianceService.get(String,Fields)", () -> app.compliance().get(job.getId(),
        Fields.builder().complianceJob(ComplianceJobField.STATUS, ComplianceJobField.DOWNLOAD_URL).build())).getData();
    assertThat(done.getStatus()).isEqualTo(ComplianceJobStatus.COMPLETE);
    assertThat(call("ComplianceService.list(ComplianceJobType,ComplianceJobStatus,Fields)", () -> app.compliance()
        .list(ComplianceJobType.TWEETS, ComplianceJobStatus.COMPLETE, Fields.none())).getData())
        .extracting(ComplianceJob::getId).containsExactly(job.getId());
    try (java.util.stream.Stream<ComplianceResult> results = call("ComplianceService.results(ComplianceJob)",
        () -> app.compliance().results(done))) {
      assertThat(results.toList()).singleElement().satisfies(result -> {
        assertThat(result.getId()).isEqualTo(replyPostId);
        assertThat(result.getReason()).isEqualTo(ComplianceResultReason.DELETED);
      });
    }

    ComplianceJob users = call("ComplianceService.create(ComplianceJobType)",
        () -> app.compliance().create(ComplianceJobType.USERS)).getData();
    call("ComplianceService.upload(ComplianceJob,InputStream)", () -> {
      app.compliance().upload(users, new java.io.ByteArrayInputStream((me + "\n1999999999\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      return null;
    });
    assertThat(call("ComplianceService.list(ComplianceJobType)", () -> app.compliance()
        .list(ComplianceJobType.USERS)).getData()).extracting(ComplianceJob::getStatus)
        .containsExactly(ComplianceJobStatus.IN_PROGRESS);
    ComplianceJob usersDone = app.compliance().get(users.getId()).getData();
    try (java.util.stream.Stream<ComplianceResult> results = app.compliance().results(usersDone)) {
      assertThat(results.map(ComplianceResult::getId)).containsExactly("1999999999");
    }
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void coverage_everyPublicServiceOperation_wasCalledAbove() {
    assertThat(operations.called()).containsExactlyInAnyOrderElementsOf(OperationLedger.publicServiceOperations());
    // No request of the whole session was refused, and each carried exactly one token.
    assertThat(x.transport().exchanges()).hasSizeGreaterThan(operations.called().size())
        .allSatisfy(e -> assertThat(e.status()).isBetween(200, 299))
        .allSatisfy(e -> assertThat(e.bearerToken()).isNotBlank());
  }

  /** The enum's values without the generated stand-in for values X added later. */
  private static <E extends Enum<E>> E[] known(E[] values) {
    return Arrays.stream(values).filter(v -> !v.name().equals("UNKNOWN_DEFAULT_OPEN_API"))
        .toArray(n -> Arrays.copyOf(values, n));
  }

  private <T> T call(String operation, Supplier<T> invocation) {
    return operations.call(operation, invocation);
  }

  private String published(String postId) {
    taggedPosts.add(postId);
    return postId;
  }

  private static Path write(String name, byte[] bytes) {
    try {
      return Files.write(files.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
