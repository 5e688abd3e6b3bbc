package org.itu.bdt.portfolio.kit.testing.houseplan.clean.billing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A service laid out to the house plan, for HousePlanTest. */
@Path("/house-plan-clean/invoices")
public class InvoiceResource {

    private final InvoiceService invoices = new InvoiceService();

    @GET
    @RolesAllowed("viewer")
    public String total() {
        return invoices.total();
    }
}
