/**
 * Time-limit arithmetic for the procurement timelines: a limit with or
 * without one of its variants, the worked timeline as day offsets, and day
 * offsets as calendar dates. Plain functions, used by the timeline pages, the
 * content check and the page's date script (which imports only `addDays` and
 * `formatDay`, so nothing here imports the schemas' values).
 */
import type { TimeLimit, TimeLimitVariant, Timeline } from '../../schemas/timelines.ts';

/**
 * The minimum in a variant's case: `to` sets it, `by` shortens the full limit.
 * `variantDays(35, { by: 5 })` is 30; `variantDays(35, { to: 15 })` is 15.
 * Never below one day.
 */
export function variantDays(days: number, variant: Pick<TimeLimitVariant, 'to' | 'by'> | undefined): number {
  if (!variant) return days;
  const result = variant.to ?? days - (variant.by ?? 0);
  return Math.max(1, result);
}

/** One bar of the worked timeline: its limit, from which day to which day of its phase. */
export interface ScheduledStep {
  limitId: string;
  limit: TimeLimit;
  variantId: string | undefined;
  variant: TimeLimitVariant | undefined;
  days: number;
  /** Day of the phase the step starts on (0 for the first step). */
  start: number;
  /** Day of the phase the step ends on: `start + days`. */
  end: number;
  /** Where the law sets this length: the limit's article, or the variant's. */
  article: string;
}

export interface ScheduledPhase {
  from: string;
  steps: ScheduledStep[];
  /** The last day of the phase. */
  length: number;
}

/** A step that names a limit or variant the timeline does not have; the content check reports these by field. */
export interface StepIssue {
  path: (string | number)[];
  message: string;
}

/** Steps whose `limit` or `variant` the timeline does not define. */
export function stepIssues(timeline: Pick<Timeline, 'limits' | 'worked'>): StepIssue[] {
  const issues: StepIssue[] = [];
  timeline.worked.phases.forEach((phase, p) =>
    phase.steps.forEach((step, s) => {
      const limit = Object.hasOwn(timeline.limits, step.limit) ? timeline.limits[step.limit] : undefined;
      if (!limit) {
        issues.push({
          path: ['worked', 'phases', p, 'steps', s, 'limit'],
          message: `"${step.limit}" is not a limit of this timeline; limits: ${Object.keys(timeline.limits).join(', ')}`,
        });
      } else if (step.variant !== undefined && !Object.hasOwn(limit.variants, step.variant)) {
        const known = Object.keys(limit.variants);
        issues.push({
          path: ['worked', 'phases', p, 'steps', s, 'variant'],
          message: `"${step.variant}" is not a variant of the limit "${step.limit}"; ${known.length > 0 ? `its variants: ${known.join(', ')}` : 'it has none'}`,
        });
      }
    }),
  );
  return issues;
}

/**
 * The worked timeline as day offsets: within each phase the steps follow one
 * another, each as long as its limit (or variant) allows at the least.
 * Only call on a timeline without step issues.
 */
export function schedule(timeline: Pick<Timeline, 'limits' | 'worked'>): ScheduledPhase[] {
  return timeline.worked.phases.map((phase) => {
    let day = 0;
    const steps = phase.steps.map((step): ScheduledStep => {
      const limit = timeline.limits[step.limit] as TimeLimit;
      const variant = step.variant === undefined ? undefined : limit.variants[step.variant];
      const days = variantDays(limit.days, variant);
      const scheduled = {
        limitId: step.limit,
        limit,
        variantId: step.variant,
        variant,
        days,
        start: day,
        end: day + days,
        article: variant?.article ?? limit.article,
      };
      day += days;
      return scheduled;
    });
    return { from: phase.from, steps, length: day };
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The day `days` after an ISO day, counted in UTC so no time zone or summer
 * time change moves it: `addDays('2027-03-26', 3)` is `2027-03-29`.
 * Undefined when `isoDay` is not a real day.
 */
export function addDays(isoDay: string, days: number): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = Date.UTC(year, month - 1, day);
  const check = new Date(start);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return undefined;
  return new Date(start + days * DAY_MS).toISOString().slice(0, 10);
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** `formatDay('2027-03-29')` is `Mon, 29 Mar 2027` (read in UTC, as `addDays` counts). */
export function formatDay(isoDay: string): string {
  return DAY_FORMAT.format(new Date(`${isoDay}T00:00:00Z`));
}
