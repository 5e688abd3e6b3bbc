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
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectRegistered;

/** The shared reference portfolio 2024 (src/test/resources/reference-portfolio) as the events that build it. */
public final class ReferencePortfolio {

    private static final String FOLDER = "/reference-portfolio/";

    private ReferencePortfolio() {
    }

    public static List<PortfolioEvent> events() {
        List<Map<String, String>> agreements = rows("agreements.csv");
        Map<String, String> projectOfAgreement = new HashMap<>();
        agreements.forEach(row -> projectOfAgreement.put(row.get("agreement_id"), row.get("project_number")));
        return Stream.of(
                rows("projects.csv").stream().map(row -> projectRegistered(row.get("project_number"),
                        row.get("region"), row.get("status"), row.get("signed_on"), row.get("start_date"))),
                agreements.stream().map(row -> agreementSigned(row.get("agreement_id"), row.get("project_number"),
                        row.get("funding_source"), row.get("chf_amount"), row.get("signed_on"))),
                rows("amendments.csv").stream().map(row -> agreementAmended(row.get("amendment_id"),
                        row.get("agreement_id"), projectOfAgreement.get(row.get("agreement_id")),
                        row.get("effective_on"), row.get("new_chf_amount"))))
                .flatMap(events -> events)
                .toList();
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
