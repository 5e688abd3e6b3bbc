package org.itu.bdt.portfolio.kit.testing.houseplan.broken.billing;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.itu.bdt.portfolio.kit.testing.houseplan.broken.messaging.InvoiceEvents;

/** Breaks the house plan on purpose, for HousePlanTest: transactional, it reaches into messaging,
 * and its endpoint does not say who may call it. */
@Path("/house-plan-broken/invoices")
@Transactional
public class InvoiceResource {

    InvoiceEvents events;

    @GET
    public String total() {
        return "0";
    }
}
