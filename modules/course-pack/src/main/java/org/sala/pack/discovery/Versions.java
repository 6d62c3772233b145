package org.sala.pack.discovery;

/** Orders pack versions like 1.2.10 > 1.2.9: numeric parts as numbers, other parts as text. */
final class Versions {

    private Versions() {
    }

    static int compare(String left, String right) {
        String[] a = left.split("[.-]");
        String[] b = right.split("[.-]");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "0";
            String y = i < b.length ? b[i] : "0";
            int order = x.matches("\\d{1,9}") && y.matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(x), Integer.parseInt(y))
                    : x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
