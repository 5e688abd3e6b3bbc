package org.itu.bdt.portfolio.projects.board;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Body of POST /api/board/meetings. */
public record BoardMeetingRequest(
        @NotNull @Pattern(regexp = "^[A-Z]{2,4}-\\d{4}-\\d{2}[A-Z]?$", message = "must look like PB-2024-11")
        String meetingNumber,
        @NotNull LocalDate meetingDate,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 200) String> attendees) {
}
