package io.github.xconnector.spectools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Single changes made to a copy of a small document, one kind per test. */
class SpecDiffChangesTest {

    private final OpenAPI oldDocument = TestSpecs.load(TestSpecs.OLD);
    private final OpenAPI newDocument = TestSpecs.load(TestSpecs.OLD);

    private DiffReport compare() {
        return SpecDiff.compare(oldDocument, newDocument);
    }

    private Schema<?> newSchema(String name) {
        return newDocument.getComponents().getSchemas().get(name);
    }

    @Test
    void compare_unchangedCopy_reportsNothing() {
        DiffReport report = compare();

        assertThat(report.changes()).isEmpty();
        assertThat(report.hasBreakingChanges()).isFalse();
        assertThat(report.operationsCompared()).isEqualTo(5);
    }

    @Test
    void compare_removedOperation_reportsBreakingRemoval() {
        newDocument.getPaths().get("/2/tweets/{id}").setDelete(null);

        assertThat(compare().changes())
                .extracting(Change::kind, Change::subject, Change::operation, Change::breaking)
                .containsExactly(tuple(Change.Kind.REMOVED, Change.Subject.OPERATION, "DELETE /2/tweets/{id}", true));
    }

    @Test
    void compare_operationUnderPostPath_reportsBreakingMove() {
        PathItem item = newDocument.getPaths().remove("/2/tweets/{id}");
        newDocument.getPaths().addPathItem("/2/posts/{id}", item);

        assertThat(compare().changes())
                .extracting(Change::kind, Change::from, Change::to, Change::breaking)
                .containsExactly(
                        tuple(Change.Kind.MOVED, "GET /2/tweets/{id}", "GET /2/posts/{id}", true),
                        tuple(Change.Kind.MOVED, "DELETE /2/tweets/{id}", "DELETE /2/posts/{id}", true));
    }

    @Test
    void compare_addedOptionalResponseField_reportsAdditionThatIsNotBreaking() {
        newSchema("Post").addProperty("card_uri", new StringSchema());

        DiffReport report = compare();

        assertThat(TestSpecs.changesAt(report, "GET /2/tweets/{id}", "response data.card_uri"))
                .extracting(Change::kind, Change::to, Change::breaking)
                .containsExactly(tuple(Change.Kind.ADDED, "string", false));
        assertThat(report.hasBreakingChanges()).isFalse();
    }

    @Test
    void compare_addedRequiredRequestField_reportsBreakingAddition() {
        newSchema("CreatePostRequest").addProperty("community_id", new StringSchema());
        newSchema("CreatePostRequest").addRequiredItem("community_id");

        assertThat(compare().changes())
                .extracting(Change::kind, Change::location, Change::breaking)
                .containsExactly(tuple(Change.Kind.ADDED, "POST /2/tweets request community_id", true));
    }

    @Test
    void compare_retypedResponseField_reportsBreakingRetype() {
        newSchema("Post").getProperties().put("lang", new IntegerSchema());

        assertThat(TestSpecs.changesAt(compare(), "GET /2/tweets", "response data.lang"))
                .extracting(Change::kind, Change::from, Change::to, Change::breaking)
                .containsExactly(tuple(Change.Kind.RETYPED, "string", "integer(int32)", true));
    }

    @Test
    void compare_objectFieldBecameArray_reportsRetypeInsteadOfNestedChanges() {
        Schema<?> reference = new ObjectSchema().addProperty("id", new StringSchema());
        newSchema("Post").getProperties().put("referenced_tweets", reference);

        assertThat(TestSpecs.changesAt(compare(), "GET /2/tweets/{id}", "response data.referenced_tweets"))
                .extracting(Change::kind, Change::from, Change::to)
                .containsExactly(tuple(Change.Kind.RETYPED, "array<object>", "object"));
    }

    @Test
    void compare_removedEnumValueOfRequestParameter_reportsBreakingRemoval() {
        enumOfParameter("TweetFields").remove("lang");

        assertThat(TestSpecs.changesAt(compare(), "GET /2/tweets/{id}", "parameter tweet.fields"))
                .extracting(Change::kind, Change::subject, Change::from, Change::breaking)
                .containsExactly(tuple(Change.Kind.REMOVED, Change.Subject.ENUM_VALUE, "lang", true));
    }

    @Test
    void compare_addedEnumValueOfRequestParameter_reportsAdditionThatIsNotBreaking() {
        enumOfParameter("TweetFields").add("card_uri");

        DiffReport report = compare();

        assertThat(TestSpecs.changesAt(report, "GET /2/tweets/{id}", "parameter tweet.fields"))
                .extracting(Change::kind, Change::to, Change::breaking)
                .containsExactly(tuple(Change.Kind.ADDED, "card_uri", false));
        assertThat(report.hasBreakingChanges()).isFalse();
    }

