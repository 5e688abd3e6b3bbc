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
import java.util.List;

/** A follow-up action a decision sets: someone must do something by a date; the support division checks it. */
@Entity
@Table(name = "board_action")
public class BoardAction extends PanacheEntityBase {

    /** OPEN until its owner reports it done. */
    public enum Status { OPEN, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "decision_id")
    private Long decisionId;
    @Column(name = "project_number")
    private String projectNumber;
    private String description;
    private String owner;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Column(name = "completion_note")
    private String completionNote;

    protected BoardAction() {
    }

    BoardAction(BoardDecision decision, BoardActionTerms terms) {
        this.decisionId = decision.id();
        this.projectNumber = decision.item().projectNumber();
        this.description = terms.description();
        this.owner = terms.owner();
        this.dueOn = terms.dueOn();
        this.status = Status.OPEN;
    }

    public static List<BoardAction> ofDecision(long decisionId) {
        return list("decisionId = ?1 order by id", decisionId);
    }

    void complete(LocalDate on, String note) {
        status = Status.DONE;
        completedOn = on;
        completionNote = note;
    }

    /** Open and past its due date, as of {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status == Status.OPEN && dueOn.isBefore(today);
    }

    public Long id() {
        return id;
    }

    public Long decisionId() {
        return decisionId;
    }

    public String projectNumber() {
        return projectNumber;
    }

    public String description() {
        return description;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String completionNote() {
        return completionNote;
    }
}
