package org.itu.bdt.portfolio.projects.partnerreports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One report an agreement's partner is owed: its period and due date, then what was submitted, sent and
 * acknowledged by the partner.
 */
@Entity
@Table(name = "partner_report")
public class PartnerReport extends PanacheEntityBase {

    @Id
    private String id;
    @Column(name = "agreement_number")
    private String agreementNumber;
    @Column(name = "project_number")
    private String projectNumber;
    @Column(name = "partner_id")
    private String partnerId;
    private int sequence;
    @Column(name = "final_report")
    private boolean finalReport;
    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "period_end")
    private LocalDate periodEnd;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "submitted_on")
    private LocalDate submittedOn;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "reported_period_start")
    private LocalDate reportedPeriodStart;
    @Column(name = "reported_period_end")
    private LocalDate reportedPeriodEnd;
    @Column(name = "implementation_progress")
    private String implementationProgress;
    private String challenges;
    /** Eager: the service's transaction ends before a resource reads the submission. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_report_risk", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<PartnerReportRisk> risks = new ArrayList<>();
    @Embedded
    private FinancialSummary financialSummary;
    @Column(name = "sent_on")
    private LocalDate sentOn;
    @Column(name = "acknowledged_on")
    private LocalDate acknowledgedOn;
    @Column(name = "acknowledged_by")
    private String acknowledgedBy;
    @Column(name = "due_announced_at")
    private Instant dueAnnouncedAt;
    @Column(name = "overdue_announced_at")
    private Instant overdueAnnouncedAt;

    protected PartnerReport() {
    }

    PartnerReport(PartnerReportSchedule schedule, PartnerReportCalendar.Deadline deadline, boolean finalReport) {
        this.id = schedule.agreementNumber() + "-R" + deadline.sequence();
        this.agreementNumber = schedule.agreementNumber();
        this.projectNumber = schedule.projectNumber();
        this.partnerId = schedule.partnerId();
        this.sequence = deadline.sequence();
        this.finalReport = finalReport;
        this.periodStart = deadline.periodStart();
        this.periodEnd = deadline.periodEnd();
        this.dueOn = deadline.dueOn();
    }

    static List<PartnerReport> ofAgreement(String agreementNumber) {
        return list("agreementNumber = ?1 order by sequence", agreementNumber);
    }

    /**
     * The due dates of an agreement's reports not submitted yet. Only the dates: a report loaded into the persistence
     * context would clash with the one planned again under its id after a bulk delete.
     */
    static List<LocalDate> owedOn(String agreementNumber) {
        return getEntityManager().createQuery("""
                        select r.dueOn from PartnerReport r
                        where r.agreementNumber = :agreementNumber and r.submittedOn is null order by r.sequence""",
                        LocalDate.class)
                .setParameter("agreementNumber", agreementNumber)
                .getResultList();
    }

    void submit(PartnerReportSubmission submission, LocalDate on) {
        submittedOn = on;
        submittedBy = submission.submittedBy();
        reportedPeriodStart = submission.periodStart();
        reportedPeriodEnd = submission.periodEnd();
        implementationProgress = submission.implementationProgress();
        challenges = submission.challenges();
        risks = new ArrayList<>(submission.risks());
        financialSummary = submission.financialSummary();
    }

    void markSent(LocalDate on) {
        sentOn = on;
    }

    void acknowledge(String by, LocalDate on) {
        acknowledgedBy = by;
        acknowledgedOn = on;
    }

    void announceDue(Instant at) {
        dueAnnouncedAt = at;
    }

    void announceOverdue(Instant at) {
        overdueAnnouncedAt = at;
    }

    public boolean submitted() {
        return submittedOn != null;
    }

    public boolean acknowledged() {
        return acknowledgedOn != null;
    }

    /** Whether the submitted period shares a day with {@code start}..{@code end}. */
    boolean reportedPeriodOverlaps(LocalDate start, LocalDate end) {
        return submitted() && !reportedPeriodStart.isAfter(end) && !start.isAfter(reportedPeriodEnd);
    }

    public String id() {
        return id;
    }

    public String agreementNumber() {
        return agreementNumber;
    }

    public String projectNumber() {
        return projectNumber;
    }

    public String partnerId() {
        return partnerId;
    }

    public int sequence() {
        return sequence;
    }

    public boolean finalReport() {
        return finalReport;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public LocalDate reportedPeriodStart() {
        return reportedPeriodStart;
    }

    public LocalDate reportedPeriodEnd() {
        return reportedPeriodEnd;
    }

    public String implementationProgress() {
        return implementationProgress;
    }

    public String challenges() {
        return challenges;
    }

    public List<PartnerReportRisk> risks() {
        return List.copyOf(risks);
    }

    public FinancialSummary financialSummary() {
        return financialSummary;
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    public LocalDate acknowledgedOn() {
        return acknowledgedOn;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }
}
