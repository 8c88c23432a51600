/**
 * Variables a process started for a record gets unless the starter typed them: `owner` (the
 * person who started it, as the deal screen's own start does) and the record's id under the
 * name the shipped processes read (`counterpartyId`, `dealId`). Without them a process started
 * from a client card put its first task on `=owner` with nobody behind it: no inbox showed it.
 */
export function recordVariables(record: { type: string; id: string } | null, startedBy: number): Record<string, unknown> {
  if (!record) return {};
  const owner = String(startedBy);
  if (record.type === 'client') return { owner, counterpartyId: Number(record.id) };
  if (record.type === 'deal') return { owner, dealId: record.id };
  return { owner };
}
