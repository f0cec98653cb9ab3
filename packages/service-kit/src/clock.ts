/** Today's date in UTC, `YYYY-MM-DD`: services read the clock here and pass the date to the domain. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
