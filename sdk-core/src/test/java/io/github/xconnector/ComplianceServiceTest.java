package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.APP_TOKEN;
import static io.github.xconnector.testing.XTest.assertBearer;
import static io.github.xconnector.testing.XTest.assertNoRequest;
import static io.github.xconnector.testing.XTest.client;
import static io.github.xconnector.testing.XTest.onlyRequest;
import static io.github.xconnector.testing.XTest.query;
import static io.github.xconnector.testing.XTest.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.errors.ServerException;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XException;
import io.github.xconnector.generated.model.ComplianceJob;
import io.github.xconnector.generated.model.ComplianceJobField;
import io.github.xconnector.generated.model.ComplianceJobResponse;
import io.github.xconnector.generated.model.ComplianceJobStatus;
import io.github.xconnector.generated.model.ComplianceJobType;
import io.github.xconnector.generated.model.ComplianceJobsResponse;
import io.github.xconnector.generated.model.ComplianceResult;
import io.github.xconnector.generated.model.ComplianceResultReason;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.XTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Compliance jobs, and the transfer of their files to and from the pre-signed storage URLs. */
class ComplianceServiceTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String SIGNATURE = "X-Goog-Signature=5ecre7519nature";

  private static XClient app() {
    return client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly(APP_TOKEN)).build();
  }

  private static String job(String status) {
    return "{\"id\":\"1372966999991541762\",\"type\":\"tweets\",\"name\":\"nightly\",\"status\":\"" + status + "\","
        + "\"created_at\":\"2026-01-15T12:00:00.000Z\",\"resumable\":false,"
        + "\"upload_url\":\"" + x.baseUrl() + "/storage/upload/1372966999991541762?" + SIGNATURE + "\","
        + "\"upload_expires_at\":\"2026-01-15T12:15:00.000Z\","
        + "\"download_url\":\"" + x.baseUrl() + "/storage/download/1372966999991541762?" + SIGNATURE + "\","
        + "\"download_expires_at\":\"2026-01-22T12:00:00.000Z\"}";
  }

  private static ComplianceJob storageJob() {
    return new ComplianceJob().id("1372966999991541762")
        .uploadUrl(URI.create(x.baseUrl() + "/storage/upload/1372966999991541762?" + SIGNATURE))
        .downloadUrl(URI.create(x.baseUrl() + "/storage/download/1372966999991541762?" + SIGNATURE));
  }

  @Test
  void create_postsTypeAndName_withTheAppToken_andDecodesTheJob() {
    x.stubFor(post("/2/compliance/jobs").willReturn(okJson("{\"data\":" + job("created") + "}")));

    ComplianceJobResponse response = app().compliance().create(ComplianceJobType.TWEETS, "nightly", null);

    x.verify(1, postRequestedFor(urlEqualTo("/2/compliance/jobs"))
        .withRequestBody(equalToJson("{\"type\":\"tweets\",\"name\":\"nightly\"}")));
    assertBearer(onlyRequest(x), APP_TOKEN);
    ComplianceJob job = response.getData();
    assertThat(job.getStatus()).isEqualTo(ComplianceJobStatus.CREATED);
    assertThat(job.getUploadUrl().getPath()).isEqualTo("/storage/upload/1372966999991541762");
    assertThat(job.getDownloadExpiresAt()).isEqualTo(OffsetDateTime.parse("2026-01-22T12:00:00Z"));
  }

  @Test
  void create_after503_isNotSentAgain_becauseCreatingAJobIsNotRetrySafe() {
    x.stubFor(post("/2/compliance/jobs").willReturn(aResponse().withStatus(503)));

    catchThrowableOfType(ServerException.class, () -> app().compliance().create(ComplianceJobType.USERS));

    assertThat(requests(x)).hasSize(1);
  }

  @Test
  void create_withAUserToken_isRefusedBeforeSending_becauseOnlyAnAppTokenMay() {
    assertThat(catchThrowableOfType(XAuthenticationException.class,
        () -> client(x).compliance().create(ComplianceJobType.TWEETS))).hasMessageContaining("app-only Bearer");
    assertNoRequest(x);
  }

  @Test
  void list_sendsTypeStatusAndFields_andDecodesTheJobs() {
    x.stubFor(get(urlPathEqualTo("/2/compliance/jobs")).willReturn(okJson("{\"data\":[" + job("complete")
        + "],\"meta\":{\"result_count\":1}}")));

    ComplianceJobsResponse response = app().compliance().list(ComplianceJobType.TWEETS, ComplianceJobStatus.COMPLETE,
        Fields.builder().complianceJob(ComplianceJobField.STATUS, ComplianceJobField.DOWNLOAD_URL).build());

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("type", List.of("tweets"), "status", List.of("complete"),
        "compliance_job.fields", List.of("status,download_url")));
    assertThat(response.getData()).extracting(ComplianceJob::getStatus).containsExactly(ComplianceJobStatus.COMPLETE);
    assertThat(response.getMeta().getResultCount()).isEqualTo(1);
  }

  @Test
  void list_expiredStatus_isRefused_becauseTheListTakesNoSuchFilter() {
    assertThat(catchThrowableOfType(XException.class, () -> app().compliance().list(ComplianceJobType.TWEETS,
        ComplianceJobStatus.EXPIRED, Fields.none()))).hasMessageContaining("status");
    assertNoRequest(x);
  }

  @Test
  void get_looksUpTheJobById() {
    x.stubFor(get(urlPathEqualTo("/2/compliance/jobs/1372966999991541762"))
        .willReturn(okJson("{\"data\":" + job("in_progress") + "}")));

    ComplianceJobResponse response = app().compliance().get("1372966999991541762");

    assertThat(response.getData().getStatus()).isEqualTo(ComplianceJobStatus.IN_PROGRESS);
  }

  @Test
  void upload_fromAFile_putsThePlainTextIdsToTheUploadUrl_withoutTheXAuthorizationHeader(@TempDir Path dir)
      throws Exception {
    x.stubFor(put(urlPathEqualTo("/storage/upload/1372966999991541762")).willReturn(aResponse().withStatus(200)));
    Path ids = Files.writeString(dir.resolve("ids.txt"), "1460323737035677698\n1460323737035677699\n");

    app().compliance().upload(storageJob(), ids);

    x.verify(1, putRequestedFor(urlEqualTo("/storage/upload/1372966999991541762?" + SIGNATURE))
        .withHeader("Content-Type", equalTo("text/plain; charset=utf-8").or(equalTo("text/plain")))
        .withHeader("Content-Length", equalTo("40"))
        .withHeader("Authorization", absent())
        .withRequestBody(equalTo("1460323737035677698\n1460323737035677699\n")));
  }

  @Test
  void upload_fromAStream_sendsItInChunks() {
    x.stubFor(put(urlPathEqualTo("/storage/upload/1372966999991541762")).willReturn(aResponse().withStatus(200)));

    app().compliance().upload(storageJob(), new ByteArrayInputStream("2244994945\n".getBytes(StandardCharsets.UTF_8)));

    x.verify(1, putRequestedFor(urlPathEqualTo("/storage/upload/1372966999991541762"))
        .withHeader("Transfer-Encoding", equalTo("chunked"))
        .withHeader("Authorization", absent())
        .withRequestBody(equalTo("2244994945\n")));
  }

  @Test
  void upload_refusedByTheStorage_failsNamingTheStatusAndCode_butNotTheSignature() {
    x.stubFor(put(urlPathEqualTo("/storage/upload/1372966999991541762")).willReturn(aResponse().withStatus(403)
        .withBody("<?xml version='1.0'?><Error><Code>ExpiredToken</Code><Message>expired</Message></Error>")));

    XException failure = catchThrowableOfType(XException.class, () -> app().compliance().upload(storageJob(),
        new ByteArrayInputStream(new byte[] {'1', '\n'})));

    assertThat(failure).hasMessageContaining("HTTP 403").hasMessageContaining("ExpiredToken")
        .hasMessageContaining("/storage/upload/1372966999991541762").hasMessageNotContaining("5ecre7519nature");
  }

  @Test
  void results_readsOneTypedResultPerLine_withoutTheXAuthorizationHeader() {
    x.stubFor(get(urlPathEqualTo("/storage/download/1372966999991541762")).willReturn(aResponse().withStatus(200)
        .withBody("{\"id\":\"1460323737035677698\",\"action\":\"delete\",\"created_at\":\"2021-11-15T19:08:05.000Z\","
            + "\"redacted_at\":\"2026-01-10T08:00:00.000Z\",\"reason\":\"deleted\"}\n\n"
            + "{\"id\":\"1460323737035677699\",\"action\":\"delete\",\"reason\":\"suspended\",\"new_member\":1}\n"
            + "{\"id\":\"1460323737035677700\",\"action\":\"delete\",\"reason\":\"a_reason_added_later\"}\n")));

    List<ComplianceResult> results;
    try (Stream<ComplianceResult> stream = app().compliance().results(storageJob())) {
      results = stream.collect(Collectors.toList());
    }

    x.verify(1, getRequestedFor(urlEqualTo("/storage/download/1372966999991541762?" + SIGNATURE))
        .withHeader("Authorization", absent()));
    assertThat(results).extracting(ComplianceResult::getId)
        .containsExactly("1460323737035677698", "1460323737035677699", "1460323737035677700");
    assertThat(results).extracting(ComplianceResult::getReason).containsExactly(ComplianceResultReason.DELETED,
        ComplianceResultReason.SUSPENDED, ComplianceResultReason.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(results.get(0).getRedactedAt()).isEqualTo(OffsetDateTime.parse("2026-01-10T08:00:00Z"));
  }

  @Test
  void results_lineThatIsNotJson_failsNamingTheLine() {
    x.stubFor(get(urlPathEqualTo("/storage/download/1372966999991541762")).willReturn(aResponse().withStatus(200)
        .withBody("{\"id\":\"1\",\"reason\":\"deleted\"}\nnot json\n")));

    try (Stream<ComplianceResult> stream = app().compliance().results(storageJob())) {
      assertThat(catchThrowableOfType(XException.class, stream::count)).hasMessageContaining("Line 2");
    }
  }
}
