package org.itu.bdt.portfolio.reporting.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayedTest {

    @ParameterizedTest(name = "{0} CHF prints as {1} thousand")
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
    void thousandsRoundHalfUpToATenthAndAlwaysPrintOneDecimal(String chf, String printed) {
        assertThat(Displayed.thousands(new BigDecimal(chf), 1).toPlainString()).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0} CHF prints as {1} whole thousands")
    @CsvSource({"47500.00, 48", "47499.99, 47", "500.00, 1", "499.99, 0", "3205500.00, 3206", "0.00, 0"})
    void wholeThousandsRoundHalfUp(String chf, String printed) {
        assertThat(Displayed.thousands(new BigDecimal(chf), 0).toPlainString()).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0} CHF prints as {1} million")
    @CsvSource({"28650000.00, 28.7", "28649999.99, 28.6", "28550000.00, 28.6", "0.00, 0.0"})
    void millionsRoundHalfUpToATenth(String chf, String printed) {
        assertThat(Displayed.millions(new BigDecimal(chf), 1).toPlainString()).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0} of {1} is {2} %")
    @CsvSource({"89.5, 100, 90", "89.49, 100, 89", "10.5, 100, 11", "1, 3, 33", "2, 3, 67", "0, 0, 0",
            "3205500.00, 28650000.00, 11"})
    void percentagesRoundHalfUpToWholePercent(String part, String whole, int percent) {
        assertThat(Displayed.percent(new BigDecimal(part), new BigDecimal(whole))).isEqualTo(percent);
    }

    @Test
    void halfOfAPercentRoundsAwayFromZeroNotToEven() {
        assertThat(Displayed.percent(new BigDecimal("1"), new BigDecimal("8"))).isEqualTo(13);
        assertThat(Displayed.percent(new BigDecimal("5"), new BigDecimal("200"))).isEqualTo(3);
    }
}
