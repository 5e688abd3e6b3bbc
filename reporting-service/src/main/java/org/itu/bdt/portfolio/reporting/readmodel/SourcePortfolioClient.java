package org.itu.bdt.portfolio.reporting.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.itu.bdt.portfolio.reporting.ledger.AgreementKind;
import org.itu.bdt.portfolio.reporting.ledger.ContributionType;
import org.itu.bdt.portfolio.reporting.ledger.FundingSource;
import org.itu.bdt.portfolio.reporting.ledger.ProjectStatus;
import org.itu.bdt.portfolio.reporting.ledger.Region;
import org.itu.bdt.portfolio.reporting.platform.SourceClient;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * The portfolio as the source services state it: every project page of project-service's GET /api/projects and
 * every page of funding-service's GET /api/agreements/totals, asked with reporting-service's own access token
 * (client credentials, kept and renewed by the OIDC client).
 */
@ApplicationScoped
public class SourcePortfolioClient {

    private static final int PROJECT_PAGE = 200;
    private static final int TOTALS_PAGE = 1000;

    private final SourceClient projectService;
    private final SourceClient fundingService;
    private final String projectServiceUrl;
    private final String fundingServiceUrl;

    SourcePortfolioClient(ObjectMapper json, Tokens tokens,
                   @ConfigProperty(name = "portfolio.project-service.url") String projectServiceUrl,
                   @ConfigProperty(name = "portfolio.funding-service.url") String fundingServiceUrl,
                   @ConfigProperty(name = "portfolio.sources.timeout") Duration timeout) {
        this.projectService = new SourceClient("project-service", json, timeout, tokens::getAccessToken);
        this.fundingService = new SourceClient("funding-service", json, timeout, tokens::getAccessToken);
        this.projectServiceUrl = projectServiceUrl;
        this.fundingServiceUrl = fundingServiceUrl;
    }

    public SourcePortfolio portfolio(LocalDate asOf) {
        return new SourcePortfolio(asOf, projects(), funding(asOf));
    }

    private Map<String, SourceProject> projects() {
        Map<String, SourceProject> projects = new HashMap<>();
        for (int page = 0, pages = 1; page < pages; page++) {
            JsonNode answer = projectService.get(URI.create("%s/api/projects?page=%d&size=%d"
                    .formatted(projectServiceUrl, page, PROJECT_PAGE)));
            pages = answer.path("totalPages").asInt();
            for (JsonNode item : answer.path("items")) {
                SourceProject project = new SourceProject(item.path("projectNumber").asText(),
                        Region.valueOf(item.path("region").asText()),
                        ProjectStatus.valueOf(item.path("status").asText()),
                        date(item.path("signedOn")), date(item.path("startDate")));
                projects.put(project.projectNumber(), project);
            }
        }
        return projects;
    }

    private Map<String, SourceFunding> funding(LocalDate asOf) {
        Map<String, SourceFunding> funding = new HashMap<>();
        String after = "";
        while (after != null) {
            JsonNode answer = fundingService.get(URI.create("%s/api/agreements/totals?asOf=%s&limit=%d&after=%s"
                    .formatted(fundingServiceUrl, asOf, TOTALS_PAGE,
                            URLEncoder.encode(after, StandardCharsets.UTF_8))));
            for (JsonNode project : answer.path("projects")) {
                SourceFunding totals = new SourceFunding(project.path("projectNumber").asText(), lines(project));
                funding.put(totals.projectNumber(), totals);
            }
            after = answer.path("next").isTextual() ? answer.path("next").asText() : null;
        }
        return funding;
    }

    private static List<SourceFunding.Line> lines(JsonNode project) {
        return StreamSupport.stream(project.path("lines").spliterator(), false)
                .map(line -> new SourceFunding.Line(FundingSource.valueOf(line.path("fundingSource").asText()),
                        AgreementKind.valueOf(line.path("kind").asText()),
                        ContributionType.valueOf(line.path("contribution").asText()),
                        line.path("chfInEffect").decimalValue()))
                .toList();
    }

    private static LocalDate date(JsonNode value) {
        return value.isTextual() ? LocalDate.parse(value.asText()) : null;
    }
}
