package org.itu.bdt.portfolio.projects.domain;

public enum Scope {
    NATIONAL, REGIONAL, INTER_REGIONAL
}
