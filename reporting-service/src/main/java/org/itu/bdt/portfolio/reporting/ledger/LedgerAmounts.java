package org.itu.bdt.portfolio.reporting.ledger;

import java.math.BigDecimal;

/** What a ledger line adds to a key: projects counted and CHF by funding source, in centimes. */
public record LedgerAmounts(int projects, BigDecimal partnerChf, BigDecimal ituChf) {

    public LedgerAmounts {
        partnerChf = partnerChf.setScale(2);
        ituChf = ituChf.setScale(2);
    }

    public static final LedgerAmounts NONE = new LedgerAmounts(0, BigDecimal.ZERO, BigDecimal.ZERO);
    public static final LedgerAmounts ONE_PROJECT = new LedgerAmounts(1, BigDecimal.ZERO, BigDecimal.ZERO);

    public static LedgerAmounts funding(FundingSource source, BigDecimal chf) {
        return source == FundingSource.PARTNER
                ? new LedgerAmounts(0, chf, BigDecimal.ZERO)
                : new LedgerAmounts(0, BigDecimal.ZERO, chf);
    }

    public LedgerAmounts plus(LedgerAmounts other) {
        return new LedgerAmounts(projects + other.projects,
                partnerChf.add(other.partnerChf), ituChf.add(other.ituChf));
    }

    public LedgerAmounts negated() {
        return new LedgerAmounts(-projects, partnerChf.negate(), ituChf.negate());
    }

    public boolean isNone() {
        return projects == 0 && partnerChf.signum() == 0 && ituChf.signum() == 0;
    }
}
