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
}
