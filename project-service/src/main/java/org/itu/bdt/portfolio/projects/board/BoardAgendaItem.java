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

import java.util.List;

/** One numbered item of an adopted agenda; never changes once stored. */
@Entity
@Table(name = "board_agenda_item")
public class BoardAgendaItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "meeting_number")
    private String meetingNumber;
    @Column(name = "item_number")
    private int number;
    @Enumerated(EnumType.STRING)
    private AgendaItemKind kind;
    @Column(name = "project_number")
    private String projectNumber;
    private String subject;
    private String reference;

    protected BoardAgendaItem() {
    }

    BoardAgendaItem(String meetingNumber, int number, AgendaSuggestion suggestion) {
        this.meetingNumber = meetingNumber;
        this.number = number;
        this.kind = suggestion.kind();
        this.projectNumber = suggestion.projectNumber();
        this.subject = suggestion.subject();
        this.reference = suggestion.reference();
    }

    static List<BoardAgendaItem> ofMeeting(String meetingNumber) {
        return list("meetingNumber = ?1 order by number", meetingNumber);
    }

    public Long id() {
        return id;
    }

    public String meetingNumber() {
        return meetingNumber;
    }

    public int number() {
        return number;
    }

    public AgendaItemKind kind() {
        return kind;
    }

    public String projectNumber() {
        return projectNumber;
    }

    public String subject() {
        return subject;
    }

    public String reference() {
        return reference;
    }

    /** The same matter, whatever meeting it was put to. */
    boolean concerns(AgendaSuggestion suggestion) {
        return kind == suggestion.kind() && projectNumber.equals(suggestion.projectNumber())
                && reference.equals(suggestion.reference());
    }
}
