package org.itu.bdt.portfolio.funding.rates;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.funding.money.Money;
import org.itu.bdt.portfolio.funding.platform.NotFoundException;
import org.itu.bdt.portfolio.funding.platform.RuleViolationException;
import org.itu.bdt.portfolio.kit.audit.AuditTrail;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * Publishes and finds exchange rates. Each rate created or revised fires its event and is in the audit trail, one
 * entry per rate (a batch's rates each have theirs), under {currency}/{month} as the API names it.
 */
@ApplicationScoped
public class ExchangeRateService {
    /** Serializes publishing, so that two revisions of one month never race for the same number. */
    private static final long PUBLISHING_LOCK = 0x7261746573L;
    private static final String AUDITED_AS = "exchange-rate";
    private static final String VERSIONS = "from ExchangeRate r";
    private static final String IN_ORDER = " order by r.currency, r.month, r.revision";

    private final Event<ExchangeRatePublished> published;
    private final EntityManager entityManager;
    private final AuditTrail audit;

    ExchangeRateService(Event<ExchangeRatePublished> published, EntityManager entityManager, AuditTrail audit) {
        this.published = published;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    @Transactional
    public Publication publish(RateTerms terms) {
        lockPublishing();
        RateOutcome outcome = apply(terms, current(terms.key()).orElse(null), now());
        return new Publication(outcome, find(terms.key()));
    }

    /** All rows or none: a bad row refuses the batch before anything is stored. */
    @Transactional
    public PublicationCounts publishAll(List<RateRow> rows) {
        List<RateTerms> batch = RateBatch.checked(rows);
        lockPublishing();
        Map<RateKey, ExchangeRate> current = currentOf(batch);
        Instant now = now();
        List<RateOutcome> outcomes = new ArrayList<>();
        for (RateTerms terms : batch) {
            outcomes.add(apply(terms, current.get(terms.key()), now));
        }
        return PublicationCounts.of(outcomes);
    }

    public RateHistory find(RateKey key) {
        List<ExchangeRate> versions = ExchangeRate.list(VERSIONS + " where r.currency = :currency and r.month = :month"
                + IN_ORDER, Parameters.with("currency", key.currency()).and("month", key.month()));
        if (versions.isEmpty()) {
            throw new NotFoundException("no " + key.currency() + " rate for " + key.month());
        }
        return new RateHistory(versions);
    }

    /** The rates of the currency (or all) from one month to another (both optional, both included). */
    public List<RateHistory> list(String currency, YearMonth from, YearMonth to) {
        Parameters filters = new Parameters();
        List<String> conditions = new ArrayList<>();
        if (currency != null) {
            conditions.add("r.currency = :currency");
            filters.and("currency", currency);
        }
        if (from != null) {
            conditions.add("r.month >= :from");
            filters.and("from", from);
        }
        if (to != null) {
            conditions.add("r.month <= :to");
            filters.and("to", to);
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        List<ExchangeRate> versions = ExchangeRate.list(VERSIONS + where + IN_ORDER, filters);
        return versions.stream()
                .collect(Collectors.groupingBy(ExchangeRate::key, LinkedHashMap::new, Collectors.toList()))
                .values().stream().map(RateHistory::new).toList();
    }

    /** The rate a signature converts at: 1 for CHF, else the override if any, else its month's current rate. */
    public AgreementRate rateFor(String currency, LocalDate signedOn, RateOverride override) {
        if (Money.CHF.getCurrencyCode().equals(currency)) {
            return AgreementRate.CHF;
        }
        YearMonth month = YearMonth.from(signedOn);
        if (override != null) {
            return AgreementRate.overridden(override, month);
        }
        return current(new RateKey(currency, month))
                .map(AgreementRate::published)
                .orElseThrow(() -> RuleViolationException.onField("currency", "no " + currency + " rate for " + month));
    }

    private RateOutcome apply(RateTerms terms, ExchangeRate current, Instant now) {
        if (current != null && current.sameAs(terms)) {
            return RateOutcome.UNCHANGED;
        }
        if (current == null) {
            store(ExchangeRate.first(terms, now), "published", null);
            return RateOutcome.CREATED;
        }
        store(current.revisedTo(terms, now), "revised", Version.of(current));
        return RateOutcome.REVISED;
    }

    private void store(ExchangeRate rate, String action, Version before) {
        rate.persist();
        published.fire(ExchangeRatePublished.of(rate));
        audit.record(AUDITED_AS, rate.currency() + "/" + rate.month(), action, before, Version.of(rate));
    }

    private Optional<ExchangeRate> current(RateKey key) {
        String latestFirst = VERSIONS + " where r.currency = :currency and r.month = :month order by r.revision desc";
        return ExchangeRate.find(latestFirst, Parameters.with("currency", key.currency()).and("month", key.month()))
                .firstResultOptional();
    }

    /** The current rates the batch may revise, in one query over the months it spans. */
    private static Map<RateKey, ExchangeRate> currentOf(List<RateTerms> batch) {
        if (batch.isEmpty()) {
            return Map.of();
        }
        List<String> currencies = batch.stream().map(terms -> terms.key().currency()).distinct().toList();
        YearMonth from = batch.stream().map(terms -> terms.key().month()).min(Comparator.naturalOrder()).orElseThrow();
        YearMonth to = batch.stream().map(terms -> terms.key().month()).max(Comparator.naturalOrder()).orElseThrow();
        List<ExchangeRate> versions = ExchangeRate.list(VERSIONS
                        + " where r.currency in :currencies and r.month between :from and :to",
                Parameters.with("currencies", currencies).and("from", from).and("to", to));
        BinaryOperator<ExchangeRate> latest = BinaryOperator.maxBy(Comparator.comparingInt(ExchangeRate::revision));
        return versions.stream().collect(Collectors.toMap(ExchangeRate::key, rate -> rate, latest));
    }

    private void lockPublishing() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:lock)")
                .setParameter("lock", PUBLISHING_LOCK)
                .getSingleResult();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A version of a month's rate as the audit trail keeps it. */
    record Version(BigDecimal chfPerUnit, String source, int revision) {
        static Version of(ExchangeRate rate) {
            return new Version(rate.chfPerUnit(), rate.source(), rate.revision());
        }
    }
}
