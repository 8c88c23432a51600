import { createMongoAbility, type MongoAbility } from '@casl/ability';

export const scopes = ['own', 'team', 'all'] as const;
/** Row-level reach: own = I am responsible, team = my team's (or the team I head), all. */
export type Scope = (typeof scopes)[number];
export type Action = 'manage' | 'read' | 'create' | 'update' | 'delete' | 'export';
export type Subject = 'Counterparty' | 'Contact' | 'Interaction' | 'Task' | 'LegalEntity' | 'Team' | 'ClientSettings' | 'all';

export type AppAbility = MongoAbility<[Action, Subject], { scope: Scope }>;

interface Grant {
  action: Action | Action[];
  subject: Subject | Subject[];
  scope?: Scope;
}

const clientRecords: Subject[] = ['Counterparty', 'Contact', 'Interaction', 'Task'];
const editing: Action[] = ['read', 'create', 'update', 'delete', 'export'];

/**
 * What each role may do with client records and at which reach. The scope travels as the
 * rule's condition so one CASL ability answers both "may I?" and "over which rows?".
 */
export const roleGrants: Record<string, Grant[]> = {
  admin: [{ action: 'manage', subject: 'all', scope: 'all' }],
  head_of_sales: [
    { action: editing, subject: clientRecords, scope: 'team' },
    { action: 'read', subject: ['LegalEntity', 'Team', 'ClientSettings'], scope: 'all' },
  ],
  sales_manager: [
    { action: editing, subject: clientRecords, scope: 'own' },
    { action: 'read', subject: ['LegalEntity', 'Team', 'ClientSettings'], scope: 'all' },
  ],
  agent: [
    { action: ['read', 'create', 'update'], subject: clientRecords, scope: 'own' },
    { action: 'read', subject: ['LegalEntity', 'ClientSettings'], scope: 'all' },
  ],
  // Read-only over the whole base: segments, campaigns and BI need every row.
  marketer: [{ action: ['read', 'export'], subject: [...clientRecords, 'LegalEntity', 'Team', 'ClientSettings'], scope: 'all' }],
  analyst: [{ action: ['read', 'export'], subject: [...clientRecords, 'LegalEntity', 'Team', 'ClientSettings'], scope: 'all' }],
  process_owner: [{ action: 'read', subject: ['LegalEntity', 'Team'], scope: 'all' }],
};

export function abilityFor(roles: string[]): AppAbility {
  const rules = roles.flatMap((role) =>
    (roleGrants[role] ?? []).map((g) => ({ action: g.action, subject: g.subject, conditions: { scope: g.scope ?? 'all' } })),
  );
  return createMongoAbility<AppAbility>(rules);
}

const reach: Record<Scope, number> = { own: 1, team: 2, all: 3 };

/** The widest scope any of the actor's roles grants for the action, or null when none does. */
export function scopeOf(ability: AppAbility, action: Action, subject: Subject): Scope | null {
  let best: Scope | null = null;
  for (const rule of ability.rulesFor(action, subject)) {
    if (rule.inverted) continue;
    const scope = (rule.conditions as { scope?: Scope } | undefined)?.scope ?? 'all';
    if (!best || reach[scope] > reach[best]) best = scope;
  }
  return best;
}
