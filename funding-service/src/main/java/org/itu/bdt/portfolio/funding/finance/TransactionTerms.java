package org.itu.bdt.portfolio.funding.finance;

import org.itu.bdt.portfolio.funding.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** A transaction that passed every field rule; chfAmount is resolved for CHF transactions. */
public record TransactionTerms(String reference, String agreementNumber, String typeCode, LocalDate transactionDate,
                               String currency, BigDecimal amount, BigDecimal chfAmount, String description)
        implements ImportedContent {
    static final int MAX_DESCRIPTION_LENGTH = 500;

    /**
     * Checks a line against the field rules; throws InvalidRequestException naming every broken field.
     * A transaction cannot be dated after today: the finance domain books only what has happened.
     */
    public static TransactionTerms of(TransactionLine line, TransactionTypeCodelist types, LocalDate today,
                                      Predicate<String> agreementExists) {
        RowFields row = new RowFields();
        String reference = row.reference(line.reference());
        String agreementNumber = row.required("agreementNumber", line.agreementNumber());
        if (agreementNumber != null && !agreementExists.test(agreementNumber)) {
            row.reject("agreementNumber", "unknown agreement " + agreementNumber);
        }
        String typeCode = row.required("type", line.type());
        if (typeCode != null && types.name(typeCode).isEmpty()) {
            row.reject("type", "must be an IATI TransactionType code: " + types.codes());
        }
        LocalDate date = row.date("transactionDate", line.transactionDate(), today);
        String currency = row.currency(line.currency());
        Currency unit = currency == null ? null : Currency.getInstance(currency);
        BigDecimal amount = row.amount("amount", row.required("amount", line.amount()), unit, false);
        BigDecimal chfAmount = chfAmount(row, currency, amount, line.chfAmount());
        String description = row.optional("description", line.description(), MAX_DESCRIPTION_LENGTH);
        row.throwIfRejected();
        return new TransactionTerms(reference, agreementNumber, typeCode, date, currency, amount, chfAmount,
                description);
    }

    /** Conversion is not the import's business: the finance system books the CHF amount of other currencies. */
    private static BigDecimal chfAmount(RowFields row, String currency, BigDecimal amount, String text) {
        boolean chf = Money.CHF.getCurrencyCode().equals(currency);
        if (!chf && currency != null && (text == null || text.isBlank())) {
            row.reject("chfAmount", "is required when currency is not CHF");
            return null;
        }
        BigDecimal chfAmount = row.amount("chfAmount", text, Money.CHF, true);
        if (!chf) {
            return chfAmount;
        }
        if (chfAmount != null && amount != null && chfAmount.compareTo(amount) != 0) {
            row.reject("chfAmount", "must equal amount when currency is CHF");
        }
        return amount;
    }

    @Override
    public Map<String, Object> content() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("agreementNumber", agreementNumber);
        content.put("type", typeCode);
        content.put("transactionDate", transactionDate);
        content.put("currency", currency);
        content.put("amount", amount);
        content.put("chfAmount", chfAmount);
        content.put("description", description);
        return content;
    }
}
