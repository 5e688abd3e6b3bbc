package org.itu.bdt.portfolio.tools.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The events project-service and funding-service would have published for the synthetic portfolio, field for field
 * as docs/asyncapi.yaml has them (amounts as strings). Event ids are derived from the seed and the event's place,
 * so loading the same seed again is deduplicated by the consumer instead of counted twice.
 */
final class SyntheticEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTOR = "synthetic-portfolio";

    private final long seed;
    private final List<SyntheticEvent> events = new ArrayList<>();

    private SyntheticEvents(long seed) {
        this.seed = seed;
    }

    static List<SyntheticEvent> of(SyntheticProject project, long seed) {
        SyntheticEvents events = new SyntheticEvents(seed);
        events.lifecycle(project);
        project.agreements().forEach(a -> events.funding(project, a));
        return events.events;
    }

    static List<SyntheticEvent> partners(List<Map<String, String>> partners, long seed) {
        SyntheticEvents events = new SyntheticEvents(seed);
        for (Map<String, String> partner : partners) {
            events.add(SyntheticEvent.FUNDING, partner.get("partner_id"), "PartnerRegistered",
                    SyntheticPortfolio.FIRST_DAY, JSON.createObjectNode()
                            .put("partnerId", partner.get("partner_id")).put("name", partner.get("name"))
                            .put("type", partner.get("type")).put("country", blankAsNull(partner.get("country")))
                            .put("revision", 1));
        }
        return events.events;
    }

    private void lifecycle(SyntheticProject project) {
        add(SyntheticEvent.PROJECTS, project.number(), "ProjectStatusChanged", project.signedOn(),
                statusChange(project, null, "ONGOING", project.signedOn(), "IMPORT", 1));
        add(SyntheticEvent.PROJECTS, project.number(), "ProjectRegistered", project.signedOn(),
                snapshot(project, "ONGOING", project.signedOn(), "2", 1));
        if (project.closedOn() != null) {
            add(SyntheticEvent.PROJECTS, project.number(), "ProjectStatusChanged", project.closedOn(),
                    statusChange(project, "ONGOING", "OPERATIONALLY_CLOSED", project.closedOn(), "MANUAL", 2));
            add(SyntheticEvent.PROJECTS, project.number(), "ProjectUpdated", project.closedOn(),
                    snapshot(project, "OPERATIONALLY_CLOSED", project.closedOn(), "3", 2));
        }
    }

    private ObjectNode statusChange(SyntheticProject project, String from, String to, LocalDate on, String cause,
                                    int revision) {
        return JSON.createObjectNode().put("projectNumber", project.number()).put("from", from).put("to", to)
                .put("changedOn", on.toString()).put("reason", "synthetic portfolio").put("actor", ACTOR)
                .put("cause", cause).put("revision", revision).put("imported", "IMPORT".equals(cause));
    }

    private ObjectNode snapshot(SyntheticProject project, String status, LocalDate since, String iati, int revision) {
        ObjectNode node = JSON.createObjectNode().put("projectNumber", project.number())
                .put("title", project.title()).put("region", project.region()).put("scope", project.scope())
                .put("regionalInitiative", project.regionalInitiative())
                .put("signedOn", project.signedOn().toString()).put("startDate", project.startDate().toString())
                .put("endDate", project.endDate().toString()).put("status", status).put("revision", revision)
                .put("description", (String) null);
        node.putArray("regionalInitiatives");
        node.putArray("recipientCountries");
        return node.put("projectManager", (String) null).put("implementingOffice", (String) null)
                .put("plannedStartDate", project.startDate().toString())
                .put("plannedEndDate", project.endDate().toString())
                .put("actualStartDate", project.startDate().toString())
                .put("actualEndDate", revision > 1 ? since.toString() : null)
                .put("statusSince", since.toString()).put("iatiActivityStatus", iati).put("imported", true);
    }

    private void funding(SyntheticProject project, SyntheticAgreement agreement) {
        add(SyntheticEvent.FUNDING, project.number(), "AgreementSigned", agreement.signedOn(), rated(agreement,
                JSON.createObjectNode().put("agreementNumber", agreement.number())
                        .put("projectNumber", project.number()).put("partnerId", agreement.partnerId())
                        .put("fundingSource", agreement.fundingSource()).put("currency", agreement.currency())
                        .put("originalAmount", agreement.originalAmount().toPlainString())
                        .put("chfAmount", agreement.chfAmount().toPlainString())
                        .put("signedOn", agreement.signedOn().toString()))
                .put("kind", "PROJECT_AGREEMENT").put("contribution", "CASH"));
        if (agreement.amendedOn() != null) {
            add(SyntheticEvent.FUNDING, project.number(), "AgreementAmended", agreement.amendedOn(), rated(agreement,
                    JSON.createObjectNode().put("amendmentId", agreement.number() + "-A1")
                            .put("agreementNumber", agreement.number()).put("projectNumber", project.number())
                            .put("effectiveOn", agreement.amendedOn().toString()).put("sequence", 1)
                            .put("newOriginalAmount",
                                    SyntheticPortfolio.scaled(agreement.originalAmount()).toPlainString())
                            .put("newChfAmount", agreement.amendedChf().toPlainString())
                            .put("reason", "synthetic portfolio: reduced after a revised work plan")));
        }
        if (agreement.cancelledOn() != null) {
            add(SyntheticEvent.FUNDING, project.number(), "AgreementCancelled", agreement.cancelledOn(),
                    JSON.createObjectNode().put("agreementNumber", agreement.number())
                            .put("projectNumber", project.number())
                            .put("cancelledOn", agreement.cancelledOn().toString())
                            .put("reason", "synthetic portfolio: the partner withdrew"));
        }
    }

    /**
     * rate, rateMonth and rateSource as funding-service writes them: CHF at par, others at their month's rate (an
     * in-principle line of zero has no amount to derive it from: 1.000000 stands in).
     */
    private static ObjectNode rated(SyntheticAgreement agreement, ObjectNode node) {
        if ("CHF".equals(agreement.currency())) {
            return node.put("rate", "1.000000").put("rateMonth", (String) null).put("rateSource", "CHF");
        }
        BigDecimal rate = agreement.originalAmount().signum() == 0 ? BigDecimal.ONE.setScale(6)
                : agreement.chfAmount().divide(agreement.originalAmount(), 6, RoundingMode.HALF_UP);
        return node.put("rate", rate.toPlainString()).put("rateMonth", agreement.signedOn().toString().substring(0, 7))
                .put("rateSource", "UN operational rates of exchange");
    }

    private void add(String topic, String key, String type, LocalDate on, ObjectNode data) {
        String place = "synthetic/" + seed + "/" + key + "/" + events.size();
        events.add(new SyntheticEvent(topic, key, SyntheticEvent.TYPE_PREFIX + type,
                UUID.nameUUIDFromBytes(place.getBytes(StandardCharsets.UTF_8)), on, data.toString()));
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
