package org.itu.bdt.portfolio.reporting.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.itu.bdt.portfolio.reporting.ledger.AgreementFact;
import org.itu.bdt.portfolio.reporting.ledger.FundingSource;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioByRegion;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFacts;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;
import org.itu.bdt.portfolio.reporting.ledger.ProjectFact;
import org.itu.bdt.portfolio.reporting.ledger.ProjectStatus;
import org.itu.bdt.portfolio.reporting.ledger.RegionFigures;
import org.itu.bdt.portfolio.reporting.ledger.RegionLedger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Builds a quarter's monitoring report from the facts of that quarter and the region ledger at its end. */
@ApplicationScoped
public class QuarterlyReports {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final EntityManager entityManager;
    private final PortfolioFacts facts;
    private final MonitoringFacts monitoring;
    private final RegionLedger ledger;

    QuarterlyReports(EntityManager entityManager, PortfolioFacts facts, MonitoringFacts monitoring,
                     RegionLedger ledger) {
        this.entityManager = entityManager;
        this.facts = facts;
        this.monitoring = monitoring;
        this.ledger = ledger;
    }

    /** The quarter as it stands on asOf: counted up to its last day, or to asOf while it runs. */
    public QuarterlyReport of(Quarter quarter, LocalDate asOf) {
        LocalDate from = quarter.firstDay();
        LocalDate end = asOf.isBefore(quarter.lastDay()) ? asOf : quarter.lastDay();
        List<String> started = firstStatusIn("ONGOING", from, end);
        List<String> ending = endingIn(quarter, end);
        List<String> closed = firstStatusIn("OPERATIONALLY_CLOSED", from, end);
        List<PartnerReport.OverdueReport> overdue = monitoring.overdueAt(end).stream()
                .map(report -> PartnerReport.OverdueReport.of(report.report())).toList();
        List<BoardAction> open = monitoring.actionsOpenAt(end);
        List<BoardAction> late = open.stream().filter(action -> action.overdueAt(end)).toList();
        List<AgreementFact> signed = AgreementFact.<AgreementFact>list(
                        "signedOn >= ?1 and signedOn <= ?2 order by signedOn, agreementNumber", from, end).stream()
                .filter(AgreementFact::countsInPortfolio).toList();
        List<QuarterlyReport.ReceivedInstalment> received = received(monitoring.instalmentsReceived(from, end));
        PortfolioByRegion portfolio = ledger.asOf(end);
        var figures = new QuarterlyReport.Figures(started.size(), ending.size(), closed.size(), overdue.size(),
                open.size(), late.size(), signedChf(signed, FundingSource.PARTNER),
                signedChf(signed, FundingSource.ITU),
                received.stream().map(QuarterlyReport.ReceivedInstalment::chf).filter(Objects::nonNull)
                        .reduce(ZERO, BigDecimal::add),
                portfolio.total().projects(), portfolio.total().partnerChf(), portfolio.total().ituChf());
        var drillDown = new QuarterlyReport.DrillDown(started, ending, closed,
                projects(overdue, PartnerReport.OverdueReport::projectNumber),
                projects(open, BoardAction::projectNumber), projects(late, BoardAction::projectNumber),
                projects(signed, agreement -> agreement.projectNumber),
                projects(received, QuarterlyReport.ReceivedInstalment::projectNumber));
        return new QuarterlyReport(quarter.toString(), from, quarter.lastDay(), end, figures, drillDown, overdue,
                open, signed.stream().map(QuarterlyReports::signedAgreement).toList(), received,
                portfolio.regions().stream().map(QuarterlyReports::line).toList());
    }

    /** Projects whose first change to the status falls in the quarter: a resumed project did not start again. */
    private List<String> firstStatusIn(String status, LocalDate from, LocalDate end) {
        @SuppressWarnings("unchecked")
        List<String> projects = entityManager.createNativeQuery("""
                        select distinct project_number from status_change_fact change
                        where to_status = :status and changed_on between :from and :end
                          and not exists (select 1 from status_change_fact earlier
                                          where earlier.project_number = change.project_number
                                            and earlier.to_status = :status and earlier.changed_on < :from)
                        order by project_number""")
                .setParameter("status", status).setParameter("from", from).setParameter("end", end)
                .getResultList();
        return projects;
    }

    /** Projects with their planned end in the quarter that existed, and were not abandoned, at its end. */
    private List<String> endingIn(Quarter quarter, LocalDate end) {
        List<ProjectFact> candidates = ProjectFact.list("endDate >= ?1 and endDate <= ?2 order by projectNumber",
                quarter.firstDay(), quarter.lastDay());
        return facts.of(candidates.stream().map(project -> project.projectNumber).toList()).values().stream()
                .filter(project -> project.at(end).status()
                        .filter(status -> status != ProjectStatus.REJECTED && status != ProjectStatus.CANCELLED)
                        .isPresent())
                .map(project -> project.project().projectNumber).toList();
    }

    private static List<QuarterlyReport.ReceivedInstalment> received(List<Instalment> instalments) {
        return instalments.stream().map(instalment -> new QuarterlyReport.ReceivedInstalment(instalment.reference(),
                instalment.agreementNumber(), instalment.projectNumber(), instalment.receivedOn(),
                instalment.currency(), instalment.amount(), instalment.chf())).toList();
    }

    private static BigDecimal signedChf(List<AgreementFact> agreements, FundingSource source) {
        return agreements.stream().filter(agreement -> agreement.fundingSource == source)
                .map(agreement -> agreement.chfAmount).reduce(ZERO, BigDecimal::add);
    }

    private static <T> List<String> projects(Collection<T> rows, Function<T, String> project) {
        return rows.stream().map(project).distinct().sorted().toList();
    }

    private static QuarterlyReport.SignedAgreement signedAgreement(AgreementFact agreement) {
        return new QuarterlyReport.SignedAgreement(agreement.agreementNumber, agreement.projectNumber,
                agreement.partnerId, agreement.fundingSource.name(), agreement.kind.name(), agreement.signedOn,
                agreement.currency, agreement.originalAmount, agreement.chfAmount, agreement.rate,
                agreement.rateSource);
    }

    private static QuarterlyReport.RegionLine line(RegionFigures region) {
        PortfolioFigures figures = region.figures();
        return new QuarterlyReport.RegionLine(region.region().name(), region.region().label(), figures.projects(),
                figures.partnerChf(), figures.ituChf(), figures.totalChf());
    }
}
