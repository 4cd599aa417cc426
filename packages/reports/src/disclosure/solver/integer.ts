import { add, ceil, cmp, floor, isInteger, mul, q, type Q } from "./rational";
import { createSimplex, type Constraint, type LinearProgram, type Simplex } from "./simplex";

/**
 * The integer range of each variable of a linear program in non-negative integers, by branch and
 * bound over the exact simplex: which variables the constraints pin to one value.
 */
export type IntegerBound =
  | { status: "bounded"; value: bigint; exact: boolean }
  | { status: "unbounded" }
  | { status: "infeasible" }
  | { status: "unknown" };

const NODE_LIMIT = 200;

/** The largest (or smallest) integer value of one variable over every all-integer solution. */
export function integerOptimum(lp: LinearProgram, variable: number, direction: "max" | "min", root?: Simplex, onSolution?: (s: Q[]) => void): IntegerBound {
  let best: bigint | undefined;
  let nodes = 0;
  let exact = true;
  let unbounded = false;
  const better = (v: bigint) => best === undefined || (direction === "max" ? v > best : v < best);
  const visit = (extra: readonly Constraint[], simplex?: Simplex) => {
    if (unbounded) return;
    if (++nodes > NODE_LIMIT) {
      exact = false;
      return;
    }
    const solver = simplex ?? createSimplex({ ...lp, constraints: [...lp.constraints, ...extra] });
    const result = solver.optimise(variable, direction);
    if (result.status === "infeasible") return;
    if (result.status === "unbounded") {
      unbounded = true;
      return;
    }
    const bound = direction === "max" ? floor(result.value) : ceil(result.value);
    if (best !== undefined && !better(bound)) return;
    const fractional = result.solution.findIndex((v) => !isInteger(v));
    if (fractional < 0) {
      onSolution?.(result.solution);
      if (better(bound)) best = bound;
      return;
    }
    const v = result.solution[fractional] as Q;
    const at = (value: bigint, sense: "<=" | ">="): Constraint => ({ terms: [[fractional, q(1)]], sense, rhs: { n: value, d: BigInt(1) } });
    visit([...extra, at(floor(v), "<=")]);
    visit([...extra, at(ceil(v), ">=")]);
  };
  visit([], root);
  if (unbounded) return { status: "unbounded" };
  if (best === undefined) return exact ? { status: "infeasible" } : { status: "unknown" };
  // Out of nodes, `best` is still the value of a solution found, but a better one may exist.
  return { status: "bounded", value: best, exact };
}

/** value: the one value every solution gives it; null when the cautious search could not tell. */
export type Pinned = { variable: number; value: bigint | null };

/**
 * The variables that every integer solution gives the same value. `known`: an integer solution
 * already known (the protector's true values), which saves work; it is not trusted to be one.
 * `strict`: when the search runs out of nodes, count the variable as pinned (the protector's
 * caution) rather than as free (an attacker that cannot prove a value). Null: no solution at all.
 */
export function findPinnedVariables(lp: LinearProgram, options: { known?: readonly Q[]; strict?: boolean } = {}): Pinned[] | null {
  const root = createSimplex(lp);
  if (!root.feasible) return null;
  const seen = Array.from({ length: lp.variables }, () => new Set<string>());
  const note = (s: readonly Q[]) => s.forEach((v, j) => seen[j]?.add(`${v.n}/${v.d}`));
  if (options.known && satisfies(lp, options.known)) note(options.known);
  const free = (j: number) => (seen[j]?.size ?? 0) > 1;
  const pinned: Pinned[] = [];
  for (let j = 0; j < lp.variables; j++) {
    if (free(j)) continue;
    const max = integerOptimum(lp, j, "max", root, note);
    if (max.status === "unknown" && options.strict) pinned.push({ variable: j, value: null });
    if (max.status !== "bounded" || free(j)) continue;
    const min = integerOptimum(lp, j, "min", root, note);
    if (min.status === "unknown" && options.strict) pinned.push({ variable: j, value: null });
    if (min.status !== "bounded" || free(j)) continue;
    // Both ends are values of solutions found: different, the variable is free; the same, it is
    // pinned when the search was complete (and, for the cautious, when it was not).
    if (max.value === min.value && ((max.exact && min.exact) || options.strict)) pinned.push({ variable: j, value: max.value });
  }
  return pinned;
}

function satisfies(lp: LinearProgram, x: readonly Q[]): boolean {
  if (x.some((v, j) => { const l = lp.lower[j]; return !isInteger(v) || (l != null && cmp(v, l) < 0); })) return false;
  return lp.constraints.every((c) => {
    let s = q(0);
    for (const [j, a] of c.terms) s = add(s, mul(a, x[j] as Q));
    const k = cmp(s, c.rhs);
    return c.sense === "=" ? k === 0 : c.sense === "<=" ? k <= 0 : k >= 0;
  });
}
