package org.itu.bdt.portfolio.reporting.ledger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.itu.bdt.portfolio.reporting.PortfolioEvent;
import org.itu.bdt.portfolio.reporting.ReadModelExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementAmended;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementCancelled;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementSigned;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectStatusChanged;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.projectUpdated;

/**
 * A ledger read sums the years before the date's and the days of its year: the same figures as summing every day up
 * to the date, on either side of each new year, and the year rows are the days' sums, none of them back to nothing.
 */
@QuarkusTest
class LedgerYearsTest {

    private static final List<LocalDate> DATES = Arrays.stream(("2021-12-31 2022-01-01 2022-02-28 2022-03-01 "
                    + "2022-12-31 2023-01-01 2023-06-29 2023-06-30 2023-12-30 2023-12-31 2024-01-01 2024-02-14 "
                    + "2024-02-15 2024-12-31 2025-01-01 2025-01-02 2030-06-30").split(" "))
            .map(LocalDate::parse).toList();

    @Inject
    RegionLedger regions;

    @Inject
    BreakdownLedger breakdowns;

    @Inject
    EntityManager entityManager;

    @RegisterExtension
    final ReadModelExtension readModel = new ReadModelExtension();

    @Test
    void readsAsOfAnyDateMatchTheSumOfEveryDayUpToIt() {
        readModel.apply(history());

        for (LocalDate date : DATES) {
            assertThat(read(() -> regions.asOf(date))).as("Figure 1 as of " + date)
                    .isEqualTo(PortfolioByRegion.of(date, regionDays(date)));
            for (Dimension dimension : Dimension.values()) {
                if (dimension != Dimension.REGION) {
                    assertThat(read(() -> breakdowns.asOf(dimension, date))).as(dimension + " as of " + date)
                            .isEqualTo(breakdownDays(dimension, date));
                }
            }
        }
    }

    @Test
    void theYearRowsAreTheSumsOfTheirDaysAndNoneIsBackToNothing() {
        readModel.apply(history());

        assertThat(rows("select region || ' ' || year || ' ' || projects || ' ' || partner_chf || ' ' || itu_chf "
                + "from region_ledger_year"))
                .isEqualTo(rows("""
                        select region || ' ' || extract(year from effective_on) || ' ' || sum(projects) || ' '
                               || sum(partner_chf) || ' ' || sum(itu_chf)
                        from region_ledger group by region, extract(year from effective_on)
                        having sum(projects) <> 0 or sum(partner_chf) <> 0 or sum(itu_chf) <> 0"""))
                .isNotEmpty();
        assertThat(rows("select dimension || ' ' || dimension_key || ' ' || year || ' ' || projects || ' ' "
                + "|| partner_chf || ' ' || itu_chf from breakdown_ledger_year"))
                .isEqualTo(rows("""
                        select dimension || ' ' || dimension_key || ' ' || extract(year from effective_on) || ' '
                               || sum(projects) || ' ' || sum(partner_chf) || ' ' || sum(itu_chf)
                        from breakdown_ledger group by dimension, dimension_key, extract(year from effective_on)
                        having sum(projects) <> 0 or sum(partner_chf) <> 0 or sum(itu_chf) <> 0"""));
        assertThat(rows("select cast(effective_on as text) from region_ledger where region = 'ARAB_STATES'"))
                .containsExactly("2024-03-01", "2024-09-01");
        assertThat(rows("select cast(year as text) from region_ledger_year where region = 'ARAB_STATES'")).isEmpty();
    }

