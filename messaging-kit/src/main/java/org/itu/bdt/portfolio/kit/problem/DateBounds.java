package org.itu.bdt.portfolio.kit.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Every date this system takes lies between 1900-01-01 and 9999-12-31 (docs/api.md): a date in a JSON body outside
 * that range ({@code +99999-03-05}) is refused as a field of the wrong form (400 {@code validation-failed}) before
 * any rule sees it; a far date would otherwise be stored, block later signings (an ITU line dated in year 99999
 * holds the fund's balance for ever) or overflow where it is formatted.
 */
@Singleton
public class DateBounds implements ObjectMapperCustomizer {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    public static final String DATE_IN_RANGE = "must be an ISO date (YYYY-MM-DD) from " + EARLIEST + " to " + LATEST;

    /** After Quarkus's own customizers, so that this date deserializer is the one in force. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("dates-in-range").addDeserializer(LocalDate.class, new InRange()));
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** Jackson's own ISO date deserializer, refusing what it read when it lies outside the range. */
    static final class InRange extends StdScalarDeserializer<LocalDate> {

        InRange() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && !inRange(date)) {
                throw InvalidFormatException.from(parser, DATE_IN_RANGE, date.toString(), LocalDate.class);
            }
            return date;
        }
    }
}
