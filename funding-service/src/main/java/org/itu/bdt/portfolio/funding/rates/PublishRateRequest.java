package org.itu.bdt.portfolio.funding.rates;


import java.math.BigDecimal;

/** The body of PUT /api/exchange-rates/{currency}/{month}; the source defaults to the UN's rates. */
public record PublishRateRequest(BigDecimal chfPerUnit, String source) {

    RateTerms toTerms(String currency, String month) {
        return RateTerms.of(currency, month, chfPerUnit == null ? null : chfPerUnit.toPlainString(), source);
    }
}
