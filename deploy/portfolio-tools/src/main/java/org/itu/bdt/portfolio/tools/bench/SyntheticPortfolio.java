package org.itu.bdt.portfolio.tools.bench;

import org.itu.bdt.portfolio.tools.ReferencePortfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * A portfolio of any size in the reference portfolio's proportions (deploy/reference-data): each project copies a
 * reference project's region, scope and initiative, has as many agreements as a reference project drawn at random,
 * and each agreement copies a reference agreement's partner, ITU or partner line, currency and amounts. Signatures
 * fall on the ten years 2015-2024; a project whose end date has passed by 2024-12-31 is operationally closed then.
 * Amendments come at the reference's rate; the reference has no cancellation, so one agreement in a hundred is
 * cancelled, to carry that path too. Project {@code i} depends only on the seed and {@code i}, so a portfolio of
 * 10,000 projects is the one of 100 with 9,900 more, and a second load of the same seed changes nothing.
 */
public final class SyntheticPortfolio {

    static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
    static final double CANCELLED = 0.01;
    private static final BigDecimal AMENDED_TO = new BigDecimal("0.9");

    private final List<Map<String, String>> projects;
    private final List<Map<String, String>> agreements;
    private final int[] agreementsPerProject;
    private final double amended;
    private final long seed;

    private SyntheticPortfolio(ReferencePortfolio reference, long seed) {
        this.projects = reference.projects();
        this.agreements = reference.agreements();
        this.agreementsPerProject = reference.agreements().stream()
                .collect(Collectors.groupingBy(a -> a.get("project_number"), Collectors.counting()))
                .values().stream().mapToInt(Long::intValue).toArray();
        this.amended = (double) reference.amendments().size() / reference.agreements().size();
        this.seed = seed;
    }

    public static SyntheticPortfolio of(ReferencePortfolio reference, long seed) {
        return new SyntheticPortfolio(reference, seed);
    }

    public long seed() {
        return seed;
    }

    /** Project numbers 9ZAA00000, 9ZAA00001, …: the pattern of the contract, and no reference project's. */
    static String projectNumber(int index) {
        int block = index / 100_000;
        return String.format("9Z%c%c%05d", 'A' + block / 26, 'A' + block % 26, index % 100_000);
    }

    public SyntheticProject project(int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        Map<String, String> template = projects.get(random.nextInt(projects.size()));
        String number = projectNumber(index);
        int days = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
        LocalDate signedOn = FIRST_DAY.plusDays(random.nextInt(days));
        LocalDate startDate = signedOn.plusDays(random.nextInt(61));
        LocalDate endDate = startDate.plusMonths(24 + random.nextInt(37)).minusDays(1);
        int count = agreementsPerProject[random.nextInt(agreementsPerProject.length)];
        List<SyntheticAgreement> lines = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            lines.add(agreement(String.format("%s-%02d", number, i), signedOn, random));
        }
        return new SyntheticProject(number, template.get("title"), template.get("region"), template.get("scope"),
                blankAsNull(template.get("regional_initiative")), signedOn, startDate, endDate,
                endDate.isAfter(LAST_DAY) ? null : endDate, lines);
    }

    private SyntheticAgreement agreement(String number, LocalDate signedOn, SplittableRandom random) {
        Map<String, String> template = agreements.get(random.nextInt(agreements.size()));
        BigDecimal chf = new BigDecimal(template.get("chf_amount"));
        double draw = random.nextDouble();
        LocalDate amendedOn = draw < amended ? signedOn.plusDays(1 + random.nextInt(730)) : null;
        LocalDate cancelledOn = draw >= amended && draw < amended + CANCELLED
                ? signedOn.plusDays(30 + random.nextInt(700)) : null;
        return new SyntheticAgreement(number, blankAsNull(template.get("partner_id")), template.get("funding_source"),
                template.get("currency"), new BigDecimal(template.get("original_amount")), chf, signedOn,
                amendedOn, amendedOn == null ? null : scaled(chf), cancelledOn);
    }

    static BigDecimal scaled(BigDecimal amount) {
        return amount.multiply(AMENDED_TO).setScale(2, RoundingMode.HALF_UP);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
