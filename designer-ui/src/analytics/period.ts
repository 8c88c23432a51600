const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The year up to today: the default period of the client analyses. */
export function lastYear() {
  const to = new Date();
  const from = new Date(to);
  from.setFullYear(to.getFullYear() - 1);
  return { from: isoDay(from), to: isoDay(to) };
}
