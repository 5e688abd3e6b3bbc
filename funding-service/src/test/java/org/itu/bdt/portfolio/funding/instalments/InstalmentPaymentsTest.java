package org.itu.bdt.portfolio.funding.instalments;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.itu.bdt.portfolio.funding.FundingTopic;
import org.itu.bdt.portfolio.funding.InstalmentRequests.Rows;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.itu.bdt.portfolio.funding.FundingTopic.header;
import static org.itu.bdt.portfolio.funding.FundingTopic.keyedBy;
import static org.itu.bdt.portfolio.funding.InstalmentRequests.pay;
import static org.itu.bdt.portfolio.funding.InstalmentRequests.paymentsPath;
import static org.itu.bdt.portfolio.funding.InstalmentRequests.putSchedule;
import static org.itu.bdt.portfolio.funding.InstalmentRequests.schedulePath;
import static org.itu.bdt.portfolio.funding.InstalmentRequests.signEuroAgreement;
import static org.itu.bdt.portfolio.funding.Requests.post;

@QuarkusTest
class InstalmentPaymentsTest {
    /** 400.00 due 2024-03-31, 500.00 due 2024-09-30, 100.00 due 2099-03-31: 1000.00 in all. */
    private static final String SCHEDULE = """
            [{"dueOn":"2024-09-30","amount":500.00},{"dueOn":"2024-03-31","amount":400.00},
             {"dueOn":"2099-03-31","amount":100.00}]""";

    @Inject
    DataSource dataSource;

    @Test
    void aPaymentFillsTheOldestOpenInstalmentsAndPublishesInstalmentReceived() {
        String agreement = scheduledAgreement("7AGR00040");

        try (FundingTopic topic = FundingTopic.tail()) {
            String first = pay(agreement, "FIN-7AGR00040-1", "2024-04-02", "300.00")
                    .statusCode(201)
                    .header("Location", endsWith("/api/agreements/7AGR00040-01/instalments"))
                    .extract().asString();
            String second = pay(agreement, "FIN-7AGR00040-2", "2024-10-01", "250").statusCode(201)
                    .extract().asString();

            assertThat(first).isEqualTo("{\"reference\":\"FIN-7AGR00040-1\",\"agreementNumber\":\"7AGR00040-01\","
                    + "\"receivedOn\":\"2024-04-02\",\"amount\":300.00,\"currency\":\"EUR\",\"appliedTo\":["
                    + "{\"instalmentId\":\"7AGR00040-01-I1\",\"dueOn\":\"2024-03-31\",\"amount\":300.00}]}");
            assertThat(second).endsWith("\"amount\":250.00,\"currency\":\"EUR\",\"appliedTo\":["
                    + "{\"instalmentId\":\"7AGR00040-01-I1\",\"dueOn\":\"2024-03-31\",\"amount\":100.00},"
                    + "{\"instalmentId\":\"7AGR00040-01-I2\",\"dueOn\":\"2024-09-30\",\"amount\":150.00}]}");
            ConsumerRecord<String, String> event = topic.awaitRecord(received("FIN-7AGR00040-1"));
            assertThat(event.key()).isEqualTo("7AGR00040");
            assertThat(header(event, "ce_subject")).isEqualTo("7AGR00040");
            assertThat(event.value()).isEqualTo("{\"agreementNumber\":\"7AGR00040-01\",\"projectNumber\":\"7AGR00040\","
                    + "\"partnerId\":\"EC\",\"reference\":\"FIN-7AGR00040-1\",\"receivedOn\":\"2024-04-02\","
                    + "\"amount\":\"300.00\",\"chfAmount\":\"279.43\",\"currency\":\"EUR\"}");
            // booked at the agreement's own rate (0.931428 CHF per EUR), half-up to the centime: 232.857 -> 232.86
            assertThat(topic.awaitRecord(received("FIN-7AGR00040-2")).value())
                    .contains("\"amount\":\"250.00\",\"chfAmount\":\"232.86\",");
        }
        given().when().get(schedulePath(agreement)).then().statusCode(200)
                .body("received", equalTo(550.00f))
                .body("outstanding", equalTo(450.00f))
                .body("instalments.received", equalTo(List.of(400.00f, 150.00f, 0.00f)))
                .body("instalments.outstanding", equalTo(List.of(0.00f, 350.00f, 100.00f)))
                .body("instalments.overdue", equalTo(List.of(false, true, false)))
                .body("payments.reference", equalTo(List.of("FIN-7AGR00040-1", "FIN-7AGR00040-2")));
    }

    @Test
    void aRetryWithTheSameReferenceAnswersTheFirstResultAndChangesNothing() {
        String agreement = scheduledAgreement("7AGR00041");
        String first = pay(agreement, "FIN-7AGR00041-1", "2024-04-02", "950.00").statusCode(201)
                .extract().asString();
        Rows before = Rows.in(dataSource);

        try (FundingTopic topic = FundingTopic.tail()) {
            String retry = pay(agreement, "FIN-7AGR00041-1", "2024-04-02", "950").statusCode(200)
                    .extract().asString();
            pay(agreement, "FIN-7AGR00041-2", "2024-04-03", "1.00").statusCode(201);

            assertThat(retry).isEqualTo(first);
            // one key, one partition: an event of the retry would have arrived before the second payment's
            topic.awaitRecord(received("FIN-7AGR00041-2"));
            assertThat(topic.awaitRecords(1, keyedBy("7AGR00041"))).hasSize(1)
                    .allSatisfy(record -> assertThat(record.value()).contains("\"reference\":\"FIN-7AGR00041-2\""));
        }
        assertThat(Rows.in(dataSource)).isEqualTo(new Rows(before.agreements(), before.instalments(),
                before.payments() + 1, before.outboxEvents() + 1, before.auditEntries() + 1));
        given().when().get(schedulePath(agreement)).then().body("received", equalTo(951.00f));
    }

