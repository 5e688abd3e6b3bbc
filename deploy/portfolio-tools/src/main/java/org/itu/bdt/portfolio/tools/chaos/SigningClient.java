package org.itu.bdt.portfolio.tools.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.itu.bdt.portfolio.tools.PortfolioApi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.ConnectException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One of the load's clients, a finance system signing agreements for the chaos projects it owns (one per region):
 * partner agreements in mixed currencies, ITU lines funded by the ICT-DF, amendments and cancellations, one call at
 * a time at a steady pace. Each answer is booked in its project's ledger; an answer lost to a fault (reset
 * connection, timeout, 5xx) is settled by reading funding-service until it tells whether the change was stored.
 */
public final class SigningClient implements Runnable {

    private static final List<String> PARTNERS = List.of("EC", "JP-MIC", "UNDRR", "WMO", "KZ-MDDIAI");
    /** CHF per unit of each currency: the rates the run publishes for every month of the year it signs in. */
    static final Map<String, BigDecimal> RATES = Map.of("CHF", BigDecimal.ONE, "EUR", new BigDecimal("0.937150"),
            "USD", new BigDecimal("0.884210"), "JPY", new BigDecimal("0.005873"), "AUD", new BigDecimal("0.577340"),
            "KRW", new BigDecimal("0.000641"));
    private static final List<String> CURRENCIES = List.of("CHF", "EUR", "USD", "JPY", "AUD", "KRW");
    private static final long SETTLE_GIVE_UP_NANOS = TimeUnit.MINUTES.toNanos(5);

    private final int number;
    private final PortfolioApi api;
    private final List<ProjectLedger> projects;
    private final LoadTally tally;
    private final long pauseNanos;
    private final BooleanSupplier stopped;
    private final Random random;
    private final List<AcceptedAgreement> mine = new ArrayList<>();
    private final LocalDate today;
    private final String runId;
    private int sequence;

    public SigningClient(int number, String runId, PortfolioApi api, List<ProjectLedger> projects, LoadTally tally,
                         double operationsPerSecond, LocalDate today, BooleanSupplier stopped) {
        this.number = number;
        this.runId = runId;
        this.api = api;
        this.projects = projects;
        this.tally = tally;
        this.pauseNanos = (long) (1_000_000_000L / operationsPerSecond);
        this.today = today;
        this.stopped = stopped;
        this.random = new Random(31L * number + runId.hashCode());
    }

