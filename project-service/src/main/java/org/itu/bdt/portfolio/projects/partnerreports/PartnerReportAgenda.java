package org.itu.bdt.portfolio.projects.partnerreports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.itu.bdt.portfolio.projects.board.AgendaItemKind;
import org.itu.bdt.portfolio.projects.board.AgendaSource;
import org.itu.bdt.portfolio.projects.board.AgendaSuggestion;

import java.time.LocalDate;
import java.util.List;

/** Overdue partner reports are implementation problems the Project Board gives guidance on. */
@ApplicationScoped
public class PartnerReportAgenda implements AgendaSource {

    private final PartnerReportTerms terms;

    PartnerReportAgenda(PartnerReportTerms terms) {
        this.terms = terms;
    }

    @Override
    @Transactional
    public List<AgendaSuggestion> suggestionsFor(LocalDate meetingDate) {
        List<PartnerReport> overdue = PartnerReport.list("submittedOn is null and dueOn < ?1 order by dueOn, id",
                terms.overdueIfDueBefore(meetingDate));
        return overdue.stream().map(this::suggestion).toList();
    }

    private AgendaSuggestion suggestion(PartnerReport report) {
        String subject = "Partner report " + report.id() + " to " + report.partnerId() + " overdue since "
                + terms.overdueFrom(report.dueOn()) + " (period " + report.periodStart() + " to " + report.periodEnd()
                + ")";
        return new AgendaSuggestion(AgendaItemKind.GUIDANCE, report.projectNumber(), subject, report.id());
    }
}
