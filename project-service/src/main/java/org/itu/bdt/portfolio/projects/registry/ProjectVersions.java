package org.itu.bdt.portfolio.projects.registry;

import jakarta.ws.rs.core.EntityTag;

/** Project versions as HTTP entity tags. */
final class ProjectVersions {

    private static final long UNMATCHABLE = -1;

    private ProjectVersions() {
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match header asks for: null when absent or "*"; unparseable values match nothing. */
    static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String tag = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return UNMATCHABLE;
        }
    }
}
