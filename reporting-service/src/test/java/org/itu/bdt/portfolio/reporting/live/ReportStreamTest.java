package org.itu.bdt.portfolio.reporting.live;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.itu.bdt.portfolio.reporting.PortfolioEventProducer;
import org.itu.bdt.portfolio.reporting.ReadModelTables;
import org.itu.bdt.portfolio.reporting.StreamSubscriber;
import org.itu.bdt.portfolio.reporting.StreamSubscriber.StreamEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementAmended;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementSigned;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectRegistered;

@QuarkusTest
class ReportStreamTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TestHTTPResource("/api/reports/stream")
    URI stream;

    @Inject
    ReadModelTables tables;

    @BeforeEach
    void startFromAnEmptyReadModel() {
        tables.clear();
    }

    @Test
    void aSignedAgreementReachesSubscribersWithItsChangeAndTheRegionsTotalsToday() throws Exception {
        try (var subscriber = new StreamSubscriber(stream); var producer = new PortfolioEventProducer()) {
            subscriber.awaitHeartbeat(PATIENCE);

            producer.send(projectRegistered("9RAF24301", "AFRICA", "ONGOING", "2024-03-12", null),
                    agreementSigned("9RAF24301-01", "9RAF24301", "PARTNER", "1234.50", "2024-03-12"));

            StreamEvent change = subscriber.awaitEvent("portfolio-by-region",
                    data -> data.contains("\"projects\":1,\"partnerFunding\":1234.50,\"ituFunding\":0.00"), PATIENCE);
            assertThat(change.data())
                    .startsWith("{\"region\":\"AFRICA\",\"label\":\"Africa\",\"effectiveOn\":\"2024-03-12\"")
                    .contains("\"today\":{\"asOf\":\"" + LocalDate.now() + "\",\"projects\":1,"
                            + "\"partnerFunding\":1234.50,\"ituFunding\":0.00,\"total\":1234.50}");
        }
    }

    @Test
    void anAmendmentIsPushedAsItsDeltaOnItsEffectiveDate() throws Exception {
        try (var subscriber = new StreamSubscriber(stream); var producer = new PortfolioEventProducer()) {
            subscriber.awaitHeartbeat(PATIENCE);
            producer.send(projectRegistered("7MNE24302", "EUROPE", "ONGOING", "2024-09-12", null),
                    agreementSigned("7MNE24302-01", "7MNE24302", "ITU", "47500.00", "2024-09-12"));
            subscriber.awaitEvent("portfolio-by-region", data -> data.contains("\"ituFunding\":47500.00,"), PATIENCE);

            producer.send(agreementAmended(
                    "7MNE24302-01-A1", "7MNE24302-01", "7MNE24302", "2024-12-02", "44200.00"));

            StreamEvent amendment = subscriber.awaitEvent("portfolio-by-region",
                    data -> data.contains("\"effectiveOn\":\"2024-12-02\""), PATIENCE);
            assertThat(amendment.data())
                    .contains("\"change\":{\"projects\":0,\"partnerFunding\":0.00,\"ituFunding\":-3300.00,"
                            + "\"total\":-3300.00}")
                    .contains("\"projects\":1,\"partnerFunding\":0.00,\"ituFunding\":44200.00,\"total\":44200.00}");
        }
    }

    @Test
    void theBreakdownsTheAgreementMovedArePushedUnderTheirReportsNames() throws Exception {
        try (var subscriber = new StreamSubscriber(stream); var producer = new PortfolioEventProducer()) {
            subscriber.awaitHeartbeat(PATIENCE);

            producer.send(projectRegistered("9RAF24303", "AFRICA", "ONGOING", "2024-03-12", null),
                    agreementSigned("9RAF24303-01", "9RAF24303", "ITU", "300.25", "2024-03-12"));

            StreamEvent bySource = subscriber.awaitEvent("portfolio-by-funding-source",
                    data -> data.contains("\"key\":\"ITU\""), PATIENCE);
            assertThat(bySource.data())
                    .startsWith("{\"dimension\":\"FUNDING_SOURCE\",\"key\":\"ITU\",\"effectiveOn\":\"2024-03-12\"")
                    .contains("\"change\":{\"projects\":1,\"partnerFunding\":0.00,\"ituFunding\":300.25,"
                            + "\"total\":300.25}");
            StreamEvent byStatus = subscriber.awaitEvent("portfolio-by-status",
                    data -> data.contains("\"key\":\"ONGOING\""), PATIENCE);
            assertThat(byStatus.data()).contains("\"today\":{\"asOf\":\"" + LocalDate.now() + "\",\"projects\":1,"
                    + "\"partnerFunding\":0.00,\"ituFunding\":300.25,\"total\":300.25}");
        }
    }

    @Test
    void aPartnersStreamReceivesItsOwnAgreementsChangeAndNeitherAnotherPartnersNorAnyTotal() throws Exception {
        try (var ec = new StreamSubscriber(stream, Tokens.forPartner("EC"));
             var internal = new StreamSubscriber(stream); var producer = new PortfolioEventProducer()) {
            ec.awaitHeartbeat(PATIENCE);
            internal.awaitHeartbeat(PATIENCE);

            producer.send(projectRegistered("9RAF24304", "AFRICA", "ONGOING", "2024-03-12", null),
                    agreementSigned("9RAF24304-01", "9RAF24304", "PARTNER", "700.00", "2024-03-12"),
                    agreementSigned("9RAF24304-02", "9RAF24304", "ITU", "100.00", "2024-03-12"),
                    agreementSigned("9RAF24304-03", "9RAF24304", "PARTNER", "800.00", "2024-03-12")
                            .with(Map.of("partnerId", "EC")));

            internal.awaitEvent("portfolio-by-partner", data -> data.contains("\"key\":\"JP-MIC\""), PATIENCE);
            internal.awaitEvent("portfolio-by-partner", data -> data.contains("\"key\":\"EC\""), PATIENCE);
            List<StreamEvent> received = ec.eventsUntil("portfolio-by-partner",
                    data -> data.contains("\"key\":\"EC\""), PATIENCE);
            assertThat(received).extracting(StreamEvent::name).containsOnly("portfolio-by-partner");
            assertThat(received).extracting(StreamEvent::data).allSatisfy(data -> assertThat(data)
                    .startsWith("{\"dimension\":\"PARTNER\",\"key\":\"EC\",\"effectiveOn\":\"2024-03-12\"")
                    .contains("\"change\":{\"projects\":1,\"partnerFunding\":800.00,\"ituFunding\":0.00,"
                            + "\"total\":800.00}"));
        }
    }

    @Test
    void anIdleStreamReceivesHeartbeatComments() throws Exception {
        try (var subscriber = new StreamSubscriber(stream)) {
            subscriber.awaitHeartbeat(PATIENCE);
            subscriber.awaitHeartbeat(Duration.ofSeconds(5));
        }
    }
}
