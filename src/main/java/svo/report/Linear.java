package svo.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which unknowns a set of linear equations pins down exactly. Used by secondary suppression: the unknowns are the
 * withheld cells, each equation is "these cells add up to that total" with the printed cells moved to the right.
 * An unknown is determined exactly when its unit vector lies in the row space of the equations, which a reduced
 * row echelon form shows as a pivot row with no other non-zero entry. Integer arithmetic, so the answer is exact.
 */
final class Linear {
    private Linear() {}

    /** One equation: coefficients (here +1 or -1) of some unknowns. */
    record Equation(int[] vars, int[] coefs) {}

    /** The unknowns (0 … n-1) that the equations determine. */
    static BitSet determined(int n, List<Equation> equations) {
        BitSet out = new BitSet(n);
        if (n == 0 || equations.isEmpty()) return out;
        // Unknowns that never share an equation are independent: solve each connected group on its own.
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (Equation e : equations) for (int k = 1; k < e.vars().length; k++) union(parent, e.vars()[0], e.vars()[k]);
        Map<Integer, List<Equation>> byGroup = new HashMap<>();
        for (Equation e : equations) {
            if (e.vars().length == 0) continue;
            byGroup.computeIfAbsent(find(parent, e.vars()[0]), g -> new ArrayList<>()).add(e);
        }
        for (List<Equation> group : byGroup.values()) solveGroup(group, out);
        return out;
    }

    private static void solveGroup(List<Equation> equations, BitSet out) {
        Map<Integer, Integer> local = new HashMap<>();
        List<Integer> global = new ArrayList<>();
        for (Equation e : equations) {
            for (int v : e.vars()) {
                if (!local.containsKey(v)) {
                    local.put(v, global.size());
                    global.add(v);
                }
            }
        }
        int cols = global.size();
        BigInteger[][] m = new BigInteger[equations.size()][cols];
        for (int r = 0; r < equations.size(); r++) {
            java.util.Arrays.fill(m[r], BigInteger.ZERO);
            Equation e = equations.get(r);
            for (int k = 0; k < e.vars().length; k++) {
                int c = local.get(e.vars()[k]);
                m[r][c] = m[r][c].add(BigInteger.valueOf(e.coefs()[k]));
            }
        }
        int[] pivotOfRow = new int[m.length];
        java.util.Arrays.fill(pivotOfRow, -1);
        int pr = 0;
        for (int c = 0; c < cols && pr < m.length; c++) {
            int found = -1;
            for (int r = pr; r < m.length; r++) if (m[r][c].signum() != 0) { found = r; break; }
            if (found < 0) continue;
            BigInteger[] tmp = m[pr]; m[pr] = m[found]; m[found] = tmp;
            BigInteger p = m[pr][c];
            for (int r = 0; r < m.length; r++) {
                if (r == pr || m[r][c].signum() == 0) continue;
                BigInteger a = m[r][c];
                BigInteger g = BigInteger.ZERO;
                for (int k = 0; k < cols; k++) {
                    m[r][k] = m[r][k].multiply(p).subtract(m[pr][k].multiply(a));
                    g = g.gcd(m[r][k]);
                }
                if (g.signum() != 0 && !g.equals(BigInteger.ONE)) for (int k = 0; k < cols; k++) m[r][k] = m[r][k].divide(g);
            }
            pivotOfRow[pr] = c;
            pr++;
        }
        for (int r = 0; r < pr; r++) {
            int nonZero = 0;
            for (int k = 0; k < cols; k++) if (m[r][k].signum() != 0) nonZero++;
            if (nonZero == 1) out.set(global.get(pivotOfRow[r]));
        }
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        p[find(p, a)] = find(p, b);
    }
}
