package org.itu.bdt.portfolio.reporting.live;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StreamAudienceTest {

    @Test
    void anAudienceIsEmptyUntilSomeoneJoinsAndAfterEveryoneLeft() {
        StreamAudience audience = new StreamAudience();
        assertThat(audience.isEmpty()).isTrue();

        audience.joined();
        audience.joined();
        audience.left();
        assertThat(audience.isEmpty()).isFalse();

        audience.left();
        assertThat(audience.isEmpty()).isTrue();
    }

    @Test
    void aCloseReportedTwiceNeverLeavesAnAudienceOwingListeners() {
        StreamAudience audience = new StreamAudience();
        audience.left();

        audience.joined();

        assertThat(audience.isEmpty()).isFalse();
    }
}
