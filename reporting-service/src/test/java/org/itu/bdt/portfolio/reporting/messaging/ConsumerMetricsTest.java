package org.itu.bdt.portfolio.reporting.messaging;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.itu.bdt.portfolio.reporting.PortfolioEvent;
import org.itu.bdt.portfolio.reporting.ReadModelExtension;
import org.itu.bdt.portfolio.reporting.ReadModelOutage;
import org.itu.bdt.portfolio.reporting.ReadModelTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.itu.bdt.portfolio.reporting.TestInfrastructure.FUNDING_TOPIC;
import static org.itu.bdt.portfolio.reporting.PortfolioEvent.agreementSigned;

@QuarkusTest
class ConsumerMetricsTest {

    // generous: on a loaded CI machine the consumer may wait out several retries after the outage ends
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String AGE = "portfolio_reporting_newest_event_age_seconds";
    private static final String LAG = "portfolio_reporting_consumer_lag_records";

    @Inject
    ReadModelOutage outage;

    @Inject
    ReadModelTables tables;

    @RegisterExtension
    final ReadModelExtension readModel = new ReadModelExtension();

    @Test
    void theAgeOfTheNewestAppliedEventGrowsWithTimeAndDropsWhenANewerOneIsApplied() throws Exception {
        readModel.apply(agreementSigned("9RAF24401-01", "9RAF24401", "ITU", "10.00", "2024-03-12"));
        double first = await().atMost(PATIENCE).until(() -> sample(AGE, FUNDING_TOPIC), age -> !Double.isNaN(age));

        Thread.sleep(1500);
        long laterSampled = System.nanoTime();
        double later = sample(AGE, FUNDING_TOPIC);
        assertThat(later).isGreaterThan(first + 1);

        readModel.apply(agreementSigned("9RAF24401-02", "9RAF24401", "ITU", "20.00", "2024-03-12"));
        double newest = sample(AGE, FUNDING_TOPIC);
        double elapsed = (System.nanoTime() - laterSampled) / 1e9;
        // the second event was produced at least 1.5 s after the first, so its age lags the first's by as much
        assertThat(newest).isLessThan(later + elapsed - 1);
    }

    @Test
    void anEventWithoutCeTimeIsAppliedAndLeavesTheAgeOfTheNewestAsItWas() {
        readModel.apply(agreementSigned("9RAF24402-01", "9RAF24402", "ITU", "10.00", "2024-03-12"));
        double before = await().atMost(PATIENCE).until(() -> sample(AGE, FUNDING_TOPIC), age -> !Double.isNaN(age));

        PortfolioEvent timeless = agreementSigned("9RAF24402-02", "9RAF24402", "ITU", "20.00", "2024-03-12");
        readModel.producer().sendRaw(FUNDING_TOPIC, timeless.key(), timeless.data(), Map.of(
                "ce_specversion", "1.0", "ce_id", timeless.id().toString(), "ce_type", timeless.type(),
                "ce_source", "/bdt/funding-service", "ce_subject", timeless.key(), "content-type", "application/json"));

        await().atMost(PATIENCE).until(() -> tables.consumedOf(Set.of(timeless.id())) == 1);
        assertThat(tables.rows("agreement_fact")).isEqualTo(2);
        assertThat(sample(AGE, FUNDING_TOPIC)).isGreaterThanOrEqualTo(before);
    }

    @Test
    void theLagCountsRecordsNotYetAppliedAndFallsToZeroOnceTheyAre() {
        List<PortfolioEvent> backlog = IntStream.range(0, 6)
                .mapToObj(n -> agreementSigned("9RAF2450" + n + "-01", "9RAF2450" + n, "ITU", "1.00", "2024-03-12"))
                .toList();
        outage.begin();
        try {
            readModel.producer().send(backlog);
            await().atMost(PATIENCE).until(() -> totalLag(FUNDING_TOPIC) >= backlog.size());
        } finally {
            outage.end();
        }
        await().atMost(PATIENCE).until(() -> totalLag(FUNDING_TOPIC) == 0);
    }

    private static double totalLag(String topic) {
        Matcher lines = Pattern.compile("^" + LAG + "\\{(?=[^}]*topic=\"" + Pattern.quote(topic) + "\")[^}]*} (\\S+)$",
                Pattern.MULTILINE).matcher(metrics());
        double total = 0;
        int partitions = 0;
        while (lines.find()) {
            total += Double.parseDouble(lines.group(1));
            partitions++;
        }
        assertThat(partitions).as("lag gauges of " + topic).isEqualTo(3);
        return total;
    }

    private static double sample(String metric, String topic) {
        Matcher line = Pattern.compile("^" + metric + "\\{topic=\"" + Pattern.quote(topic) + "\"} (\\S+)$",
                Pattern.MULTILINE).matcher(metrics());
        return line.find() ? Double.parseDouble(line.group(1)) : Double.NaN;
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
