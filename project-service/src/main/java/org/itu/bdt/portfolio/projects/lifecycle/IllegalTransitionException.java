package org.itu.bdt.portfolio.projects.lifecycle;

import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;
import org.itu.bdt.portfolio.projects.registry.ProjectStatus;

import java.util.List;
import java.util.Map;

/**
 * A status change the lifecycle does not allow, or not for this cause: a 409 problem whose
 * {@code allowedTransitions} lists the steps the project could take instead and what each needs.
 */
public class IllegalTransitionException extends ProblemException {

    private final transient List<Lifecycle.Step> allowed;

    public IllegalTransitionException(String projectNumber, ProjectStatus from, ProjectStatus to, TransitionCause by) {
        this(message(projectNumber, from, to, by), from);
    }

    private IllegalTransitionException(String message, ProjectStatus from) {
        super(ProblemType.ILLEGAL_TRANSITION, message);
        this.allowed = Lifecycle.stepsFrom(from);
    }

    /** An update that tried to set the status instead of asking for a transition. */
    public static IllegalTransitionException throughUpdate(String projectNumber, ProjectStatus from, ProjectStatus to) {
        return new IllegalTransitionException("project " + projectNumber + " is " + from + ": it becomes " + to
                + " through POST /api/projects/" + projectNumber + "/transitions, not through an update", from);
    }

    public List<Lifecycle.Step> allowed() {
        return allowed;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("allowedTransitions", allowed);
    }

    private static String message(String projectNumber, ProjectStatus from, ProjectStatus to, TransitionCause by) {
        String prefix = "project " + projectNumber + " is " + from + ": ";
        return Lifecycle.causeOf(from, to)
                .map(needed -> prefix + to + " needs " + describe(needed) + ", not " + describe(by))
                .orElseGet(() -> prefix + "it cannot become " + to
                        + (Lifecycle.isFinal(from) ? " (" + from + " is final)" : ""));
    }

    private static String describe(TransitionCause cause) {
        return switch (cause) {
            case BOARD_DECISION -> "a Project Board decision";
            case AGREEMENT_SIGNED -> "the signature of its first agreement";
            case MANUAL -> "a transition request";
            case REGISTRATION -> "a registration";
            case IMPORT -> "an import";
        };
    }
}
