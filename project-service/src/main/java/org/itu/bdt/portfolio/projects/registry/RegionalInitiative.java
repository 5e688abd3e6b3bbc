package org.itu.bdt.portfolio.projects.registry;

/** One entry of the regional-initiatives codelist, e.g. ASP5 "Secure and resilient ICT". */
public record RegionalInitiative(String code, String label) {
}
