package org.itu.bdt.portfolio.projects;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.kit.testing.OperationRulesChecks;
import org.itu.bdt.portfolio.projects.support.BoardSteps;
import org.itu.bdt.portfolio.projects.support.MovableClock;
import org.itu.bdt.portfolio.projects.support.PartnerReportSteps;
import org.junit.jupiter.api.BeforeEach;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Every operation of project-service's OpenAPI document, called as every role, answers as the rules table of
 * docs/security.md says. RULES-A funds 7SEC27001 and RULES-B 7SEC27002, each through agreement -01 that owes its
 * partner reports; Board meeting OPR-2099-01 deferred the first proposal and set one follow-up action.
 */
@QuarkusTest
class OperationRulesTest extends OperationRulesChecks {

    private static final String MEETING = "OPR-2099-01";
    private static final Map<String, String> PROJECTS = Map.of("RULES-A", "7SEC27001", "RULES-B", "7SEC27002");
    private static String actionId;

    @Inject
    PartnerReportSteps steps;
    @Inject
    MovableClock clock;

    @BeforeEach
    void twoPartnersProjectsAndABoardMeeting() {
        if (actionId != null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        PROJECTS.forEach((partner, projectNumber) -> steps.partnerAgreement(projectNumber, partner,
                LocalDate.parse("2024-01-15")));
        BoardSteps.meeting(MEETING, today.toString());
        JsonPath agenda = BoardSteps.adopt(MEETING);
        BoardSteps.decide(MEETING, BoardSteps.itemId(agenda, "NEW_PROPOSAL", PROJECTS.get("RULES-A")), "DEFERRED",
                "work plan incomplete", List.of(BoardSteps.action("complete the work plan", "rules.owner",
                        today.plusMonths(1).toString()))).statusCode(201);
        actionId = given().when().get("/api/board/actions?owner=rules.owner").then().statusCode(200)
                .extract().jsonPath().getString("[0].actionId");
    }

    @Override
    protected String service() {
        return "project-service";
    }

    @Override
    protected String ownPartner() {
        return "RULES-A";
    }

    @Override
    protected String otherPartner() {
        return "RULES-B";
    }

    @Override
    protected Map<String, String> pathValuesOf(String partnerId) {
        String projectNumber = PROJECTS.get(partnerId);
        return Map.of("projectNumber", projectNumber,
                "agreementNumber", projectNumber + "-01",
                "id", projectNumber + "-01-R1",
                "meetingNumber", MEETING,
                "actionId", actionId);
    }
}
