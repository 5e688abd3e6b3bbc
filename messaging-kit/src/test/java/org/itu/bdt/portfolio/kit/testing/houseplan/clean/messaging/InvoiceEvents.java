package org.itu.bdt.portfolio.kit.testing.houseplan.clean.messaging;

import org.itu.bdt.portfolio.kit.messaging.Outbox;
import org.itu.bdt.portfolio.kit.testing.houseplan.clean.billing.InvoiceService;

/** Messaging may use the kit and the features. */
public class InvoiceEvents {

    Outbox outbox;
    InvoiceService invoices;
}
