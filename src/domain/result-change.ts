import type { AreaId, QuestionBank, RatingItem } from '../data/bank-types';
import { LEVELS } from '../data/levels';
import { BANKS, QUESTION_BANK } from '../data/question-bank';
import { computeAreaScores, isRatingLevel } from './area-scores';
import { formatScore, formatScoreChange } from './format';
import { joinNames } from './reading';

/**
 * The part of a saved result that history needs. Declared here rather than
 * imported from the store, because domain/ may not depend on store/; a
 * `CompletedResult` fits it as it is.
 */
export interface ResultInput {
  readonly completedAt: string;
  readonly bankVersion: number;
  readonly responses: Readonly<Record<string, number>>;
}

/** The banks results are read with: the current one, and older versions where still known. */
export interface BankSet {
  readonly current: QuestionBank;
  readonly byVersion?: Readonly<Record<number, QuestionBank>>;
}

/** How one area's score moved between two results. */
export interface AreaChange {
  readonly area: AreaId;
  readonly name: string;
  readonly before: number | null;
  readonly after: number | null;
  /** after − before; null when either result has no score for the area. */
  readonly change: number | null;
}

/** How one rating item (sub-skill) moved between two results. */
export interface ItemChange {
  readonly area: AreaId;
  readonly itemId: string;
  readonly title: string;
  /** The level given in the earlier result; null when unanswered or not in its bank. */
  readonly before: number | null;
  readonly after: number | null;
  /** added: only in the later result's bank; removed: only in the earlier one's. */
  readonly status: 'changed' | 'same' | 'added' | 'removed';
}

/** Everything "Compare with a past result" shows, as data. */
export interface ResultChange {
  readonly areas: readonly AreaChange[];
  readonly items: readonly ItemChange[];
  /** One line per area that moved, or the single line "No change". */
  readonly summary: readonly string[];
  /** Set only when the results come from different bank versions. */
  readonly bankNote: string | null;
}

/**
 * The bank a result was made with. Every released bank is kept, so only a version
 * this build never had (the gates refuse those first) falls back to the current bank:
 * matching items by id still reads whatever the two share, which beats refusing to compare.
 */
export function resolveBank(version: number, banks: BankSet): QuestionBank {
  return banks.byVersion?.[version] ?? banks.current;
}

interface PlacedItem {
  readonly area: AreaId;
  readonly item: RatingItem;
}

function indexItems(bank: QuestionBank): ReadonlyMap<string, PlacedItem> {
  return new Map(
    bank.areas.flatMap((area) => area.items.map((item) => [item.id, { area: area.id, item }])),
  );
}

function levelOf(responses: Readonly<Record<string, number>>, itemId: string): number | null {
  const level = responses[itemId];
  return isRatingLevel(level) ? level : null;
}

function levelName(level: number | null): string {
  return level === null ? 'Not answered' : (LEVELS[level]?.name ?? String(level));
}

/** "+13", "−10", "(same score)" when it rounds to no change, or "40 → no score". */
function formatScoreMove(before: number | null, after: number | null): string {
  if (before !== null && after !== null) {
    const change = formatScoreChange(after - before);
    return change === formatScoreChange(0) ? '(same score)' : change;
  }
  const show = (score: number | null) => formatScore(score, 'no score');
  return `${show(before)} → ${show(after)}`;
}

/**
 * What changed between an earlier and a later result: per-area scores, per-item
 * levels, a plain-language summary and, when the question bank changed in
 * between, a note saying which items came and went.
 *
 * Each area score is computed on its result's own bank (so it means what it
 * meant when the result was made); items are matched by id across banks. Areas
 * follow the current bank's order; within an area, items follow the later
 * bank's order, with removed items after them. Numbers stay unrounded.
 */
