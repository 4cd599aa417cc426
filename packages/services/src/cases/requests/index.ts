export { previewRequest } from "./preview-request";
export { createRequest } from "./create-request";
export { getRequest } from "./get-request";
export type { RequestView, RequestLineView, RequestDecisionView } from "./request-view";
export { withdrawRequest } from "./withdraw-request";
export { getRequestOptions, type RequestFormOptions } from "./get-request-options";
export type { RequestInput, RequestLineInput, RequestCheck, PolicyVersionRef } from "./request-types";
