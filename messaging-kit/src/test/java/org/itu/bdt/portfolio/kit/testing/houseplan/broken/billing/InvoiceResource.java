package org.itu.bdt.portfolio.kit.testing.houseplan.broken.billing;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import org.itu.bdt.portfolio.kit.testing.houseplan.broken.messaging.InvoiceEvents;

/** Breaks the house plan on purpose, for HousePlanTest: transactional, and it reaches into messaging. */
@Path("/house-plan-broken/invoices")
@Transactional
public class InvoiceResource {

    InvoiceEvents events;
}
