package org.itu.bdt.portfolio.reporting.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Figure 4 in exact CHF, amounts as signed. */
public record IctDfProjectsResponse(LocalDate asOf, int year, String currency, List<Line> projects, Total total) {

    public record Line(String projectNumber, String name, String region, String regionLabel,
                       String regionalInitiative, BigDecimal externalFunds, BigDecimal ituFunds, BigDecimal total,
                       List<String> partners) {

        static Line of(IctDfProject project) {
            return new Line(project.projectNumber(), project.name(), project.region().name(),
                    project.region().label(), project.regionalInitiative(), project.externalChf(),
                    project.ituChf(), project.totalChf(), project.partners());
        }
    }

    public record Total(long projects, BigDecimal externalFunds, BigDecimal ituFunds, BigDecimal total) {
    }

    static IctDfProjectsResponse of(LocalDate asOf, int year, List<IctDfProject> projects) {
        BigDecimal external = projects.stream().map(IctDfProject::externalChf)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal itu = projects.stream().map(IctDfProject::ituChf)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new IctDfProjectsResponse(asOf, year, "CHF", projects.stream().map(Line::of).toList(),
                new Total(projects.size(), external, itu, external.add(itu)));
    }
}
