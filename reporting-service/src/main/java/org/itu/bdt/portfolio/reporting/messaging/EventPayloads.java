package org.itu.bdt.portfolio.reporting.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.itu.bdt.portfolio.kit.messaging.MalformedEventException;
import org.itu.bdt.portfolio.reporting.platform.JsonConfiguration;

import java.math.BigDecimal;

/**
 * Reads event data objects and rejects what the contract does not allow; a property the contract does not name yet
 * (a newer producer) is ignored.
 */
@ApplicationScoped
class EventPayloads {

    private final ObjectMapper json;

    EventPayloads(ObjectMapper json) {
        this.json = JsonConfiguration.tolerant(json);
    }

    <T> T read(String payload, Class<T> type) {
        if (payload == null) {
            throw new MalformedEventException("no data in " + type.getSimpleName());
        }
        try {
            return json.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("unreadable " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new MalformedEventException(field + " is missing");
        }
        return value;
    }

    static BigDecimal chf(BigDecimal amount, String field) {
        BigDecimal chf = required(amount, field);
        if (chf.stripTrailingZeros().scale() > 2) {
            throw new MalformedEventException(field + " has more than two decimals: " + chf.toPlainString());
        }
        return chf.setScale(2);
    }
}
