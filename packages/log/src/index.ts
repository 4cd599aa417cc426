export { errorFacts, formatLogLine, logger, type LogFields, type LogLevel } from "./log";
export { isWellFormedRequestId, REQUEST_ID_HEADER, requestIdFrom } from "./request-id";
