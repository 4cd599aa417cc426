import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPinnedVariables } from "./integer";
import { q, type Q } from "./rational";
import type { Constraint, LinearProgram } from "./simplex";

/** Every integer solution with each variable from its lower bound to `cap`: the slow truth. */
function enumerate(lp: LinearProgram, cap: number): number[][] {
  const out: number[][] = [];
  const x: number[] = [];
  const holds = (c: Constraint) => {
    const s = c.terms.reduce((sum, [j, a]) => sum + (Number(a.n) / Number(a.d)) * (x[j] ?? 0), 0);
    const r = Number(c.rhs.n) / Number(c.rhs.d);
    const eps = 1e-9;
    return c.sense === "=" ? Math.abs(s - r) < eps : c.sense === "<=" ? s <= r + eps : s >= r - eps;
  };
  const walk = (j: number) => {
    if (j === lp.variables) {
      if (lp.constraints.every(holds)) out.push([...x]);
      return;
    }
    for (let v = Number(lp.lower[j]?.n ?? 0); v <= cap; v++) {
      x[j] = v;
      walk(j + 1);
    }
  };
  walk(0);
  return out;
}

const programs = fc
  .record({ n: fc.integer({ min: 1, max: 4 }), m: fc.integer({ min: 1, max: 3 }) })
  .chain(({ n, m }) =>
    fc.record({
      lower: fc.array(fc.constantFrom(0, 1), { minLength: n, maxLength: n }),
      truth: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
      rows: fc.array(fc.array(fc.integer({ min: -1, max: 1 }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
      slack: fc.integer({ min: 0, max: 3 }),
      ratio: fc.record({ a: fc.integer({ min: -3, max: 3 }), b: fc.integer({ min: -3, max: 3 }), d: fc.integer({ min: 1, max: 4 }) }),
    }),
  )
  .map(({ lower, truth, rows, slack, ratio }) => {
    const x = truth.map((v, j) => Math.max(v, lower[j] ?? 0));
    const n = x.length;
    const constraints: Constraint[] = rows.map((row) => ({
      terms: row.map((a, j) => [j, q(a)] as const),
      sense: "=" as const,
      rhs: q(row.reduce((s, a, j) => s + a * (x[j] ?? 0), 0)),
    }));
    // A cap on the sum keeps the enumeration finite, and a fractional inequality (as a rounded percentage gives) that x meets.
    constraints.push({ terms: x.map((_, j) => [j, q(1)] as const), sense: "<=", rhs: q(x.reduce((a, b) => a + b, 0) + slack) });
    const lhs = ratio.a * (x[0] ?? 0) + ratio.b * (x[n - 1] ?? 0);
    constraints.push({ terms: [[0, q(ratio.a, ratio.d)], [n - 1, q(ratio.b, ratio.d)]], sense: ">=", rhs: q(lhs - 1, ratio.d) });
    const lp: LinearProgram = { variables: n, lower: lower.map((l) => q(l)), constraints };
    return { lp, x, cap: x.reduce((a, b) => a + b, 0) + slack };
  });

describe("pinned variables of an integer program", () => {
  it("agree with enumerating every integer solution", () => {
    fc.assert(
      fc.property(programs, fc.boolean(), ({ lp, x, cap }, useKnown) => {
        const solutions = enumerate(lp, cap);
        const expected = x.flatMap((_, j) => {
          const values = new Set(solutions.map((s) => s[j]));
          return values.size === 1 ? [{ variable: j, value: BigInt(solutions[0]?.[j] ?? -1) }] : [];
        });
        const known: Q[] | undefined = useKnown ? x.map((v) => q(v)) : undefined;
        expect(findPinnedVariables(lp, { known })).toEqual(solutions.length > 0 ? expected : null);
      }),
      { numRuns: 400 },
    );
  });

  it("finds nothing pinned in an unbounded or infeasible program", () => {
    const free: LinearProgram = { variables: 2, lower: [q(1), q(1)], constraints: [{ terms: [[0, q(1)], [1, q(-1)]], sense: "=", rhs: q(0) }] };
    expect(findPinnedVariables(free)).toEqual([]);
    const none: LinearProgram = { variables: 1, lower: [q(1)], constraints: [{ terms: [[0, q(1)]], sense: "=", rhs: q(0) }] };
    expect(findPinnedVariables(none)).toBeNull();
  });

  it("pins two counts of at least 1 that add up to 2, and money that may be negative only by equations", () => {
    const two: LinearProgram = { variables: 2, lower: [q(1), q(1)], constraints: [{ terms: [[0, q(1)], [1, q(1)]], sense: "=", rhs: q(2) }] };
    expect(findPinnedVariables(two)).toEqual([{ variable: 0, value: BigInt(1) }, { variable: 1, value: BigInt(1) }]);
    const money: LinearProgram = { variables: 2, lower: [null, null], constraints: [{ terms: [[0, q(1)], [1, q(1)]], sense: "=", rhs: q(0) }] };
    expect(findPinnedVariables(money)).toEqual([]);
    const fixed: LinearProgram = { variables: 2, lower: [null, null], constraints: [{ terms: [[0, q(1)], [1, q(1)]], sense: "=", rhs: q(-7) }, { terms: [[1, q(1)]], sense: "=", rhs: q(3) }] };
    expect(findPinnedVariables(fixed)).toEqual([{ variable: 0, value: BigInt(-10) }, { variable: 1, value: BigInt(3) }]);
  });
});
