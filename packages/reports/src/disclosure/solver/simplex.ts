import { add, div, isZero, mul, neg, ONE, sign, sub, ZERO, type Q } from "./rational";

/**
 * An exact two-phase simplex (Bland's rule, so it never cycles) over rationals. Variables are
 * x_j ≥ lower_j, or free where lower_j is null (money that may be negative), with no upper bound
 * (a constraint gives one); constraints are sparse rows.
 */
export type Sense = "=" | "<=" | ">=";
export type Constraint = { terms: readonly (readonly [number, Q])[]; sense: Sense; rhs: Q };
export type LinearProgram = { variables: number; lower: readonly (Q | null)[]; constraints: readonly Constraint[] };
export type LpResult = { status: "optimal"; value: Q; solution: Q[] } | { status: "unbounded" } | { status: "infeasible" };

export type Simplex = {
  feasible: boolean;
  /** Optimises one variable from the current (feasible) basis; calls may follow one another. */
  optimise(variable: number, direction: "max" | "min"): LpResult;
};

export function createSimplex(lp: LinearProgram): Simplex {
  const n = lp.variables;
  // A free variable is the difference of two non-negative columns.
  const negativeOf: number[] = [];
  let columns = n;
  for (let j = 0; j < n; j++) negativeOf.push(lp.lower[j] === null ? columns++ : -1);
  const lowerOf = (j: number): Q => lp.lower[j] ?? ZERO;
  const slackOf: number[] = [];
  for (const c of lp.constraints) slackOf.push(c.sense === "=" ? -1 : columns++);
  const artificialStart = columns;
  const m = lp.constraints.length;
  const width = artificialStart + m;
  // Row i: the constraint in y = x − lower, signed so that its right-hand side is not negative.
  const rows: Q[][] = [];
  const rhs: Q[] = [];
  const basis: number[] = [];
  lp.constraints.forEach((c, i) => {
    const row: Q[] = new Array<Q>(width).fill(ZERO);
    let b = c.rhs;
    for (const [j, a] of c.terms) {
      row[j] = add(row[j] ?? ZERO, a);
      const minus = negativeOf[j] ?? -1;
      if (minus >= 0) row[minus] = sub(row[minus] ?? ZERO, a);
      b = sub(b, mul(a, lowerOf(j)));
    }
    const slack = slackOf[i] ?? -1;
    if (slack >= 0) row[slack] = c.sense === "<=" ? ONE : neg(ONE);
    const flip = sign(b) < 0;
    if (flip) for (let j = 0; j < artificialStart; j++) row[j] = neg(row[j] ?? ZERO);
    row[artificialStart + i] = ONE;
    rows.push(row);
    rhs.push(flip ? neg(b) : b);
    basis.push(artificialStart + i);
  });
  let allowed = width;
  let cost: Q[] = [];
  let value = ZERO;

  const pivot = (r: number, e: number) => {
    const row = rows[r] as Q[];
    const p = row[e] as Q;
    const nonZero: number[] = [];
    for (let j = 0; j < width; j++) {
      if (isZero(row[j] as Q)) continue;
      row[j] = div(row[j] as Q, p);
      nonZero.push(j);
    }
    rhs[r] = div(rhs[r] as Q, p);
    const eliminate = (target: Q[], f: Q) => {
      for (const j of nonZero) target[j] = sub(target[j] as Q, mul(f, row[j] as Q));
    };
    for (let i = 0; i < rows.length; i++) {
      if (i === r) continue;
      const f = (rows[i] as Q[])[e] as Q;
      if (isZero(f)) continue;
      eliminate(rows[i] as Q[], f);
      rhs[i] = sub(rhs[i] as Q, mul(f, rhs[r] as Q));
    }
    const fc = cost[e] as Q;
    if (!isZero(fc)) {
      eliminate(cost, fc);
      value = sub(value, mul(fc, rhs[r] as Q));
    }
    basis[r] = e;
  };

  // Minimises the current cost row; false when unbounded.
  const run = (): boolean => {
    for (;;) {
      let e = -1;
      for (let j = 0; j < allowed; j++) if (sign(cost[j] as Q) < 0) { e = j; break; }
      if (e < 0) return true;
      let r = -1;
      let best: Q = ZERO;
      for (let i = 0; i < rows.length; i++) {
        const a = (rows[i] as Q[])[e] as Q;
        if (sign(a) <= 0) continue;
        const ratio = div(rhs[i] as Q, a);
        const c = r < 0 ? -1 : sign(sub(ratio, best));
        if (c < 0 || (c === 0 && (basis[i] as number) < (basis[r] as number))) {
          r = i;
          best = ratio;
        }
      }
      if (r < 0) return false;
      pivot(r, e);
    }
  };

  // Phase 1: minimise the sum of the artificial variables.
  const setCost = (c: (j: number) => Q) => {
    cost = Array.from({ length: width }, (_, j) => c(j));
    value = ZERO;
    rows.forEach((row, i) => {
      const cb = cost[basis[i] as number] as Q;
      if (isZero(cb)) return;
      for (let j = 0; j < width; j++) if (!isZero(row[j] as Q)) cost[j] = sub(cost[j] as Q, mul(cb, row[j] as Q));
      value = sub(value, mul(cb, rhs[i] as Q));
    });
  };
  setCost((j) => (j >= artificialStart ? ONE : ZERO));
  run();
  const feasible = isZero(value);
  if (feasible) {
    // Drive artificial variables out of the basis; a row that cannot lose one is redundant.
    for (let i = rows.length - 1; i >= 0; i--) {
      if ((basis[i] as number) < artificialStart) continue;
      const row = rows[i] as Q[];
      const e = row.findIndex((a, j) => j < artificialStart && !isZero(a));
      if (e >= 0) pivot(i, e);
      else {
        rows.splice(i, 1);
        rhs.splice(i, 1);
        basis.splice(i, 1);
      }
    }
    allowed = artificialStart;
  }

  const optimise = (variable: number, direction: "max" | "min"): LpResult => {
    if (!feasible) return { status: "infeasible" };
    const up = direction === "max" ? neg(ONE) : ONE;
    setCost((j) => (j === variable ? up : j === negativeOf[variable] ? neg(up) : ZERO));
    if (!run()) return { status: "unbounded" };
    const column = new Map(basis.map((j, i) => [j, rhs[i] as Q]));
    const solution = Array.from({ length: n }, (_, j) => sub(add(lowerOf(j), column.get(j) ?? ZERO), column.get(negativeOf[j] ?? -1) ?? ZERO));
    return { status: "optimal", value: solution[variable] as Q, solution };
  };
  return { feasible, optimise };
}
