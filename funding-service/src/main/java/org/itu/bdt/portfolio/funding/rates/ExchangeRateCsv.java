package org.itu.bdt.portfolio.funding.rates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.funding.platform.InvalidRowsException;
import org.itu.bdt.portfolio.funding.platform.RowError;
import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The finance system's rates file, as in reference-data/exchange_rates.csv: a header row naming the columns
 * currency, month, chf_per_unit and optionally source, in any order. Row 1 is the first row after the header.
 */
final class ExchangeRateCsv {
    static final String MEDIA_TYPE = "text/csv";
    private static final List<String> REQUIRED = List.of("currency", "month", "chf_per_unit");
    private static final String OPTIONAL = "source";
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private ExchangeRateCsv() {
    }

    static List<RateRow> read(String csv) {
        String text = csv.startsWith(BYTE_ORDER_MARK) ? csv.substring(1) : csv;
        List<RateRow> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> values = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(text)) {
            boolean any = values.hasNextValue();
            checkHeader((CsvSchema) values.getParserSchema());
            while (any) {
                Map<String, String> value = values.nextValue();
                rows.add(new RateRow(rows.size() + 1, value.get("currency"), value.get("month"),
                        value.get("chf_per_unit"), value.get(OPTIONAL)));
                any = values.hasNextValue();
            }
        } catch (JsonProcessingException e) {
            throw new InvalidRowsException(List.of(new RowError(rows.size() + 1, "row", e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InvalidRequestException(
                    List.of(new FieldError("body", "is not readable CSV: " + e.getMessage())));
        }
        return rows;
    }

    /** A misspelt column would silently lose its values, so every column must be known. */
    private static void checkHeader(CsvSchema header) {
        Set<String> columns = new HashSet<>();
        header.forEach(column -> columns.add(column.getName()));
        List<String> unknown = columns.stream()
                .filter(column -> !REQUIRED.contains(column) && !OPTIONAL.equals(column)).sorted().toList();
        if (!columns.containsAll(REQUIRED) || !unknown.isEmpty()) {
            throw new InvalidRequestException(List.of(new FieldError("header", "must name the columns "
                    + String.join(", ", REQUIRED) + " and optionally " + OPTIONAL
                    + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown)))));
        }
    }
}
