package svo.analysis.places;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Binary spatial weights as a compressed neighbour list: the neighbours of unit {@code i} are
 * {@code index[start[i]] … index[start[i + 1] − 1]}, in ascending order. With {@code self} included a unit
 * is its own neighbour (the G* form of Getis–Ord), as {@code spdep::include.self()} does.
 *
 * <pre>
 * Neighbours nb = Neighbours.queenGrid(10, 10, null, 1, true);   // 3 × 3 block around each cell
 * Neighbours nb = Neighbours.queenContiguity(polygons, 0.5, true); // areas sharing at least a point
 * </pre>
 */
public record Neighbours(int[] start, int[] index) {
    /** Number of units. */
    public int size() {
        return start.length - 1;
    }

    /** Number of neighbours of unit i (its weight sum under binary weights). */
    public int count(int i) {
        return start[i + 1] - start[i];
    }

    /**
     * Queen neighbours on a grid of {@code columns × rows} cells numbered row by row: every cell within
     * {@code rings} steps in any of the eight directions (rings = 1: the 3 × 3 block). With a mask, only
     * cells whose mask entry is true are units, numbered in cell order, and only they are neighbours.
     */
    public static Neighbours queenGrid(int columns, int rows, boolean[] mask, int rings, boolean self) {
        if (rings < 1) throw new IllegalArgumentException("rings must be at least 1");
        int cells = columns * rows;
        int[] unitOfCell = new int[cells];
        int units = 0;
        for (int c = 0; c < cells; c++) unitOfCell[c] = mask == null || mask[c] ? units++ : -1;
        int[] start = new int[units + 1];
        int[] index = new int[Math.toIntExact(Math.min((long) units * (2L * rings + 1) * (2L * rings + 1), Integer.MAX_VALUE))];
        int k = 0, u = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int cell = r * columns + c;
                if (unitOfCell[cell] < 0) continue;
                start[u] = k;
                for (int rr = Math.max(0, r - rings); rr <= Math.min(rows - 1, r + rings); rr++) {
                    for (int cc = Math.max(0, c - rings); cc <= Math.min(columns - 1, c + rings); cc++) {
                        int other = unitOfCell[rr * columns + cc];
                        if (other < 0 || (!self && other == unitOfCell[cell])) continue;
                        index[k++] = other;
                    }
                }
                u++;
            }
        }
        start[units] = k;
        return new Neighbours(start, Arrays.copyOf(index, k));
    }

    /**
     * Queen contiguity between polygons: two areas are neighbours when they share at least one point,
     * i.e. are no more than {@code snap} metres apart (a small snap absorbs rounding in converted boundaries).
     */
    public static Neighbours queenContiguity(List<Geometry> polygons, double snap, boolean self) {
        int n = polygons.size();
        STRtree tree = new STRtree();
        for (int i = 0; i < n; i++) {
            Envelope e = new Envelope(polygons.get(i).getEnvelopeInternal());
            e.expandBy(snap);
            tree.insert(e, i);
        }
        List<List<Integer>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) lists.add(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            Geometry a = polygons.get(i);
            Envelope e = new Envelope(a.getEnvelopeInternal());
            e.expandBy(snap);
            @SuppressWarnings("unchecked")
            List<Integer> candidates = tree.query(e);
            for (int j : candidates) {
                if (j <= i) continue;
                if (a.isWithinDistance(polygons.get(j), snap)) {
                    lists.get(i).add(j);
                    lists.get(j).add(i);
                }
            }
            if (self) lists.get(i).add(i);
        }
        int[] start = new int[n + 1];
        int total = 0;
        for (int i = 0; i < n; i++) {
            start[i] = total;
            total += lists.get(i).size();
        }
        start[n] = total;
        int[] index = new int[total];
        for (int i = 0; i < n; i++) {
            int[] sorted = lists.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
            System.arraycopy(sorted, 0, index, start[i], sorted.length);
        }
        return new Neighbours(start, index);
    }
}
