import type { EntityManager } from '@mikro-orm/postgresql';
import { requireScope, type Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { plannableUsers, plansOf } from './plans.service.ts';
import type { Period } from './periods.ts';
import { monthsOf, targetOf } from './targets.ts';

export interface Performer {
  userId: number;
  displayName: string | null;
  teamId: number | null;
}

/**
 * Whose performance the actor sees: a sales manager (scope own) themselves, a head of sales
 * (team) themselves and the members of their teams, an admin or analyst (all) everyone who
 * sells (roles sales_manager, head_of_sales) or has a plan in the period. `manager` narrows
 * to one person; someone out of reach is refused with 403.
 */
export async function performersInReach(em: EntityManager, access: Access, period: string, manager?: number): Promise<Performer[]> {
  const scope = requireScope(access, 'read', 'Counterparty');
  let where: string;
  let params: unknown[];
  if (scope === 'own' || (scope === 'team' && !access.teamIds.length)) {
    [where, params] = ['u.id = ?', [access.userId]];
  } else if (scope === 'team') {
    [where, params] = [`(u.id = ? or u.team_id in (${access.teamIds.map(() => '?').join(', ')}))`, [access.userId, ...access.teamIds]];
  } else {
    where = `(exists (select 1 from user_role ur join role r on r.id = ur.role_id where ur.user_id = u.id and r.code in ('sales_manager', 'head_of_sales'))
      or exists (select 1 from sales_plan p where p.user_id = u.id and p.period = ?))`;
    params = [period];
  }
  const rows = await em.getConnection().execute<{ id: number; display_name: string | null; team_id: number | null }[]>(
    `select u.id, u.display_name, u.team_id from app_user u where ${where} order by u.id`, params);
  const people = rows.map((r) => ({ userId: r.id, displayName: r.display_name, teamId: r.team_id }));
  if (manager === undefined) return people;
  const one = people.filter((p) => p.userId === manager);
  if (!one.length) throw new DomainError('performance.out_of_reach', 'You see your own figures, a head of sales their team’s', 403, ['query.manager']);
  return one;
}

interface Figures {
  amountWon: number | null;
  dealsWon: number;
  interactionsDone: number;
  wonAmounts: { currency: string; amount: number }[];
}

const percent = (actual: number | null, target: number) => (actual === null || target <= 0 ? null : Math.round((actual / target) * 1000) / 10);

/**
 * Plan against actual per person over [from, to): deals won (closed won in the period, as
 * responsible; the amount in the plan's currency, every currency listed) and interactions
 * done, counted when they were completed (`completed_at`; a done one without it, by its
 * time). A quarter without its own plan is measured against the sum of its month plans
 * (see targets.ts).
 */
export async function salesPerformance(em: EntityManager, access: Access, period: Period, manager?: number) {
  const people = await performersInReach(em, access, period.key, manager);
  const ids = people.map((p) => p.userId);
  const periods = period.kind === 'quarter' ? [period.key, ...monthsOf(period)] : [period.key];
  const plans = ids.length ? await plansOf(em, periods, ids) : [];
  const plannable = await plannableUsers(em, access);
  const marks = ids.map(() => '?').join(', ');
  const won = ids.length
    ? await em.getConnection().execute<{ responsible_id: number; currency: string; deals: string; amount: string }[]>(
      `select responsible_id, currency, count(*) as deals, sum(amount) as amount from deal
       where status = 'won' and closed_at >= ? and closed_at < ? and responsible_id in (${marks}) group by responsible_id, currency order by currency`,
      [period.from, period.to, ...ids])
    : [];
  // Work counts when it was done, not when it was planned: a call planned for next month but
  // made today belongs to today's period.
  const done = ids.length
    ? await em.getConnection().execute<{ responsible_id: number; n: string }[]>(
      `select responsible_id, count(*) as n from interaction
       where state = 'done' and coalesce(completed_at, at) >= ? and coalesce(completed_at, at) < ? and responsible_id in (${marks}) group by responsible_id`,
      [period.from, period.to, ...ids])
    : [];
  return people.map((p) => {
    const plan = targetOf(period, plans.filter((x) => x.userId === p.userId));
    const mine = won.filter((w) => w.responsible_id === p.userId);
    const wonAmounts = mine.map((w) => ({ currency: w.currency, amount: Number(w.amount) }));
    const actual: Figures = {
      amountWon: plan?.currency ? (wonAmounts.find((w) => w.currency === plan.currency)?.amount ?? 0) : null,
      dealsWon: mine.reduce((n, w) => n + Number(w.deals), 0),
      interactionsDone: Number(done.find((d) => d.responsible_id === p.userId)?.n ?? 0),
      wonAmounts,
    };
    return {
      ...p,
      /** Whether the asker may set or change this person's plan (the UI offers editing only then). */
      canPlan: plannable === null || plannable.includes(p.userId),
      plan,
      actual,
      completionPercent: plan
        ? { amountWon: plan.amountWon === null ? null : percent(actual.amountWon, plan.amountWon), dealsWon: percent(actual.dealsWon, plan.dealsWon), interactionsDone: percent(actual.interactionsDone, plan.interactionsDone) }
        : null,
    };
  });
}
