package io.github.xconnector.spectools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The build's check that spec/x-api.yaml is a valid document to generate the client from. */
class SpecValidityTest {

    @Test
    void problems_projectSpec_none() {
        List<String> problems = SpecValidator.problems(TestSpecs.projectSpec());

        assertThat(problems)
                .withFailMessage(() -> "spec/x-api.yaml is not valid:\n  " + String.join("\n  ", problems))
                .isEmpty();
    }

    @Test
    void problems_brokenDocument_reportsEachMistake() {
        List<String> problems = SpecValidator.problems(TestSpecs.path(TestSpecs.BROKEN));

        assertThat(problems)
                .anySatisfy(p -> assertThat(p).contains("#/components/schemas/PostIdentifier"))
                .anySatisfy(p -> assertThat(p).contains("DELETE /2/tweets/{id}").contains("getPost is used"))
                .anySatisfy(p -> assertThat(p).contains("DELETE /2/tweets/{id}").contains("no tag"))
                .anySatisfy(p -> assertThat(p).contains("GET /2/users/me").contains("no operationId"));
    }

    @Test
    void problems_responseObjectsWithoutAdditionalProperties_namesEachByPointer() {
        List<String> problems = SpecValidator.problems(TestSpecs.path(TestSpecs.NO_CATCH_ALL));

        assertThat(problems).containsExactlyInAnyOrder(
                "#/components/schemas/User/properties/entities: object schema reachable from a response has no"
                        + " additionalProperties, so the members X adds to it would be lost",
                "#/components/schemas/User/properties/pinned/items: object schema reachable from a response has no"
                        + " additionalProperties, so the members X adds to it would be lost",
                "#/components/schemas/UrlEntity: object schema reachable from a response has no"
                        + " additionalProperties, so the members X adds to it would be lost",
                "#/paths/~12~1users~1{id}~1following/post/responses/200/content/application~1json/schema"
                        + "/properties/data: object schema reachable from a response has no additionalProperties,"
                        + " so the members X adds to it would be lost",
                "#/components/schemas/Problem: object schema reachable from a response has no"
                        + " additionalProperties, so the members X adds to it would be lost");
    }
}
