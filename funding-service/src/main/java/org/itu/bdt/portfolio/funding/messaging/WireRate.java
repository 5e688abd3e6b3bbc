package org.itu.bdt.portfolio.funding.messaging;

import org.itu.bdt.portfolio.funding.rates.AgreementRate;

/** An agreement's rate as the agreement events carry it: exact decimal and yyyy-MM, null when there is none. */
final class WireRate {
    private WireRate() {
    }

    static String chfPerUnit(AgreementRate rate) {
        return rate.chfPerUnit() == null ? null : rate.chfPerUnit().toPlainString();
    }

    static String month(AgreementRate rate) {
        return rate.month() == null ? null : rate.month().toString();
    }
}
