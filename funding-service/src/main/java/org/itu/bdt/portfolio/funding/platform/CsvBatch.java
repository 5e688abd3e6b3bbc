package org.itu.bdt.portfolio.funding.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV batch from the finance systems: a header row naming the columns in any order, then one row per line.
 * A body that is not CSV, a header that misses or invents a column, or a line of the wrong width is refused
 * whole: its values could not be told apart. Empty lines are skipped; an empty value is an absent one.
 */
public final class CsvBatch {
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final List<String> required;
    private final List<String> optional;

    public CsvBatch(List<String> required, List<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    /** Each data row, by column name. */
    public List<Map<String, String>> read(String body) {
        List<String[]> lines = lines(body == null ? "" : body);
        if (lines.isEmpty()) {
            throw invalid("header", "is missing; expected the columns " + expected());
        }
        List<String> header = List.of(lines.get(0));
        checkHeader(header);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            rows.add(row(i, header, lines.get(i)));
        }
        return rows;
    }

    private static List<String[]> lines(String body) {
        String csv = !body.isEmpty() && body.charAt(0) == BYTE_ORDER_MARK ? body.substring(1) : body;
        try {
            return CSV.readerFor(String[].class).<String[]>readValues(csv).readAll();
        } catch (JsonProcessingException e) {
            throw invalid("body", "is not CSV: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw invalid("body", "is not CSV: " + e.getMessage());
        }
    }

    private void checkHeader(List<String> header) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> repeated = header.stream().filter(column -> !seen.add(column)).toList();
        List<String> unknown = header.stream()
                .filter(column -> !required.contains(column) && !optional.contains(column))
                .toList();
        List<String> missing = required.stream().filter(column -> !header.contains(column)).toList();
        if (!repeated.isEmpty()) {
            errors.add(new FieldError("header", "repeats the columns " + String.join(", ", repeated)));
        }
        if (!unknown.isEmpty()) {
            errors.add(new FieldError("header", "has unknown columns " + String.join(", ", unknown)
                    + "; expected " + expected()));
        }
        if (!missing.isEmpty()) {
            errors.add(new FieldError("header", "misses the columns " + String.join(", ", missing)
                    + "; expected " + expected()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static Map<String, String> row(int number, List<String> header, String[] values) {
        if (values.length != header.size()) {
            throw invalid("body", "row " + number + " has " + values.length + " values, the header "
                    + header.size() + " columns");
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            row.put(header.get(i), values[i].isEmpty() ? null : values[i]);
        }
        return row;
    }

    private String expected() {
        String columns = String.join(", ", required);
        return optional.isEmpty() ? columns : columns + " (optional: " + String.join(", ", optional) + ")";
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new FieldError(field, message)));
    }
}
