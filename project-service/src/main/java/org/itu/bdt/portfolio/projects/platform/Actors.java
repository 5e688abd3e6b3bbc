package org.itu.bdt.portfolio.projects.platform;

/**
 * Who asks for a change. Until the services check JWTs (docs/architecture.md, security), the calling portal names
 * its user in a header; the history records it as given.
 */
public final class Actors {

    public static final String HEADER = "X-User";
    private static final String UNNAMED = "unnamed caller";

    private Actors() {
    }

    public static String of(String header) {
        return header == null || header.isBlank() ? UNNAMED : header.strip();
    }
}
