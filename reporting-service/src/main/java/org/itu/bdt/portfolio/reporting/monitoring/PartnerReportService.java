package org.itu.bdt.portfolio.reporting.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import org.itu.bdt.portfolio.reporting.ledger.AgreementFact;
import org.itu.bdt.portfolio.reporting.ledger.PartnerFact;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFacts;
import org.itu.bdt.portfolio.reporting.ledger.ProjectAt;
import org.itu.bdt.portfolio.reporting.ledger.ProjectFact;
import org.itu.bdt.portfolio.reporting.ledger.ProjectFacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds a partner's report from its agreements' facts, read at report time; its cost grows with its agreements. */
@ApplicationScoped
public class PartnerReportService {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final PortfolioFacts facts;
    private final MonitoringFacts monitoring;

    PartnerReportService(PortfolioFacts facts, MonitoringFacts monitoring) {
        this.facts = facts;
        this.monitoring = monitoring;
    }

    /** Empty for a partner neither registered nor named by any agreement. */
    public Optional<PartnerReport> of(String partnerId, LocalDate asOf) {
        PartnerFact partner = PartnerFact.findById(partnerId);
        List<AgreementFact> agreements = AgreementFact.list(
                "partnerId = ?1 and signedOn <= ?2 order by projectNumber, agreementNumber", partnerId, asOf);
        if (partner == null && AgreementFact.count("partnerId", partnerId) == 0) {
            return Optional.empty();
        }
        List<String> numbers = agreements.stream().map(agreement -> agreement.agreementNumber).toList();
        var context = new Context(asOf,
                monitoring.instalmentsOf(numbers, asOf).stream()
                        .collect(Collectors.groupingBy(Instalment::agreementNumber)),
                monitoring.reportsOf(numbers).stream()
                        .collect(Collectors.groupingBy(report -> report.report().agreementNumber())),
                monitoring.schedulesOf(numbers).stream()
                        .collect(Collectors.toMap(ReportSchedule::agreementNumber, Function.identity())));
        Map<String, List<AgreementFact>> byProject = agreements.stream()
                .collect(Collectors.groupingBy(agreement -> agreement.projectNumber, LinkedHashMap::new,
                        Collectors.toList()));
        Map<String, ProjectFacts> projectFacts = facts.of(byProject.keySet());
        List<PartnerReport.Project> projects = byProject.entrySet().stream()
                .map(entry -> project(projectFacts.get(entry.getKey()).at(asOf), entry.getValue(), context)).toList();
        return Optional.of(new PartnerReport(partnerId, partner == null ? null : partner.name, asOf, projects,
                total(projects)));
    }

    private record Context(LocalDate asOf, Map<String, List<Instalment>> instalments,
                           Map<String, List<OwedReport.Submission>> reports, Map<String, ReportSchedule> schedules) {
    }

    private static PartnerReport.Project project(ProjectAt project, List<AgreementFact> agreements, Context context) {
        ProjectFact fact = project.facts().project();
        return new PartnerReport.Project(agreements.get(0).projectNumber, fact == null ? null : fact.title,
                fact == null ? null : fact.region.name(), project.status().map(Enum::name).orElse(null),
                agreements.stream().map(agreement -> agreement(project, agreement, context)).toList());
    }

    private static PartnerReport.Agreement agreement(ProjectAt project, AgreementFact agreement, Context context) {
        LocalDate cancelledOn = project.facts().cancelledOn(agreement)
                .filter(date -> !date.isAfter(context.asOf())).orElse(null);
        List<Instalment> instalments = context.instalments().getOrDefault(agreement.agreementNumber, List.of());
        List<OwedReport.Submission> reports = context.reports().getOrDefault(agreement.agreementNumber, List.of());
        return new PartnerReport.Agreement(agreement.agreementNumber, agreement.kind.name(),
                agreement.fundingSource.name(), agreement.signedOn, cancelledOn, agreement.currency, agreement.rate,
                agreement.rateSource, new PartnerReport.Amounts(agreement.originalAmount, agreement.chfAmount),
                inEffect(project, agreement), received(instalments),
                schedule(context.schedules().get(agreement.agreementNumber), reports, context.asOf()),
                latest(reports, context.asOf()));
    }

