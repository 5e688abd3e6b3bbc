package org.itu.bdt.portfolio.tools.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {

    @Test
    void eachPercentileIsTheSmallestMeasurementWithThatShareAtOrBelowIt() {
        long[] micros = new long[200];
        for (int i = 0; i < micros.length; i++) {
            micros[i] = (200 - i) * 1_000L;
        }

        Percentiles percentiles = Percentiles.of(micros);

        assertThat(percentiles.millis(50)).isEqualTo(100.0);
        assertThat(percentiles.millis(99)).isEqualTo(198.0);
        assertThat(percentiles.maxMillis()).isEqualTo(200.0);
        assertThat(percentiles).hasToString("p50_ms=100.00 p99_ms=198.00 max_ms=200.00");
    }

    @Test
    void oneMeasurementIsEveryPercentile() {
        assertThat(Percentiles.of(new long[] {1_500}).millis(1)).isEqualTo(1.5);
        assertThat(Percentiles.of(new long[] {1_500}).millis(99)).isEqualTo(1.5);
    }
}
