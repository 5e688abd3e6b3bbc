package org.itu.bdt.portfolio.funding.events;

/** Money paid into the ICT-DF capital account; keyed by the account ("ICT-DF"), not by a project. */
public record IctDfTransferReceived(String transferId, String receivedOn, String amountChf, String source,
                                    String reference) {
}
