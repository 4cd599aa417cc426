import styles from "./exports.module.css";

/** The period of an export: a financial or academic year, or two dates. Plain fields: the form works without script. */
export function PeriodFields({ idPrefix, years, defaultYear }: { idPrefix: string; years: readonly string[]; defaultYear: string }) {
  return (
    <fieldset className={styles.period}>
      <legend>Period</legend>
      <div>
        <label htmlFor={`${idPrefix}-period`}>Kind of period</label>
        <select id={`${idPrefix}-period`} name="period" defaultValue="financial_year">
          <option value="financial_year">Financial year (April to March)</option>
          <option value="academic_year">Academic year (September to August)</option>
          <option value="custom">Between two dates</option>
        </select>
      </div>
      <div>
        <label htmlFor={`${idPrefix}-year`}>Year</label>
        <select id={`${idPrefix}-year`} name="year" defaultValue={defaultYear}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${idPrefix}-from`}>From (for dates)</label>
        <input id={`${idPrefix}-from`} name="from" type="date" />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-to`}>To (for dates)</label>
        <input id={`${idPrefix}-to`} name="to" type="date" />
      </div>
    </fieldset>
  );
}
