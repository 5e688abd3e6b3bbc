package org.itu.bdt.portfolio.funding.agreements;

import org.itu.bdt.portfolio.funding.money.Money;
import org.itu.bdt.portfolio.funding.platform.NotFoundException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An agreement as it stood on a date: the amendments effective by then, the amounts in effect, cancelled or not.
 * Amendments are never changed or removed, so any past date can be shown again exactly.
 *
 * @param amendments the history shown with it: up to the date, or the whole history for today's view
 */
public record AgreementAsOf(Agreement agreement, LocalDate date, List<Amendment> amendments) {

    public AgreementAsOf {
        amendments = List.copyOf(amendments);
    }

    /** As it stands today, with its whole history, amendments that take effect later included. */
    public static AgreementAsOf today(Agreement agreement) {
        return new AgreementAsOf(agreement, LocalDate.now(), agreement.amendments());
    }

    public static AgreementAsOf on(Agreement agreement, LocalDate date) {
        if (date.isBefore(agreement.signedOn())) {
            throw new NotFoundException("agreement " + agreement.agreementNumber() + " was signed on "
                    + agreement.signedOn() + ", after " + date);
        }
        return new AgreementAsOf(agreement, date, agreement.amendments().stream()
                .filter(amendment -> !amendment.effectiveOn().isAfter(date))
                .toList());
    }

    public Optional<Amendment> amendmentInEffect() {
        return agreement.amendmentInEffectOn(date);
    }

    public Money original() {
        return amendmentInEffect().map(Amendment::newOriginal).orElseGet(agreement::original);
    }

    public Money chf() {
        return amendmentInEffect().map(Amendment::newChf).orElseGet(agreement::chf);
    }

    /** The date the amounts in effect took effect: the amendment's, or the signature's. */
    public LocalDate inEffectSince() {
        return amendmentInEffect().map(Amendment::effectiveOn).orElseGet(agreement::signedOn);
    }

    public Optional<LocalDate> cancelledOn() {
        return agreement.cancelledOn().filter(cancelled -> !cancelled.isAfter(date));
    }

    public Optional<String> cancellationReason() {
        return cancelledOn().map(cancelled -> agreement.cancellationReason());
    }

    public AgreementStatus status() {
        return cancelledOn().isPresent() ? AgreementStatus.CANCELLED : AgreementStatus.ACTIVE;
    }
}
