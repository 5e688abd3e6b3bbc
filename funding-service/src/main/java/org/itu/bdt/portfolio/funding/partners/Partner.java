package org.itu.bdt.portfolio.funding.partners;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {
    /** What the audit trail calls a partner; its id there is the partner id. */
    public static final String AUDITED_AS = "partner";
    public static final String ID_PATTERN = "^[A-Z0-9][A-Z0-9-]{1,31}$";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Id
    @Column(name = "partner_id")
    private String partnerId;
    private String name;
    @Enumerated(EnumType.STRING)
    private PartnerType type;
    private String country;
    private int revision = 1;

    protected Partner() {
    }

    public Partner(String partnerId, String name, PartnerType type, String country) {
        this.partnerId = partnerId;
        this.name = name;
        this.type = type;
        this.country = country;
    }

    /** Replaces what may change of a partner (all but its id); false, and no new revision, if nothing changed. */
    public boolean change(String newName, PartnerType newType, String newCountry) {
        if (name.equals(newName) && type == newType && Objects.equals(country, newCountry)) {
            return false;
        }
        name = newName;
        type = newType;
        country = newCountry;
        revision++;
        return true;
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

    public int revision() {
        return revision;
    }
}
