package org.itu.bdt.portfolio.reporting.platform;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.Optional;

/** The three forms of every report, chosen from the Accept header in the client's order of preference. */
enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON),
    CSV("text/csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    static final String[] MEDIA_TYPES = {JSON.mediaType, CSV.mediaType, XLSX.mediaType};

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    /** JSON for no Accept header or a wildcard; a 406 problem when none of the three is acceptable. */
    static ReportFormat negotiate(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            Optional<ReportFormat> format = Arrays.stream(values())
                    .filter(candidate -> acceptable.isCompatible(MediaType.valueOf(candidate.mediaType)))
                    .findFirst();
            if (format.isPresent()) {
                return format.get();
            }
        }
        throw new NotAcceptableException("Reports are served as " + String.join(", ", MEDIA_TYPES));
    }
}
