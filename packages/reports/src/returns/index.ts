export * from "./sen2-spec";
export * from "./sen2-records";
export * from "./sen2-validate";
export * from "./sen2-writers";
export * from "./statutory-label";
export * from "./nhs-phb-return";
export * from "./statutory-tables";
export * from "./sen2-xml-reader";
