package org.itu.bdt.portfolio.kit.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A JSON object naming a property twice is refused as malformed JSON (400 {@code malformed-json}): which of the two
 * values was meant cannot be known, and a request record read through its constructor fails on it as a 500.
 */
@Singleton
public class DuplicateProperties implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
