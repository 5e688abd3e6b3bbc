package org.itu.bdt.portfolio.funding.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.LocalDate;
import java.time.YearMonth;

/** A month is stored as the date of its first day, so that months compare and range as dates do. */
@Converter
public class FirstDayOfMonth implements AttributeConverter<YearMonth, LocalDate> {

    @Override
    public LocalDate convertToDatabaseColumn(YearMonth month) {
        return month == null ? null : month.atDay(1);
    }

    @Override
    public YearMonth convertToEntityAttribute(LocalDate firstDay) {
        return firstDay == null ? null : YearMonth.from(firstDay);
    }
}
