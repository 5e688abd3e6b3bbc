package org.itu.bdt.portfolio.kit.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * A JSON number is read as a decimal only if it has at most {@value #LARGEST_DIGITS} digits before and after the
 * point: {@code 1E+2147483647} or {@code 1e1000000} are short to send, but writing them out (a plain string, a
 * rounding) takes gigabytes or minutes. Such a number is refused as a field of the wrong form (400
 * {@code validation-failed}) before it reaches a resource.
 */
@Singleton
public class NumberBounds implements ObjectMapperCustomizer {

    static final int LARGEST_DIGITS = 100;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("bounded-decimals").addDeserializer(BigDecimal.class, new Decimal()));
    }

    static boolean bounded(BigDecimal number) {
        long integerDigits = (long) number.precision() - number.scale();
        return number.scale() <= LARGEST_DIGITS && integerDigits <= LARGEST_DIGITS;
    }

    /** Jackson's own decimal deserializer, refusing what it read when it is out of bounds. */
    static final class Decimal extends StdScalarDeserializer<BigDecimal> {

        Decimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal number = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (number != null && !bounded(number)) {
                throw InvalidFormatException.from(parser, "must be a number of at most " + LARGEST_DIGITS
                        + " digits before and after the point", parser.getText(), BigDecimal.class);
            }
            return number;
        }
    }
}
