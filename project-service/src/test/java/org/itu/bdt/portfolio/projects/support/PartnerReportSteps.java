package org.itu.bdt.portfolio.projects.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.itu.bdt.portfolio.projects.support.FundingTopic.agreementSigned;

/** Gives a project a partner-funded agreement as funding-service announces it, and waits for its schedule. */
@ApplicationScoped
public class PartnerReportSteps {

    @Inject
    ProjectSteps projects;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** A proposed project (planned to end 2027-12-31) with agreement {@code <projectNumber>-01} of {@code partnerId}. */
    public String partnerAgreement(String projectNumber, String partnerId, LocalDate signedOn) {
        projects.propose(projectNumber);
        String agreementNumber = projectNumber + "-01";
        sign(agreementNumber, projectNumber, partnerId, signedOn);
        return agreementNumber;
    }

    public void sign(String agreementNumber, String projectNumber, String partnerId, LocalDate signedOn) {
        try (FundingTopic funding = new FundingTopic(bootstrapServers)) {
            funding.send(FundingTopic.AGREEMENT_SIGNED, projectNumber,
                    agreementSigned(agreementNumber, projectNumber, partnerId, signedOn.toString()));
        }
        if (partnerId != null) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().when().get("/api/partner-reports/schedules/" + agreementNumber).then().statusCode(200));
        }
    }

    public void cancel(String agreementNumber, String projectNumber, LocalDate cancelledOn) {
        try (FundingTopic funding = new FundingTopic(bootstrapServers)) {
            funding.send(FundingTopic.AGREEMENT_CANCELLED, projectNumber, """
                    {"agreementNumber":"%s","projectNumber":"%s","cancelledOn":"%s","reason":"withdrawn"}"""
                    .formatted(agreementNumber, projectNumber, cancelledOn));
        }
    }
}
