package org.itu.bdt.portfolio.funding.partners;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.itu.bdt.portfolio.kit.security.Roles;

import java.util.List;

@Path("/api/partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerResource {
    private final PartnerService partners;

    PartnerResource(PartnerService partners) {
        this.partners = partners;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    public Response register(@NotNull @Valid RegisterPartnerRequest body) {
        Partner partner = partners.register(body.toPartner());
        return Response.created(UriBuilder.fromResource(PartnerResource.class).path(partner.partnerId()).build())
                .entity(PartnerResponse.of(partner))
                .build();
    }

    /** Publishes PartnerUpdated when anything changed; the same change sent again changes nothing. */
    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Path("/{partnerId}")
    public PartnerResponse change(@PathParam("partnerId") String partnerId,
                                  @NotNull @Valid ChangePartnerRequest body) {
        return PartnerResponse.of(partners.change(partnerId, body.name(), body.type(), body.country()));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER, Roles.PARTNER})
    @Path("/{partnerId}")
    public PartnerResponse get(@PathParam("partnerId") String partnerId) {
        return PartnerResponse.of(partners.find(partnerId));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER, Roles.PARTNER})
    public List<PartnerResponse> list() {
        return partners.list().stream().map(PartnerResponse::of).toList();
    }
}
