import type { EntityManager } from '@mikro-orm/postgresql';
import { registerTimelineSource, type TimelineEntry } from '../clients/index.ts';
import { IncomingRequestSchema } from './incoming-request.entity.ts';
import { InteractionSchema } from './interaction.entity.ts';
import { isOverdue } from './list.service.ts';

// The dossier has already checked the counterparty is within reach; everything of a client
// in reach is visible (the interaction scope includes the client's scope).
async function interactions(em: EntityManager, _a: unknown, counterpartyId: number, limit: number): Promise<TimelineEntry[]> {
  const rows = await em.find(InteractionSchema, { counterpartyId }, { orderBy: { at: 'desc', id: 'desc' }, limit });
  return rows.map((i) => ({
    source: 'interaction',
    id: `interaction:${i.id}`,
    at: i.at,
    title: `${i.kind}: ${i.subject} (${isOverdue(i) ? 'overdue' : i.state})`,
    actorId: i.responsibleId,
    data: { interactionId: i.id, kind: i.kind, subject: i.subject, state: i.state, overdue: isOverdue(i), result: i.result ?? null, nextStep: i.nextStep ?? null, participantIds: i.participantIds },
  }));
}

async function requests(em: EntityManager, _a: unknown, counterpartyId: number, limit: number): Promise<TimelineEntry[]> {
  const rows = await em.find(IncomingRequestSchema, { counterpartyId }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit });
  return rows.map((r) => ({
    source: 'incoming_request',
    id: `incoming_request:${r.id}`,
    at: r.createdAt,
    title: `Incoming ${r.channel} from ${r.sender}`,
    actorId: r.createdBy ?? null,
    data: { requestId: r.id, channel: r.channel, from: r.sender, text: r.text, addresseeId: r.addresseeId, read: !!r.readAt },
  }));
}

/** Called once by the module index: interactions and incoming requests join the client's dossier. */
export function registerInteractionSources(): void {
  registerTimelineSource('interaction', interactions);
  registerTimelineSource('incoming_request', requests);
}
