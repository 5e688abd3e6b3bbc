package org.itu.bdt.portfolio.projects.board;

import java.util.EnumSet;
import java.util.Set;

/** What the board decides on an item; which outcomes an item admits depends on its kind. */
public enum BoardOutcome {
    APPROVED,
    REJECTED,
    /** Not decided yet: the item comes back at the next meeting. */
    DEFERRED,
    GUIDANCE_GIVEN;

    /** Approvals and rejections are for proposals, supplements and closures; guidance for guidance items. */
    public static Set<BoardOutcome> allowedFor(AgendaItemKind kind) {
        return kind == AgendaItemKind.GUIDANCE ? EnumSet.of(GUIDANCE_GIVEN, DEFERRED) : EnumSet.of(APPROVED, REJECTED, DEFERRED);
    }

    public boolean settles() {
        return this != DEFERRED;
    }
}
