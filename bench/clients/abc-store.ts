/**
 * `npx tsx bench/clients/abc-store.ts --size 1000000`: ABC/XYZ read and stored classes at a
 * size where the full bench takes hours on a shared machine. Clients are bare rows (no
 * duplicate-search indexes: storing classes no longer touches client rows) and the monthly
 * totals are written directly, as the triggers on sales lines would keep them: about 5.4
 * months with sales per client over 2025, revenue skewed so ABC has real classes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createUser, loadAccess } from '../../domain/access/index.ts';
import { abcXyz, listCounterparties, recalculateAbcXyz } from '../../domain/clients/index.ts';
import { openOrm } from '../../domain/orm.ts';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres.ts';
import { migrateAndSeed } from '../../scripts/lib/migrate-and-seed.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { fmt } from '../engine/stats.ts';
import { timed } from './measure.ts';

const { values } = parseArgs({ options: { size: { type: 'string', default: '1000000' } } });
const size = Number(values.size);
const load = () => `[${new Date().toISOString().slice(11, 19)} UTC, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}]`;
const say = (label: string, ms: number, rest: string) => console.log(`  ${label.padEnd(46)} ${fmt(ms / 1000, 2).padStart(8)} s  ${rest}  ${load()}`);

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-bench-abc-'));
  fs.chmodSync(dir, 0o755);
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), database: 'crm' });
  const orm = await openOrm(db.url);
  const sql = new pg.Client({ connectionString: db.url });
  try {
    await migrateAndSeed(db.url, {});
    await sql.connect();
    const admin = await createUser(orm.em.fork(), { email: 'admin@bench.test', displayName: 'Admin', password: 'bench password 1', roleCodes: ['admin'] });
    const managers: number[] = [];
    for (let i = 0; i < 20; i++) managers.push((await createUser(orm.em.fork(), { email: `m${i}@bench.test`, displayName: `M ${i}`, password: 'bench password 1', roleCodes: ['sales_manager'] })).id);
    const gin = (await sql.query<{ name: string }>(`select indexname as name from pg_indexes where tablename = 'counterparty' and indexdef ilike '% using gin %'`)).rows;
    for (const index of gin) await sql.query(`drop index "${index.name}"`);
    const gen = await timed(async () => {
      await sql.query(`insert into counterparty (id, kind, name, relationships, division, registration_ids, addresses, phones, emails, messengers, status, tags, responsible_id, search_text, created_at, updated_at, version)
        select g, 'company', 'Client ' || g, '["client"]', false, '[]', '[]', '[]', '[]', '[]', 'client', '[]', ($1::int[])[1 + g % 20], '', now(), now(), 1 from generate_series(1, ${size}) g`, [managers]);
      await sql.query('select setseed(0.42)');
      await sql.query(`insert into sales_month (counterparty_id, month, revenue, margin, lines)
        select c, make_date(2025, m, 1), r, round(r * 0.2, 2), 1
        from (select c, m, round((1000 * power(${size}::float8 / c, 0.7) * (0.5 + random()))::numeric, 2) as r
              from generate_series(1, ${size}) c, generate_series(1, 12) m where random() < 0.45) x`);
      await sql.query('analyze counterparty');
      await sql.query('analyze sales_month');
    });
    const months = (await sql.query<{ n: string }>('select count(*) as n from sales_month')).rows[0]!.n;
    console.log(`${size} clients, ${months} monthly totals in ${fmt(gen.ms / 1000)} s ${load()}`);
    const adminAccess = await loadAccess(orm.em.fork(), { id: admin.id, roles: ['admin'] });
    const managerAccess = await loadAccess(orm.em.fork(), { id: managers[0]!, roles: ['sales_manager'] });
    const period = { from: '2025-01-01', to: '2025-12-31', measure: 'revenue' as const, a: 80, b: 15, x: 10, y: 25 };
    const read = await timed(() => abcXyz(orm.em.fork(), adminAccess, period, 100));
    say('ABC/XYZ read, whole base', read.ms, `${read.value.clients} clients`);
    const own = await timed(() => abcXyz(orm.em.fork(), managerAccess, period, 100));
    say("ABC/XYZ read, one manager's clients", own.ms, `${own.value.clients} clients`);
    const store = await timed(() => recalculateAbcXyz(orm.em.fork(), adminAccess, period));
    say('ABC/XYZ recalculate and store, first time', store.ms, `${store.value.classified} classified`);
    const again = await timed(() => recalculateAbcXyz(orm.em.fork(), adminAccess, { ...period, measure: 'margin' }));
    say('ABC/XYZ recalculate and store again (margin)', again.ms, `${again.value.classified} classified, ${again.value.cleared} cleared`);
    const listed = await timed(() => listCounterparties(orm.em.fork(), managerAccess, { abcClass: ['A'], sort: 'name', limit: 50 }));
    say("list of a manager's class-A clients", listed.ms, `${listed.value.items.length} on the first page`);
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
