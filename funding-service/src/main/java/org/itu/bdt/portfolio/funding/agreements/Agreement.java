package org.itu.bdt.portfolio.funding.agreements;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.itu.bdt.portfolio.funding.money.ChfAmount;
import org.itu.bdt.portfolio.funding.money.MinorUnits;
import org.itu.bdt.portfolio.funding.money.Money;
import org.itu.bdt.portfolio.funding.platform.ConflictException;
import org.itu.bdt.portfolio.funding.platform.FirstDayOfMonth;
import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.funding.platform.RuleViolationException;
import org.itu.bdt.portfolio.funding.rates.AgreementRate;
import org.itu.bdt.portfolio.kit.problem.FieldError;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {
    /** What the audit trail calls an agreement; its id there is the agreement number. */
    public static final String AUDITED_AS = "agreement";
    public static final String NUMBER_PATTERN = "^[A-Za-z0-9][A-Za-z0-9-]{2,39}$";
    public static final String PROJECT_NUMBER_PATTERN = "^[79][A-Z]{3}\\d{5}$";
    public static final Comparator<Amendment> IN_FORCE_ORDER =
            Comparator.comparing(Amendment::effectiveOn).thenComparingInt(Amendment::sequence);

    @Id
    @Column(name = "agreement_number")
    private String agreementNumber;
    @Column(name = "project_number")
    private String projectNumber;
    @Column(name = "partner_id")
    private String partnerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source")
    private FundingSource fundingSource;
    private String currency;
    @Column(name = "original_amount", precision = 19, scale = 2)
    private BigDecimal originalAmount;
    @Column(name = "chf_amount", precision = 19, scale = 2)
    private BigDecimal chfAmount;
    @Column(name = "signed_on")
    private LocalDate signedOn;
    @Column(precision = 19, scale = 6)
    private BigDecimal rate;
    @Column(name = "rate_month")
    @Convert(converter = FirstDayOfMonth.class)
    private YearMonth rateMonth;
    @Column(name = "rate_source")
    private String rateSource;
    @Column(name = "rate_overridden")
    private boolean rateOverridden;
    @Enumerated(EnumType.STRING)
    private AgreementKind kind;
    @Enumerated(EnumType.STRING)
    private ContributionType contribution;
    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;
    @Column(name = "cancellation_reason")
    private String cancellationReason;
    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST)
    @OrderBy("sequence")
    private List<Amendment> amendments = new ArrayList<>();

    protected Agreement() {
    }

    public Agreement(String agreementNumber, AgreementTerms terms, AgreementRate rate) {
        this.agreementNumber = agreementNumber;
        this.projectNumber = terms.projectNumber();
        this.partnerId = terms.partnerId();
        this.fundingSource = terms.fundingSource();
        this.currency = terms.currency();
        this.originalAmount = terms.originalAmount();
        this.chfAmount = rate.chfFor(original(), "originalAmount", terms.chfAmount(), "chfAmount");
        this.signedOn = terms.signedOn();
        this.rate = rate.chfPerUnit();
        this.rateMonth = rate.month();
        this.rateSource = rate.source();
        this.rateOverridden = rate.overridden();
        this.kind = terms.kind();
        this.contribution = terms.contribution();
    }

    /** {projectNumber}-NN, one past the highest NN the project has, skipping numbers taken elsewhere. */
    public static String nextNumber(String projectNumber, Collection<String> projectAgreements,
                                    Predicate<String> taken) {
        Pattern own = Pattern.compile(Pattern.quote(projectNumber) + "-(\\d{2,})");
        int sequence = projectAgreements.stream()
                .map(own::matcher)
                .filter(Matcher::matches)
                .mapToInt(match -> Integer.parseInt(match.group(1)))
                .max().orElse(0);
        String candidate;
        do {
            candidate = String.format("%s-%02d", projectNumber, ++sequence);
        } while (taken.test(candidate));
        return candidate;
    }

    /** {agreementNumber}-An with n the amendment's sequence, skipping ids taken elsewhere. */
    public String nextAmendmentId(Predicate<String> taken) {
        int sequence = amendments.size();
        String candidate;
        do {
            candidate = agreementNumber + "-A" + ++sequence;
        } while (taken.test(candidate));
        return candidate;
    }

    /** The new amount converts at the agreement's own rate: an amendment changes the amount, not the rate. */
    public Amendment amend(String amendmentId, AmendmentTerms terms) {
        refuseIfCancelled("amended");
        List<FieldError> errors = new ArrayList<>();
        MinorUnits.problemWith(currency, terms.newOriginalAmount(), "newOriginalAmount").ifPresent(errors::add);
        ChfAmount.problemWith(currency, terms.newOriginalAmount(), terms.newChfAmount(), "newOriginalAmount")
                .ifPresent(message -> errors.add(new FieldError("newChfAmount", message)));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (terms.effectiveOn().isBefore(signedOn)) {
            throw RuleViolationException.onField("effectiveOn",
                    "must not be before the agreement's signature on " + signedOn);
        }
        BigDecimal newChfAmount = rate().chfFor(Money.of(terms.newOriginalAmount(), currency),
                "newOriginalAmount", terms.newChfAmount(), "newChfAmount");
        Amendment amendment = new Amendment(amendmentId, this, amendments.size() + 1, terms, newChfAmount);
        amendments.add(amendment);
        return amendment;
    }

    /** Cancellation is final: the agreement's history stays, nothing is added to it. */
    public void cancel(CancellationTerms terms) {
        refuseIfCancelled("cancelled again");
        if (terms.cancelledOn().isBefore(signedOn)) {
            throw RuleViolationException.onField("cancelledOn",
                    "must not be before the agreement's signature on " + signedOn);
        }
        if (terms.cancelledOn().isAfter(LocalDate.now())) {
            throw RuleViolationException.onField("cancelledOn", "must not be in the future");
        }
        cancelledOn = terms.cancelledOn();
        cancellationReason = terms.reason();
    }

    public void refuseIfCancelled(String change) {
        if (cancelledOn != null) {
            throw new ConflictException("agreement " + agreementNumber + " was cancelled on " + cancelledOn
                    + " and cannot be " + change);
        }
    }

    /** The amendment whose amounts apply on the date, if any has taken effect by then. */
    public Optional<Amendment> amendmentInEffectOn(LocalDate date) {
        return amendments.stream().filter(amendment -> !amendment.effectiveOn().isAfter(date)).max(IN_FORCE_ORDER);
    }

    /** The amendment whose amounts the given one replaced from its effective date, if not the signature's. */
    public Optional<Amendment> amendmentReplacedBy(Amendment amendment) {
        return amendments.stream().filter(other -> IN_FORCE_ORDER.compare(other, amendment) < 0).max(IN_FORCE_ORDER);
    }

    public Optional<Amendment> latestAmendment() {
        return amendments.stream().max(IN_FORCE_ORDER);
    }

    /**
     * The CHF an amount paid in the agreement's currency is booked at: its own rate, half-up to the centime. An
     * agreement booked before conversion has no rate, so the CHF per unit it was signed at stands for it.
     */
    public Money chfOf(BigDecimal amount) {
        if (rate != null) {
            return Money.chf(rate().toChf(amount));
        }
        return Money.chf(amount.multiply(chfAmount).divide(originalAmount, Money.MAX_DECIMALS, RoundingMode.HALF_UP));
    }

    public Money currentOriginal() {
        return latestAmendment().map(Amendment::newOriginal).orElseGet(this::original);
    }

    public Money currentChf() {
        return latestAmendment().map(Amendment::newChf).orElseGet(this::chf);
    }

    public String agreementNumber() {
        return agreementNumber;
    }

    public String projectNumber() {
        return projectNumber;
    }

    public String partnerId() {
        return partnerId;
    }

    public FundingSource fundingSource() {
        return fundingSource;
    }

    public String currency() {
        return currency;
    }

    public Money original() {
        return Money.of(originalAmount, currency);
    }

    public Money chf() {
        return Money.chf(chfAmount);
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public AgreementRate rate() {
        return new AgreementRate(rate, rateMonth, rateSource, rateOverridden);
    }

    public List<Amendment> amendments() {
        return List.copyOf(amendments);
    }

    public AgreementKind kind() {
        return kind;
    }

    public ContributionType contribution() {
        return contribution;
    }

    public Optional<LocalDate> cancelledOn() {
        return Optional.ofNullable(cancelledOn);
    }

    public String cancellationReason() {
        return cancellationReason;
    }
}
