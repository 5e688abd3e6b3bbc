package org.itu.bdt.portfolio.projects.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Submission bodies and calls for the partner-reports API. */
public final class PartnerReportSubmissions {

    private PartnerReportSubmissions() {
    }

    /** A complete, valid submission for the period given. */
    public static Map<String, Object> submission(String periodStart, String periodEnd) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("periodStart", periodStart);
        body.put("periodEnd", periodEnd);
        body.put("implementationProgress", "Backbone survey finished in 4 of 6 countries");
        body.put("challenges", "Customs clearance of equipment took three months");
        body.put("risks", List.of(Map.of("description", "Rainy season delays site works", "rating", "HIGH",
                "mitigation", "Works moved to the dry months")));
        body.put("financialSummary", Map.of("currency", "EUR", "received", "250000.00", "spent", "118234.57",
                "committed", "40000.10"));
        body.put("submittedBy", "a.manager");
        return body;
    }

    public static ValidatableResponse submit(String reportId, String periodStart, String periodEnd) {
        return submit(reportId, submission(periodStart, periodEnd));
    }

    public static ValidatableResponse submit(String reportId, Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/partner-reports/" + reportId + "/submission").then();
    }
}
