package org.itu.bdt.portfolio.projects.api;

/**
 * Who asks for a change. Until the services check JWTs (docs/architecture.md, security), the calling portal names
 * its user in a header; the history records it as given.
 */
final class Actors {

    static final String HEADER = "X-User";
    private static final String UNNAMED = "unnamed caller";

    private Actors() {
    }

    static String of(String header) {
        return header == null || header.isBlank() ? UNNAMED : header.strip();
    }
}
