package org.itu.bdt.portfolio.projects.board;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.itu.bdt.portfolio.kit.security.Roles;

import java.net.URI;
import java.util.List;

@Path("/api/board/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project Board")
public class BoardMeetingResource {

    private final BoardService meetings;
    private final BoardActionService actions;

    BoardMeetingResource(BoardService meetings, BoardActionService actions) {
        this.meetings = meetings;
        this.actions = actions;
    }

    @POST
    @Operation(summary = "Schedule a board meeting", description = "A taken meeting number is a 409.")
    @APIResponse(responseCode = "201", description = "Scheduled",
            content = @Content(schema = @Schema(implementation = BoardMeetingResponse.class)))
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    public Response schedule(@NotNull @Valid BoardMeetingRequest body) {
        BoardMeeting meeting = meetings.schedule(body.meetingNumber(), body.meetingDate(), body.attendees());
        return Response.created(URI.create("/api/board/meetings/" + meeting.meetingNumber()))
                .entity(BoardMeetingResponse.of(meeting)).build();
    }

    @GET
    @Operation(summary = "Every board meeting, by date")
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
    public List<BoardMeetingResponse> list() {
        return meetings.all().stream().map(BoardMeetingResponse::of).toList();
    }

    @GET
    @Path("{meetingNumber}")
    @Operation(summary = "One board meeting")
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
    public BoardMeetingResponse find(@PathParam("meetingNumber") String meetingNumber) {
        return BoardMeetingResponse.of(meetings.find(meetingNumber));
    }

    @GET
    @Path("{meetingNumber}/agenda")
    @Operation(summary = "A meeting's agenda", description = """
            Until adopted, a DRAFT gathered from every agenda source as things stand on the meeting's date: \
            proposals awaiting approval, pending requests, ongoing projects past their end date, overdue partner \
            reports. Items without ids; a matter an earlier decision settled is left out, a deferred one comes back. \
            Once adopted: the stored items, with their ids and outcomes.""")
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
    public BoardAgendaResponse agenda(@PathParam("meetingNumber") String meetingNumber) {
        return BoardAgendaResponse.of(meetings.agendaOf(meetingNumber));
    }

    @POST
    @Path("{meetingNumber}/agenda")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Adopt a meeting's agenda", description = """
            Stores the draft as it stands: its items get ids and never change again; decisions are recorded \
            against them. Adopting an adopted agenda changes nothing.""")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    public BoardAgendaResponse adopt(@PathParam("meetingNumber") String meetingNumber) {
        return BoardAgendaResponse.of(meetings.adopt(meetingNumber));
    }

    @POST
    @Path("{meetingNumber}/decisions")
    @Operation(summary = "Record the board's decision on an item of the meeting's adopted agenda", description = """
            A proposal approved becomes APPROVED, rejected REJECTED; a closure approved makes the project \
            OPERATIONALLY_CLOSED; all dated the meeting's date, by "Project Board <meetingNumber>". An item of another \
            meeting or an outcome its kind does not admit is a 422, a second decision on an item a 409, a refused \
            lifecycle step the 409 illegal-transition problem; nothing is stored then. Emits BoardDecisionRecorded, \
            one BoardActionChanged per action, and the project's ProjectStatusChanged and ProjectUpdated if it moved.""")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = BoardDecisionResponse.class)))
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    public Response decide(@PathParam("meetingNumber") String meetingNumber,
                           @NotNull @Valid BoardDecisionRequest body) {
        BoardDecisions.DecisionRecorded recorded = meetings.decide(meetingNumber, body.itemId(), body.outcome(),
                body.text(), body.actionTerms());
        return Response.created(URI.create("/api/board/meetings/" + meetingNumber + "/decisions"))
                .entity(BoardDecisionResponse.of(recorded.decision(), recorded.actions(), actions.today())).build();
    }

    @GET
    @Path("{meetingNumber}/decisions")
    @Operation(summary = "A meeting's decisions, in agenda order")
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
    public List<BoardDecisionResponse> decisions(@PathParam("meetingNumber") String meetingNumber) {
        return meetings.decisionsOf(meetingNumber).stream()
                .map(recorded -> BoardDecisionResponse.of(recorded.decision(), recorded.actions(), actions.today()))
                .toList();
    }
}
