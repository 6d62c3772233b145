package org.sala.engine.statistics;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The descriptive measures item analysis is built from. Spreads are sample measures (divisor
 * {@code n - 1}): the attempts analysed are taken as a sample of the attempts the quiz could get.
 */
final class Measures {

    private Measures() {
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** Empty below two values, where a sample variance is undefined. */
    static OptionalDouble sampleVariance(double[] values) {
        if (values.length < 2) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sumOfSquaredDeviations(values) / (values.length - 1));
    }

    static OptionalDouble sampleStandardDeviation(double[] values) {
        OptionalDouble variance = sampleVariance(values);
        return variance.isPresent() ? OptionalDouble.of(Math.sqrt(variance.getAsDouble())) : variance;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * Pearson's correlation coefficient; empty below two pairs or when either side is constant, where it
     * is undefined (0/0).
     */
    static OptionalDouble correlation(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("a correlation needs pairs: " + xs.length + " against " + ys.length);
        }
        if (xs.length < 2) {
            return OptionalDouble.empty();
        }
        double meanX = mean(xs);
        double meanY = mean(ys);
        double products = 0;
        double squaresX = 0;
        double squaresY = 0;
        for (int i = 0; i < xs.length; i++) {
            double dx = xs[i] - meanX;
            double dy = ys[i] - meanY;
            products += dx * dy;
            squaresX += dx * dx;
            squaresY += dy * dy;
        }
        if (isConstant(xs) || isConstant(ys)) {
            return OptionalDouble.empty();
        }
        // Rounding can push a perfect correlation a hair past 1; the coefficient itself cannot be.
        double coefficient = products / Math.sqrt(squaresX * squaresY);
        return OptionalDouble.of(Math.max(-1, Math.min(1, coefficient)));
    }

    /**
     * Whether every value is the same. Tested on the values themselves, not on a variance of zero: the
     * mean of equal values can be off by a rounding step, which leaves a tiny false spread.
     */
    static boolean isConstant(double[] values) {
        for (double value : values) {
            if (value != values[0]) {
                return false;
            }
        }
        return true;
    }

    private static double sumOfSquaredDeviations(double[] values) {
        if (isConstant(values)) {
            return 0;
        }
        double mean = mean(values);
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return sum;
    }
}
