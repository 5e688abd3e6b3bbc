package org.itu.bdt.portfolio.funding.messaging;

/** The data object of an event on {@value Outbox#TOPIC}; its project number is the record key. */
public interface FundingEvent {
    String projectNumber();
}
