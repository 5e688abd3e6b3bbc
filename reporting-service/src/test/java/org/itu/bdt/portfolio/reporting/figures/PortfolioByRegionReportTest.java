package org.itu.bdt.portfolio.reporting.figures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.itu.bdt.portfolio.reporting.PortfolioEvent;
import org.itu.bdt.portfolio.reporting.ReadModelExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementAmended;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementSigned;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectRegistered;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectUpdated;

@QuarkusTest
class PortfolioByRegionReportTest {

    private static final String REPORT = "/api/reports/portfolio-by-region";

    @RegisterExtension
    final ReadModelExtension readModel = new ReadModelExtension();

    @Test
    void aProjectWithAgreementsShowsExactAmountsInJsonAndRoundedThousandsInCsv() {
        readModel.apply(projectRegistered("9RAF24107", "AFRICA", "ONGOING", "2024-03-12", "2024-04-01"),
                agreementSigned("9RAF24107-01", "9RAF24107", "PARTNER", "26548450.00", "2024-03-12"),
                agreementSigned("9RAF24107-02", "9RAF24107", "ITU", "341960.00", "2024-03-20"));

        String json = report("2024-12-31").statusCode(200)
                .body("asOf", equalTo("2024-12-31"))
                .body("currency", equalTo("CHF"))
                .body("regions.region", equalTo(List.of("AFRICA", "AMERICAS", "ARAB_STATES",
                        "ASIA_PACIFIC", "CIS", "EUROPE", "INTER_REGIONAL")))
                .body("regions[3].label", equalTo("Asia-Pacific"))
                .extract().asString();
        assertThat(json)
                .contains("{\"region\":\"AFRICA\",\"label\":\"Africa\",\"projects\":1,\"partnerFunding\":26548450.00,"
                        + "\"ituFunding\":341960.00,\"total\":26890410.00}")
                .contains("{\"region\":\"CIS\",\"label\":\"CIS\",\"projects\":0,\"partnerFunding\":0.00,"
                        + "\"ituFunding\":0.00,\"total\":0.00}")
                .contains("\"total\":{\"projects\":1,\"partnerFunding\":26548450.00,\"ituFunding\":341960.00,"
                        + "\"total\":26890410.00}");

        String csv = given().accept("text/csv").queryParam("asOf", "2024-12-31").get(REPORT)
                .then().statusCode(200).header("Content-Type", "text/csv").extract().asString();
        assertThat(csv).isEqualTo("""
                region,projects,partner_funding,itu_funding,total
                Africa,1,26548.5,342.0,26890.4
                Americas,0,0.0,0.0,0.0
                Arab States,0,0.0,0.0,0.0
                Asia-Pacific,0,0.0,0.0,0.0
                CIS,0,0.0,0.0,0.0
                Europe,0,0.0,0.0,0.0
                Inter-regional,0,0.0,0.0,0.0
                Total,1,26548.5,342.0,26890.4
                """);
    }

    @Test
    void anAgreementArrivingBeforeItsProjectIsCountedOnceTheProjectArrives() {
        readModel.apply(agreementSigned("7BTN23069-01", "7BTN23069", "PARTNER", "435153.00", "2023-11-26"));
        asiaPacific("2024-12-31").body("projects", equalTo(0)).body("partnerFunding", equalTo(0.0f));

        readModel.apply(projectRegistered("7BTN23069", "ASIA_PACIFIC", "ONGOING", "2023-11-26", "2023-12-20"));
        assertThat(asiaPacificJson("2024-12-31"))
                .isEqualTo("{\"region\":\"ASIA_PACIFIC\",\"label\":\"Asia-Pacific\",\"projects\":1,"
                        + "\"partnerFunding\":435153.00,\"ituFunding\":0.00,\"total\":435153.00}");
    }

