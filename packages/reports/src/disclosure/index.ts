export * from "./rule";
export { protectOutput } from "./protect";
export { findDeterminedCells, findExposedFigures, type AttackerKnowledge, type DeterminedCell, type RatioFigure } from "./attacker";
export { findUnroundedCounts, type RoundingKnowledge } from "./unround";
