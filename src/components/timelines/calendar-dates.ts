/**
 * Progressive enhancement of a timeline page: the date typed for day 0 of a
 * phase fills each `[data-cal-phase][data-day]` cell of that phase with its
 * calendar date, counted in UTC. The only script of the toolkit's pages.
 */
import { addDays, formatDay } from '../../lib/timelines/schedule.ts';

function fill(root: ParentNode, input: HTMLInputElement): void {
  const phase = input.dataset['phase'];
  for (const cell of root.querySelectorAll<HTMLElement>(`[data-cal-phase="${phase}"]`)) {
    const iso = input.value ? addDays(input.value, Number(cell.dataset['day'])) : undefined;
    cell.textContent = iso ? formatDay(iso) : '';
  }
}

for (const root of document.querySelectorAll<HTMLElement>('[data-timeline]')) {
  for (const input of root.querySelectorAll<HTMLInputElement>('input[data-phase]')) {
    input.addEventListener('input', () => fill(root, input));
    // A date kept by the browser on going back is shown again.
    fill(root, input);
  }
  root.querySelector('.js-only')?.classList.add('ready');
}
