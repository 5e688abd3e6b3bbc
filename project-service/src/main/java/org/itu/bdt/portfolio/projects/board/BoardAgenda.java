package org.itu.bdt.portfolio.projects.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A meeting's agenda: a draft gathered from every {@link AgendaSource} as things stand on the meeting's date, until
 * it is adopted; adoption stores the numbered items, which then never change. Callers own the transaction.
 */
@ApplicationScoped
public class BoardAgenda {

    private static final Comparator<AgendaSuggestion> ORDER = Comparator.comparing(AgendaSuggestion::kind)
            .thenComparing(AgendaSuggestion::projectNumber).thenComparing(AgendaSuggestion::reference);

    private final Instance<AgendaSource> sources;
    private final Clock clock;

    BoardAgenda(Instance<AgendaSource> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    public List<AgendaEntry> of(BoardMeeting meeting) {
        if (!meeting.agendaAdopted()) {
            List<AgendaSuggestion> draft = draft(meeting);
            return IntStream.range(0, draft.size()).mapToObj(i -> draftEntry(i + 1, draft.get(i))).toList();
        }
        Map<Long, BoardOutcome> outcomes = BoardDecision.ofMeeting(meeting.meetingNumber()).stream()
                .collect(Collectors.toMap(decision -> decision.item().id(), BoardDecision::outcome));
        return BoardAgendaItem.ofMeeting(meeting.meetingNumber()).stream()
                .map(item -> new AgendaEntry(item.id(), item.number(), item.kind(), item.projectNumber(),
                        item.subject(), item.reference(), outcomes.get(item.id())))
                .toList();
    }

    /** Stores the draft as the meeting's agenda; adopting an adopted agenda changes nothing. */
    public List<AgendaEntry> adopt(BoardMeeting meeting) {
        if (!meeting.agendaAdopted()) {
            List<AgendaSuggestion> draft = draft(meeting);
            IntStream.range(0, draft.size())
                    .forEach(i -> new BoardAgendaItem(meeting.meetingNumber(), i + 1, draft.get(i)).persist());
            meeting.adoptAgenda(Instant.now(clock));
            BoardAgendaItem.flush();
        }
        return of(meeting);
    }

    /** Every source's business, less what an earlier decision settled (a deferred matter comes back), in order. */
    private List<AgendaSuggestion> draft(BoardMeeting meeting) {
        List<BoardAgendaItem> settled = BoardDecision.settled().stream().map(BoardDecision::item).toList();
        return sources.stream()
                .flatMap(source -> source.suggestionsFor(meeting.meetingDate()).stream())
                .filter(suggestion -> settled.stream().noneMatch(item -> item.concerns(suggestion)))
                .collect(Collectors.toMap(AgendaEntryKey::of, Function.identity(), (first, again) -> first))
                .values().stream().sorted(ORDER).toList();
    }

    private static AgendaEntry draftEntry(int number, AgendaSuggestion suggestion) {
        return new AgendaEntry(null, number, suggestion.kind(), suggestion.projectNumber(), suggestion.subject(),
                suggestion.reference(), null);
    }

    /** Two sources suggesting the same matter put it on the agenda once. */
    private record AgendaEntryKey(AgendaItemKind kind, String projectNumber, String reference) {
        static AgendaEntryKey of(AgendaSuggestion suggestion) {
            return new AgendaEntryKey(suggestion.kind(), suggestion.projectNumber(), suggestion.reference());
        }
    }
}
