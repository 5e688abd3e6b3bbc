package org.itu.bdt.portfolio.projects.board;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The board's decision on one agenda item; binding on the project's manager, never changed. */
@Entity
@Table(name = "board_decision")
public class BoardDecision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @OneToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "agenda_item_id")
    private BoardAgendaItem item;
    @Enumerated(EnumType.STRING)
    private BoardOutcome outcome;
    private String text;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected BoardDecision() {
    }

    BoardDecision(BoardAgendaItem item, BoardOutcome outcome, String text, Instant recordedAt) {
        this.item = item;
        this.outcome = outcome;
        this.text = text;
        this.recordedAt = recordedAt;
    }

    static Optional<BoardDecision> onItem(long itemId) {
        return find("item.id", itemId).firstResultOptional();
    }

    public static List<BoardDecision> ofMeeting(String meetingNumber) {
        return list("item.meetingNumber = ?1 order by item.number", meetingNumber);
    }

    /** Decisions that settled their matter: it is not put to the board again. */
    static List<BoardDecision> settled() {
        return list("outcome <> ?1", BoardOutcome.DEFERRED);
    }

    public Long id() {
        return id;
    }

    public BoardAgendaItem item() {
        return item;
    }

    public BoardOutcome outcome() {
        return outcome;
    }

    public String text() {
        return text;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
