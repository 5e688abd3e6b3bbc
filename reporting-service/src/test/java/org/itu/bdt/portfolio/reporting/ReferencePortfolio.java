package org.itu.bdt.portfolio.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementAmended;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementSigned;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.partnerRegistered;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectRegistered;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectStatusChanged;

/** The shared reference portfolio 2024 (src/test/resources/reference-portfolio) as the events that build it. */
public final class ReferencePortfolio {

    private static final String FOLDER = "/reference-portfolio/";

    private ReferencePortfolio() {
    }

    /** The labels project-service gives the initiatives Figure 4 prints; the others go without one here. */
    private static final Map<String, String> INITIATIVE_LABELS = Map.of(
            "AFR2", "Infrastructure and connectivity", "AFR3", "Trust, security and safety",
            "ASP1", "LDCs, SIDS and LLDCs", "ASP2", "Digital economy and inclusive digital society",
            "ASP5", "Secure and resilient ICT", "CIS3", "Enabling regulatory environment",
            "EUR2", "Digital transformation", "MULTIPLE", "Multiple");

    /** Partners, then each project with its first status (imported), agreements and the amendment. */
    public static List<PortfolioEvent> events() {
        List<Map<String, String>> agreements = rows("agreements.csv");
        Map<String, String> projectOfAgreement = new HashMap<>();
        agreements.forEach(row -> projectOfAgreement.put(row.get("agreement_id"), row.get("project_number")));
        return Stream.of(
                rows("partners.csv").stream().map(row -> partnerRegistered(row.get("partner_id"), row.get("name"),
                        row.get("type"), row.get("country"))),
                rows("projects.csv").stream().map(row -> projectStatusChanged(row.get("project_number"), null,
                        row.get("status"), row.get("signed_on"), 1).with(Map.of("imported", true))),
                rows("projects.csv").stream().map(ReferencePortfolio::project),
                agreements.stream().map(row -> agreementSigned(row.get("agreement_id"), row.get("project_number"),
                        row.get("funding_source"), row.get("chf_amount"), row.get("signed_on"))
                        .with(conversion(row))),
                rows("amendments.csv").stream().map(row -> agreementAmended(row.get("amendment_id"),
                        row.get("agreement_id"), projectOfAgreement.get(row.get("agreement_id")),
                        row.get("effective_on"), row.get("new_chf_amount"))))
                .flatMap(events -> events)
                .toList();
    }

    private static PortfolioEvent project(Map<String, String> row) {
        String initiative = row.get("regional_initiative");
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", row.get("title"));
        fields.put("scope", row.get("scope"));
        fields.put("regionalInitiative", initiative);
        fields.put("regionalInitiatives", initiative == null ? List.of()
                : List.of(initiativeWithLabel(initiative)));
        fields.put("recipientCountries", List.of());
        fields.put("endDate", row.get("end_date"));
        fields.put("statusSince", row.get("signed_on"));
        fields.put("imported", true);
        return projectRegistered(row.get("project_number"), row.get("region"), row.get("status"),
                row.get("signed_on"), row.get("start_date")).with(fields);
    }

    private static Map<String, String> initiativeWithLabel(String code) {
        Map<String, String> initiative = new HashMap<>();
        initiative.put("code", code);
        initiative.put("label", INITIATIVE_LABELS.get(code));
        return initiative;
    }

    private static Map<String, Object> conversion(Map<String, String> row) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("partnerId", row.get("partner_id"));
        fields.put("currency", row.get("currency"));
        fields.put("originalAmount", row.get("original_amount"));
        return fields;
    }

    public static String text(String file) {
        try (InputStream in = ReferencePortfolio.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, String>> rows(String file) {
        List<List<String>> lines = text(file).lines().map(ReferencePortfolio::fields).toList();
        List<String> header = lines.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            Map<String, String> row = new HashMap<>();
            for (int column = 0; column < header.size(); column++) {
                String value = line.get(column);
                row.put(header.get(column), value.isEmpty() ? null : value);
            }
            rows.add(row);
        }
        return rows;
    }

    /** Splits one CSV line; titles may be quoted because they contain commas. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
