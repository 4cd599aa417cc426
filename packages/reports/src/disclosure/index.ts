export * from "./rule";
export { protectOutput } from "./protect";
export { cellKey, parseCellKey, type CellKey } from "./relations";