    @Test
    void aReferenceAlreadyUsedForAnotherPaymentConflictsAndStoresNothing() {
        String agreement = scheduledAgreement("7AGR00042");
        pay(agreement, "FIN-7AGR00042-1", "2024-04-02", "100.00").statusCode(201);

        assertRejected(agreement, "FIN-7AGR00042-1", "2024-04-02", "100.01", 409, "conflict", null, null);
        assertRejected(agreement, "FIN-7AGR00042-1", "2024-04-03", "100.00", 409, "conflict", null, null);
        String other = scheduledAgreement("7AGR00043");
        assertRejected(other, "FIN-7AGR00042-1", "2024-04-02", "100.00", 409, "conflict", null, null);
    }

    @Test
    void aReferenceRecordedForAnotherPartnersAgreementConflictsWithoutNamingThatAgreement() {
        String theirs = signEuroAgreement("7AGR00060", "UNDP");
        putSchedule(theirs, SCHEDULE).statusCode(200);
        pay(theirs, "FIN-7AGR00060-1", "2024-04-02", "100.00").statusCode(201);
        String ours = scheduledAgreement("7AGR00061");

        String problem = pay(ours, "FIN-7AGR00060-1", "2024-04-02", "100.00")
                .statusCode(409)
                .body("detail", equalTo("reference FIN-7AGR00060-1 already records a payment for another agreement"))
                .extract().asString();

        assertThat(problem).doesNotContain(theirs).doesNotContain("100.00");
    }

    @Test
    void aPaymentOverWhatIsOutstandingIsUnprocessable() {
        String agreement = scheduledAgreement("7AGR00044");
        pay(agreement, "FIN-7AGR00044-1", "2024-04-02", "999.00").statusCode(201);

        assertRejected(agreement, "FIN-7AGR00044-2", "2024-04-03", "1.01", 422, "unprocessable", "amount",
                "exceeds the EUR 1.00 outstanding on agreement 7AGR00044-01");
        pay(agreement, "FIN-7AGR00044-3", "2024-04-03", "1.00").statusCode(201);
    }

    @Test
    void aPaymentWithoutScheduleIsUnprocessable() {
        String agreement = signEuroAgreement("7AGR00045", "EC");

        assertRejected(agreement, "FIN-7AGR00045-1", "2024-04-02", "1.00", 422, "unprocessable", "amount",
                "exceeds the EUR 0.00 outstanding on agreement 7AGR00045-01");
    }

    @Test
    void aPaymentReceivedInTheFutureIsUnprocessable() {
        String agreement = scheduledAgreement("7AGR00046");

        assertRejected(agreement, "FIN-7AGR00046-1", LocalDate.now().plusDays(1).toString(), "1.00", 422,
                "unprocessable", "receivedOn", "must not be in the future");
    }

    @Test
    void aPaymentAgainstACancelledAgreementConflicts() {
        String agreement = scheduledAgreement("7AGR00047");
        post("/api/agreements/" + agreement + "/cancellation", """
                {"cancelledOn":"2024-06-30","reason":"project closed early"}""").statusCode(200);

        assertRejected(agreement, "FIN-7AGR00047-1", "2024-04-02", "1.00", 409, "conflict", null, null);
    }

    @Test
    void aPaymentWithoutPositiveAmountOrReferenceIsInvalid() {
        String agreement = scheduledAgreement("7AGR00048");
        Rows before = Rows.in(dataSource);

        post(paymentsPath(agreement), "{\"receivedOn\":\"2024-04-02\",\"amount\":0,\"reference\":\"\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:validation-failed"))
                .body("errors.field", equalTo(List.of("amount", "reference")))
                .body("errors.message", equalTo(List.of("must be greater than 0", "must not be blank")));
        pay(agreement, "FIN-7AGR00048-1", "2024-04-02", "-1.001")
                .statusCode(400)
                .body("errors.field", equalTo(List.of("amount", "amount")))
                .body("errors.message", equalTo(List.of("must be greater than 0", "must not be negative")));

        assertThat(Rows.in(dataSource)).isEqualTo(before);
    }

    @Test
    void aPaymentToAnUnknownAgreementIsNotFound() {
        assertRejected("7AGR00099-08", "FIN-NONE", "2024-04-02", "1.00", 404, "not-found", null, null);
    }

    private static String scheduledAgreement(String projectNumber) {
        String agreement = signEuroAgreement(projectNumber, "EC");
        putSchedule(agreement, SCHEDULE).statusCode(200);
        return agreement;
    }

    private void assertRejected(String agreementNumber, String reference, String receivedOn, String amount,
                                int status, String slug, String field, String message) {
        Rows before = Rows.in(dataSource);

        var response = pay(agreementNumber, reference, receivedOn, amount)
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bdt-portfolio:problem:" + slug))
                .body("instance", equalTo(paymentsPath(agreementNumber)));
        if (field != null) {
            response.body("errors", hasSize(1))
                    .body("errors[0].field", equalTo(field))
                    .body("errors[0].message", equalTo(message));
        }

        assertThat(Rows.in(dataSource)).isEqualTo(before);
    }

    private static Predicate<ConsumerRecord<String, String>> received(String reference) {
        return record -> "int.itu.bdt.portfolio.InstalmentReceived".equals(header(record, "ce_type"))
                && record.value().contains(",\"reference\":\"" + reference + "\",");
    }
}
