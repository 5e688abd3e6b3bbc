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
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * The portfolio as the source services state it: project-service's GET /api/projects and funding-service's
 * GET /api/agreements/totals, each walked in project-number order a page at a time, asked with reporting-service's
 * own access token (client credentials, kept and renewed by the OIDC client).
 */
@ApplicationScoped
public class SourcePortfolioClient {

    private final SourceClient projectService;
    private final SourceClient fundingService;
    private final String projectServiceUrl;
    private final String fundingServiceUrl;
    private final int projectPage;
    private final int totalsPage;

    SourcePortfolioClient(ObjectMapper json, Tokens tokens,
                   @ConfigProperty(name = "portfolio.project-service.url") String projectServiceUrl,
                   @ConfigProperty(name = "portfolio.funding-service.url") String fundingServiceUrl,
                   @ConfigProperty(name = "portfolio.sources.timeout") Duration timeout,
                   @ConfigProperty(name = "portfolio.project-service.page-size") int projectPage,
                   @ConfigProperty(name = "portfolio.funding-service.page-size") int totalsPage) {
        this.projectService = new SourceClient("project-service", json, timeout, tokens::getAccessToken);
        this.fundingService = new SourceClient("funding-service", json, timeout, tokens::getAccessToken);
        this.projectServiceUrl = projectServiceUrl;
        this.fundingServiceUrl = fundingServiceUrl;
        this.projectPage = projectPage;
        this.totalsPage = totalsPage;
    }

    public SourcePortfolio portfolio(LocalDate asOf) {
        return new SourcePortfolio(asOf, () -> new SourcePages<>(() -> projects(0)),
                () -> new SourcePages<>(() -> funding(asOf, "")));
    }

    /** A page of projects; projectNumber, unique, is the list's order (and its last key whatever the sort). */
    private SourcePages.Page<SourceProject> projects(int page) {
        JsonNode answer = projectService.get(URI.create("%s/api/projects?sort=projectNumber&page=%d&size=%d"
                .formatted(projectServiceUrl, page, projectPage)));
        List<SourceProject> projects = StreamSupport.stream(answer.path("items").spliterator(), false)
                .map(item -> new SourceProject(item.path("projectNumber").asText(),
                        Region.valueOf(item.path("region").asText()),
                        ProjectStatus.valueOf(item.path("status").asText()),
                        date(item.path("signedOn")), date(item.path("startDate"))))
                .toList();
        return new SourcePages.Page<>(projects,
                page + 1 < answer.path("totalPages").asInt() ? () -> projects(page + 1) : null);
    }

    private SourcePages.Page<SourceFunding> funding(LocalDate asOf, String after) {
        JsonNode answer = fundingService.get(URI.create("%s/api/agreements/totals?asOf=%s&limit=%d&after=%s"
                .formatted(fundingServiceUrl, asOf, totalsPage, URLEncoder.encode(after, StandardCharsets.UTF_8))));
        List<SourceFunding> funding = StreamSupport.stream(answer.path("projects").spliterator(), false)
                .map(project -> new SourceFunding(project.path("projectNumber").asText(), lines(project)))
                .toList();
        JsonNode next = answer.path("next");
        return new SourcePages.Page<>(funding, next.isTextual() ? () -> funding(asOf, next.asText()) : null);
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
