import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../../domain/access/index.ts';
import { duplicateCandidates, duplicatePairs, listCounterparties, type ListQuery } from '../../domain/clients/index.ts';
import { fmt, percentile } from '../engine/stats.ts';

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await work();
  return { ms: performance.now() - t, value };
}

const line = (label: string, sample: number[]) =>
  console.log(`  ${label.padEnd(46)} p50 ${fmt(percentile(sample, 50)).padStart(7)} ms   p95 ${fmt(percentile(sample, 95)).padStart(7)} ms   (${sample.length} runs)`);

/** A phone as people type it: national form with spaces, which the search must normalise. */
const typedPhone = (e164: string) => `0${e164.slice(4, 6)} ${e164.slice(6, 9)} ${e164.slice(9, 11)} ${e164.slice(11)}`;

/**
 * Candidates for a record being typed: half the probes are variants of existing clients
 * (found), half are new names (nothing to find), as a user filling the create form.
 */
export async function benchCandidates(em: () => EntityManager, access: Access, label: string, sources: { name: string; phone: string; email: string }[]) {
  const sample: number[] = [];
  let hits = 0;
  for (const [i, s] of sources.entries()) {
    const typed = i % 2 === 0
      ? { name: s.name.toUpperCase().replace(/ \S+$/, ' Ltd'), phone: typedPhone(s.phone), email: s.email.toUpperCase() }
      : { name: `Brandnew Company ${i} Zyx`, phone: `067 ${String(1000000 + i).slice(1, 4)} 00 ${String(i % 100).padStart(2, '0')}`, email: `new${i}@nowhere.example` };
    const { ms, value } = await timed(() => duplicateCandidates(em(), access, typed));
    sample.push(ms);
    if (i % 2 === 0 && value.length) hits++;
  }
  line(`duplicate candidates, one new record (${label})`, sample);
  return { sample, hits, probes: Math.ceil(sources.length / 2) };
}

/** Every duplicate pair of the base, scored against the planted pairs. */
export async function benchPairs(em: EntityManager, access: Access, planted: { a: number; b: number; variant: string }[]) {
  const { ms, value } = await timed(() => duplicatePairs(em, access));
  const found = new Set(value.map((p) => `${p.a.id}-${p.b.id}`));
  const plantedKeys = new Set(planted.map((p) => `${Math.min(p.a, p.b)}-${Math.max(p.a, p.b)}`));
  const truePositives = [...found].filter((k) => plantedKeys.has(k)).length;
  const byVariant = new Map<string, { found: number; all: number }>();
  for (const p of planted) {
    const v = byVariant.get(p.variant) ?? { found: 0, all: 0 };
    v.all++;
    if (found.has(`${Math.min(p.a, p.b)}-${Math.max(p.a, p.b)}`)) v.found++;
    byVariant.set(p.variant, v);
  }
  console.log(`  full-base duplicate pairs                      ${fmt(ms / 1000, 2)} s, ${value.length} pairs; precision ${fmt((100 * truePositives) / Math.max(1, value.length))} %, recall ${fmt((100 * truePositives) / planted.length)} % of ${planted.length} planted`);
  for (const [variant, v] of byVariant) console.log(`    recall, ${variant.padEnd(38)} ${fmt((100 * v.found) / v.all)} % (${v.found}/${v.all})`);
  // What the pairs nobody planted are: namesakes (equal names once legal forms are dropped), look-alike names, shared keys.
  const unplanted = value.filter((p) => !plantedKeys.has(`${p.a.id}-${p.b.id}`));
  const nameOnly = unplanted.filter((p) => p.reasons.every((r) => r.kind === 'name'));
  const same = nameOnly.filter((p) => p.reasons.some((r) => r.kind === 'name' && r.similarity >= 1));
  console.log(`    pairs not planted: ${unplanted.length} (${same.length} equal names, ${nameOnly.length - same.length} similar names, ${unplanted.length - nameOnly.length} sharing a phone, e-mail or tax id)`);
  for (const p of unplanted.filter((_, i) => i % Math.max(1, Math.floor(unplanted.length / 5)) === 0).slice(0, 5)) console.log(`      e.g. ${JSON.stringify(p.a.name)} ~ ${JSON.stringify(p.b.name)} ${p.score}`);
  return { ms, pairs: value.length, precision: truePositives / Math.max(1, value.length), recall: truePositives / planted.length };
}

/** List pages as the client list asks for them: filters, a sort, 50 rows, often a search. */
export async function benchList(em: () => EntityManager, access: Access, label: string, runs: number) {
  const queries: ListQuery[] = [
    { status: ['client'], industry: 'Retail', sort: 'name', limit: 50 },
    { status: ['lead', 'prospect'], region: 'Lviv', sort: '-createdAt', limit: 50 },
    { tags: ['tag7'], sort: '-updatedAt', limit: 50 },
    { q: 'velm', sort: 'name', limit: 50 },
    { sort: 'name', limit: 50 },
    // A common word (thousands of matches), a two-letter start of a name, a city, a typed phone.
    { q: 'trade', sort: 'name', limit: 50 },
    { q: 'ko', sort: 'name', limit: 50 },
    { q: 'lviv', sort: '-updatedAt', limit: 50 },
    { q: '067 000 12', sort: 'name', limit: 50 },
  ];
  const sample: number[] = [];
  const byQuery = queries.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    const { ms } = await timed(() => listCounterparties(em(), access, queries[i % queries.length]!));
    sample.push(ms);
    byQuery[i % queries.length]!.push(ms);
  }
  line(`list with filter and sort (${label})`, sample);
  queries.forEach((q, i) => console.log(`    p95 ${fmt(percentile(byQuery[i]!, 95)).padStart(7)} ms  ${JSON.stringify({ ...q, limit: undefined })}`));
  return sample;
}
