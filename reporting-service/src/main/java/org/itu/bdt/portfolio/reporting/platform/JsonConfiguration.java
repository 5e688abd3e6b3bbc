package org.itu.bdt.portfolio.reporting.platform;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Exact amounts on the wire: 26548450.00 stays 26548450.00 both ways. A request body with a property the operation
 * does not know is refused (quarkus.jackson.fail-on-unknown-properties); JSON this version did not write is not.
 */
@Singleton
public class JsonConfiguration implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /**
     * A copy of the application's mapper that ignores properties it does not know, for JSON written elsewhere or
     * earlier: a newer producer's events may carry new fields, and a report locked by an older version may hold
     * fields this one dropped. Reading them must not fail for that.
     */
    public static ObjectMapper tolerant(ObjectMapper json) {
        return json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