    @Test
    void theSameEventDeliveredTwiceCountsOnce() {
        PortfolioEvent project = projectRegistered("7BTN23069", "ASIA_PACIFIC", "ONGOING", "2023-11-26", null);
        PortfolioEvent agreement = agreementSigned("7BTN23069-01", "7BTN23069", "PARTNER", "435153.00", "2023-11-26");
        // same key, same partition: once the later agreement is applied, both deliveries of the first have been
        PortfolioEvent later = agreementSigned("7BTN23069-02", "7BTN23069", "ITU", "187635.00", "2023-11-26");

        readModel.apply(project, agreement, agreement, agreement.republished(), later);

        assertThat(asiaPacificJson("2024-12-31"))
                .isEqualTo("{\"region\":\"ASIA_PACIFIC\",\"label\":\"Asia-Pacific\",\"projects\":1,"
                        + "\"partnerFunding\":435153.00,\"ituFunding\":187635.00,\"total\":622788.00}");
    }

    @Test
    void anAmendmentChangesTheTotalFromItsEffectiveDateOnly() {
        readModel.apply(projectRegistered("7MNE24002", "EUROPE", "ONGOING", "2024-09-12", "2024-09-27"),
                agreementAmended("7MNE24002-03-A1", "7MNE24002-03", "7MNE24002", "2024-12-02", "44200.00"),
                agreementSigned("7MNE24002-03", "7MNE24002", "ITU", "47500.00", "2024-09-12"));

        europe("2024-12-01").body("ituFunding", equalTo(47500.0f));
        assertThat(europeJson("2024-12-01")).contains("\"ituFunding\":47500.00,\"total\":47500.00");
        assertThat(europeJson("2024-12-02")).contains("\"ituFunding\":44200.00,\"total\":44200.00");
    }

    @Test
    void aReportAsOfADayBeforeASignatureExcludesIt() {
        readModel.apply(projectRegistered("7MNE24002", "EUROPE", "ONGOING", "2024-09-12", "2024-09-27"),
                agreementSigned("7MNE24002-01", "7MNE24002", "PARTNER", "48005.18", "2024-09-12"),
                agreementSigned("7MNE24002-03", "7MNE24002", "ITU", "47500.00", "2024-10-01"));

        assertThat(europeJson("2024-09-11")).contains("\"projects\":0,\"partnerFunding\":0.00,\"ituFunding\":0.00");
        assertThat(europeJson("2024-09-30")).contains("\"projects\":1,\"partnerFunding\":48005.18,\"ituFunding\":0.00");
        assertThat(europeJson("2024-10-01"))
                .contains("\"projects\":1,\"partnerFunding\":48005.18,\"ituFunding\":47500.00");
    }

    @Test
    void aProjectThatIsNotOngoingIsNotCounted() {
        readModel.apply(projectRegistered("9RAF24107", "AFRICA", "APPROVED", "2024-03-12", "2024-04-01"),
                agreementSigned("9RAF24107-01", "9RAF24107", "PARTNER", "1000.00", "2024-03-12"));
        assertThat(africaJson()).contains("\"projects\":0,\"partnerFunding\":0.00");

        readModel.apply(projectUpdated("9RAF24107", "AFRICA", "ONGOING", "2024-03-12", "2024-04-01", 2));
        assertThat(africaJson()).contains("\"projects\":1,\"partnerFunding\":1000.00");

        readModel.apply(projectUpdated("9RAF24107", "AFRICA", "SUSPENDED", "2024-03-12", "2024-04-01", 3));
        assertThat(africaJson()).contains("\"projects\":0,\"partnerFunding\":0.00");
    }

    @Test
    void anOlderRevisionArrivingLateChangesNothing() {
        readModel.apply(projectUpdated("9RAF24107", "AFRICA", "CANCELLED", "2024-03-12", "2024-04-01", 2),
                agreementSigned("9RAF24107-01", "9RAF24107", "PARTNER", "1000.00", "2024-03-12"),
                projectRegistered("9RAF24107", "AFRICA", "ONGOING", "2024-03-12", "2024-04-01"));

        assertThat(africaJson()).contains("\"projects\":0,\"partnerFunding\":0.00");
    }

