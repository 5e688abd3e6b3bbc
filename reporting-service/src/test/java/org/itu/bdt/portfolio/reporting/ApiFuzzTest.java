package org.itu.bdt.portfolio.reporting;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.itu.bdt.portfolio.kit.testing.ApiFuzzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementSigned;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.partnerRegistered;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectRegistered;

/**
 * The fuzzer of docs/openapi/reporting-service/openapi.yaml (docs/api.md, "Fuzzing"): at least 2,000 requests per
 * operation, valid-looking and hostile, over the read model (every schema) and reporting_admin. A rebuild would
 * replace the read model the other tests build, so the fuzz runs while a rebuild of its own is recorded as running:
 * every call to start one must be refused (409), and refused, must change nothing.
 */
@QuarkusTest
class ApiFuzzTest {

    @Inject
    DataSource dataSource;
    @Inject
    ReadModelTables tables;

    @RegisterExtension
    final ReadModelExtension readModel = new ReadModelExtension();

    @AfterEach
    void noRebuildRunsAndNoQuarterIsLocked() {
        tables.execute("delete from reporting_admin.rebuild where target_schema = 'read_model_fuzz'");
        tables.unlockAllQuarters();
    }

    @Test
    void everyOperationAnswersThousandsOfHostileRequestsWithAProblemAndChangesNothingWhenItRefuses() throws Exception {
        readModel.apply(partnerRegistered("EC", "European Commission", "multilateral", null),
                partnerRegistered("JP-MIC", "Ministry of Internal Affairs and Communications", "government", "JP"),
                projectRegistered("9RAF24951", "AFRICA", "ONGOING", "2024-03-12", null),
                agreementSigned("9RAF24951-01", "9RAF24951", "PARTNER", "1000.00", "2024-03-12")
                        .with(Map.of("partnerId", "EC")),
                agreementSigned("9RAF24951-02", "9RAF24951", "ITU", "2000.00", "2024-03-12"));
        tables.execute("insert into reporting_admin.rebuild (state, target_schema) values ('RUNNING', 'read_model_fuzz')");

        ApiFuzzer.Report report = ApiFuzzer.forService("reporting-service")
                .port(RestAssured.port)
                .database(dataSource, "public", "read_model%", "reporting_admin")
                .bodyLimit(ConfigProvider.getConfig()
                        .getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue())
                .values("partnerId", "EC", "JP-MIC")
                .values("period", "2019-Q3", "2024-Q4")
                .values("report", "portfolio-by-region", "portfolio-by-partner", "portfolio-by-status",
                        "portfolio-by-initiative", "portfolio-by-country", "portfolio-by-funding-source",
                        "signed-per-year", "funding-sources")
                .values("key", "AFRICA", "EC", "ONGOING", "2024")
                .values("id", "1")
                .values("asOf", "2024-12-31", "2024-06-30")
                .values("year", "2024")
                .values("from", "2020")
                .values("to", "2024")
                .values("entity", "quarter")
                .values("limit", "10")
                .run();

        assertThat(report.fewestRequests()).isGreaterThanOrEqualTo(report.requestsPerOperation());
        assertThat(report.serverErrors()).as("5xx answers").isZero();
        assertThat(report.findings()).as(report.findingsText()).isEmpty();
    }
}
