package org.itu.bdt.portfolio.tools;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The three services' public REST APIs, as a partner portal or a finance system would call them: every call carries
 * the caller's bearer token.
 */
public final class PortfolioApi {

    public record Response(int status, String body) {
        public boolean created() {
            return status == 201;
        }

        public boolean conflict() {
            return status == 409;
        }
    }

    /** Amounts stay exact decimals both ways: no doubles, no trailing zeros stripped (12.50 stays 12.50). */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI projectService;
    private final URI fundingService;
    private final URI reportingService;
    private final Supplier<String> token;

    public PortfolioApi(String projectService, String fundingService, String reportingService, Supplier<String> token) {
        this(URI.create(projectService), URI.create(fundingService), URI.create(reportingService), token);
    }

    private PortfolioApi(URI projectService, URI fundingService, URI reportingService, Supplier<String> token) {
        this.projectService = projectService;
        this.fundingService = fundingService;
        this.reportingService = reportingService;
        this.token = token;
    }

    /** The same APIs called by another caller, with that caller's token. */
    public PortfolioApi as(Supplier<String> callersToken) {
        return new PortfolioApi(projectService, fundingService, reportingService, callersToken);
    }

    public Response registerProject(ObjectNode project) {
        return post(projectService.resolve("/api/projects"), project);
    }

    public Response project(String projectNumber) {
        return get(projectService.resolve("/api/projects/" + projectNumber), "application/json");
    }

    public Response projectHistory(String projectNumber) {
        return get(projectService.resolve("/api/projects/" + projectNumber + "/history"), "application/json");
    }

    /** A support officer's lifecycle step (suspension, cancellation, financial closure). */
    public Response transition(String projectNumber, ObjectNode step) {
        return post(projectService.resolve("/api/projects/" + projectNumber + "/transitions"), step);
    }

    public Response scheduleBoardMeeting(ObjectNode meeting) {
        return post(projectService.resolve("/api/board/meetings"), meeting);
    }

    public Response boardAgenda(String meetingNumber) {
        return get(projectService.resolve("/api/board/meetings/" + meetingNumber + "/agenda"), "application/json");
    }

    public Response adoptBoardAgenda(String meetingNumber) {
        return post(projectService.resolve("/api/board/meetings/" + meetingNumber + "/agenda"), JSON.createObjectNode());
    }

    public Response recordBoardDecision(String meetingNumber, ObjectNode decision) {
        return post(projectService.resolve("/api/board/meetings/" + meetingNumber + "/decisions"), decision);
    }

    /** A supplement, closure or guidance asked of the Project Board. */
    public Response requestBoard(ObjectNode request) {
        return post(projectService.resolve("/api/board/requests"), request);
    }

    public Response registerPartner(ObjectNode partner) {
        return post(fundingService.resolve("/api/partners"), partner);
    }

    /** A finance system's rates file (currency,month,chf_per_unit): all rows are taken, or none. */
    public Response publishExchangeRates(String csv) {
        return post(fundingService.resolve("/api/exchange-rates"), "text/csv", csv);
    }

    public Response signAgreement(ObjectNode agreement) {
        return post(fundingService.resolve("/api/agreements"), agreement);
    }

    /** An atomic batch of financial transactions as CSV; a batch of the largest size may take minutes. */
    public Response importTransactions(String csv, Duration timeout) {
        return send(request(fundingService.resolve("/api/finance/transactions"), "application/json")
                .timeout(timeout)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build());
    }

    public Response agreement(String agreementNumber) {
        return get(fundingService.resolve("/api/agreements/" + agreementNumber), "application/json");
    }

    public Response amend(String agreementNumber, ObjectNode amendment) {
        return post(fundingService.resolve("/api/agreements/" + agreementNumber + "/amendments"), amendment);
    }

    /** Cancels an agreement from a date, for a reason (funding-service's cancellation resource). */
    public Response cancel(String agreementNumber, ObjectNode cancellation) {
        return post(fundingService.resolve("/api/agreements/" + agreementNumber + "/cancellation"), cancellation);
    }

    /** Every agreement of one project, as it stands today. */
    public Response agreementsOf(String projectNumber) {
        return get(fundingService.resolve("/api/agreements?projectNumber=" + projectNumber), "application/json");
    }

    /** The ICT-DF account's movements with the balance after each (every movement since the first). */
    public JsonNode ictDfStatement() {
        return json(get(fundingService.resolve("/api/ict-df/statement"), "application/json"));
    }

    public Response receiveIctDfTransfer(ObjectNode transfer) {
        return post(fundingService.resolve("/api/ict-df/transfers"), transfer);
    }

    public JsonNode ictDfAccount(String asOf) {
        return json(get(fundingService.resolve("/api/ict-df/account?asOf=" + asOf), "application/json"));
    }

    public String portfolioByRegionCsv(String asOf) {
        return get(portfolioByRegion(asOf), "text/csv").body();
    }

    public JsonNode portfolioByRegionJson(String asOf) {
        return json(get(portfolioByRegion(asOf), "application/json"));
    }

    /** reporting-service's comparison of its read model with the sources: {@code differences} empty = reconciled. */
    public JsonNode reconciliation(String asOf) {
        return json(get(reportingService.resolve("/api/admin/reconciliation?asOf=" + asOf), "application/json"));
    }

    public JsonNode startRebuild() {
        return json(post(reportingService.resolve("/api/admin/rebuild"), "application/json", ""));
    }

    public JsonNode rebuild(long id) {
        return json(get(reportingService.resolve("/api/admin/rebuild/" + id), "application/json"));
    }

    /** Any report of reporting-service, e.g. "ictdf-projects?year=2024&asOf=2024-12-31", in the type asked. */
    public String report(String pathAndQuery, String accept) {
        return get(reportingService.resolve("/api/reports/" + pathAndQuery), accept).body();
    }

    public JsonNode reportJson(String pathAndQuery) {
        return json(get(reportingService.resolve("/api/reports/" + pathAndQuery), "application/json"));
    }

    /** Locks an ended quarter's report (admin); a quarter locked already answers 409. */
    public Response lockQuarter(String period) {
        return post(reportingService.resolve("/api/reports/quarterly/" + period + "/lock"), "application/json", "");
    }

    /** What one partner funds, received and risks; a partner's token reads its own only (another's: 404). */
    public Response partnerReport(String partnerId, String asOf) {
        return get(reportingService.resolve("/api/reports/partners/" + partnerId + "?asOf=" + asOf),
                "application/json");
    }

    private URI portfolioByRegion(String asOf) {
        return reportingService.resolve("/api/reports/portfolio-by-region?asOf=" + asOf);
    }

    private static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response post(URI uri, JsonNode body) {
        return post(uri, "application/json", body.toString());
    }

    private Response post(URI uri, String contentType, String body) {
        return send(request(uri, "application/json")
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private Response get(URI uri, String accept) {
        return send(request(uri, accept).GET().build());
    }

    private HttpRequest.Builder request(URI uri, String accept) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
                .header("Authorization", "Bearer " + token.get());
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
