package org.itu.bdt.portfolio.funding.platform;

/**
 * An enum whose constants travel in JSON as their labels ("un-agency"), not as their names: {@link JsonConfiguration}
 * writes and reads them, so the kit's problem mapper lists the labels when a value is not one of them.
 */
public interface Labelled {
    String label();
}
