package org.itu.bdt.portfolio.tools.chaos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The services' own gauges while the load runs (docs/operations.md): reporting-service's consumer lag per topic
 * partition and the producers' pending outbox rows, read from /q/metrics; "-" for a service that does not answer.
 */
public final class Gauges {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private Gauges() {
    }

    public static String now() {
        return String.format("lag %s; outbox pending project-service %s, funding-service %s", lag(),
                gauge(8081, "portfolio_outbox_pending"), gauge(8082, "portfolio_outbox_pending"));
    }

    static String lag() {
        String metrics = metrics(8083);
        if (metrics == null) {
            return "-";
        }
        Map<String, String> byPartition = new TreeMap<>();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("portfolio_reporting_consumer_lag_records{")) {
                String labels = line.substring(line.indexOf('{') + 1, line.indexOf('}'));
                String topic = labels.replaceAll(".*topic=\"portfolio\\.([a-z]+)\\.v1\".*", "$1");
                String partition = labels.replaceAll(".*partition=\"(\\d+)\".*", "$1");
                byPartition.put(topic + "-" + partition, line.substring(line.lastIndexOf(' ') + 1).replace(".0", ""));
            }
        }
        return byPartition.toString();
    }

    private static String gauge(int port, String name) {
        String metrics = metrics(port);
        if (metrics == null) {
            return "-";
        }
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return line.substring(line.lastIndexOf(' ') + 1).replace(".0", "");
            }
        }
        return "?";
    }

    private static String metrics(int port) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/q/metrics"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