    /**
     * The payments received, in the agreement's currency and in the CHF funding-service booked for each; the CHF is
     * null while a payment's booked amount is not known yet (a read model older than it, until its republication).
     */
    private static PartnerReport.Amounts received(List<Instalment> instalments) {
        BigDecimal amount = instalments.stream().map(Instalment::amount).reduce(ZERO, BigDecimal::add);
        boolean allBooked = instalments.stream().allMatch(instalment -> instalment.chf() != null);
        BigDecimal chf = allBooked ? instalments.stream().map(Instalment::chf).reduce(ZERO, BigDecimal::add) : null;
        return new PartnerReport.Amounts(amount, chf);
    }

    /** The latest amendment's amounts by the date, as signed without one, nothing once cancelled. */
    private static PartnerReport.Amounts inEffect(ProjectAt project, AgreementFact agreement) {
        Optional<BigDecimal> chf = project.inForce(agreement);
        if (chf.isEmpty()) {
            return new PartnerReport.Amounts(ZERO, ZERO);
        }
        BigDecimal original = project.amendmentInForce(agreement).map(amendment -> amendment.newOriginalAmount)
                .orElse(agreement.originalAmount);
        return new PartnerReport.Amounts(original, chf.get());
    }

    private static PartnerReport.Schedule schedule(ReportSchedule schedule, List<OwedReport.Submission> reports,
                                                   LocalDate asOf) {
        List<String> submitted = reports.stream().filter(report -> submittedBy(report, asOf))
                .map(report -> report.report().reportId()).toList();
        List<ReportSchedule.Deadline> deadlines = new ArrayList<>(reports.stream()
                .map(report -> new ReportSchedule.Deadline(report.report().reportId(), report.report().dueOn()))
                .toList());
        if (schedule != null) {
            deadlines.addAll(schedule.deadlines());
        }
        LocalDate next = deadlines.stream().filter(deadline -> !submitted.contains(deadline.reportId()))
                .map(ReportSchedule.Deadline::dueOn).filter(dueOn -> !dueOn.isBefore(asOf))
                .min(Comparator.naturalOrder()).orElse(null);
        LocalDate endedOn = schedule == null || schedule.endedOn() == null || schedule.endedOn().isAfter(asOf)
                ? null : schedule.endedOn();
        return new PartnerReport.Schedule(schedule == null ? null : schedule.intervalMonths(),
                endedOn == null ? next : null, endedOn, overdue(reports, asOf));
    }

    static List<PartnerReport.OverdueReport> overdue(List<OwedReport.Submission> reports, LocalDate asOf) {
        return reports.stream()
                .filter(report -> report.report().overdueSince() != null
                        && !report.report().overdueSince().isAfter(asOf) && !submittedBy(report, asOf))
                .map(report -> PartnerReport.OverdueReport.of(report.report())).toList();
    }

    private static PartnerReport.SubmittedReport latest(List<OwedReport.Submission> reports, LocalDate asOf) {
        return reports.stream().filter(report -> submittedBy(report, asOf))
                .max(Comparator.comparing(OwedReport.Submission::submittedOn)
                        .thenComparing(report -> report.report().reportId()))
                .map(report -> new PartnerReport.SubmittedReport(report.report().reportId(), report.submittedOn(),
                        report.challenges(), report.risks()))
                .orElse(null);
    }

    private static boolean submittedBy(OwedReport.Submission report, LocalDate asOf) {
        return report.submittedOn() != null && !report.submittedOn().isAfter(asOf);
    }

    private static PartnerReport.Total total(List<PartnerReport.Project> projects) {
        List<PartnerReport.Agreement> agreements = projects.stream()
                .flatMap(project -> project.agreements().stream()).toList();
        return new PartnerReport.Total(projects.size(), agreements.size(),
                sum(agreements, agreement -> agreement.signed().chf()),
                sum(agreements, agreement -> agreement.inEffect().chf()),
                sum(agreements, agreement -> agreement.received().chf()));
    }

    private static BigDecimal sum(List<PartnerReport.Agreement> agreements,
                                  Function<PartnerReport.Agreement, BigDecimal> amount) {
        return agreements.stream().map(amount).filter(Objects::nonNull).reduce(ZERO, BigDecimal::add);
    }
}
