package org.itu.bdt.portfolio.funding.ictdf;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.funding.Tables;
import org.itu.bdt.portfolio.funding.UnfundedAccount;
import org.itu.bdt.portfolio.kit.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.itu.bdt.portfolio.funding.Requests.post;

/** A hundred ITU lines signed at once against a balance that covers a third of them. */
@QuarkusTest
@TestProfile(UnfundedAccount.class)
class ConcurrentAllocationTest {
    private static final int REQUESTS = 100;
    private static final BigDecimal LINE = new BigDecimal("30.00");

    @TestHTTPResource("/api/agreements")
    URI agreements;
    @Inject
    DataSource dataSource;

    @BeforeEach
    void anAccountOfOneThousandFrancs() {
        UnfundedAccount.empty(dataSource);
        post("/api/ict-df/transfers", """
                {"transferId":"T-SMALL","receivedOn":"2020-01-01","amountChf":1000.00,"source":"test",
                 "reference":"a small balance"}""").statusCode(201);
    }

    @Test
    void aHundredAllocationsAtOnceNeverTakeTheBalanceBelowZero() throws Exception {
        long allocatedEventsBefore = allocatedEvents();

        List<HttpResponse<String>> responses = signAllAtOnce();

        List<HttpResponse<String>> accepted = responses.stream().filter(response -> response.statusCode() == 201)
                .toList();
        List<HttpResponse<String>> refused = responses.stream().filter(response -> response.statusCode() == 409)
                .toList();
        assertThat(accepted).hasSize(33);
        assertThat(refused).hasSize(REQUESTS - 33);
        refused.forEach(response -> {
            JsonPath problem = json(response.body());
            assertThat(problem.getString("type")).isEqualTo("urn:bdt-portfolio:problem:conflict");
            assertThat(problem.getObject("balance", BigDecimal.class)).isLessThan(LINE);
            assertThat(problem.getObject("requested", BigDecimal.class)).isEqualTo(LINE);
        });

        BigDecimal acceptedSum = LINE.multiply(BigDecimal.valueOf(accepted.size()));
        assertThat(acceptedSum).isEqualTo(new BigDecimal("990.00"));
        assertThat(ituLines()).isEqualTo(accepted.size());
        assertThat(allocatedEvents() - allocatedEventsBefore).isEqualTo(accepted.size());
        String today = LocalDate.now().toString();
        assertThat(given().queryParam("asOf", today).when().get("/api/ict-df/account")
                .then().statusCode(200).extract().asString())
                .isEqualTo("{\"asOf\":\"" + today + "\",\"currency\":\"CHF\",\"transfersIn\":1000.00,"
                        + "\"allocated\":990.00,\"balance\":10.00}");
        List<BigDecimal> runningBalances = json(given().queryParam("from", "2020-01-01").queryParam("to", today)
                .when().get("/api/ict-df/statement").then().statusCode(200).extract().asString())
                .getList("lines.balance", BigDecimal.class);
        assertThat(runningBalances).hasSize(1 + accepted.size()).allMatch(balance -> balance.signum() >= 0);
    }

    /** Each request waits at the gate, so all hundred reach the service together; dates spread over January. */
    private List<HttpResponse<String>> signAllAtOnce() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String finance = "Bearer " + Tokens.forRole("finance");
        ExecutorService executor = Executors.newFixedThreadPool(REQUESTS);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                HttpRequest request = HttpRequest.newBuilder(agreements)
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header("Authorization", finance)
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"projectNumber":"7TST0000%d","fundingSource":"ITU","currency":"CHF",
                                 "originalAmount":%s,"signedOn":"2020-01-%02d"}"""
                                .formatted(1 + i % 9, LINE, 1 + i % 31)))
                        .build();
                futures.add(executor.submit(() -> {
                    gate.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            gate.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get(90, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            executor.shutdownNow();
        }
    }

    private static JsonPath json(String body) {
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private long ituLines() {
        return new Tables(dataSource).count("agreement where funding_source = 'ITU'");
    }

    private long allocatedEvents() {
        return new Tables(dataSource).count("outbox_event where event_type = 'int.itu.bdt.portfolio.IctDfAllocated'");
    }
}
