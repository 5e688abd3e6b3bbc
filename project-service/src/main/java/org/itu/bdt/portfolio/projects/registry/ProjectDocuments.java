package org.itu.bdt.portfolio.projects.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** Document links must be titled and point somewhere a browser can open: absolute http or https URLs. */
final class ProjectDocuments {

    static final int MAX_TITLE = 300;
    static final int MAX_URL = 2000;

    private ProjectDocuments() {
    }

    static void check(List<ProjectDocument> documents) {
        for (int i = 0; i < documents.size(); i++) {
            ProjectDocument document = documents.get(i);
            String field = "documents[" + i + "]";
            if (document == null) {
                throw new InvalidProjectException(field, "must be an object with title and url");
            }
            if (document.title() == null || document.title().isBlank() || document.title().length() > MAX_TITLE) {
                throw new InvalidProjectException(field + ".title", "must be 1 to " + MAX_TITLE + " characters");
            }
            if (!isWebAddress(document.url())) {
                throw new InvalidProjectException(field + ".url",
                        "must be an absolute http or https URL of at most " + MAX_URL + " characters");
            }
        }
    }

    private static boolean isWebAddress(String url) {
        if (url == null || url.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
