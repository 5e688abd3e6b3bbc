package org.itu.bdt.portfolio.projects.board;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A monthly meeting of the BDT Project Board, named by its number (e.g. PB-2024-11). */
@Entity
@Table(name = "board_meeting")
public class BoardMeeting extends PanacheEntityBase {

    @Id
    @Column(name = "meeting_number")
    private String meetingNumber;
    @Column(name = "meeting_date")
    private LocalDate meetingDate;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "board_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_number"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> attendees = new ArrayList<>();
    @Column(name = "agenda_adopted_at")
    private Instant agendaAdoptedAt;

    protected BoardMeeting() {
    }

    public BoardMeeting(String meetingNumber, LocalDate meetingDate, List<String> attendees) {
        this.meetingNumber = meetingNumber;
        this.meetingDate = meetingDate;
        this.attendees = new ArrayList<>(attendees);
    }

    /** The name a Project Board decision is recorded under in a project's history. */
    public String actor() {
        return "Project Board " + meetingNumber;
    }

    public boolean agendaAdopted() {
        return agendaAdoptedAt != null;
    }

    void adoptAgenda(Instant at) {
        agendaAdoptedAt = at;
    }

    public String meetingNumber() {
        return meetingNumber;
    }

    public LocalDate meetingDate() {
        return meetingDate;
    }

    public List<String> attendees() {
        return List.copyOf(attendees);
    }

    public Instant agendaAdoptedAt() {
        return agendaAdoptedAt;
    }
}
