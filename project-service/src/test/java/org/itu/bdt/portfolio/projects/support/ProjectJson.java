package org.itu.bdt.portfolio.projects.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for the projects API. */
public final class ProjectJson {

    private static final Map<String, String> INITIATIVES = Map.of("AFRICA", "AFR2", "AMERICAS", "AMS1",
            "ARAB_STATES", "ARB1", "ASIA_PACIFIC", "ASP5", "CIS", "CIS3", "EUROPE", "EUR2", "INTER_REGIONAL", "MULTIPLE");

    private ProjectJson() {
    }

    /** A complete, valid project in the shape of the events contract's example. */
    public static Map<String, Object> project(String projectNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectNumber", projectNumber);
        body.put("title", "Connecting schools in the Sahel");
        body.put("region", "AFRICA");
        body.put("scope", "REGIONAL");
        body.put("regionalInitiative", "AFR2");
        body.put("signedOn", "2024-03-12");
        body.put("startDate", "2024-04-01");
        body.put("endDate", "2027-12-31");
        body.put("status", "ONGOING");
        return body;
    }

    /** A project of that region, with an initiative of that region (MULTIPLE for an inter-regional one). */
    public static Map<String, Object> project(String projectNumber, String region, String status) {
        Map<String, Object> body = project(projectNumber);
        body.put("region", region);
        body.put("regionalInitiative", INITIATIVES.get(region));
        body.put("status", status);
        return body;
    }

    /** Every field of the record, in the shape of the events contract's example (7RAS24074). */
    public static Map<String, Object> fullRecord(String projectNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectNumber", projectNumber);
        body.put("title", "Strengthening resilient ICT infrastructure in Asia-Pacific (Phase II)");
        body.put("region", "ASIA_PACIFIC");
        body.put("scope", "REGIONAL");
        body.put("regionalInitiatives", List.of("ASP5"));
        body.put("signedOn", "2024-02-20");
        body.put("startDate", "2024-03-01");
        body.put("endDate", "2026-12-31");
        body.put("status", "ONGOING");
        body.put("description", "Resilient backbone and emergency networks for Thailand and Mongolia");
        body.put("recipientCountries", List.of("TH", "MN"));
        body.put("projectManager", "A. Project-Manager");
        body.put("implementingOffice", "ITU Regional Office for Asia and the Pacific, Bangkok");
        body.put("actualStartDate", "2024-03-04");
        body.put("documents", List.of(Map.of("title", "Project document",
                "url", "https://www.itu.int/projects/7RAS24074/project-document.pdf")));
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    public static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.remove(field);
        return changed;
    }
}
