package org.itu.bdt.portfolio.projects.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.itu.bdt.portfolio.kit.messaging.Outbox;
import org.itu.bdt.portfolio.projects.lifecycle.LifecycleService;
import org.itu.bdt.portfolio.projects.lifecycle.StatusChange;
import org.itu.bdt.portfolio.projects.registry.Project;
import org.itu.bdt.portfolio.projects.registry.ProjectRegistered;
import org.itu.bdt.portfolio.projects.registry.ProjectUpdated;

/** Records project events in the outbox, inside the transaction that changed the project. */
@ApplicationScoped
public class ProjectEvents {

    private final Outbox outbox;
    private final String topic;

    ProjectEvents(Outbox outbox, @ConfigProperty(name = "portfolio.projects.topic") String topic) {
        this.outbox = outbox;
        this.topic = topic;
    }

    void registered(@Observes ProjectRegistered registered) {
        Project project = registered.project();
        outbox.append(topic, project.projectNumber(), EventTypeNames.PROJECT_REGISTERED, ProjectSnapshot.of(project));
    }

    void updated(@Observes ProjectUpdated updated) {
        updated(updated.project());
    }

    /**
     * A step of the history, followed by the new snapshot; a first status (registration, import) is followed by
     * ProjectRegistered, which the registration fires next.
     */
    void statusChanged(@Observes LifecycleService.StatusChanged changed) {
        StatusChange change = changed.change();
        outbox.append(topic, change.projectNumber(), EventTypeNames.PROJECT_STATUS_CHANGED,
                StatusChangeEvent.of(change));
        if (change.from() != null) {
            updated(changed.project());
        }
    }

    private void updated(Project project) {
        outbox.append(topic, project.projectNumber(), EventTypeNames.PROJECT_UPDATED, ProjectSnapshot.of(project));
    }
}
