package org.itu.bdt.portfolio.kit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules table of docs/security.md for one service: under the heading {@code ### <service>}, one row per
 * operation, {@code | `METHOD /path` | role, role | what it is |}. {@code anyone} opens an operation to callers
 * without a token; {@code partner} in the roles means a partner's portal, limited to its own partner.
 */
public record OperationRules(String service, Map<String, Set<String>> rolesByOperation) {

    public static final String ANYONE = "anyone";
    public static final List<String> ROLES = List.of("admin", "project-manager", "finance", "board", "viewer",
            "partner");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z]+ /[^`]*)` \\| ([^|]+) \\|");

    public static OperationRules read(Path document, String service) {
        List<String> lines;
        try {
            lines = Files.readAllLines(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> rules = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("#")) {
                inSection = line.trim().equals("### " + service);
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (inSection && row.find()) {
                Set<String> roles = Arrays.stream(row.group(2).split(",")).map(String::trim)
                        .collect(Collectors.toUnmodifiableSet());
                if (rules.put(row.group(1), roles) != null) {
                    throw new IllegalStateException("docs/security.md lists " + row.group(1) + " twice");
                }
            }
        }
        return new OperationRules(service, rules);
    }

    public Set<String> rolesOf(String operation) {
        return rolesByOperation.get(operation);
    }
}