    @Test
    void compare_scopeAddedToOperation_reportsBreakingScope() {
        newDocument.getPaths().get("/2/tweets").getPost().setSecurity(List.of(new SecurityRequirement()
                .addList("OAuth2UserToken", List.of("tweet.read", "tweet.write", "users.read", "media.write"))));

        assertThat(compare().changes())
                .extracting(Change::kind, Change::subject, Change::location, Change::to, Change::breaking)
                .containsExactly(tuple(Change.Kind.ADDED, Change.Subject.SCOPE,
                        "POST /2/tweets security OAuth2UserToken", "media.write", true));
    }

    @Test
    void compare_scopeRemovedFromOperationAndDefinition_reportsOperationNotBreakingDefinitionBreaking() {
        newDocument.getPaths().get("/2/users/{id}/likes/{tweet_id}").getDelete().setSecurity(List.of(
                new SecurityRequirement().addList("OAuth2UserToken", List.of("tweet.read", "users.read"))));
        newDocument.getComponents().getSecuritySchemes().get("OAuth2UserToken").getFlows().getAuthorizationCode()
                .getScopes().remove("like.write");

        assertThat(compare().changes())
                .extracting(Change::kind, Change::subject, Change::location, Change::from, Change::breaking)
                .containsExactly(
                        tuple(Change.Kind.REMOVED, Change.Subject.SCOPE,
                                "DELETE /2/users/{id}/likes/{tweet_id} security OAuth2UserToken", "like.write", false),
                        tuple(Change.Kind.REMOVED, Change.Subject.SCOPE,
                                "securitySchemes OAuth2UserToken authorizationCode", "like.write", true));
    }

    @Test
    void compare_selectionOfOneOperation_comparesOnlyThatOperation() {
        newDocument.getPaths().remove("/2/tweets");

        DiffReport report = SpecDiff.compare(oldDocument, newDocument,
                List.of(new OperationKey("get", "/2/tweets/{id}")));

        assertThat(report.operationsCompared()).isEqualTo(1);
        assertThat(report.changes()).isEmpty();
    }

    @Test
    void compare_schemaContainingItself_terminatesAndReportsInnerChange() {
        Schema<?> reply = new ObjectSchema().addProperty("text", new StringSchema());
        reply.addProperty("reply", new Schema<>().$ref("#/components/schemas/Reply"));
        oldDocument.getComponents().addSchemas("Reply", reply);
        Schema<?> newReply = new ObjectSchema().addProperty("text", new IntegerSchema());
        newReply.addProperty("reply", new Schema<>().$ref("#/components/schemas/Reply"));
        newDocument.getComponents().addSchemas("Reply", newReply);
        oldDocument.getComponents().getSchemas().get("Post").addProperty("reply",
                new Schema<>().$ref("#/components/schemas/Reply"));
        newSchema("Post").addProperty("reply", new Schema<>().$ref("#/components/schemas/Reply"));

        assertThat(TestSpecs.changesAt(compare(), "GET /2/tweets/{id}", "response data.reply.text"))
                .extracting(Change::kind)
                .containsExactly(Change.Kind.RETYPED);
    }

    @Test
    void compare_schemaContainingItselfThroughAllOfTwice_terminatesAndReportsInnerChange() {
        for (OpenAPI document : List.of(oldDocument, newDocument)) {
            Schema<?> node = new ObjectSchema().addProperty("text", document == oldDocument ? new StringSchema()
                    : new IntegerSchema());
            node.addProperty("left", new Schema<>().allOf(List.of(new Schema<>().$ref("#/components/schemas/Node"))));
            node.addProperty("right", new Schema<>().allOf(List.of(new Schema<>().$ref("#/components/schemas/Node"))));
            document.getComponents().addSchemas("Node", node);
            document.getComponents().getSchemas().get("Post").addProperty("node",
                    new Schema<>().$ref("#/components/schemas/Node"));
        }

        assertThat(compare().changes())
                .filteredOn(c -> c.operation().equals("GET /2/tweets/{id}"))
                .extracting(Change::kind, Change::place)
                .containsExactlyInAnyOrder(
                        tuple(Change.Kind.RETYPED, "response data.node.text"),
                        tuple(Change.Kind.RETYPED, "response includes.tweets.node.text"));
    }

    @SuppressWarnings("unchecked")
    private List<Object> enumOfParameter(String name) {
        Schema<Object> items = (Schema<Object>) newDocument.getComponents().getParameters().get(name).getSchema()
                .getItems();
        List<Object> values = new ArrayList<>(items.getEnum());
        items.setEnum(values);
        return values;
    }
}
