package org.itu.bdt.portfolio.tools;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The reference portfolio's CSV files (deploy/reference-data), read as rows keyed by column name. */
public record ReferencePortfolio(
        List<Map<String, String>> partners,
        List<Map<String, String>> projects,
        List<Map<String, String>> agreements,
        List<Map<String, String>> amendments,
        Path directory) {

    public static ReferencePortfolio read(Path directory) throws IOException {
        return new ReferencePortfolio(
                rows(directory.resolve("partners.csv")),
                rows(directory.resolve("projects.csv")),
                rows(directory.resolve("agreements.csv")),
                rows(directory.resolve("amendments.csv")),
                directory);
    }

    public String expectedFigure1() throws IOException {
        return Files.readString(directory.resolve("expected_figure1.csv"));
    }

    /** The monthly rates of exchange, as the finance system's file that funding-service takes. */
    public String exchangeRatesCsv() throws IOException {
        return Files.readString(directory.resolve("exchange_rates.csv"));
    }

    private static List<Map<String, String>> rows(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(file.toFile())) {
            return it.readAll();
        }
    }
}
