import { bankFor } from '../../data/question-bank';
import { computeAreaScores } from '../../domain/area-scores';
import { formatPosition } from '../../domain/format';
import { summariseShape } from '../../domain/shape';
import { computeSpectrumPosition } from '../../domain/spectrum';

/** A result's shape and position in words, without the bootstrap: history tables list many. */
export function describeResponses(
  responses: Readonly<Record<string, number>>,
  bankVersion: number,
) {
  const scores = computeAreaScores(bankFor(bankVersion), responses);
  const position = computeSpectrumPosition(scores);
  return {
    shape: summariseShape(scores).shape,
    position: position === null ? 'Not enough signal' : formatPosition(position),
  };
}
