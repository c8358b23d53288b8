/** Levenshtein distance between two strings, e.g. `editDistance('drone', 'drones')` is 1. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate closest to `wanted`, for "did you mean" hints; undefined when
 * nothing is close enough to help (more than half the word would change).
 */
export function closest(wanted: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // A slug typed in part ("drones") is as good a hint as a one-letter typo; the shortest such candidate wins.
    const distance =
      wanted.length >= 3 && (candidate.includes(wanted) || wanted.includes(candidate))
        ? 1 + Math.abs(candidate.length - wanted.length) / 1000
        : editDistance(wanted, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, wanted.length / 2) ? best : undefined;
}
