/** How many requests took a number of days from expression of interest to decision, in a year of decision. */
export interface DecisionDays {
  year: number;
  days: number;
  count: number;
}
