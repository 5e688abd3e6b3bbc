package org.itu.bdt.portfolio.reporting;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.kit.testing.OperationRulesChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;
import java.util.Set;

import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementSigned;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.partnerRegistered;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectRegistered;

/**
 * Every operation of reporting-service's OpenAPI document, called as every role, without a token and as a partner
 * for its own and another partner's report, answers as the reporting-service table of docs/security.md says.
 */
@QuarkusTest
class OperationRulesTest extends OperationRulesChecks {

    private static final String OWN = "EC";
    private static final String OTHER = "JP-MIC";
    /** A quarter no other test reads: the allowed lock locks it, and it is unlocked after each test. */
    private static final String QUARTER = "2019-Q3";

    @Inject
    ReadModelTables tables;

    @RegisterExtension
    final ReadModelExtension readModel = new ReadModelExtension();

    /** Both partners exist and fund a project, so that only the rule can hide one from the other. */
    @BeforeEach
    void twoPartnersEachFundingAProject() {
        readModel.apply(partnerRegistered(OWN, "European Commission", "multilateral", null),
                partnerRegistered(OTHER, "Ministry of Internal Affairs and Communications", "government", "JP"),
                projectRegistered("9RAF24901", "AFRICA", "ONGOING", "2024-03-12", null),
                agreementSigned("9RAF24901-01", "9RAF24901", "PARTNER", "1000.00", "2024-03-12")
                        .with(Map.of("partnerId", OWN)),
                agreementSigned("9RAF24901-02", "9RAF24901", "PARTNER", "2000.00", "2024-03-12")
                        .with(Map.of("partnerId", OTHER)));
    }

    @AfterEach
    void unlockTheQuarter() {
        tables.unlockAllQuarters();
    }

    @Override
    protected String service() {
        return "reporting-service";
    }

    @Override
    protected String ownPartner() {
        return OWN;
    }

    @Override
    protected String otherPartner() {
        return OTHER;
    }

    @Override
    protected Map<String, String> pathValuesOf(String partnerId) {
        return Map.of("partnerId", partnerId, "period", QUARTER, "report", "portfolio-by-region", "key", "AFRICA",
                "id", "1");
    }

    /** A rebuild replays the topics into new tables and switches over: the other tests' read model would move. */
    @Override
    protected Set<String> refusalsOnly() {
        return Set.of("POST /api/admin/rebuild");
    }
}
