package org.itu.bdt.portfolio.projects.board;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.projects.support.BoardSteps;
import org.itu.bdt.portfolio.projects.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.agenda;
import static org.itu.bdt.portfolio.projects.support.BoardSteps.itemsOf;

@QuarkusTest
class BoardAgendaTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The seed: the board approves proposals, supplements and closures, and guides projects in difficulty. */
    @Test
    void theDraftAgendaListsProposalsSupplementsClosuresAndProjectsNeedingGuidanceAsOfTheMeetingDate() {
        BoardSteps.proposedSince("7BRD19001", "2019-01-10");
        BoardSteps.proposedSince("7BRD19006", "2019-04-01");
        BoardSteps.ongoing("7BRD19002", "2018-05-01", "2020-12-31");
        BoardSteps.ongoing("7BRD19003", "2018-05-01", "2020-12-31");
        BoardSteps.ongoing("7BRD19004", "2017-05-01", "2019-02-28");
        BoardSteps.ongoing("7BRD19005", "2018-05-01", "2020-12-31");
        clock.setToday(LocalDate.parse("2019-03-01"));
        BoardSteps.request("SUPPLEMENT", "7BRD19002", "second phase, CHF 250,000 more").statusCode(201);
        BoardSteps.request("CLOSURE", "7BRD19003", "all outputs delivered").statusCode(201);
        BoardSteps.request("GUIDANCE", "7BRD19005", "the partner delays its contribution").statusCode(201);
        clock.setToday(LocalDate.parse("2019-04-01"));
        BoardSteps.request("GUIDANCE", "7BRD19002", "asked after the meeting").statusCode(201);
        BoardSteps.meeting("PB-2019-03", "2019-03-20");

        JsonPath draft = agenda("PB-2019-03");

        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(itemsOf(draft, "7BRD19")).containsExactly("NEW_PROPOSAL 7BRD19001", "SUPPLEMENT 7BRD19002",
                "CLOSURE 7BRD19003", "GUIDANCE 7BRD19004", "GUIDANCE 7BRD19005");
        assertThat(draft.getList("items.number", Integer.class))
                .isEqualTo(IntStream.rangeClosed(1, draft.getList("items").size()).boxed().toList());
        assertThat(draft.getList("items.itemId")).containsOnlyNulls();
        assertThat(draft.getString("items.find { it.projectNumber == '7BRD19004' }.subject"))
                .isEqualTo("ongoing past its end date 2019-02-28: Connecting schools in the Sahel");
        assertThat(draft.getString("items.find { it.projectNumber == '7BRD19002' }.subject"))
                .isEqualTo("second phase, CHF 250,000 more");
    }

    @Test
    void anAdoptedAgendaKeepsItsItemsAndNumbersWhateverHappensAfterwards() {
        BoardSteps.proposedSince("7BRD19101", "2019-05-02");
        BoardSteps.meeting("PB-2019-05", "2019-05-15");
        JsonPath adopted = BoardSteps.adopt("PB-2019-05");
        BoardSteps.proposedSince("7BRD19100", "2019-05-03");

        JsonPath again = BoardSteps.adopt("PB-2019-05");

        assertThat(adopted.getString("status")).isEqualTo("ADOPTED");
        assertThat(itemsOf(adopted, "7BRD191")).containsExactly("NEW_PROPOSAL 7BRD19101");
        assertThat(adopted.getList("items.itemId")).doesNotContainNull();
        assertThat(again.getList("items")).isEqualTo(adopted.getList("items"));
        assertThat(agenda("PB-2019-05").getList("items")).isEqualTo(adopted.getList("items"));
        assertThat(itemsOf(agenda("PB-2019-05"), "7BRD191")).containsExactly("NEW_PROPOSAL 7BRD19101");
        given().when().get("/api/board/meetings/PB-2019-05").then().body("agendaAdoptedAt", notNullValue());
    }

    @Test
    void theAgendaOfAnUnknownMeetingIsNotFound() {
        given().when().get("/api/board/meetings/PB-1999-01/agenda").then().statusCode(404)
                .body("type", equalTo("urn:bdt-portfolio:problem:not-found"));
        given().when().post("/api/board/meetings/PB-1999-01/agenda").then().statusCode(404);
    }
}
