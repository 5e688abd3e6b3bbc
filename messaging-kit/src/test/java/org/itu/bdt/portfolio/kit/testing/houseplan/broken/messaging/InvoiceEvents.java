package org.itu.bdt.portfolio.kit.testing.houseplan.broken.messaging;

import org.itu.bdt.portfolio.kit.testing.houseplan.broken.billing.InvoiceResource;

/** Closes a cycle with billing. */
public class InvoiceEvents {

    InvoiceResource resource;
}
