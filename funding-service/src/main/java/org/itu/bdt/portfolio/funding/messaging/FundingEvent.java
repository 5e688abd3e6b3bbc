package org.itu.bdt.portfolio.funding.messaging;

/** The data object of an event on {@value OutboxWriter#TOPIC}; its project number is the record key. */
public interface FundingEvent {
    String projectNumber();
}
