package org.itu.bdt.portfolio.funding.platform;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Amounts stay exact decimals on the wire, also where they pass through a JSON tree (the audit trail's values keep
 * 1000.00, not 1000); {@link Labelled} enums travel as their labels.
 */
@Singleton
public class JsonConfiguration implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        mapper.registerModule(new SimpleModule("labelled-enums") {
            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addDeserializers(new LabelledDeserializers());
            }
        }.addSerializer(Labelled.class, new JsonSerializer<>() {
            @Override
            public void serialize(Labelled value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(value.label());
            }
        }));
    }

    /** "must be one of a, b, c": what a value of a labelled enum must be. */
    private static String labelsOf(Class<?> type) {
        return "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(constant -> ((Labelled) constant).label())
                .collect(Collectors.joining(", "));
    }

    private static final class LabelledDeserializers extends Deserializers.Base {
        @Override
        public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                                                        BeanDescription description) {
            return Labelled.class.isAssignableFrom(type) ? new LabelDeserializer(type) : null;
        }
    }

    private static final class LabelDeserializer extends JsonDeserializer<Object> {
        private final Class<?> type;

        LabelDeserializer(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser in, DeserializationContext context) throws IOException {
            String label = in.getValueAsString();
            return Arrays.stream(type.getEnumConstants())
                    .filter(constant -> ((Labelled) constant).label().equals(label))
                    .findFirst()
                    .orElseThrow(() -> context.weirdStringException(label, type, labelsOf(type)));
        }
    }
}
