package org.itu.bdt.portfolio.projects.partnerreports;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.itu.bdt.portfolio.projects.platform.Problem.FieldError;
import org.itu.bdt.portfolio.projects.platform.ProblemMapper;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** Partner reports' failures as problem details, in the catalogue of {@link ProblemMapper}. */
public class PartnerReportProblemMapper {

    @ServerExceptionMapper
    public Response invalidPartnerReport(InvalidPartnerReportException e, UriInfo uri) {
        return ProblemMapper.validationFailed(uri, List.of(new FieldError(e.field(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response partnerReportNotFound(PartnerReportNotFoundException e, UriInfo uri) {
        return ProblemMapper.problem(404, "not-found", "Not found", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response partnerReportConflict(PartnerReportConflictException e, UriInfo uri) {
        return ProblemMapper.problem(409, e.slug(), "Conflict", e.getMessage(), uri, null);
    }
}
