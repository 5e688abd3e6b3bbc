package org.itu.bdt.portfolio.kit.messaging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTypesTest {

    @Test
    void aLegacyBareTypeGetsThePrefix() {
        assertThat(EventTypes.canonical("AgreementSigned")).isEqualTo("int.itu.bdt.portfolio.AgreementSigned");
    }

    @Test
    void aPrefixedTypeStaysAsItIs() {
        assertThat(EventTypes.canonical("int.itu.bdt.portfolio.AgreementSigned"))
                .isEqualTo("int.itu.bdt.portfolio.AgreementSigned");
    }

    @Test
    void aForeignReverseDnsTypeStaysAsItIs() {
        assertThat(EventTypes.canonical("org.example.Thing")).isEqualTo("org.example.Thing");
    }

    @Test
    void aMissingTypeIsMalformed() {
        assertThatThrownBy(() -> EventTypes.canonical(" ")).isInstanceOf(MalformedEventException.class);
    }
}
