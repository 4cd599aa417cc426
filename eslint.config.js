import base from "@pb/eslint-config";

export default base;
