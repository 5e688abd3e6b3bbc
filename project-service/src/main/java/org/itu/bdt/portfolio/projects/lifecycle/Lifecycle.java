package org.itu.bdt.portfolio.projects.lifecycle;

import org.itu.bdt.portfolio.projects.registry.ProjectStatus;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

/**
 * The project lifecycle: which status may follow which, and what must cause it. The Project Board approves,
 * rejects and closes; the first signed agreement starts a project; everything else is a support officer's call.
 */
public final class Lifecycle {

    /** One allowed step out of a status, and the cause it needs. */
    public record Step(ProjectStatus to, TransitionCause by) {
    }

    private static final Map<ProjectStatus, Map<ProjectStatus, TransitionCause>> STEPS = new EnumMap<>(ProjectStatus.class);

    static {
        allow(PROPOSED, APPROVED, BOARD_DECISION);
        allow(PROPOSED, REJECTED, BOARD_DECISION);
        allow(PROPOSED, CANCELLED, MANUAL);
        allow(APPROVED, ONGOING, AGREEMENT_SIGNED);
        allow(APPROVED, CANCELLED, MANUAL);
        allow(ONGOING, OPERATIONALLY_CLOSED, BOARD_DECISION);
        allow(ONGOING, SUSPENDED, MANUAL);
        allow(ONGOING, CANCELLED, MANUAL);
        allow(SUSPENDED, ONGOING, MANUAL);
        allow(SUSPENDED, CANCELLED, MANUAL);
        allow(OPERATIONALLY_CLOSED, FINANCIALLY_CLOSED, MANUAL);
    }

    private Lifecycle() {
    }

    /** The cause a step from one status to another needs; empty if the lifecycle never allows it. */
    public static Optional<TransitionCause> causeOf(ProjectStatus from, ProjectStatus to) {
        return Optional.ofNullable(STEPS.getOrDefault(from, Map.of()).get(to));
    }

    /** Every step out of a status, in lifecycle order. */
    public static List<Step> stepsFrom(ProjectStatus from) {
        return STEPS.getOrDefault(from, Map.of()).entrySet().stream()
                .map(step -> new Step(step.getKey(), step.getValue())).toList();
    }

    public static boolean isFinal(ProjectStatus status) {
        return stepsFrom(status).isEmpty();
    }

    private static void allow(ProjectStatus from, ProjectStatus to, TransitionCause by) {
        STEPS.computeIfAbsent(from, status -> new LinkedHashMap<>()).put(to, by);
    }
}
