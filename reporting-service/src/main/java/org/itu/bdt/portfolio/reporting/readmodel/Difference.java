package org.itu.bdt.portfolio.reporting.readmodel;

/**
 * One figure of one aggregate that the read model and the sources disagree on.
 *
 * @param aggregate the report's aggregate, e.g. portfolio-by-region
 * @param key       which part of it: a region, or a project
 * @param figure    projects, partnerFunding or ituFunding
 * @param expected  the figure from the sources, counted by the reports' rules
 * @param actual    the figure in the read model
 */
public record Difference(String aggregate, String key, String figure, String expected, String actual) {
}
