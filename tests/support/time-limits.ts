/**
 * Time limits for tests, scaled to how busy the machine is when the run starts.
 * A limit is there to stop a test that hangs, not to time it (speed goals are
 * the benchmark's): a browser check that takes 2 s on an idle machine takes 10 s
 * beside two CPU-bound processes on two cores, and failed at a fixed limit.
 *
 * The scale is the machine's load per core (1-minute load average over the
 * cores, at least 1), times `KF_TEST_TIME_SCALE` (default 1) for a machine known
 * to be slow or a run that will be loaded later than it starts.
 */
import { availableParallelism, loadavg } from 'node:os';

function timeScale(): number {
  const setting = Number(process.env['KF_TEST_TIME_SCALE'] ?? '1');
  if (!Number.isFinite(setting) || setting <= 0)
    throw new Error(
      `KF_TEST_TIME_SCALE must be a positive number, e.g. 2; it is "${process.env['KF_TEST_TIME_SCALE']}"`,
    );
  const load = Math.max(1, (loadavg()[0] ?? 0) / availableParallelism());
  return setting * load;
}

/**
 * Measured once per run, by the test configuration, and handed to the test workers (which inherit
 * the environment), so every limit of a run uses the same scale.
 */
const RUN_SCALE = 'KF_TEST_TIME_SCALE_OF_RUN';
export const TIME_SCALE = Number(process.env[RUN_SCALE] ?? (process.env[RUN_SCALE] = String(timeScale())));

/** A limit measured on an idle machine, scaled to this run: `scaled(30_000)`. */
export function scaled(ms: number): number {
  return Math.round(ms * TIME_SCALE);
}
