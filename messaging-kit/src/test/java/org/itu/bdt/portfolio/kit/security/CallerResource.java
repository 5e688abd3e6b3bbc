package org.itu.bdt.portfolio.kit.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.itu.bdt.portfolio.kit.problem.ProblemException;
import org.itu.bdt.portfolio.kit.problem.ProblemType;

import java.util.Map;

/** Says who calls, so CallerInAnApplicationTest sees what a service would read from a token. */
@Path("/kit-test/caller")
@Produces(MediaType.APPLICATION_JSON)
public class CallerResource {

    private final Caller caller;

    CallerResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTNER})
    public Map<String, String> who() {
        return Map.of("subject", caller.subject(), "client", caller.client().orElse(""),
                "partner", caller.partner().orElse(""));
    }

    @GET
    @Path("/partners/{partnerId}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTNER})
    public Map<String, String> partner(@PathParam("partnerId") String partnerId) {
        if (!caller.sees(partnerId)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no partner " + partnerId);
        }
        return Map.of("partner", partnerId);
    }

    @GET
    @Path("/admin")
    @RolesAllowed(Roles.ADMIN)
    public Map<String, String> admin() {
        return Map.of("subject", caller.subject());
    }
}
