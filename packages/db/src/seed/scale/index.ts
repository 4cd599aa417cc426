export { seedScale, findScaleCouncils, type ScaleSeedOptions, type ScaleSeedSummary } from "./seed-scale";
export { finishScaleSeed } from "./finish-scale-seed";
export { planScale, SCALES, SCALE_TODAY, SCALE_HISTORY_START, SCALE_AMENDMENT_FROM, type ScaleName, type ScalePlan, type ScaleCouncil } from "./scale-plans";
export { makeScaleId } from "./ids";
export { loadCopyStreams, type CopyStreams } from "./copy-streams";
