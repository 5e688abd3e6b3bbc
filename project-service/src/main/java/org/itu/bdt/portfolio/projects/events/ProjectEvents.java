package org.itu.bdt.portfolio.projects.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.event.Observes;
import org.itu.bdt.portfolio.projects.domain.Project;
import org.itu.bdt.portfolio.projects.domain.ProjectTransitions;
import org.itu.bdt.portfolio.projects.domain.StatusChange;

/** Records project events in the outbox; call inside the transaction that changed the project. */
@ApplicationScoped
public class ProjectEvents {

    static final String REGISTERED = "ProjectRegistered";
    static final String UPDATED = "ProjectUpdated";
    static final String STATUS_CHANGED = "ProjectStatusChanged";

    private final Outbox outbox;
    private final String topic;

    ProjectEvents(Outbox outbox, @ConfigProperty(name = "portfolio.projects.topic") String topic) {
        this.outbox = outbox;
        this.topic = topic;
    }

    public void registered(Project project) {
        outbox.append(topic, project.projectNumber(), REGISTERED, ProjectSnapshot.of(project));
    }

    public void updated(Project project) {
        outbox.append(topic, project.projectNumber(), UPDATED, ProjectSnapshot.of(project));
    }

    /**
     * A step of the history, followed by the new snapshot; a first status (registration, import) is followed by
     * ProjectRegistered, which its caller appends.
     */
    void statusChanged(@Observes ProjectTransitions.StatusChanged changed) {
        StatusChange change = changed.change();
        outbox.append(topic, change.projectNumber(), STATUS_CHANGED, StatusChangeEvent.of(change));
        if (change.from() != null) {
            updated(changed.project());
        }
    }
}
