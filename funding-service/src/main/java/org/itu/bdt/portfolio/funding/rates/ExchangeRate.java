package org.itu.bdt.portfolio.funding.rates;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.itu.bdt.portfolio.funding.platform.FirstDayOfMonth;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One version of a UN operational rate of exchange: CHF per unit of a currency for a month. A revision is a new
 * version; the old ones stay as the month's history.
 */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate extends PanacheEntityBase {
    static final int DECIMALS = 6;
    static final int MAX_INTEGER_DIGITS = 13;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String currency;
    @Convert(converter = FirstDayOfMonth.class)
    private YearMonth month;
    private int revision;
    @Column(name = "chf_per_unit", precision = 19, scale = DECIMALS)
    private BigDecimal chfPerUnit;
    private String source;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ExchangeRate() {
    }

    private ExchangeRate(RateTerms terms, int revision, Instant recordedAt) {
        this.currency = terms.key().currency();
        this.month = terms.key().month();
        this.revision = revision;
        this.chfPerUnit = terms.chfPerUnit();
        this.source = terms.source();
        this.recordedAt = recordedAt;
    }

    static ExchangeRate first(RateTerms terms, Instant recordedAt) {
        return new ExchangeRate(terms, 1, recordedAt);
    }

    ExchangeRate revisedTo(RateTerms terms, Instant recordedAt) {
        return new ExchangeRate(terms, revision + 1, recordedAt);
    }

    /** Publishing the same rate from the same source again is no revision. */
    boolean sameAs(RateTerms terms) {
        return chfPerUnit.compareTo(terms.chfPerUnit()) == 0 && source.equals(terms.source());
    }

    /** Why a number cannot be a rate, if it cannot. */
    public static Optional<String> problemWith(BigDecimal chfPerUnit) {
        if (chfPerUnit.signum() <= 0) {
            return Optional.of("must be greater than 0");
        }
        BigDecimal stripped = chfPerUnit.stripTrailingZeros();
        if (stripped.scale() > DECIMALS) {
            return Optional.of("must have at most " + DECIMALS + " decimals");
        }
        if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            return Optional.of("must have at most " + MAX_INTEGER_DIGITS + " integer digits");
        }
        return Optional.empty();
    }

    /** A valid rate with the six decimals it is stored with, so that equal rates look equal everywhere. */
    public static BigDecimal exact(BigDecimal chfPerUnit) {
        return chfPerUnit.setScale(DECIMALS);
    }

    public RateKey key() {
        return new RateKey(currency, month);
    }

    public String currency() {
        return currency;
    }

    public YearMonth month() {
        return month;
    }

    public int revision() {
        return revision;
    }

    public BigDecimal chfPerUnit() {
        return chfPerUnit;
    }

    public String source() {
        return source;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
