import type { EntityManager } from '@mikro-orm/postgresql';
import { TeamSchema, UserSchema, type Access } from '../../access/index.ts';
import { DomainError } from '../../errors.ts';
import { SalesPlanSchema, type SalesPlan } from './plan.entity.ts';

export interface PlanInput {
  userId: number;
  period: string;
  currency: string;
  amountWon: number;
  dealsWon: number;
  interactionsDone: number;
}
export type PlanPatch = Partial<Pick<PlanInput, 'currency' | 'amountWon' | 'dealsWon' | 'interactionsDone'>>;

/**
 * Whose plans the actor sets: an admin anyone's, a head of sales those of the members of the
 * teams they head. Others set none (the route lets only those two roles in).
 */
export async function plannableUsers(em: EntityManager, access: Access): Promise<number[] | null> {
  if (access.roles.includes('admin')) return null;
  if (!access.roles.includes('head_of_sales')) return [];
  const headed = await em.find(TeamSchema, { headId: access.userId }, { fields: ['id'] });
  if (!headed.length) return [];
  const members = await em.find(UserSchema, { teamId: { $in: headed.map((t) => t.id) } }, { fields: ['id'] });
  return members.map((u) => u.id);
}

async function checkPlannable(em: EntityManager, access: Access, userId: number, field = 'userId'): Promise<void> {
  if (!(await em.findOne(UserSchema, { id: userId, active: true }))) throw new DomainError('user.unknown', 'No active user with this id', 422, [field]);
  const allowed = await plannableUsers(em, access);
  if (allowed !== null && !allowed.includes(userId)) throw new DomainError('plan.not_your_team', 'You set plans for the members of the teams you head only', 403, [field]);
}

export async function createPlan(em: EntityManager, access: Access, input: PlanInput): Promise<SalesPlan> {
  await checkPlannable(em, access, input.userId);
  if (await em.findOne(SalesPlanSchema, { userId: input.userId, period: input.period })) {
    throw new DomainError('plan.exists', `User ${input.userId} already has a plan for ${input.period}; change that one`, 409, ['period']);
  }
  const plan = em.create(SalesPlanSchema, { ...input, setBy: access.userId });
  await em.flush();
  return plan;
}

/** One plan the actor may see: their own, or one they may set. */
export async function visiblePlan(em: EntityManager, access: Access, id: number, forWriting = false): Promise<SalesPlan> {
  const plan = await em.findOne(SalesPlanSchema, { id });
  const allowed = plan ? await plannableUsers(em, access) : [];
  const mine = plan?.userId === access.userId && !forWriting;
  if (!plan || !(mine || allowed === null || allowed.includes(plan.userId))) throw new DomainError('plan.not_found', 'No such plan', 404);
  return plan;
}

export async function updatePlan(em: EntityManager, access: Access, id: number, expected: number, patch: PlanPatch): Promise<SalesPlan> {
  const plan = await visiblePlan(em, access, id, true);
  if (plan.version !== expected) throw new DomainError('conflict.stale_version', `You sent version ${expected}; it is now ${plan.version}`, 412);
  em.assign(plan, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
  plan.setBy = access.userId;
  await em.flush();
  return plan;
}

export async function deletePlan(em: EntityManager, access: Access, id: number, expected: number): Promise<void> {
  const plan = await visiblePlan(em, access, id, true);
  if (plan.version !== expected) throw new DomainError('conflict.stale_version', `You sent version ${expected}; it is now ${plan.version}`, 412);
  await em.nativeDelete(SalesPlanSchema, { id, version: expected });
}

/** Plans of a period (or of several) for the given users (null: everyone). */
export function plansOf(em: EntityManager, period: string | string[], userIds: number[] | null): Promise<SalesPlan[]> {
  const periods = typeof period === 'string' ? [period] : period;
  return em.find(SalesPlanSchema, { period: { $in: periods }, ...(userIds ? { userId: { $in: userIds } } : {}) }, { orderBy: { userId: 'asc', period: 'asc' } });
}