    @Test
    void aProjectUpdateThatChangesRegionMovesItsMoneyExactly() {
        readModel.apply(projectRegistered("7GLO24142", "INTER_REGIONAL", "ONGOING", "2024-05-02", null),
                agreementSigned("7GLO24142-01", "7GLO24142", "PARTNER", "123456.78", "2024-05-02"),
                agreementSigned("7GLO24142-02", "7GLO24142", "ITU", "50000.01", "2024-06-01"),
                projectRegistered("9RAF24107", "AFRICA", "ONGOING", "2024-01-10", null),
                agreementSigned("9RAF24107-01", "9RAF24107", "ITU", "10.00", "2024-01-10"));

        readModel.apply(projectUpdated("7GLO24142", "AFRICA", "ONGOING", "2024-05-02", null, 2));

        assertThat(africaJson()).isEqualTo("{\"region\":\"AFRICA\",\"label\":\"Africa\",\"projects\":2,"
                + "\"partnerFunding\":123456.78,\"ituFunding\":50010.01,\"total\":173466.79}");
        assertThat(regionJson("2024-12-31", 6)).isEqualTo("{\"region\":\"INTER_REGIONAL\",\"label\":\"Inter-regional\","
                + "\"projects\":0,\"partnerFunding\":0.00,\"ituFunding\":0.00,\"total\":0.00}");
    }

    @Test
    void anUnknownEventTypeIsRecordedAndIgnored() {
        readModel.apply(projectRegistered("9RAF24107", "AFRICA", "ONGOING", "2024-03-12", null)
                .withType("ProjectArchived"));

        assertThat(africaJson()).contains("\"projects\":0");
    }

    @Test
    void withoutAsOfTheReportIsAsOfToday() {
        given().get(REPORT).then().statusCode(200)
                .contentType("application/json")
                .body("asOf", equalTo(LocalDate.now().toString()))
                .body("regions.size()", equalTo(7));
    }

    @Test
    void aBadAsOfIsAValidationProblemNamingAsOf() {
        given().queryParam("asOf", "2024-13-45").get(REPORT).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("status", equalTo(400))
                .body("instance", equalTo(REPORT))
                .body("errors[0].field", equalTo("asOf"));
    }

    /** ISO's extended years parse as dates, but no report reaches them (+9999999-01-01 was a 500). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+9999999-01-01", "-0001-01-01", "1899-12-31", "10000-01-01", "2024-1-01"})
    void anAsOfOutsideTheYears1900To9999IsAValidationProblemNamingAsOf(String asOf) {
        given().queryParam("asOf", asOf).get(REPORT).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors[0].field", equalTo("asOf"))
                .body("errors[0].message", startsWith("must be a date YYYY-MM-DD from 1900-01-01 to 9999-12-31"));
    }

    /** Publishes the events and waits until every one of them has been applied or recognised as seen. */

    private static ValidatableResponse report(String asOf) {
        return given().queryParam("asOf", asOf).get(REPORT).then();
    }

    private static ValidatableResponse asiaPacific(String asOf) {
        return report(asOf).statusCode(200).rootPath("regions[3]");
    }

    private static ValidatableResponse europe(String asOf) {
        return report(asOf).statusCode(200).rootPath("regions[5]");
    }

    private static String asiaPacificJson(String asOf) {
        return regionJson(asOf, 3);
    }

    private static String europeJson(String asOf) {
        return regionJson(asOf, 5);
    }

    private static String africaJson() {
        return regionJson("2024-12-31", 0);
    }

    /** One region's object exactly as the service serialised it, so amounts keep their two decimals. */
    private static String regionJson(String asOf, int index) {
        String body = report(asOf).statusCode(200).extract().asString();
        int start = body.indexOf("\"regions\":[") + "\"regions\":[".length();
        String[] regions = body.substring(start, body.indexOf(']', start)).split("(?<=\\}),");
        return regions[index];
    }
}
