package org.itu.bdt.portfolio.reporting.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.reporting.PortfolioEvent;
import org.itu.bdt.portfolio.reporting.ReadModelExtension;
import org.itu.bdt.portfolio.reporting.ReadModelTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementSigned;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.fundingEvent;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectRegistered;

/**
 * Only funding-service converts money: an instalment counts the CHF amount funding-service booked for it, once per
 * finance reference. Records published before it booked that amount lack chfAmount; funding-service republished each
 * with it under a new event id, so the legacy record changes nothing and the republished one counts.
 */
@QuarkusTest
class InstalmentReceivedTest {

    private static final String AGREEMENT = "9RAF24107-01";

    @Inject
    ReadModelTables tables;

    @RegisterExtension
    final ReadModelExtension readModel = new ReadModelExtension();

    @BeforeEach
    void anEuroAgreementOfEcSignedAt095() {
        readModel.apply(projectRegistered("9RAF24107", "AFRICA", "ONGOING", "2024-01-30", null),
                agreementSigned(AGREEMENT, "9RAF24107", "PARTNER", "285000.00", "2024-01-30")
                        .with(Map.of("partnerId", "EC", "currency", "EUR", "originalAmount", "300000.00",
                                "rate", "0.950000", "rateMonth", "2024-01")));
    }

    @Test
    void anInstalmentWithoutChfAmountIsConsumedAndChangesNothing() {
        readModel.apply(instalment("FIN-2024-0815", "300.00", null));

        assertThat(tables.rows("instalment_fact")).isZero();
        assertThat(received("amount")).isEqualTo("0.00");
        assertThat(received("chf")).isEqualTo("0.00");
        assertThat(quarterlyReceivedChf()).isEqualTo("0.00");
    }

    @Test
    void anInstalmentCountsExactlyItsBookedChfNeverTheAgreementsRateTimesItsAmount() {
        // 300.00 EUR at the agreement's 0.950000 would be 285.00, and at the payload's rate 300.00: neither counts
        readModel.apply(instalment("FIN-2024-0815", "300.00", "290.15").with(Map.of("rate", "1.000000")));

        assertThat(received("amount")).isEqualTo("300.00");
        assertThat(received("chf")).isEqualTo("290.15");
        assertThat(quarterlyReceivedChf()).isEqualTo("290.15");
    }

    @Test
    void theSameInstalmentUnderTwoEventIdsCountsOnce() {
        PortfolioEvent legacy = instalment("FIN-2024-0815", "300.00", null);
        PortfolioEvent republished = instalment("FIN-2024-0815", "300.00", "285.00");
        readModel.apply(legacy, republished, republished.republished());

        assertThat(tables.rows("instalment_fact")).isOne();
        assertThat(received("amount")).isEqualTo("300.00");
        assertThat(received("chf")).isEqualTo("285.00");
        assertThat(quarterlyReceivedChf()).isEqualTo("285.00");
    }

    @Test
    void aPaymentStoredWithoutChfGetsItFromItsRepublishedRecord() {
        tables.instalmentWithoutChf("FIN-2024-0815", AGREEMENT, "9RAF24107", "2024-04-02", "300.00", "EUR");
        assertThat(received("amount")).isEqualTo("300.00");
        assertThat(received("chf")).isNull();

        readModel.apply(instalment("FIN-2024-0815", "300.00", "285.00"));

        assertThat(tables.rows("instalment_fact")).isOne();
        assertThat(received("chf")).isEqualTo("285.00");
    }

    private static PortfolioEvent instalment(String reference, String amount, String chfAmount) {
        Map<String, Object> data = new HashMap<>(Map.of("agreementNumber", AGREEMENT, "projectNumber", "9RAF24107",
                "partnerId", "EC", "reference", reference, "receivedOn", "2024-04-02", "amount", amount,
                "currency", "EUR"));
        if (chfAmount != null) {
            data.put("chfAmount", chfAmount);
        }
        return fundingEvent("InstalmentReceived", "9RAF24107", data);
    }

    /** A member of the agreement's payments received by the end of 2024 in EC's partner report. */
    private static String received(String member) {
        return given().queryParam("asOf", "2024-12-31").get("/api/reports/partners/EC")
                .then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                .getString("projects[0].agreements[0].received." + member);
    }

    private static String quarterlyReceivedChf() {
        return given().queryParam("asOf", "2024-06-30").get("/api/reports/quarterly/2024-Q2")
                .then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                .getString("report.figures.receivedChf");
    }
}
