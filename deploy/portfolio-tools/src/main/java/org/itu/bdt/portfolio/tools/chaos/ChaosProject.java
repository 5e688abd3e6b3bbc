package org.itu.bdt.portfolio.tools.chaos;

import java.math.BigDecimal;

/** A project the harness registers for its load: ONGOING in one region, with that region's first initiative. */
public record ChaosProject(String projectNumber, String region, String initiative) {

    /** What an agreement of this project adds to each report row it counts in, at its CHF amount in force. */
    public Figures contribution(Funding funding, BigDecimal chf) {
        String figure = funding.itu() ? "ituFunding" : "partnerFunding";
        Figures figures = Figures.none()
                .add("portfolio-by-region|" + region + "|" + figure, chf)
                .add("portfolio-by-partner|" + funding.partnerKey() + "|" + figure, chf)
                .add("portfolio-by-funding-source|" + funding.sourceKey() + "|" + figure, chf);
        if (initiative != null) {
            figures.add("portfolio-by-initiative|" + initiative + "|" + figure, chf);
        }
        return figures;
    }

    /** Who funds an agreement: a partner (by id) or the ICT-DF. */
    public record Funding(String partnerId) {
        public static final Funding ICT_DF = new Funding(null);

        public boolean itu() {
            return partnerId == null;
        }

        String partnerKey() {
            return itu() ? "itu" : partnerId;
        }

        String sourceKey() {
            return itu() ? "ITU" : "PARTNER";
        }
    }
}
