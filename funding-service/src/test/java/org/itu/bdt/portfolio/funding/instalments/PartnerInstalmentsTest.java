package org.itu.bdt.portfolio.funding.instalments;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.itu.bdt.portfolio.funding.InstalmentRequests.pay;
import static org.itu.bdt.portfolio.funding.InstalmentRequests.paymentsPath;
import static org.itu.bdt.portfolio.funding.InstalmentRequests.putSchedule;
import static org.itu.bdt.portfolio.funding.InstalmentRequests.schedulePath;
import static org.itu.bdt.portfolio.funding.InstalmentRequests.signEuroAgreement;
import static org.itu.bdt.portfolio.funding.Requests.partnerExists;
import static org.itu.bdt.portfolio.funding.Requests.post;

@QuarkusTest
class PartnerInstalmentsTest {
    private static final String PARTNER = "AGR-DONOR";
    private static final String PATH = "/api/partners/" + PARTNER + "/instalments";

    @Test
    void aPartnersInstalmentsAreListedByDueDateAllOutstandingOrOverdue() {
        String paying = signEuroAgreement("7AGR00050", PARTNER);
        putSchedule(paying, """
                [{"dueOn":"2024-03-31","amount":400.00},{"dueOn":"2024-09-30","amount":500.00},
                 {"dueOn":"2099-03-31","amount":100.00}]""").statusCode(200);
        pay(paying, "FIN-7AGR00050-1", "2024-04-02", "500.00").statusCode(201);
        String late = signEuroAgreement("7AGR00051", PARTNER);
        putSchedule(late, "[{\"dueOn\":\"2024-06-30\",\"amount\":200.00}]").statusCode(200);
        String cancelled = signEuroAgreement("7AGR00052", PARTNER);
        putSchedule(cancelled, "[{\"dueOn\":\"2024-05-31\",\"amount\":300.00}]").statusCode(200);
        post("/api/agreements/" + cancelled + "/cancellation", """
                {"cancelledOn":"2024-06-15","reason":"project closed early"}""").statusCode(200);

        given().when().get(PATH).then().statusCode(200)
                .body("instalmentId", equalTo(List.of("7AGR00050-01-I1", "7AGR00052-01-I1", "7AGR00051-01-I1",
                        "7AGR00050-01-I2", "7AGR00050-01-I3")))
                .body("overdue", equalTo(List.of(false, false, true, true, false)));
        given().queryParam("status", "outstanding").when().get(PATH).then().statusCode(200)
                .body("instalmentId", equalTo(List.of("7AGR00051-01-I1", "7AGR00050-01-I2", "7AGR00050-01-I3")))
                .body("outstanding", equalTo(List.of(200.00f, 400.00f, 100.00f)));
        String overdue = given().queryParam("status", "overdue").when().get(PATH).then().statusCode(200)
                .extract().asString();
        assertThat(overdue).isEqualTo("[{\"instalmentId\":\"7AGR00051-01-I1\",\"agreementNumber\":\"7AGR00051-01\","
                + "\"projectNumber\":\"7AGR00051\",\"currency\":\"EUR\",\"dueOn\":\"2024-06-30\",\"amount\":200.00,"
                + "\"received\":0.00,\"outstanding\":200.00,\"overdue\":true},"
                + "{\"instalmentId\":\"7AGR00050-01-I2\",\"agreementNumber\":\"7AGR00050-01\","
                + "\"projectNumber\":\"7AGR00050\",\"currency\":\"EUR\",\"dueOn\":\"2024-09-30\",\"amount\":500.00,"
                + "\"received\":100.00,\"outstanding\":400.00,\"overdue\":true}]");
    }

    @Test
    void aPartnerWithoutAgreementsHasNoInstalments() {
        partnerExists("AGR-NEWCOMER");

        given().when().get("/api/partners/AGR-NEWCOMER/instalments").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aPartnerReadsTheSchedulesAndPaymentsOfItsOwnAgreementsOnly() {
        String own = scheduledAndPaid("7AGR71010", "INST-PORTAL-A");
        String others = scheduledAndPaid("7AGR71011", "INST-PORTAL-B");

        given().header(Tokens.asPartner("INST-PORTAL-A")).when().get(schedulePath(own)).then().statusCode(200)
                .body("instalments.instalmentId", equalTo(List.of(own + "-I1")))
                .body("payments.reference", equalTo(List.of("FIN-" + own)));
        given().header(Tokens.asPartner("INST-PORTAL-A")).when().get(schedulePath(others)).then().statusCode(404)
                .body("detail", equalTo("no agreement " + others));
    }

    @Test
    void aPartnerListsItsOwnInstalmentsAndAnotherPartnersAreNotFound() {
        String own = scheduledAndPaid("7AGR71012", "INST-PORTAL-C");
        scheduledAndPaid("7AGR71013", "INST-PORTAL-D");

        given().header(Tokens.asPartner("INST-PORTAL-C")).when().get("/api/partners/INST-PORTAL-C/instalments")
                .then().statusCode(200)
                .body("instalmentId", equalTo(List.of(own + "-I1")));
        given().header(Tokens.asPartner("INST-PORTAL-C")).when().get("/api/partners/INST-PORTAL-D/instalments")
                .then().statusCode(404)
                .body("detail", equalTo("no partner INST-PORTAL-D"));
    }

    @Test
    void aPartnerRecordsNoPaymentAndSchedulesNothing() {
        String own = scheduledAndPaid("7AGR71014", "INST-PORTAL-E");

        given().header(Tokens.asPartner("INST-PORTAL-E")).contentType(ContentType.JSON)
                .body("{\"receivedOn\":\"2024-05-02\",\"amount\":100.00,\"reference\":\"FIN-PORTAL\"}")
                .when().post(paymentsPath(own)).then().statusCode(403);
        given().header(Tokens.asPartner("INST-PORTAL-E")).contentType(ContentType.JSON)
                .body("[{\"dueOn\":\"2024-12-31\",\"amount\":1000.00}]")
                .when().put(schedulePath(own)).then().statusCode(403);

        given().when().get(schedulePath(own)).then().statusCode(200)
                .body("payments.reference", equalTo(List.of("FIN-" + own)))
                .body("instalments.amount", equalTo(List.of(1000.00f)));
    }

    @Test
    void anUnknownPartnerIsNotFound() {
        given().when().get("/api/partners/AGR-NOBODY/instalments").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:not-found"))
                .body("detail", equalTo("no partner AGR-NOBODY"));
    }

    @Test
    void anUnknownStatusIsAValidationProblemNamingStatus() {
        partnerExists(PARTNER);

        given().queryParam("status", "late").when().get(PATH).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", equalTo("must be outstanding or overdue"));
    }

    /** A EUR agreement of the partner with one instalment of 1000.00, half paid; its number. */
    private static String scheduledAndPaid(String projectNumber, String partnerId) {
        String agreement = signEuroAgreement(projectNumber, partnerId);
        putSchedule(agreement, "[{\"dueOn\":\"2024-09-30\",\"amount\":1000.00}]").statusCode(200);
        pay(agreement, "FIN-" + agreement, "2024-04-02", "500.00").statusCode(201);
        return agreement;
    }
}
