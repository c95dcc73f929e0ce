// The score that counts, as the gradebook counts it (the server applies the course's late rule), next to
// the judge's own score, so that a late answer never reads as full marks when it counts for less.
import { formatScore } from './dom.js';

/**
 * counted is {rawScore, penaltyPercent, score, daysLate} from the server; max the exercise's points.
 * "10 / 10" on time; "10 / 10, 39 days late (−100%): counts 0 / 10" after the deadline.
 */
export function standingText(counted, max) {
  const raw = `${formatScore(counted.rawScore)} / ${formatScore(max)}`;
  if (!counted.daysLate) return raw;
  const days = counted.daysLate === 1 ? '1 day' : `${counted.daysLate} days`;
  return `${raw}, ${days} late (−${formatScore(counted.penaltyPercent)}%): counts ${formatScore(counted.score)}`
    + ` / ${formatScore(max)}`;
}