    /**
     * Three projects over four years: signatures on the first and last days of years, an amendment and a
     * cancellation in later years than their agreements, an ITU line signed and cancelled within one year, a closure
     * on New Year's Day, and a project that opens and closes within 2024 (its region's year back to nothing).
     */
    private static List<PortfolioEvent> history() {
        return List.of(
                projectStatusChanged("7MNE22001", null, "ONGOING", "2022-03-01", 1),
                project("7MNE22001", "EUROPE", "2022-03-01", 1, "ONGOING"),
                agreementSigned("7MNE22001-01", "7MNE22001", "PARTNER", "1000.00", "2022-03-01"),
                agreementSigned("7MNE22001-02", "7MNE22001", "ITU", "500.00", "2023-12-31"),
                agreementSigned("7MNE22001-03", "7MNE22001", "PARTNER", "250.00", "2024-01-01"),
                agreementAmended("7MNE22001-01-A1", "7MNE22001-01", "7MNE22001", "2023-06-30", "800.00"),
                agreementCancelled("7MNE22001-02", "7MNE22001", "2024-02-15"),
                projectStatusChanged("7MNE22001", "ONGOING", "OPERATIONALLY_CLOSED", "2025-01-01", 2),
                project("7MNE22001", "EUROPE", "2022-03-01", 2, "OPERATIONALLY_CLOSED"),
                projectStatusChanged("9RAF23002", null, "ONGOING", "2023-01-01", 1),
                project("9RAF23002", "AFRICA", "2023-01-01", 1, "ONGOING"),
                agreementSigned("9RAF23002-01", "9RAF23002", "PARTNER", "70.00", "2023-01-01"),
                agreementSigned("9RAF23002-02", "9RAF23002", "ITU", "30.00", "2023-06-30"),
                agreementCancelled("9RAF23002-02", "9RAF23002", "2023-12-30"),
                projectStatusChanged("7ARB24003", null, "ONGOING", "2024-03-01", 1),
                agreementSigned("7ARB24003-01", "7ARB24003", "PARTNER", "100.00", "2024-03-01"),
                projectStatusChanged("7ARB24003", "ONGOING", "OPERATIONALLY_CLOSED", "2024-09-01", 2),
                project("7ARB24003", "ARAB_STATES", "2024-03-01", 2, "OPERATIONALLY_CLOSED"));
    }

    private static PortfolioEvent project(String projectNumber, String region, String signedOn, int revision,
                                          String status) {
        return projectUpdated(projectNumber, region, status, signedOn, signedOn, revision)
                .with(Map.of("title", "Project " + projectNumber, "recipientCountries", List.of("ME")));
    }

    private Map<Region, PortfolioFigures> regionDays(LocalDate asOf) {
        Map<Region, PortfolioFigures> figures = new EnumMap<>(Region.class);
        daySums("select region, sum(projects), sum(partner_chf), sum(itu_chf) from region_ledger "
                + "where effective_on <= :asOf group by region", asOf, null)
                .forEach((region, sums) -> figures.put(Region.valueOf(region), sums));
        return figures;
    }

    private Map<String, PortfolioFigures> breakdownDays(Dimension dimension, LocalDate asOf) {
        Map<String, PortfolioFigures> figures = new TreeMap<>(daySums("""
                select dimension_key, sum(projects), sum(partner_chf), sum(itu_chf) from breakdown_ledger
                where dimension = :dimension and effective_on <= :asOf group by dimension_key""", asOf, dimension));
        figures.values().removeIf(sums -> sums.equals(PortfolioFigures.NONE));
        return figures;
    }

    private Map<String, PortfolioFigures> daySums(String sql, LocalDate asOf, Dimension dimension) {
        return read(() -> {
            var query = entityManager.createNativeQuery(sql).setParameter("asOf", asOf);
            if (dimension != null) {
                query.setParameter("dimension", dimension.name());
            }
            Map<String, PortfolioFigures> sums = new TreeMap<>();
            for (Object row : query.getResultList()) {
                Object[] columns = (Object[]) row;
                sums.put((String) columns[0], new PortfolioFigures(((Number) columns[1]).longValue(),
                        (BigDecimal) columns[2], (BigDecimal) columns[3]));
            }
            return sums;
        });
    }

    private List<String> rows(String sql) {
        return read(() -> entityManager.createNativeQuery(sql, String.class).getResultList().stream()
                .map(String.class::cast).sorted().toList());
    }

    private static <T> T read(Callable<T> query) {
        return QuarkusTransaction.requiringNew().call(query);
    }
}
