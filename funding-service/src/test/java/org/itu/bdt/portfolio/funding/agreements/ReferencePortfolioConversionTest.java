package org.itu.bdt.portfolio.funding.agreements;

import io.quarkus.test.junit.QuarkusTest;
import org.itu.bdt.portfolio.funding.ReferenceData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.itu.bdt.portfolio.funding.Requests.partnerExists;
import static org.itu.bdt.portfolio.funding.Requests.post;
import static org.itu.bdt.portfolio.funding.Requests.referenceRatesPublished;

/**
 * The reference portfolio's agreements, signed from their original currency and amount only, come out at the CHF
 * amounts of agreements.csv to the centime. Agreement numbers and partner ids get the prefix R- so that they
 * share the test database with the other tests' agreements of the same projects without meeting them.
 */
@QuarkusTest
class ReferencePortfolioConversionTest {
    private static final String PREFIX = "R-";
    private static final Pattern CHF_AMOUNT = Pattern.compile("\"chfAmount\":([0-9.]+),");
    private static final Pattern NEW_CHF_AMOUNT = Pattern.compile("\"newChfAmount\":([0-9.]+),");

    @Test
    void theReferenceRatesFileIsTakenWholeAndUploadingItAgainChangesNothing() {
        String csv = ReferenceData.text("exchange_rates.csv");

        String first = upload(csv);
        assertThat(first).matches("\\{\"created\":\\d+,\"revised\":0,\"unchanged\":\\d+}");
        assertThat(counted(first, "created") + counted(first, "unchanged")).isEqualTo(660);
        assertThat(upload(csv)).isEqualTo("{\"created\":0,\"revised\":0,\"unchanged\":660}");
        assertThat(given().when().get("/api/exchange-rates/JPY/2023-11").then().statusCode(200)
                .extract().asString()).contains("\"chfPerUnit\":0.005961,\"source\":\"UN operational rates of exchange\"");
    }

    @Test
    void everyReferenceAgreementSignedFromItsOriginalAmountHasItsPrintedChfAmount() {
        referenceRatesPublished();
        ReferenceData.rows("partners.csv").forEach(partner -> partnerExists(PREFIX + partner.get("partner_id")));

        List<Map<String, String>> agreements = ReferenceData.rows("agreements.csv");
        List<String> differences = new ArrayList<>();

        for (Map<String, String> row : agreements) {
            String body = post("/api/agreements", signature(row)).statusCode(201).extract().asString();
            String chfAmount = first(CHF_AMOUNT, body);
            if (!chfAmount.equals(row.get("chf_amount"))) {
                differences.add(row.get("agreement_id") + ": " + chfAmount + " instead of " + row.get("chf_amount"));
            }
        }

        assertThat(agreements).hasSize(149);
        assertThat(differences).isEmpty();
    }

    @Test
    void theReferenceAmendmentSentWithoutItsChfAmountHasItsPrintedOne() {
        referenceRatesPublished();
        Map<String, String> amendment = ReferenceData.rows("amendments.csv").get(0);
        Map<String, String> agreement = ReferenceData.rows("agreements.csv").stream()
                .filter(row -> row.get("agreement_id").equals(amendment.get("agreement_id"))).findFirst().orElseThrow();
        String agreementNumber = PREFIX + "A-" + agreement.get("agreement_id");
        post("/api/agreements", signature(agreement).replace(PREFIX + agreement.get("agreement_id"), agreementNumber))
                .statusCode(201);

        String body = post("/api/agreements/" + agreementNumber + "/amendments", """
                {"effectiveOn":"%s","newOriginalAmount":%s,"reason":"%s"}""".formatted(amendment.get("effective_on"),
                amendment.get("new_original_amount"), amendment.get("reason"))).statusCode(201).extract().asString();

        assertThat(first(NEW_CHF_AMOUNT, body)).isEqualTo(amendment.get("new_chf_amount"));
    }

    /** The agreement as agreements.csv has it, without its CHF amount. */
    private static String signature(Map<String, String> row) {
        String partnerId = row.get("partner_id").isEmpty() ? "null" : "\"" + PREFIX + row.get("partner_id") + "\"";
        return """
                {"agreementNumber":"%s","projectNumber":"%s","partnerId":%s,"fundingSource":"%s","currency":"%s",
                 "originalAmount":%s,"signedOn":"%s"}""".formatted(PREFIX + row.get("agreement_id"),
                row.get("project_number"), partnerId, row.get("funding_source"), row.get("currency"),
                row.get("original_amount"), row.get("signed_on"));
    }

    private static String upload(String csv) {
        return given().contentType("text/csv").body(csv)
                .when().post("/api/exchange-rates")
                .then().statusCode(200)
                .extract().asString();
    }

    private static int counted(String counts, String name) {
        return Integer.parseInt(first(Pattern.compile("\"" + name + "\":(\\d+)"), counts));
    }

    private static String first(Pattern pattern, String text) {
        Matcher match = pattern.matcher(text);
        assertThat(match.find()).as(text).isTrue();
        return match.group(1);
    }
}
