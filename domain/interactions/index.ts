import { registerInteractionSources } from './timeline-sources.ts';

export { InteractionSchema, interactionKinds, interactionStates, interactionStateFilters, type Interaction, type InteractionKind, type InteractionState } from './interaction.entity.ts';
export { IncomingRequestSchema, requestChannels, routings, type IncomingRequest } from './incoming-request.entity.ts';
export { ReminderSchema, reminderStates, type Reminder } from './reminder.entity.ts';
export { interactionCancel, interactionComplete, interactionCreate, interactionPatch, type InteractionCancel, type InteractionComplete, type InteractionCreate, type InteractionPatch } from './interaction.input.ts';
export { cancelInteraction, completeInteraction, createInteraction, getInteraction, updateInteraction, type Changed } from './interactions.service.ts';
export { isOverdue, listInteractions, type InteractionQuery } from './list.service.ts';
export { interactionScope, scopedInteractions, visibleInteraction } from './scoped.ts';
export { cancelReminder, createReminder, listReminders, rescheduleReminder, syncInteractionReminder, type Notice, type ReminderPlan } from './reminders.service.ts';
export { fireReminder, notifyOverdue, type Notify } from './firing.service.ts';
export { listIncomingRequests, markRequestRead, registerIncomingRequest, unreadRequestCount, type IncomingRequestInput } from './incoming-requests.service.ts';
export { requestNames, type RequestNames } from './request-names.ts';
export { interactionFigures, type EmployeeFigures } from './analytics.service.ts';

registerInteractionSources();
