package org.itu.bdt.portfolio.funding.finance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.itu.bdt.portfolio.funding.agreements.Agreement;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The CSV files the finance system reads: a header row (also when nothing matched), then one line per record,
 * amounts exact with a '.' point and the currency's minor units (JPY 73000000, CHF 435153.00).
 */
final class FinanceCsv {
    static final String MEDIA_TYPE = "text/csv";
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final List<String> AGREEMENT_COLUMNS = List.of("agreement_number", "project_number", "partner_id",
            "funding_source", "currency", "original_amount", "chf_amount", "signed_on", "current_original_amount",
            "current_chf_amount");
    private static final List<String> TRANSACTION_COLUMNS = List.of("reference", "agreement_number", "project_number",
            "partner_id", "type", "type_name", "transaction_date", "currency", "amount", "chf_amount", "description");

    private FinanceCsv() {
    }

    static String agreements(List<Agreement> agreements) {
        return write(AGREEMENT_COLUMNS, agreements.stream().map(agreement -> line(agreement.agreementNumber(),
                agreement.projectNumber(), agreement.partnerId(), agreement.fundingSource().name(),
                agreement.currency(), agreement.original().plain(), agreement.chf().plain(),
                agreement.signedOn().toString(), agreement.currentOriginal().plain(),
                agreement.currentChf().plain())).toList());
    }

    static String transactions(List<FinancialTransaction> transactions) {
        return write(TRANSACTION_COLUMNS, transactions.stream().map(transaction -> line(transaction.reference(),
                transaction.agreement().agreementNumber(), transaction.agreement().projectNumber(),
                transaction.agreement().partnerId(), transaction.typeCode(), transaction.typeName(),
                transaction.transactionDate().toString(), transaction.amount().currency().getCurrencyCode(),
                transaction.amount().plain(), transaction.chf().plain(), transaction.description())).toList());
    }

    /** An absent value is an empty field. */
    private static String[] line(String... values) {
        return Arrays.stream(values).map(value -> Objects.toString(value, "")).toArray(String[]::new);
    }

    private static String write(List<String> columns, List<String[]> lines) {
        String header = String.join(",", columns) + "\n";
        try {
            return header + CSV.writer(CsvSchema.emptySchema()).writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write CSV", e);
        }
    }
}
