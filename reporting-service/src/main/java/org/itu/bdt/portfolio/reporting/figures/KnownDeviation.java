package org.itu.bdt.portfolio.reporting.figures;

import java.util.Optional;

/**
 * A printed figure the data cannot reproduce (reference-data/known_deviations.csv): the 2024 report says the
 * new projects' funding is 92 % partner and 8 % ITU, but Figure 4 alone holds more than 11 % of ITU funds.
 */
public record KnownDeviation(int printedPartnerPercent, int printedItuPercent, String reason) {

    private static final int REPORT_YEAR = 2024;
    private static final KnownDeviation SHARES_2024 = new KnownDeviation(92, 8,
            "The 2024 report prints 92 % / 8 %, which its own figures contradict: Figure 4's ITU funds "
                    + "(>= 3,205,500 CHF) over the new projects' value (< 28,650,000 CHF) are >= 11.19 %. "
                    + "This service computes the shares from the exact amounts.");

    public static Optional<KnownDeviation> ofFundingSources(int year) {
        return year == REPORT_YEAR ? Optional.of(SHARES_2024) : Optional.empty();
    }
}
