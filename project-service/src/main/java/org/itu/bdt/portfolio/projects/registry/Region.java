package org.itu.bdt.portfolio.projects.registry;

public enum Region {
    AFRICA, AMERICAS, ARAB_STATES, ASIA_PACIFIC, CIS, EUROPE, INTER_REGIONAL
}
