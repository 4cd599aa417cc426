export { runWhatIf, type WhatIfInput, type WhatIfResult } from "./run-what-if";
export { listWhatIfChoices, type WhatIfChoices } from "./list-what-if-choices";
export { readRecordedLines, countRecordedLines } from "./read-recorded-lines";
