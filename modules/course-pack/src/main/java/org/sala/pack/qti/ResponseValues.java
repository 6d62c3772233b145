package org.sala.pack.qti;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sala.engine.Decimals;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Element;

/**
 * What a {@code qti-response-declaration} says about values, as every interaction reads it: the correct
 * response, and the mapping from responses to values. Mapped values are credits (shares of the points);
 * an item whose best response maps to more than 1 gives points instead, read as shares of that best.
 */
final class ResponseValues {

    private ResponseValues() {
    }

    /** A response's mapping: keys to values in document order, and each entry's case sensitivity. */
    record Mapping(Map<String, BigDecimal> entries, List<Boolean> caseSensitive, BigDecimal defaultValue,
                   Optional<BigDecimal> upperBound) {
    }

    static List<String> correctValues(Element declaration) {
        return SafeXml.child(declaration, "qti-correct-response").map(Qti::values).orElse(List.of());
    }

    static Mapping mapping(ItemSource item, Element declaration) {
        var entries = new LinkedHashMap<String, BigDecimal>();
        var caseSensitive = new ArrayList<Boolean>();
        Optional<Element> mapping = SafeXml.child(declaration, "qti-mapping");
        if (mapping.isEmpty()) {
            return new Mapping(entries, caseSensitive, BigDecimal.ZERO, Optional.empty());
        }
        for (Element entry : SafeXml.children(mapping.get(), "qti-map-entry")) {
            Optional<BigDecimal> value = Qti.attribute(entry, "mapped-value").flatMap(Qti::decimal);
            if (value.isEmpty()) {
                item.warning(entry, "item '" + item.id() + "': map entry '" + entry.getAttribute("map-key")
                        + "' has no numeric mapped-value; left out");
                continue;
            }
            entries.put(entry.getAttribute("map-key"), value.get());
            caseSensitive.add(!"false".equals(entry.getAttribute("case-sensitive")));
        }
        BigDecimal defaultValue = Qti.attribute(mapping.get(), "default-value").flatMap(Qti::decimal).orElse(BigDecimal.ZERO);
        if (defaultValue.signum() != 0) {
            item.warning(mapping.get(), "item '" + item.id() + "': the mapping's default value " + defaultValue.toPlainString()
                    + " is not kept; responses not listed earn nothing in Sala");
        }
        return new Mapping(entries, caseSensitive, defaultValue, Qti.attribute(mapping.get(), "upper-bound").flatMap(Qti::decimal));
    }

    /** 1 when the values are credits already; the best value when they are points. */
    static BigDecimal scale(ItemSource item, Element where, BigDecimal best) {
        if (best.compareTo(BigDecimal.ONE) <= 0) {
            return BigDecimal.ONE;
        }
        item.warning(where, "item '" + item.id() + "': its best response scores " + best.toPlainString()
                + "; Sala reads the values as shares of it");
        return best;
    }

    static BigDecimal share(BigDecimal value, BigDecimal scale) {
        return scale.compareTo(BigDecimal.ONE) == 0 ? value
                : Decimals.canonical(value.divide(scale, new MathContext(Decimals.SCALE + 1)).setScale(Decimals.SCALE, RoundingMode.HALF_EVEN));
    }
}
