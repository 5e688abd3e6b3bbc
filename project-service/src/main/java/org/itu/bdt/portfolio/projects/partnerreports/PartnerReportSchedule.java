package org.itu.bdt.portfolio.projects.partnerreports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.itu.bdt.portfolio.projects.registry.ProjectAgreement;

import java.time.LocalDate;
import java.util.List;

/** How often a partner-funded agreement's partner receives a report, and until when. */
@Entity
@Table(name = "partner_report_schedule")
public class PartnerReportSchedule extends PanacheEntityBase {

    @Id
    @Column(name = "agreement_number")
    private String agreementNumber;
    @Column(name = "project_number")
    private String projectNumber;
    @Column(name = "partner_id")
    private String partnerId;
    @Column(name = "signed_on")
    private LocalDate signedOn;
    @Column(name = "interval_months")
    private int intervalMonths;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private ScheduleEnd endReason;

    protected PartnerReportSchedule() {
    }

    PartnerReportSchedule(ProjectAgreement agreement, int intervalMonths) {
        this.agreementNumber = agreement.agreementNumber();
        this.projectNumber = agreement.projectNumber();
        this.partnerId = agreement.partnerId();
        this.signedOn = agreement.signedOn();
        this.intervalMonths = intervalMonths;
    }

    static List<PartnerReportSchedule> openOf(String projectNumber) {
        return list("projectNumber = ?1 and endedOn is null", projectNumber);
    }

    void changeInterval(int months) {
        intervalMonths = months;
    }

    void end(ScheduleEnd reason, LocalDate on) {
        endReason = reason;
        endedOn = on;
    }

    public boolean ended() {
        return endedOn != null;
    }

    PartnerReport deadline(PartnerReportCalendar.Deadline deadline, boolean finalReport) {
        return new PartnerReport(this, deadline, finalReport);
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

    public LocalDate signedOn() {
        return signedOn;
    }

    public int intervalMonths() {
        return intervalMonths;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public ScheduleEnd endReason() {
        return endReason;
    }
}
