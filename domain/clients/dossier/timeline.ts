import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../../access/index.ts';

/** One thing that happened around a client, from any module. */
export interface TimelineEntry {
  /** Which source produced it: `change`, `process`, `task`, later `interaction`, `deal`, `document`. */
  source: string;
  /** Stable within the source, e.g. `change:42`. */
  id: string;
  at: Date;
  title: string;
  actorId: number | null;
  data: Record<string, unknown>;
}

/** Reads the entries of one source for a counterparty the actor is already allowed to see. */
export type TimelineSource = (em: EntityManager, access: Access, counterpartyId: number, limit: number) => Promise<TimelineEntry[]>;

const sources = new Map<string, TimelineSource>();

/**
 * Modules that link records to clients (interactions, deals, documents) register a source at
 * start-up; the dossier merges every source by time. Registering a name again replaces it.
 */
export function registerTimelineSource(name: string, source: TimelineSource): void {
  sources.set(name, source);
}

export function timelineSources(): string[] {
  return [...sources.keys()];
}

export async function timelineOf(em: EntityManager, access: Access, counterpartyId: number, limit: number): Promise<TimelineEntry[]> {
  const all = await Promise.all([...sources.values()].map((read) => read(em.fork(), access, counterpartyId, limit)));
  return all.flat().sort((a, b) => b.at.getTime() - a.at.getTime() || a.id.localeCompare(b.id)).slice(0, limit);
}
