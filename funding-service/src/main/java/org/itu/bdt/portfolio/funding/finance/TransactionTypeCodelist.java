package org.itu.bdt.portfolio.funding.finance;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The IATI TransactionType codelist (1 Incoming Funds, 2 Outgoing Commitment, 3 Disbursement, 4 Expenditure, …),
 * read from the copy of the IATI Standard's file that the service carries, so the codes are the standard's own.
 */
public final class TransactionTypeCodelist {
    public static final TransactionTypeCodelist IATI = load("/iati/TransactionType.xml");

    private final Map<String, String> names;

    TransactionTypeCodelist(Map<String, String> names) {
        this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    /** The English name of a code, if the codelist has the code. */
    public Optional<String> name(String code) {
        return Optional.ofNullable(names.get(code));
    }

    public String codes() {
        return String.join(", ", names.keySet());
    }

    static TransactionTypeCodelist load(String resource) {
        try (InputStream xml = TransactionTypeCodelist.class.getResourceAsStream(resource)) {
            if (xml == null) {
                throw new IllegalStateException("no codelist at " + resource);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList items = factory.newDocumentBuilder().parse(xml).getElementsByTagName("codelist-item");
            Map<String, String> names = new LinkedHashMap<>();
            for (int i = 0; i < items.getLength(); i++) {
                Element item = (Element) items.item(i);
                names.put(text(item, "code"), englishName(item));
            }
            return new TransactionTypeCodelist(names);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read the codelist " + resource, e);
        }
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    /** The codelist is in English: the narrative without its own xml:lang is the English one. */
    private static String englishName(Element item) {
        NodeList narratives = ((Element) item.getElementsByTagName("name").item(0)).getElementsByTagName("narrative");
        for (int i = 0; i < narratives.getLength(); i++) {
            Element narrative = (Element) narratives.item(i);
            if (!narrative.hasAttribute("xml:lang")) {
                return narrative.getTextContent().trim();
            }
        }
        throw new IllegalStateException("codelist item " + text(item, "code") + " has no English name");
    }
}