    @Override
    public void run() {
        long next = System.nanoTime();
        while (!stopped.getAsBoolean()) {
            try {
                next();
            } catch (RuntimeException e) {
                System.err.printf("client %d: %s%n", number, e);
            }
            next += pauseNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                sleep(wait / 1_000_000);
            } else {
                next = System.nanoTime();
            }
        }
    }

    private void next() {
        double dice = random.nextDouble();
        List<AcceptedAgreement> amendable = mine.stream().filter(a -> !a.amended && !a.cancelled).toList();
        if (dice < 0.10 && !amendable.isEmpty()) {
            amend(amendable.get(random.nextInt(amendable.size())));
        } else if (dice < 0.16 && !amendable.isEmpty()) {
            List<AcceptedAgreement> partnerLines = amendable.stream().filter(a -> !a.funding.itu()).toList();
            if (!partnerLines.isEmpty()) {
                cancel(partnerLines.get(random.nextInt(partnerLines.size())));
            }
        } else if (dice < 0.30) {
            sign(projects.get(random.nextInt(projects.size())), ChaosProject.Funding.ICT_DF);
        } else {
            sign(projects.get(random.nextInt(projects.size())),
                    new ChaosProject.Funding(PARTNERS.get(random.nextInt(PARTNERS.size()))));
        }
    }

    private void sign(ProjectLedger ledger, ChaosProject.Funding funding) {
        String agreementNumber = String.format("%s-%s%d-%05d", ledger.project().projectNumber(), runId, number,
                ++sequence);
        LocalDate signedOn = LocalDate.of(today.getYear(), 1, 10).plusDays(random.nextInt(300));
        String currency = funding.itu() ? "CHF" : CURRENCIES.get(random.nextInt(CURRENCIES.size()));
        BigDecimal amount = funding.itu() ? chf(1_000, 20_000) : amountIn(currency);
        ObjectNode body = PortfolioApi.JSON.createObjectNode()
                .put("agreementNumber", agreementNumber)
                .put("projectNumber", ledger.project().projectNumber())
                .put("partnerId", funding.partnerId())
                .put("fundingSource", funding.itu() ? "ITU" : "PARTNER")
                .put("currency", currency)
                .put("originalAmount", amount)
                .put("signedOn", signedOn.toString());
        // in flight at the CHF amount the run's rate gives; booked at the amount funding-service answers
        ledger.begin(ledger.project().contribution(funding, inChf(currency, amount)));
        Outcome outcome = call(() -> api.signAgreement(body));
        JsonNode stored = outcome.body;
        if (outcome.lost()) {
            stored = settle(() -> api.agreement(agreementNumber), found -> found);
        }
        if (stored == null) {
            ledger.notApplied();
            countRefusal(outcome, funding.itu());
            return;
        }
        BigDecimal chf = stored.get("chfAmount").decimalValue();
        AcceptedAgreement agreement = new AcceptedAgreement(agreementNumber, ledger, funding, signedOn, currency,
                amount, chf);
        ledger.begin(agreement.contribution(chf));
        ledger.applied();
        mine.add(agreement);
        tally.accepted(agreement);
        tally.signed.incrementAndGet();
        if (funding.itu()) {
            tally.ituLines.incrementAndGet();
        }
    }

    private void amend(AcceptedAgreement agreement) {
        String amendmentId = agreement.agreementNumber + "-A1";
        BigDecimal newAmount = agreement.originalAmount
                .multiply(BigDecimal.valueOf(50 + random.nextInt(100)))
                .divide(BigDecimal.valueOf(100), agreement.originalAmount.scale(), RoundingMode.HALF_UP);
        ObjectNode body = PortfolioApi.JSON.createObjectNode()
                .put("amendmentId", amendmentId)
                .put("effectiveOn", laterThan(agreement.signedOn).toString())
                .put("newOriginalAmount", newAmount)
                .put("reason", "chaos run " + runId + ": revised work plan");
        agreement.ledger.begin(agreement.contribution(
                inChf(agreement.currency, newAmount).subtract(agreement.chfInForce)));
        Outcome outcome = call(() -> api.amend(agreement.agreementNumber, body));
        BigDecimal newChf = outcome.body == null ? null : outcome.body.path("newChfAmount").decimalValue();
        if (outcome.lost()) {
            newChf = settle(() -> api.agreement(agreement.agreementNumber), found -> {
                for (JsonNode amendment : found.path("amendments")) {
                    if (amendment.path("amendmentId").asText().equals(amendmentId)) {
                        return amendment.path("newChfAmount").decimalValue();
                    }
                }
                return null;
            });
        }
        if (newChf == null) {
            agreement.ledger.notApplied();
            countRefusal(outcome, agreement.funding.itu());
            agreement.amended = outcome.status / 100 == 4; // a refused amendment is not tried again
            return;
        }
        agreement.ledger.begin(agreement.contribution(newChf.subtract(agreement.chfInForce)));
        agreement.ledger.applied();
        agreement.chfInForce = newChf;
        agreement.amended = true;
        tally.amendments.incrementAndGet();
    }

    private void cancel(AcceptedAgreement agreement) {
        ObjectNode body = PortfolioApi.JSON.createObjectNode()
                .put("cancelledOn", laterThan(agreement.signedOn).toString())
                .put("reason", "chaos run " + runId + ": partner withdrew");
        agreement.ledger.begin(agreement.contribution(agreement.chfInForce.negate()));
        Outcome outcome = call(() -> api.cancel(agreement.agreementNumber, body));
        Boolean cancelled = outcome.body == null ? null : Boolean.TRUE;
        if (outcome.lost()) {
            cancelled = settle(() -> api.agreement(agreement.agreementNumber),
                    found -> "CANCELLED".equals(found.path("status").asText()) ? Boolean.TRUE : null);
        }
        if (cancelled == null) {
            agreement.ledger.notApplied();
            countRefusal(outcome, false);
            agreement.cancelled = outcome.status / 100 == 4;
            return;
        }
        agreement.ledger.applied();
        agreement.cancelled = true;
        tally.cancellations.incrementAndGet();
    }

    /** An answer: 2xx with its body, a refusal (4xx, or a connection never made), or lost (maybe stored). */
    private record Outcome(int status, JsonNode body, boolean lost) {
    }

    private Outcome call(java.util.function.Supplier<PortfolioApi.Response> request) {
        try {
            PortfolioApi.Response response = request.get();
            if (response.status() / 100 == 2) {
                return new Outcome(response.status(), read(response.body()), false);
            }
            return new Outcome(response.status(), null, response.status() >= 500);
        } catch (UncheckedIOException e) {
            // a connection refused was never sent: nothing stored; anything else may have been
            return new Outcome(0, null, !(e.getCause() instanceof ConnectException));
        }
    }

    /** Reads funding-service until it answers whether the change is stored: the value found, or null if not. */
    private <T> T settle(java.util.function.Supplier<PortfolioApi.Response> read,
                         java.util.function.Function<JsonNode, T> found) {
        tally.answersLost.incrementAndGet();
        long deadline = System.nanoTime() + SETTLE_GIVE_UP_NANOS;
        while (System.nanoTime() < deadline) {
            try {
                PortfolioApi.Response response = read.get();
                if (response.status() == 200) {
                    T value = found.apply(read(response.body()));
                    if (value != null) {
                        tally.foundStored.incrementAndGet();
                    }
                    return value;
                }
                if (response.status() == 404) {
                    return null;
                }
            } catch (UncheckedIOException e) {
                // funding-service still down: ask again
            }
            sleep(500);
        }
        System.err.printf("client %d: could not settle a lost answer within 5 min%n", number);
        return null;
    }

    private void countRefusal(Outcome outcome, boolean ituLine) {
        if (outcome.status / 100 == 4) {
            tally.refused.incrementAndGet();
            if (ituLine && outcome.status == 409) {
                tally.ituRefused.incrementAndGet();
            }
        } else {
            tally.unavailable.incrementAndGet();
        }
    }

    private static BigDecimal inChf(String currency, BigDecimal amount) {
        return amount.multiply(RATES.get(currency)).setScale(2, RoundingMode.HALF_UP);
    }

    private LocalDate laterThan(LocalDate signedOn) {
        LocalDate date = signedOn.plusDays(1 + random.nextInt(30));
        return date.isAfter(today) ? today : date;
    }

    private BigDecimal chf(int from, int to) {
        return BigDecimal.valueOf(from * 100L + (long) (random.nextDouble() * (to - from) * 100), 2);
    }

    private BigDecimal amountIn(String currency) {
        return switch (currency) {
            case "JPY" -> BigDecimal.valueOf(150_000L * (10 + random.nextInt(3_000)));
            case "KRW" -> BigDecimal.valueOf(1_300_000L * (10 + random.nextInt(3_000)));
            default -> chf(5_000, 500_000);
        };
    }

    private static JsonNode read(String body) {
        try {
            return PortfolioApi.JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
