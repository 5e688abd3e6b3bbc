package org.itu.bdt.portfolio.reporting.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.itu.bdt.portfolio.kit.security.Roles;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioByRegion;
import org.itu.bdt.portfolio.reporting.ledger.PortfolioFigures;
import org.itu.bdt.portfolio.reporting.ledger.RegionFigures;
import org.itu.bdt.portfolio.reporting.ledger.RegionLedger;
import org.itu.bdt.portfolio.reporting.platform.ReportResponses;
import org.itu.bdt.portfolio.reporting.platform.ReportTable;

import java.util.List;

import static org.itu.bdt.portfolio.reporting.platform.ReportTable.Kind.THOUSANDS_1;
import static org.itu.bdt.portfolio.reporting.platform.ReportTable.count;
import static org.itu.bdt.portfolio.reporting.platform.ReportTable.money;
import static org.itu.bdt.portfolio.reporting.platform.ReportTable.text;

@RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER})
@Path("/api/reports")
public class PortfolioByRegionResource {

    private final RegionLedger ledger;

    PortfolioByRegionResource(RegionLedger ledger) {
        this.ledger = ledger;
    }

    @GET
    @Path("/portfolio-by-region")
    @Produces({"application/json", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Figure 1: the ongoing portfolio by region as of a date",
            description = "JSON in exact CHF; text/csv the printed Figure 1 in thousand CHF (half-up to 0.1); "
                    + "xlsx both, numbers as numbers")
    public Response portfolioByRegion(
            @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("asOf") String asOf,
            HttpHeaders headers) {
        return ReportResponses.respond(headers, "portfolio-by-region", () -> {
            PortfolioByRegion portfolio = ledger.asOf(ReportResponses.asOf(asOf));
            return new ReportResponses.Report(PortfolioByRegionResponse.of(portfolio), List.of(table(portfolio)));
        });
    }

    /** Figure 1 as printed: thousand CHF, each cell rounded from the exact sum. */
    static ReportTable table(PortfolioByRegion portfolio) {
        var table = new ReportTable("portfolio-by-region", List.of(text("region"), count("projects"),
                money("partner_funding", THOUSANDS_1), money("itu_funding", THOUSANDS_1), money("total", THOUSANDS_1)));
        for (RegionFigures region : portfolio.regions()) {
            row(table, region.region().label(), region.figures());
        }
        return row(table, "Total", portfolio.total());
    }

    private static ReportTable row(ReportTable table, String label, PortfolioFigures figures) {
        return table.row(label, figures.projects(), figures.partnerChf(), figures.ituChf(), figures.totalChf());
    }
}
