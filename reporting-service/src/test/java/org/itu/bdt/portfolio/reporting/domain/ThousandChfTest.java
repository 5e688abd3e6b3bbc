package org.itu.bdt.portfolio.reporting.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ThousandChfTest {

    @ParameterizedTest(name = "{0} CHF prints as {1}")
    @CsvSource({
            "26548450.00, 26548.5",
            "341960.00, 342.0",
            "0.00, 0.0",
            "49.99, 0.0",
            "50.00, 0.1",
            "1516750.00, 1516.8",
            "1516749.99, 1516.7",
            "-3350.00, -3.4",
            "90460000.00, 90460.0"
    })
    void roundsHalfUpToATenthOfAThousandAndAlwaysPrintsOneDecimal(String chf, String printed) {
        assertThat(ThousandChf.of(new BigDecimal(chf)).toString()).isEqualTo(printed);
    }
}
