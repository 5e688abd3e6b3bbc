package org.itu.bdt.portfolio.kit.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.itu.bdt.portfolio.kit.security.Roles;

import java.util.List;

/** The audit trail of this service, read-only: who changed a thing, when, and from what to what. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail trail;

    AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    public List<AuditEntry> entries(@QueryParam("entity") @NotBlank @Pattern(regexp = "[a-z-]{1,40}") String entity,
                                    @QueryParam("id") @Pattern(regexp = "[^\\x00]{1,100}") String id,
                                    @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return trail.entries(entity, id, limit);
    }
}
