package org.itu.bdt.portfolio.projects.lifecycle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itu.bdt.portfolio.projects.lifecycle.TransitionCause.AGREEMENT_SIGNED;
import static org.itu.bdt.portfolio.projects.lifecycle.TransitionCause.BOARD_DECISION;
import static org.itu.bdt.portfolio.projects.lifecycle.TransitionCause.MANUAL;
import static org.itu.bdt.portfolio.projects.registry.ProjectStatus.APPROVED;
import static org.itu.bdt.portfolio.projects.registry.ProjectStatus.CANCELLED;
import static org.itu.bdt.portfolio.projects.registry.ProjectStatus.FINANCIALLY_CLOSED;
import static org.itu.bdt.portfolio.projects.registry.ProjectStatus.ONGOING;
import static org.itu.bdt.portfolio.projects.registry.ProjectStatus.OPERATIONALLY_CLOSED;
import static org.itu.bdt.portfolio.projects.registry.ProjectStatus.PROPOSED;
import static org.itu.bdt.portfolio.projects.registry.ProjectStatus.REJECTED;
import static org.itu.bdt.portfolio.projects.registry.ProjectStatus.SUSPENDED;

class LifecycleTest {

    @Test
    void theBoardApprovesRejectsAndClosesOperationally() {
        assertThat(Lifecycle.causeOf(PROPOSED, APPROVED)).contains(BOARD_DECISION);
        assertThat(Lifecycle.causeOf(PROPOSED, REJECTED)).contains(BOARD_DECISION);
        assertThat(Lifecycle.causeOf(ONGOING, OPERATIONALLY_CLOSED)).contains(BOARD_DECISION);
    }

    @Test
    void onlyTheFirstSignedAgreementStartsAnApprovedProject() {
        assertThat(Lifecycle.causeOf(APPROVED, ONGOING)).contains(AGREEMENT_SIGNED);
        assertThat(Lifecycle.causeOf(PROPOSED, ONGOING)).isEmpty();
    }

    @Test
    void supportOfficersSuspendResumeCancelAndCloseFinancially() {
        assertThat(Lifecycle.causeOf(ONGOING, SUSPENDED)).contains(MANUAL);
        assertThat(Lifecycle.causeOf(SUSPENDED, ONGOING)).contains(MANUAL);
        assertThat(Lifecycle.causeOf(ONGOING, CANCELLED)).contains(MANUAL);
        assertThat(Lifecycle.causeOf(OPERATIONALLY_CLOSED, FINANCIALLY_CLOSED)).contains(MANUAL);
    }

    @Test
    void aProjectIsFinanciallyClosedOnlyAfterItsOperationalClosure() {
        assertThat(Lifecycle.causeOf(ONGOING, FINANCIALLY_CLOSED)).isEmpty();
        assertThat(Lifecycle.stepsFrom(OPERATIONALLY_CLOSED)).containsExactly(new Lifecycle.Step(FINANCIALLY_CLOSED, MANUAL));
    }

    @Test
    void rejectedCancelledAndFinanciallyClosedAreFinal() {
        assertThat(Lifecycle.isFinal(REJECTED)).isTrue();
        assertThat(Lifecycle.isFinal(CANCELLED)).isTrue();
        assertThat(Lifecycle.isFinal(FINANCIALLY_CLOSED)).isTrue();
        assertThat(Lifecycle.isFinal(ONGOING)).isFalse();
    }

    @Test
    void everyStatusMapsToItsIatiActivityStatus() {
        assertThat(PROPOSED.iatiActivityStatus()).isEqualTo("1");
        assertThat(APPROVED.iatiActivityStatus()).isEqualTo("1");
        assertThat(ONGOING.iatiActivityStatus()).isEqualTo("2");
        assertThat(OPERATIONALLY_CLOSED.iatiActivityStatus()).isEqualTo("3");
        assertThat(FINANCIALLY_CLOSED.iatiActivityStatus()).isEqualTo("4");
        assertThat(REJECTED.iatiActivityStatus()).isEqualTo("5");
        assertThat(CANCELLED.iatiActivityStatus()).isEqualTo("5");
        assertThat(SUSPENDED.iatiActivityStatus()).isEqualTo("6");
    }

    @Test
    void anIllegalStepSaysWhatItNeedsAndWhichStepsAreAllowed() {
        IllegalTransitionException needsBoard = new IllegalTransitionException("7EUR24001", PROPOSED, APPROVED, MANUAL);
        IllegalTransitionException fromFinal = new IllegalTransitionException("7EUR24001", REJECTED, APPROVED, MANUAL);

        assertThat(needsBoard).hasMessage("project 7EUR24001 is PROPOSED: APPROVED needs a Project Board decision, "
                + "not a transition request");
        assertThat(needsBoard.allowed()).extracting(Lifecycle.Step::to).containsExactly(APPROVED, REJECTED, CANCELLED);
        assertThat(fromFinal).hasMessage("project 7EUR24001 is REJECTED: it cannot become APPROVED (REJECTED is final)");
        assertThat(fromFinal.allowed()).isEmpty();
    }
}
