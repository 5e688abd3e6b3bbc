package org.itu.bdt.portfolio.projects.lifecycle;

import java.util.List;

/** A refused status change, with the steps the project could take instead and what each needs. */
public record TransitionProblem(String type, String title, int status, String detail, String instance,
                                List<Lifecycle.Step> allowedTransitions) {
}
