package org.itu.bdt.portfolio.funding;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.itu.bdt.portfolio.kit.testing.ApiFuzzer;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itu.bdt.portfolio.funding.FinanceRequests.agreementExists;

/**
 * The fuzzer of docs/openapi/funding-service/openapi.yaml (docs/api.md, "Fuzzing"): at least 2,000 requests per
 * operation, valid-looking and hostile, against this test's own partners and agreements.
 */
@QuarkusTest
class ApiFuzzTest {
    private static final String[] AGREEMENTS = {"7AGR86001-01", "7AGR86002-01", "7AGR86003-01"};

    @Inject
    DataSource dataSource;

    @Test
    void everyOperationAnswersThousandsOfHostileRequestsWithAProblemAndChangesNothingWhenItRefuses() throws Exception {
        Requests.referenceRatesPublished();
        for (String agreement : AGREEMENTS) {
            agreementExists(agreement, agreement.substring(0, 9), "FUZZ-P1", "250000.00", "2024-02-01");
        }
        Requests.partnerExists("FUZZ-P2");

        ApiFuzzer.Report report = ApiFuzzer.forService("funding-service")
                .port(RestAssured.port)
                .database(dataSource)
                .bodyLimit(ConfigProvider.getConfig()
                        .getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue())
                .values("partnerId", "FUZZ-P1", "FUZZ-P2")
                .values("agreementNumber", AGREEMENTS)
                .values("projectNumber", "7AGR86001", "7AGR86002", "7AGR86003")
                .values("currency", "EUR", "USD", "CHF", "JPY")
                .values("month", "2024-03", "2024-11")
                .values("transferId", "TEST-FUND")
                .values("asOf", "2024-12-31", "2025-06-30")
                .values("from", "2024-01-01")
                .values("to", "2024-12-31")
                .values("atomic", "true", "false")
                .values("entity", "agreement", "partner")
                .values("id", AGREEMENTS)
                .validBodies("POST /api/partners", """
                        {"partnerId":"FUZZ-N1","name":"Fuzzed partner","type":"GOVERNMENT","country":"CH"}""")
                .validBodies("PUT /api/partners/{partnerId}", """
                        {"name":"Fuzzed partner, renamed","type":"FOUNDATION","country":"FR"}""")
                .validBodies("POST /api/agreements", """
                        {"agreementNumber":"7AGR86009-01","projectNumber":"7AGR86009","partnerId":"FUZZ-P1",
                         "fundingSource":"PARTNER","currency":"EUR","originalAmount":120000.00,
                         "signedOn":"2024-03-15","kind":"PROJECT_AGREEMENT","contribution":"CASH"}""", """
                        {"agreementNumber":"7AGR86010-01","projectNumber":"7AGR86010","partnerId":"FUZZ-P2",
                         "fundingSource":"PARTNER","currency":"USD","originalAmount":99999.99,"signedOn":"2024-11-02",
                         "rateOverride":{"chfPerUnit":0.91,"reason":"agreed rate"}}""", """
                        {"agreementNumber":"7AGR86011-IT","projectNumber":"7AGR86011","fundingSource":"ITU",
                         "currency":"CHF","originalAmount":1000.00,"signedOn":"2024-05-01"}""")
                .validBodies("POST /api/agreements/{agreementNumber}/amendments", """
                        {"amendmentId":"FUZZ-AM-1","effectiveOn":"2024-06-01","newOriginalAmount":260000.00,
                         "reason":"more funds"}""")
                .validBodies("POST /api/agreements/{agreementNumber}/cancellation", """
                        {"cancelledOn":"2024-09-01","reason":"the partner withdrew"}""")
                .validBodies("PUT /api/agreements/{agreementNumber}/instalments", """
                        [{"dueOn":"2024-04-01","amount":125000.00},{"dueOn":"2024-10-01","amount":125000.00}]""")
                .validBodies("POST /api/agreements/{agreementNumber}/payments", """
                        {"receivedOn":"2024-04-03","amount":1000.00,"reference":"FUZZ-PAY-1"}""")
                .validBodies("POST /api/exchange-rates", """
                        [{"currency":"EUR","month":"2024-03","chfPerUnit":0.95,"source":"UN"}]""")
                .validBodies("PUT /api/exchange-rates/{currency}/{month}", """
                        {"chfPerUnit":0.96,"source":"UN"}""")
                .validBodies("POST /api/ict-df/transfers", """
                        {"transferId":"FUZZ-TR-1","receivedOn":"2024-02-01","amountChf":1000.00,
                         "source":"Council decision","reference":"C24/1"}""")
                .validBodies("POST /api/finance/transactions", """
                        [{"reference":"FUZZ-TX-1","agreementNumber":"7AGR86001-01","type":"3",
                          "transactionDate":"2024-01-15","currency":"CHF","amount":"100.00","description":"fuzz"}]""")
                .validBodies("POST /api/finance/balances", """
                        [{"reference":"FUZZ-BAL-1","agreementNumber":"7AGR86001-01","year":"2024",
                          "balanceChf":"100.00","asOf":"2024-12-31"}]""")
                .run();

        assertThat(report.fewestRequests()).isGreaterThanOrEqualTo(report.requestsPerOperation());
        assertThat(report.serverErrors()).as("5xx answers").isZero();
        assertThat(report.findings()).as(report.findingsText()).isEmpty();
    }
}
