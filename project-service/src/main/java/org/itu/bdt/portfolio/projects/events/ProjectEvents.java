package org.itu.bdt.portfolio.projects.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.itu.bdt.portfolio.projects.domain.Project;

/** Records project events in the outbox; call inside the transaction that changed the project. */
@ApplicationScoped
public class ProjectEvents {

    static final String REGISTERED = "ProjectRegistered";
    static final String UPDATED = "ProjectUpdated";

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
}
