package org.itu.bdt.portfolio.funding;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.itu.bdt.portfolio.funding.Requests.partnerExists;
import static org.itu.bdt.portfolio.funding.Requests.post;
import static org.itu.bdt.portfolio.funding.Requests.referenceRatesPublished;

/** The calls and row counts the instalment tests repeat. */
public final class InstalmentRequests {
    private InstalmentRequests() {
    }

    /** What a refused request must leave as it was: agreements, schedules, payments, the outbox, the audit trail. */
    public record Rows(long agreements, long instalments, long payments, long outboxEvents, long auditEntries) {
        public static Rows in(DataSource dataSource) {
            Tables tables = new Tables(dataSource);
            return new Rows(tables.count("agreement"), tables.count("instalment"), tables.count("payment"),
                    tables.count("outbox_event"), tables.count("audit_entry"));
        }
    }

    /** {projectNumber}-01: EUR 1000.00 (CHF 931.43 at the reference rate) from the partner, signed 2024-01-10. */
    public static String signEuroAgreement(String projectNumber, String partnerId) {
        partnerExists(partnerId);
        referenceRatesPublished();
        post("/api/agreements", """
                {"agreementNumber":"%s-01","projectNumber":"%s","partnerId":"%s","fundingSource":"PARTNER",
                 "currency":"EUR","originalAmount":1000.00,"signedOn":"2024-01-10"}"""
                .formatted(projectNumber, projectNumber, partnerId))
                .statusCode(201);
        return projectNumber + "-01";
    }

    public static ValidatableResponse putSchedule(String agreementNumber, String json) {
        return given().contentType(ContentType.JSON).body(json)
                .when().put(schedulePath(agreementNumber)).then();
    }

    public static ValidatableResponse pay(String agreementNumber, String reference, String receivedOn,
                                          String amount) {
        return post(paymentsPath(agreementNumber), """
                {"receivedOn":"%s","amount":%s,"reference":"%s"}""".formatted(receivedOn, amount, reference));
    }

    public static String schedulePath(String agreementNumber) {
        return "/api/agreements/" + agreementNumber + "/instalments";
    }

    public static String paymentsPath(String agreementNumber) {
        return "/api/agreements/" + agreementNumber + "/payments";
    }
}
