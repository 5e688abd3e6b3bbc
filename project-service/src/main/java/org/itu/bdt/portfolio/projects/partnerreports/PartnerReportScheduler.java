package org.itu.bdt.portfolio.projects.partnerreports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.function.IntSupplier;

/**
 * Runs at start and every check interval: plans the next deadlines of schedules whose deadlines have all passed,
 * then announces what is due and what is overdue, in batches of one transaction each.
 */
@ApplicationScoped
public class PartnerReportScheduler {

    private static final Logger LOG = Logger.getLogger(PartnerReportScheduler.class);

    private final PartnerReportScheduleService schedules;
    private final PartnerReportDeadlines deadlines;
    private final PartnerReportTerms terms;

    PartnerReportScheduler(PartnerReportScheduleService schedules, PartnerReportDeadlines deadlines, PartnerReportTerms terms) {
        this.schedules = schedules;
        this.deadlines = deadlines;
        this.terms = terms;
    }

    @Scheduled(identity = "partner-report-deadlines", every = "${portfolio.partner-reports.check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warn("partner-report deadline check failed, the next run catches up", e);
        }
    }

    /** One complete check as of today; returns how many events it wrote. */
    public int run() {
        LocalDate today = terms.today();
        QuarkusTransaction.requiringNew().call(() -> schedules.extendPassed(today));
        int due = inBatches(() -> deadlines.announceDue(today));
        int overdue = inBatches(() -> deadlines.announceOverdue(today));
        if (due + overdue > 0) {
            LOG.infof("partner reports as of %s: %d due, %d overdue announced", today, due, overdue);
        }
        return due + overdue;
    }

    private static int inBatches(IntSupplier batch) {
        int total = 0;
        int announced;
        do {
            announced = QuarkusTransaction.requiringNew().call(batch::getAsInt);
            total += announced;
        } while (announced > 0);
        return total;
    }
}
