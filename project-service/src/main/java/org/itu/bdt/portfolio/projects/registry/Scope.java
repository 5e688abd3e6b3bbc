package org.itu.bdt.portfolio.projects.registry;

public enum Scope {
    NATIONAL, REGIONAL, INTER_REGIONAL
}
