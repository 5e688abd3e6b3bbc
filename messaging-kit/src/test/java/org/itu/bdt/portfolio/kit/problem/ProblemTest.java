package org.itu.bdt.portfolio.kit.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyTypeIsAUrnOfTheCatalogueWithItsStatusAndTitle() {
        assertThat(ProblemType.VALIDATION_FAILED.uri()).isEqualTo("urn:bdt-portfolio:problem:validation-failed");
        assertThat(ProblemType.UNPROCESSABLE.status()).isEqualTo(422);
        assertThat(ProblemType.DEPENDENCY_UNAVAILABLE.title()).isEqualTo("Dependency unavailable");
        assertThat(ProblemType.values()).extracting(ProblemType::uri).doesNotHaveDuplicates();
    }

    /** The catalogue is documented for clients: docs/api.md has a row per type, with its status and title. */
    @Test
    void docsApiListsEveryTypeOfTheCatalogue() throws Exception {
        Path api = Path.of("..", "docs", "api.md");
        String document = Files.readString(api);

        for (ProblemType type : ProblemType.values()) {
            String slug = type.uri().substring(ProblemType.URI_PREFIX.length());
            assertThat(document).as("docs/api.md row of %s", type)
                    .contains("| `" + slug + "` | " + type.status() + " | " + type.title() + " |");
        }
    }

    @Test
    void aStatusTheFrameworkRaisesFindsItsCatalogueEntry() {
        assertThat(ProblemType.forStatus(400)).contains(ProblemType.VALIDATION_FAILED);
        assertThat(ProblemType.forStatus(404)).contains(ProblemType.NOT_FOUND);
        assertThat(ProblemType.forStatus(409)).contains(ProblemType.CONFLICT);
        assertThat(ProblemType.forStatus(405)).contains(ProblemType.METHOD_NOT_ALLOWED);
        assertThat(ProblemType.forStatus(500)).contains(ProblemType.INTERNAL_ERROR);
    }

    /** A 410 must never leave as a 400: a status outside the catalogue keeps its code. */
    @Test
    void aStatusOutsideTheCatalogueHasNoEntry() {
        assertThat(ProblemType.forStatus(410)).isEmpty();
        assertThat(ProblemType.forStatus(418)).isEmpty();
        assertThat(ProblemType.forStatus(502)).isEmpty();
    }

    @Test
    void aProblemIsWrittenFlatWithItsExtensionsAfterTheStandardMembers() throws Exception {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("available", "120.00");
        extensions.put("requested", "500.00");
        Problem problem = Problem.of(ProblemType.CONFLICT, "the ICT-DF cannot cover it", "/api/ict-df/allocations",
                List.of(), extensions);

        assertThat(json.writeValueAsString(problem)).isEqualTo("{\"type\":\"urn:bdt-portfolio:problem:conflict\","
                + "\"title\":\"Conflict\",\"status\":409,\"detail\":\"the ICT-DF cannot cover it\","
                + "\"instance\":\"/api/ict-df/allocations\",\"available\":\"120.00\",\"requested\":\"500.00\"}");
    }

    @Test
    void fieldErrorsAreListedWhenThereAreAny() throws Exception {
        Problem problem = Problem.of(ProblemType.VALIDATION_FAILED, "1 field is invalid", "/api/projects",
                List.of(new FieldError("region", "must not be null")), Map.of());

        assertThat(json.readTree(json.writeValueAsString(problem)).get("errors").get(0).get("field").asText())
                .isEqualTo("region");
    }

    record Line(@Positive int amount) {
    }

    record Request(@NotNull String region, @Valid List<Line> lines,
                   List<@Pattern(regexp = "[A-Z]{3}") String> countries) {
    }

    @Test
    void aViolatedFieldIsNamedByItsJsonPath() {
        // no expression language outside Quarkus: parameters are enough for these messages
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

        Request request = new Request(null, List.of(new Line(1), new Line(-5)), List.of("KEN", "xx"));

        List<String> fields = validator.validate(request).stream()
                .map(violation -> ProblemMapper.fieldOf(violation.getPropertyPath())).sorted().toList();

        assertThat(fields).containsExactly("countries[1]", "lines[1].amount", "region");
    }
}
