import { proxyActivities } from '@temporalio/workflow';
import type { CalendarActivities } from '../../activities/calendar.activities.ts';
import type { CompiledNode, CompiledProcess } from '../../domain/processes/model/graph.ts';
import { addWorkingDuration, type CalendarData } from './working-time.ts';
import { hasFeature } from './features.ts';

const calendars = proxyActivities<CalendarActivities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '30 seconds' } });

/**
 * Business calendars of one instance: which calendar a node counts in (`crm:calendar` on the
 * task, else on the process) and the calendar data, loaded once per code through an activity.
 */
export class Calendars {
  private readonly loaded = new Map<string, CalendarData>();

  constructor(private readonly graph: CompiledProcess) {}

  /** The calendar code for a node's timers and dates; a boundary counts in its task's calendar. */
  codeFor(node: CompiledNode): string | undefined {
    const own = node.type === 'userTask' ? node.calendar : undefined;
    const attached = node.type === 'boundaryEvent' ? this.graph.nodes[node.attachedTo] : undefined;
    const fromTask = attached?.type === 'userTask' ? attached.calendar : undefined;
    const code = own ?? fromTask ?? this.graph.calendar;
    // Instances that started before calendars were counted keep calendar time on replay.
    return code && hasFeature('business-calendars') ? code : undefined;
  }

  /** The instant `duration` of working time after `fromMs`; null when the calendar is unknown. */
  async end(code: string, fromMs: number, duration: string): Promise<number | null> {
    let cal = this.loaded.get(code);
    if (!cal) {
      const data = await calendars.loadCalendar({ code });
      if (!data) return null;
      cal = data;
      this.loaded.set(code, cal);
    }
    return addWorkingDuration(cal, fromMs, duration);
  }
}
