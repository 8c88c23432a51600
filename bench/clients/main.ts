/**
 * `npm run bench:clients`: the client base at scale on an embedded PostgreSQL of its own.
 * `--size N` counterparties (default 100 000, 1 % planted duplicates), `--lines M` sales lines
 * (default 1 000 000), or BENCH_CLIENTS / BENCH_SALES_LINES. Prints duplicate search, list and
 * ABC/XYZ timings, the full-base duplicate pairs last (the longest part at a million clients).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createUser, loadAccess } from '../../domain/access/index.ts';
import { abcXyz, listCounterparties, recalculateAbcXyz, segmentationReport } from '../../domain/clients/index.ts';
import { openOrm } from '../../domain/orm.ts';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres.ts';
import { migrateAndSeed } from '../../scripts/lib/migrate-and-seed.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { fmt } from '../engine/stats.ts';
import { generateCounterparties, generateSalesLines } from './generate.ts';
import { plantDuplicates } from './plant.ts';
import { benchCandidates, benchList, benchPairs, timed } from './measure.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: process.env.BENCH_CLIENTS ?? '100000' },
    lines: { type: 'string', default: process.env.BENCH_SALES_LINES ?? '1000000' },
    probes: { type: 'string', default: '200' },
  },
});
const size = Number(values.size);
const lines = Number(values.lines);
const probes = Number(values.probes);

/** Section headers carry the time and the machine's load: figures from a shared machine need both. */
const section = (title: string) => console.log(`\n${title}  [${new Date().toISOString().slice(11, 19)} UTC, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}]`);

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-bench-clients-'));
  fs.chmodSync(dir, 0o755);
  console.log(`Embedded PostgreSQL in ${dir}; ${size} counterparties, ${lines} sales lines`);
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), database: 'crm' });
  const orm = await openOrm(db.url);
  const sql = new pg.Client({ connectionString: db.url });
  try {
    await migrateAndSeed(db.url, {});
    await sql.connect();
    const admin = await createUser(orm.em.fork(), { email: 'admin@bench.test', displayName: 'Admin', password: 'bench password 1', roleCodes: ['admin'] });
    const managers: { id: number }[] = [];
    for (let i = 0; i < 20; i++) managers.push(await createUser(orm.em.fork(), { email: `m${i}@bench.test`, displayName: `Manager ${i}`, password: 'bench password 1', roleCodes: ['sales_manager'] }));

    const gen = await timed(async () => {
      await generateCounterparties(sql, size, managers.map((m) => m.id));
      return plantDuplicates(sql, size);
    });
    const planted = gen.value;
    await sql.query('analyze counterparty');
    console.log(`Generated ${size} counterparties + ${planted.length} planted duplicates in ${fmt(gen.ms / 1000)} s`);
    const shown = planted.slice(0, 5).flatMap((p) => [p.a, p.b]);
    const sample = await sql.query<{ id: number; name: string }>('select id, name from counterparty where id = any($1::int[]) or id % $2 = 3 order by id limit 20', [shown, Math.max(1, Math.floor(size / 10))]);
    console.log(`  names, e.g.: ${sample.rows.map((r) => r.name).join(' | ')}`);

    const adminAccess = await loadAccess(orm.em.fork(), { id: admin.id, roles: ['admin'] });
    const managerAccess = await loadAccess(orm.em.fork(), { id: managers[0]!.id, roles: ['sales_manager'] });
    const sources = (await sql.query<{ name: string; phone: string; email: string }>(
      `select name, phones->0->>'number' as phone, emails->0->>'address' as email from counterparty where id % $1 = 0 and id <= $2 order by id limit $3`,
      [Math.max(1, Math.floor(size / probes)), size, probes],
    )).rows;
    section('Duplicates');
    const all = await benchCandidates(() => orm.em.fork(), adminAccess, 'scope all', sources);
    console.log(`    variants of existing clients found: ${all.hits}/${all.probes}`);
    await benchCandidates(() => orm.em.fork(), managerAccess, 'scope own', sources.slice(0, Math.min(100, sources.length)));

    section('List');
    await benchList(() => orm.em.fork(), adminAccess, 'scope all', 100);
    await benchList(() => orm.em.fork(), managerAccess, 'scope own', 100);

    section('ABC/XYZ');
    const genLines = await timed(() => generateSalesLines(sql, lines, size));
    await sql.query('analyze sales_line');
    const kept = (await sql.query<{ n: string }>('select count(*) as n from sales_month')).rows[0]!.n;
    console.log(`  generated ${lines} sales lines in ${fmt(genLines.ms / 1000)} s (monthly totals kept by trigger: ${kept} rows)`);
    const period = { from: '2025-01-01', to: '2025-12-31', measure: 'revenue' as const, a: 80, b: 15, x: 10, y: 25 };
    const read = await timed(() => abcXyz(orm.em.fork(), adminAccess, period, 100));
    console.log(`  ABC/XYZ read over ${lines} lines                ${fmt(read.ms / 1000, 2)} s, ${read.value.clients} clients, matrix ${JSON.stringify(read.value.matrix)}`);
    const own = await timed(() => abcXyz(orm.em.fork(), managerAccess, period, 100));
    console.log(`  ABC/XYZ read, one manager's clients            ${fmt(own.ms / 1000, 2)} s, ${own.value.clients} clients`);
    const store = await timed(() => recalculateAbcXyz(orm.em.fork(), adminAccess, period));
    console.log(`  ABC/XYZ recalculate and store                  ${fmt(store.ms / 1000, 2)} s, ${store.value.classified} classified`);
    // Again, by margin: every current class is replaced, most change.
    const again = await timed(() => recalculateAbcXyz(orm.em.fork(), adminAccess, { ...period, measure: 'margin' }));
    console.log(`  ABC/XYZ recalculate and store again (margin)   ${fmt(again.ms / 1000, 2)} s, ${again.value.classified} classified, ${again.value.cleared} cleared`);
    const stored = await timed(() => listCounterparties(orm.em.fork(), managerAccess, { abcClass: ['A'], sort: 'name', limit: 50 }));
    console.log(`  list of a manager's class-A clients            ${fmt(stored.ms, 1)} ms, ${stored.value.items.length} on the first page`);
    const seg = await timed(() => segmentationReport(orm.em.fork(), adminAccess, period.from, period.to));
    console.log(`  segmentation report                            ${fmt(seg.ms / 1000, 2)} s`);

    section('Duplicates over the whole base');
    await benchPairs(orm.em.fork(), adminAccess, planted);
    section('Done');
  } finally {
    await sql.end().catch(() => undefined);
    await orm.close();
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
