package org.itu.bdt.portfolio.reporting.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.itu.bdt.portfolio.reporting.domain.PortfolioByRegion;
import org.itu.bdt.portfolio.reporting.domain.RegionLedger;

@Path("/api/reports/portfolio-by-region")
public class PortfolioByRegionResource {

    private static final MediaType CSV = MediaType.valueOf(PortfolioByRegionCsv.MEDIA_TYPE);

    private final RegionLedger ledger;

    PortfolioByRegionResource(RegionLedger ledger) {
        this.ledger = ledger;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, PortfolioByRegionCsv.MEDIA_TYPE})
    @Operation(summary = "The ongoing portfolio by region as of a date",
            description = "JSON in exact CHF, or with Accept: text/csv the printed Figure 1 in thousand CHF")
    public Response portfolioByRegion(
            @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("asOf") String asOf,
            HttpHeaders headers) {
        PortfolioByRegion portfolio = ledger.asOf(ReportDates.asOf(asOf));
        if (prefersCsv(headers)) {
            return Response.ok(PortfolioByRegionCsv.of(portfolio), CSV).build();
        }
        return Response.ok(PortfolioByRegionResponse.of(portfolio), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** JSON unless the client's most preferred acceptable type is CSV. */
    private static boolean prefersCsv(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .filter(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(CSV))
                .findFirst()
                .map(type -> !type.isCompatible(MediaType.APPLICATION_JSON_TYPE))
                .orElse(false);
    }
}
