package org.itu.bdt.portfolio.reporting.monitoring;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2024-Q4}. */
public record Quarter(int year, int number) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-Q([1-4])");

    /** Empty for anything but a year from 1900 and a quarter 1 to 4. */
    public static Optional<Quarter> parse(String written) {
        Matcher matcher = WRITTEN.matcher(written == null ? "" : written);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1900) {
            return Optional.empty();
        }
        return Optional.of(new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, 3 * number - 2, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
