package org.itu.bdt.portfolio.reporting.monitoring;

import io.quarkus.test.junit.QuarkusTest;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.itu.bdt.portfolio.reporting.ReadModelExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementSigned;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.partnerRegistered;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectRegistered;

/** A partner's portal reads its own partner report, and no other partner's: that one does not exist for it. */
@QuarkusTest
class PartnerReportIsolationTest {

    private static final String EC_REPORT = "/api/reports/partners/EC?asOf=2024-12-31";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @RegisterExtension
    final ReadModelExtension readModel = new ReadModelExtension();

    @BeforeEach
    void twoPartnersFundingOneProject() {
        readModel.apply(partnerRegistered("EC", "European Commission", "multilateral", null),
                partnerRegistered("JP-MIC", "Japan MIC", "government", "JP"),
                projectRegistered("9RAF24801", "AFRICA", "ONGOING", "2024-03-12", null),
                agreementSigned("9RAF24801-01", "9RAF24801", "PARTNER", "1000.00", "2024-03-12")
                        .with(Map.of("partnerId", "EC")),
                agreementSigned("9RAF24801-02", "9RAF24801", "PARTNER", "2000.00", "2024-03-12"));
    }

    @Test
    void aPartnerReadsItsOwnReportInEveryFormAsAnInternalReaderDoes() {
        for (String format : List.of("application/json", "text/csv")) {
            String internal = given().accept(format).get(EC_REPORT).then().statusCode(200).extract().asString();

            assertThat(given().header(Tokens.asPartner("EC")).accept(format).get(EC_REPORT).then().statusCode(200)
                    .extract().asString()).isEqualTo(internal).contains("9RAF24801-01").doesNotContain("9RAF24801-02");
        }
        given().header(Tokens.asPartner("EC")).accept(XLSX).get(EC_REPORT).then().statusCode(200).contentType(XLSX);
    }

    @Test
    void anotherPartnersReportAnswersAPartnerInEveryFormAsIfThatPartnerDidNotExist() {
        String unknown = given().header(Tokens.asPartner("JP-MIC")).get("/api/reports/partners/NOBODY").then()
                .statusCode(404).extract().path("detail");

        for (String format : List.of("application/json", "text/csv", XLSX)) {
            given().header(Tokens.asPartner("JP-MIC")).accept(format).get(EC_REPORT).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:bdt-portfolio:problem:not-found"))
                    .body("detail", equalTo(unknown.replace("NOBODY", "EC")));
        }
    }

    @Test
    void theInternalRolesReadEveryPartnersReport() {
        for (String role : List.of("project-manager", "finance", "board", "viewer")) {
            given().header(Tokens.asRole(role)).get(EC_REPORT).then().statusCode(200)
                    .body("partnerId", equalTo("EC"));
        }
    }
}
