/**
 * A CSV or file that cannot be read as asked. `field` names where, for a 4xx message:
 * "row 4, column amount" or "file"; nothing from a rejected file is kept.
 */
export class FinanceFileError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = "FinanceFileError";
  }
}
