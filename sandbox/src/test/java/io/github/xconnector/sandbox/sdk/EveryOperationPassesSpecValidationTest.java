package io.github.xconnector.sandbox.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xconnector.XClient;
import io.github.xconnector.auth.InMemoryTokenStore;
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
import io.github.xconnector.generated.model.Media;
import io.github.xconnector.generated.model.MediaCategory;
import io.github.xconnector.generated.model.MediaCategoryOneShot;
import io.github.xconnector.generated.model.MediaUploadInitializeRequest;
import io.github.xconnector.generated.model.MediaUploadResponseData;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostCountField;
import io.github.xconnector.generated.model.PostResponse;
import io.github.xconnector.generated.model.PostsResponse;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.model.UserResponse;
import io.github.xconnector.generated.model.UsersResponse;
import io.github.xconnector.media.MediaFormat;
import io.github.xconnector.media.MediaUpload;
import io.github.xconnector.media.UploadedMedia;
import io.github.xconnector.paging.Expansions;
import io.github.xconnector.paging.Page;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.PageRequest;
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
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
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
        () -> client.bookmarks().list(me, onePerPage).stream()).map(Post::getId)).containsExactly(kaiPost);
    assertThat(call("BookmarksService.list(String)", () -> client.bookmarks().list(me).stream())
        .map(Post::getId)).containsExactly(kaiPost);

    assertThat(call("BookmarksService.remove(String,String)", () -> client.bookmarks().remove(me, kaiPost))
        .getData().getBookmarked()).isFalse();
    assertThat(client.bookmarks().list(me).stream()).isEmpty();
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
  @Order(Integer.MAX_VALUE)
  void coverage_everyPublicServiceOperation_wasCalledAbove() {
    assertThat(operations.called()).containsExactlyInAnyOrderElementsOf(OperationLedger.publicServiceOperations());
    // No request of the whole session was refused, and each carried exactly one token.
    assertThat(x.transport().exchanges()).hasSizeGreaterThan(operations.called().size())
        .allSatisfy(e -> assertThat(e.status()).isBetween(200, 299))
        .allSatisfy(e -> assertThat(e.bearerToken()).isNotBlank());
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
