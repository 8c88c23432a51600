import type { TFunction } from 'i18next';
import type { ApiError } from '../api/client';
import { describeError } from '../api/describeError';
import { stageName } from './stageName';

/** Why the process refused a move, in the user's language: the stages it allows from here, or that its tasks move it. */
export function refusalText(t: TFunction, error: ApiError): string {
  if (error.code === 'deal.move_forbidden') {
    const allowed = error.errors[0]?.params?.allowed;
    if (Array.isArray(allowed)) return allowed.length ? t('deals.allowedFromHere', { stages: allowed.map((s) => stageName(t, String(s))).join(', ') }) : t('deals.movesByTasks');
  }
  if (error.code === 'deal.closed') return t('deals.closedNoMoves');
  return describeError(t, error);
}
