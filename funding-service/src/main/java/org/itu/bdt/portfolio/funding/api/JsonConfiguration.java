package org.itu.bdt.portfolio.funding.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.itu.bdt.portfolio.funding.domain.PartnerType;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Amounts stay exact decimals on the wire; partner types travel as their lower-case labels. */
@Singleton
public class JsonConfiguration implements ObjectMapperCustomizer {
    private static final String PARTNER_TYPES = Arrays.stream(PartnerType.values())
            .map(PartnerType::label).collect(Collectors.joining(", "));

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.registerModule(new SimpleModule("partner-type")
                .addSerializer(PartnerType.class, new JsonSerializer<>() {
                    @Override
                    public void serialize(PartnerType type, JsonGenerator out, SerializerProvider provider)
                            throws IOException {
                        out.writeString(type.label());
                    }
                })
                .addDeserializer(PartnerType.class, new JsonDeserializer<>() {
                    @Override
                    public PartnerType deserialize(JsonParser in, DeserializationContext context) throws IOException {
                        String label = in.getValueAsString();
                        return PartnerType.fromLabel(label).orElseThrow(() -> context.weirdStringException(
                                label, PartnerType.class, "must be one of " + PARTNER_TYPES));
                    }
                }));
    }
}
