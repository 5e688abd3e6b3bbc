package org.itu.bdt.portfolio.funding.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Set;
import java.util.Locale;

@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {
    public static final String ID_PATTERN = "^[A-Z0-9][A-Z0-9-]{1,31}$";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Id
    @Column(name = "partner_id")
    private String partnerId;
    private String name;
    @Enumerated(EnumType.STRING)
    private PartnerType type;
    private String country;

    protected Partner() {
    }

    public Partner(String partnerId, String name, PartnerType type, String country) {
        this.partnerId = partnerId;
        this.name = name;
        this.type = type;
        this.country = country;
    }

    public static boolean isCountryCode(String code) {
        return COUNTRIES.contains(code);
    }

    public String partnerId() {
        return partnerId;
    }

    public String name() {
        return name;
    }

    public PartnerType type() {
        return type;
    }

    public String country() {
        return country;
    }
}
