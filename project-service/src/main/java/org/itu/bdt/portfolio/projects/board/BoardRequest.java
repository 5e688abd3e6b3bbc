package org.itu.bdt.portfolio.projects.board;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A supplement, closure or guidance a project manager asks the board for; PENDING until a decision settles it. */
@Entity
@Table(name = "board_request")
public class BoardRequest extends PanacheEntityBase {

    /** A deferred request stays PENDING. */
    public enum Status { PENDING, DECIDED }

    static final String REFERENCE_PREFIX = "board-request/";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private AgendaItemKind kind;
    @Column(name = "project_number")
    private String projectNumber;
    private String summary;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_on")
    private LocalDate requestedOn;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Enumerated(EnumType.STRING)
    private BoardOutcome outcome;
    @Column(name = "decided_at")
    private String decidedAt;

    protected BoardRequest() {
    }

    BoardRequest(AgendaItemKind kind, String projectNumber, String summary, String requestedBy, LocalDate requestedOn) {
        this.kind = kind;
        this.projectNumber = projectNumber;
        this.summary = summary;
        this.requestedBy = requestedBy;
        this.requestedOn = requestedOn;
        this.status = Status.PENDING;
    }

    AgendaSuggestion suggestion() {
        return new AgendaSuggestion(kind, projectNumber, summary, REFERENCE_PREFIX + id);
    }

    void settle(BoardOutcome by, String meetingNumber) {
        status = Status.DECIDED;
        outcome = by;
        decidedAt = meetingNumber;
    }

    public Long id() {
        return id;
    }

    public AgendaItemKind kind() {
        return kind;
    }

    public String projectNumber() {
        return projectNumber;
    }

    public String summary() {
        return summary;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public LocalDate requestedOn() {
        return requestedOn;
    }

    public Status status() {
        return status;
    }

    public BoardOutcome outcome() {
        return outcome;
    }

    public String decidedAt() {
        return decidedAt;
    }
}
