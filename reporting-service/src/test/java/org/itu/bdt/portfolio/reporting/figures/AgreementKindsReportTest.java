package org.itu.bdt.portfolio.reporting.figures;

import io.quarkus.test.junit.QuarkusTest;
import org.itu.bdt.portfolio.reporting.PortfolioEvent;
import org.itu.bdt.portfolio.reporting.ReadModelExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementAmended;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementCancelled;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementSigned;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectRegistered;

/** Figure 1 counts the cash of project and supplementary agreements, each until its cancellation. */
@QuarkusTest
class AgreementKindsReportTest {

    private static final String REPORT = "/api/reports/portfolio-by-region";

    @RegisterExtension
    final ReadModelExtension readModel = new ReadModelExtension();

    @Test
    void onlyCashProjectAndSupplementaryAgreementsCountInThePortfolio() {
        readModel.apply(projectRegistered("9RAF24107", "AFRICA", "ONGOING", "2024-03-12", null),
                agreementSigned("9RAF24107-01", "9RAF24107", "PARTNER", "1000.00", "2024-03-12"),
                agreementSigned("9RAF24107-02", "9RAF24107", "PARTNER", "200.00", "2024-04-01",
                        "SUPPLEMENTARY_AGREEMENT", "CASH"),
                agreementSigned("9RAF24107-03", "9RAF24107", "ITU", "30.00", "2024-04-01",
                        "PROJECT_AGREEMENT", "CASH"),
                agreementSigned("9RAF24107-04", "9RAF24107", "PARTNER", "50000.00", "2024-04-01",
                        "SPONSORSHIP", "CASH"),
                agreementSigned("9RAF24107-05", "9RAF24107", "PARTNER", "60000.00", "2024-04-01",
                        "VOLUNTARY_CONTRIBUTION", "CASH"),
                agreementSigned("9RAF24107-06", "9RAF24107", "PARTNER", "70000.00", "2024-04-01",
                        "PROJECT_AGREEMENT", "IN_KIND"));

        assertThat(africaJson("2024-12-31")).isEqualTo("{\"region\":\"AFRICA\",\"label\":\"Africa\",\"projects\":1,"
                + "\"partnerFunding\":1200.00,\"ituFunding\":30.00,\"total\":1230.00}");
    }

    @Test
    void aCancelledAgreementStopsCountingFromItsCancellationDate() {
        readModel.apply(projectRegistered("9RAF24108", "AFRICA", "ONGOING", "2024-03-12", null),
                agreementSigned("9RAF24108-01", "9RAF24108", "PARTNER", "1000.00", "2024-03-12"),
                agreementSigned("9RAF24108-02", "9RAF24108", "PARTNER", "400.00", "2024-03-12",
                        "PROJECT_AGREEMENT", "CASH"),
                agreementAmended("9RAF24108-02-A1", "9RAF24108-02", "9RAF24108", "2024-06-01", "450.00"),
                agreementCancelled("9RAF24108-02", "9RAF24108", "2024-09-30"));

        assertThat(africaJson("2024-09-29")).contains("\"projects\":1,\"partnerFunding\":1450.00");
        assertThat(africaJson("2024-09-30")).contains("\"projects\":1,\"partnerFunding\":1000.00");
        assertThat(africaJson("2024-12-31")).contains("\"projects\":1,\"partnerFunding\":1000.00");
    }

    @Test
    void aCancellationArrivingBeforeItsAgreementIsAppliedOnceTheAgreementArrives() {
        readModel.apply(agreementCancelled("9RAF24109-01", "9RAF24109", "2024-09-30"),
                projectRegistered("9RAF24109", "AFRICA", "ONGOING", "2024-03-12", null));
        assertThat(africaJson("2024-06-30")).contains("\"projects\":1,\"partnerFunding\":0.00");

        readModel.apply(agreementSigned("9RAF24109-01", "9RAF24109", "PARTNER", "800.00", "2024-03-12"));

        assertThat(africaJson("2024-06-30")).contains("\"projects\":1,\"partnerFunding\":800.00");
        assertThat(africaJson("2024-09-30")).contains("\"projects\":1,\"partnerFunding\":0.00");
    }

    @Test
    void theSameCancellationDeliveredTwiceTakesTheAmountOutOnce() {
        PortfolioEvent cancellation = agreementCancelled("9RAF24110-01", "9RAF24110", "2024-09-30");

        readModel.apply(projectRegistered("9RAF24110", "AFRICA", "ONGOING", "2024-03-12", null),
                agreementSigned("9RAF24110-01", "9RAF24110", "PARTNER", "800.00", "2024-03-12"),
                agreementSigned("9RAF24110-02", "9RAF24110", "PARTNER", "100.00", "2024-03-12"),
                cancellation, cancellation.republished());

        assertThat(africaJson("2024-12-31")).contains("\"projects\":1,\"partnerFunding\":100.00");
    }

    /** Publishes the events and waits until every one of them has been applied or recognised as seen. */

    /** Africa's object exactly as the service serialised it, so amounts keep their two decimals. */
    private static String africaJson(String asOf) {
        String body = given().queryParam("asOf", asOf).get(REPORT).then().statusCode(200).extract().asString();
        int start = body.indexOf("\"regions\":[") + "\"regions\":[".length();
        return body.substring(start, body.indexOf('}', start) + 1);
    }
}
