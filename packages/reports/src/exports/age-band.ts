/** Age groups as the DfE's SEN2 statistics publish them: an age, never a date of birth, leaves the product. */
export const AGE_BANDS = ["under_5", "5_to_10", "11_to_15", "16_to_19", "20_to_25", "over_25"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  under_5: "Under 5",
  "5_to_10": "5 to 10",
  "11_to_15": "11 to 15",
  "16_to_19": "16 to 19",
  "20_to_25": "20 to 25",
  over_25: "Over 25",
};

export function findAgeBand(age: number): AgeBand {
  if (!Number.isInteger(age) || age < 0) throw new RangeError(`${age} is not an age in whole years`);
  if (age < 5) return "under_5";
  if (age <= 10) return "5_to_10";
  if (age <= 15) return "11_to_15";
  if (age <= 19) return "16_to_19";
  if (age <= 25) return "20_to_25";
  return "over_25";
}
