package org.itu.bdt.portfolio.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.itu.bdt.portfolio.kit.messaging.EventTypes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.itu.bdt.portfolio.reporting.TestInfrastructure.FUNDING_TOPIC;
import static org.itu.bdt.portfolio.reporting.TestInfrastructure.PROJECTS_TOPIC;

/**
 * An event as the producing services publish it: topic, key = project number, CloudEvents id, type (prefixed, as
 * docs/asyncapi.yaml names it; {@link #legacy()} gives the bare name of records written before the prefix), JSON data.
 */
public record PortfolioEvent(String topic, String key, UUID id, String type, String data) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static PortfolioEvent projectRegistered(String projectNumber, String region, String status,
                                                   String signedOn, String startDate) {
        return project("ProjectRegistered", projectNumber, region, status, signedOn, startDate, 1);
    }

    public static PortfolioEvent projectUpdated(String projectNumber, String region, String status,
                                                String signedOn, String startDate, int revision) {
        return project("ProjectUpdated", projectNumber, region, status, signedOn, startDate, revision);
    }

    /** An agreement as funding-service published it before kinds existed: a cash project agreement. */
    public static PortfolioEvent agreementSigned(String agreementNumber, String projectNumber, String fundingSource,
                                                 String chfAmount, String signedOn) {
        return new PortfolioEvent(FUNDING_TOPIC, projectNumber, UUID.randomUUID(), typed("AgreementSigned"),
                json(agreement(agreementNumber, projectNumber, fundingSource, chfAmount, signedOn)));
    }

    /** An agreement as funding-service publishes it since kinds exist: with its kind and type of contribution. */
    public static PortfolioEvent agreementSigned(String agreementNumber, String projectNumber, String fundingSource,
                                                 String chfAmount, String signedOn, String kind,
                                                 String contribution) {
        Map<String, Object> data = agreement(agreementNumber, projectNumber, fundingSource, chfAmount, signedOn);
        data.put("kind", kind);
        data.put("contribution", contribution);
        return new PortfolioEvent(FUNDING_TOPIC, projectNumber, UUID.randomUUID(), typed("AgreementSigned"),
                json(data));
    }

    public static PortfolioEvent agreementCancelled(String agreementNumber, String projectNumber, String cancelledOn) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("agreementNumber", agreementNumber);
        data.put("projectNumber", projectNumber);
        data.put("cancelledOn", cancelledOn);
        data.put("reason", "the partner withdrew");
        return new PortfolioEvent(FUNDING_TOPIC, projectNumber, UUID.randomUUID(), typed("AgreementCancelled"),
                json(data));
    }

    public static PortfolioEvent agreementAmended(String amendmentId, String agreementNumber, String projectNumber,
                                                  String effectiveOn, String newChfAmount) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("amendmentId", amendmentId);
        data.put("agreementNumber", agreementNumber);
        data.put("projectNumber", projectNumber);
        data.put("effectiveOn", effectiveOn);
        data.put("newOriginalAmount", newChfAmount);
        data.put("newChfAmount", newChfAmount);
        data.put("reason", "revised work plan");
        return new PortfolioEvent(FUNDING_TOPIC, projectNumber, UUID.randomUUID(), typed("AgreementAmended"),
                json(data));
    }

    /** A status a project takes from changedOn on, carried by the snapshot revision given. */
    public static PortfolioEvent projectStatusChanged(String projectNumber, String from, String to, String changedOn,
                                                      int revision) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("projectNumber", projectNumber);
        data.put("from", from);
        data.put("to", to);
        data.put("changedOn", changedOn);
        data.put("reason", "Project Board decision");
        data.put("actor", "project-service");
        data.put("revision", revision);
        data.put("imported", false);
        return new PortfolioEvent(PROJECTS_TOPIC, projectNumber, UUID.randomUUID(), typed("ProjectStatusChanged"),
                json(data));
    }

    public static PortfolioEvent partnerRegistered(String partnerId, String name, String type, String country) {
        return partner("PartnerRegistered", partnerId, name, type, country, 1);
    }

    public static PortfolioEvent partnerUpdated(String partnerId, String name, String type, String country,
                                                int revision) {
        return partner("PartnerUpdated", partnerId, name, type, country, revision);
    }

    /** Any event of project-service, keyed by its project number. */
    public static PortfolioEvent projectEvent(String type, String projectNumber, Map<String, ?> data) {
        return new PortfolioEvent(PROJECTS_TOPIC, projectNumber, UUID.randomUUID(), typed(type),
                json(new LinkedHashMap<>(data)));
    }

    /** Any event of funding-service, keyed by its project number. */
    public static PortfolioEvent fundingEvent(String type, String projectNumber, Map<String, ?> data) {
        return new PortfolioEvent(FUNDING_TOPIC, projectNumber, UUID.randomUUID(), typed(type),
                json(new LinkedHashMap<>(data)));
    }

    /** The same event with more data fields, as a newer producer publishes it. */
    public PortfolioEvent with(Map<String, ?> fields) {
        try {
            Map<String, Object> data = JSON.readValue(this.data, new TypeReference<LinkedHashMap<String, Object>>() {
            });
            data.putAll(fields);
            return withData(json(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same event published again under a new id, as a producer that lost its acknowledgement would. */
    public PortfolioEvent republished() {
        return new PortfolioEvent(topic, key, UUID.randomUUID(), type, data);
    }

    /** The same event under another type, given by its name (prefixed here). */
    public PortfolioEvent withType(String otherName) {
        return new PortfolioEvent(topic, key, id, typed(otherName), data);
    }

    /** The same event as a producer wrote it before the type prefix existed: ce_type is the bare name. */
    public PortfolioEvent legacy() {
        return new PortfolioEvent(topic, key, id, type.substring(EventTypes.PREFIX.length()), data);
    }

    /** The prefixed ce_type of an event name, as docs/asyncapi.yaml fixes it. */
    public static String typed(String name) {
        return EventTypes.PREFIX + name;
    }

    public PortfolioEvent withData(String otherData) {
        return new PortfolioEvent(topic, key, id, type, otherData);
    }

    private static Map<String, Object> agreement(String agreementNumber, String projectNumber, String fundingSource,
                                                 String chfAmount, String signedOn) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("agreementNumber", agreementNumber);
        data.put("projectNumber", projectNumber);
        data.put("partnerId", "PARTNER".equals(fundingSource) ? "JP-MIC" : null);
        data.put("fundingSource", fundingSource);
        data.put("currency", "CHF");
        data.put("originalAmount", chfAmount);
        data.put("chfAmount", chfAmount);
        data.put("signedOn", signedOn);
        return data;
    }

    private static PortfolioEvent project(String type, String projectNumber, String region, String status,
                                          String signedOn, String startDate, int revision) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("projectNumber", projectNumber);
        data.put("title", "Project " + projectNumber);
        data.put("region", region);
        data.put("scope", "NATIONAL");
        data.put("regionalInitiative", null);
        data.put("signedOn", signedOn);
        data.put("startDate", startDate);
        data.put("endDate", null);
        data.put("status", status);
        data.put("revision", revision);
        return new PortfolioEvent(PROJECTS_TOPIC, projectNumber, UUID.randomUUID(), typed(type), json(data));
    }

    private static PortfolioEvent partner(String type, String partnerId, String name, String partnerType,
                                          String country, int revision) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("partnerId", partnerId);
        data.put("name", name);
        data.put("type", partnerType);
        data.put("country", country);
        data.put("revision", revision);
        return new PortfolioEvent(FUNDING_TOPIC, partnerId, UUID.randomUUID(), typed(type), json(data));
    }

    private static String json(Map<String, Object> data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
