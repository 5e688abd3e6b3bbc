package org.itu.bdt.portfolio.projects.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies for the projects API. */
public final class ProjectJson {

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

    public static Map<String, Object> project(String projectNumber, String region, String status) {
        Map<String, Object> body = project(projectNumber);
        body.put("region", region);
        body.put("status", status);
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
