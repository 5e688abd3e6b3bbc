package org.itu.bdt.portfolio.kit.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * The NUL character has no business in any text of this system, and PostgreSQL cannot store it in a text column: a
 * JSON string holding one is refused as a field of the wrong form (400 {@code validation-failed}) before it reaches a
 * resource or the database, where it would fail as a 500. {@link NulInAddress} refuses it in the address.
 */
@Singleton
public class NulCharacters implements ObjectMapperCustomizer {

    static final String TEXT_WITHOUT_NUL = "must be text without NUL characters";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("text-without-nul").addDeserializer(String.class, new Text()));
    }

    /** Jackson's own text deserializer, refusing what it read when it holds a NUL. */
    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, TEXT_WITHOUT_NUL, text, String.class);
            }
            return text;
        }
    }
}