export function compareResults(
  earlier: ResultInput,
  later: ResultInput,
  banks: BankSet = { current: QUESTION_BANK, byVersion: BANKS },
): ResultChange {
  const earlierBank = resolveBank(earlier.bankVersion, banks);
  const laterBank = resolveBank(later.bankVersion, banks);
  const scoresBefore = computeAreaScores(earlierBank, earlier.responses);
  const scoresAfter = computeAreaScores(laterBank, later.responses);

  // An area missing from one bank has no entry in its scores: read that as "no score".
  const areaIds = [
    ...new Set([...banks.current.areas, ...laterBank.areas, ...earlierBank.areas].map((a) => a.id)),
  ];
  const areaName = (id: AreaId) =>
    [banks.current, laterBank, earlierBank]
      .flatMap((bank) => bank.areas)
      .find((area) => area.id === id)?.name ?? id;

  const areas = areaIds
    .filter((id) => banks.current.areas.some((area) => area.id === id))
    .map((id): AreaChange => {
      const before = scoresBefore[id] ?? null;
      const after = scoresAfter[id] ?? null;
      return {
        area: id,
        name: areaName(id),
        before,
        after,
        change: before === null || after === null ? null : after - before,
      };
    });

  const earlierItems = indexItems(earlierBank);
  const laterItems = indexItems(laterBank);
  const items = areaIds.flatMap((areaId): ItemChange[] => {
    const kept = [...laterItems.values()]
      .filter((placed) => placed.area === areaId)
      .map(({ item }): ItemChange => {
        const after = levelOf(later.responses, item.id);
        if (!earlierItems.has(item.id))
          return {
            area: areaId,
            itemId: item.id,
            title: item.title,
            before: null,
            after,
            status: 'added',
          };
        const before = levelOf(earlier.responses, item.id);
        const status = before === after ? 'same' : 'changed';
        return { area: areaId, itemId: item.id, title: item.title, before, after, status };
      });
    const removed = [...earlierItems.values()]
      .filter((placed) => placed.area === areaId && !laterItems.has(placed.item.id))
      .map(({ item }): ItemChange => ({
        area: areaId,
        itemId: item.id,
        title: item.title,
        before: levelOf(earlier.responses, item.id),
        after: null,
        status: 'removed',
      }));
    return [...kept, ...removed];
  });

  const summary = areas.flatMap(({ area, name, before, after, change }) => {
    const moved = items
      .filter((item) => item.area === area && item.status === 'changed')
      .map((item) => `${item.title} ${levelName(item.before)} → ${levelName(item.after)}`);
    // A score can move without a matched item moving (an item added or removed), and
    // items can move while the score stays put (one up, one down): either is news.
    const scoreMoved = change === null ? before !== after : change !== 0;
    if (!scoreMoved && moved.length === 0) return [];
    const head = `${name} ${formatScoreMove(before, after)}`;
    return [moved.length === 0 ? head : `${head}: ${moved.join(', ')}`];
  });

  return {
    areas,
    items,
    summary: summary.length === 0 ? ['No change'] : summary,
    bankNote: describeBankChange(earlierBank, laterBank, items),
  };
}

/**
 * The note shown when two results were made with different bank versions. The
 * scores each use their own bank's items, so the note names the items that
 * differ and says that sub-skill levels are compared only where items match.
 */
function describeBankChange(
  earlierBank: QuestionBank,
  laterBank: QuestionBank,
  items: readonly ItemChange[],
): string | null {
  if (earlierBank.version === laterBank.version) return null;
  const titles = (status: ItemChange['status']) =>
    items.filter((item) => item.status === status).map((item) => item.title);
  const added = titles('added');
  const removed = titles('removed');
  const changes = [
    ...(added.length > 0 ? [`added ${joinNames(added)}`] : []),
    ...(removed.length > 0 ? [`removed ${joinNames(removed)}`] : []),
  ];
  const what = changes.length > 0 ? `: ${changes.join('; ')}` : ', with the same items';
  return (
    `These results use different question banks (v${earlierBank.version} and v${laterBank.version})${what}. ` +
    'Sub-skills are compared only where the items match; each area score uses its own bank’s items.'
  );
}
