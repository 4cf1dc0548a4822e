package org.xcbir.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Assigns each query class to CL, CS, UL or US (paper §5.1: "a class is a member of Clutter if it is
 * in the top 12 classes for Confuser, else it is Uncluttered; likewise ... Large ... Area").
 *
 * <p>Rule for any number n of classes: classes are ranked by the attribute, highest first; the first
 * {@code floor(n / 2)} are Cluttered (resp. Large), the rest Uncluttered (resp. Small). So with an odd
 * count the middle class goes to the lower half ("top half" never holds more than half). Classes with
 * equal values are ranked by class name (ascending), so a tie across the boundary is split
 * deterministically rather than growing one half; {@link #boundaryTies()} reports such cases so a
 * reader can see that the split there was arbitrary.
 */
public final class SuperclassSplit {

    private final Map<String, Superclass> superclassByClass;
    private final List<String> boundaryTies;

    private SuperclassSplit(Map<String, Superclass> superclassByClass, List<String> boundaryTies) {
        this.superclassByClass = superclassByClass;
        this.boundaryTies = boundaryTies;
    }

    public static SuperclassSplit of(Collection<ClassArchiveStats> classes) {
        Set<String> cluttered = topHalf(classes, ClassArchiveStats::confuser);
        Set<String> large = topHalf(classes, ClassArchiveStats::area);
        Map<String, Superclass> byClass = new TreeMap<>();
        for (ClassArchiveStats stats : classes) {
            String name = stats.className();
            if (byClass.put(name, Superclass.of(cluttered.contains(name), large.contains(name))) != null) {
                throw new IllegalArgumentException("class listed twice: " + name);
            }
        }
        List<String> ties = new ArrayList<>();
        tieAtBoundary(classes, ClassArchiveStats::confuser, "confuser", ties);
        tieAtBoundary(classes, ClassArchiveStats::area, "area", ties);
        return new SuperclassSplit(Collections.unmodifiableMap(byClass), List.copyOf(ties));
    }

    /** Names of the first floor(n/2) classes ranked by the attribute (highest first, then by name). */
    private static Set<String> topHalf(Collection<ClassArchiveStats> classes, ToDoubleFunction<ClassArchiveStats> attribute) {
        return ranked(classes, attribute).stream()
                .limit(classes.size() / 2)
                .map(ClassArchiveStats::className)
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static List<ClassArchiveStats> ranked(Collection<ClassArchiveStats> classes,
                                                  ToDoubleFunction<ClassArchiveStats> attribute) {
        return classes.stream()
                .sorted(Comparator.comparingDouble(attribute).reversed()
                        .thenComparing(ClassArchiveStats::className))
                .toList();
    }

    private static void tieAtBoundary(Collection<ClassArchiveStats> classes, ToDoubleFunction<ClassArchiveStats> attribute,
                                      String attributeName, List<String> ties) {
        int half = classes.size() / 2;
        if (half == 0 || half == classes.size()) {
            return;
        }
        List<ClassArchiveStats> ranked = ranked(classes, attribute);
        ClassArchiveStats lastIn = ranked.get(half - 1);
        ClassArchiveStats firstOut = ranked.get(half);
        if (attribute.applyAsDouble(lastIn) == attribute.applyAsDouble(firstOut)) {
            ties.add(attributeName + ": " + lastIn.className() + " = " + firstOut.className());
        }
    }

    /** @throws IllegalArgumentException for a class without archive statistics */
    public Superclass superclassOf(String className) {
        Superclass superclass = superclassByClass.get(className);
        if (superclass == null) {
            throw new IllegalArgumentException("no archive statistics (Confuser/Area) for class " + className);
        }
        return superclass;
    }

    /** Class name to superclass, sorted by class name. */
    public Map<String, Superclass> superclassByClass() {
        return superclassByClass;
    }

    /** Human-readable notes on equal values that straddled the half boundary; empty normally. */
    public List<String> boundaryTies() {
        return boundaryTies;
    }
}
