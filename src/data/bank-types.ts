/**
 * The shape of a versioned question bank. Types only: the bank itself is data,
 * and every rule about it lives in `src/domain/`.
 */

export type AreaId =
  | 'statistics'
  | 'business-communication'
  | 'production-software'
  | 'experimentation'
  | 'deployment';

/** The six anchors of a rating item, one sentence per level 0..5, in ascending order. */
export type Anchors = readonly [string, string, string, string, string, string];

/** A behaviourally anchored rating of one sub-skill. */
export interface RatingItem {
  readonly kind: 'rating';
  /** Stable kebab-case id; saved data and share links refer to it. */
  readonly id: string;
  /** Short name of the sub-skill, e.g. "Test design". */
  readonly title: string;
  /** What the sub-skill covers, in one line, shown under the title. */
  readonly hint: string;
  /** Level 0 "Not yet" … level 5 "Expert", each a concrete, observable sentence. */
  readonly anchors: Anchors;
}

/** A multiple-choice knowledge check with exactly one correct answer. */
export interface KnowledgeCheck {
  readonly kind: 'check';
  readonly id: string;
  readonly question: string;
  /** Four options; never six, so a check is never mistaken for a rating. */
  readonly options: readonly string[];
  readonly correctIndex: number;
  /** One line shown with the results: why the correct answer is correct. */
  readonly explanation: string;
}

/** The over-claiming foil: a plausible method that does not exist. */
export interface Foil {
  readonly kind: 'foil';
  readonly id: string;
  /** The made-up method's name, e.g. "Halvorsen sequential reweighting". */
  readonly title: string;
  readonly hint: string;
  readonly anchors: Anchors;
  /** Lowest level that claims real knowledge of something that does not exist. */
  readonly flagFromLevel: number;
}

export interface Area {
  readonly id: AreaId;
  readonly name: string;
  /** A label short enough for a chart axis on a phone, e.g. "Stats". */
  readonly shortName: string;
  /** One sentence on what the area covers. */
  readonly summary: string;
  /** 5–7 rating items. */
  readonly items: readonly RatingItem[];
  /** The pool of knowledge checks; each assessment asks `checksPerArea` of them. */
  readonly checks: readonly KnowledgeCheck[];
}

export interface QuestionBank {
  /** Bumped whenever an item is added, removed, reordered or changes meaning. */
  readonly version: number;
  /** The five areas, in the order the quiz asks them. */
  readonly areas: readonly Area[];
  /** The pool of over-claiming foils; each assessment asks one of them. */
  readonly foils: readonly Foil[];
  /** How many of an area's checks each assessment draws (all of them in version 1). */
  readonly checksPerArea: number;
  /** The area whose step shows the foil, and the position among its items. */
  readonly foilPlacement: { readonly area: AreaId; readonly afterItem: number };
}

export type Question = RatingItem | KnowledgeCheck | Foil;

/**
 * How to climb one level of a rating item: a concrete practice project for the next
 * one to three months, and the evidence that would show it was done. The behaviour to
 * reach is the next level's own anchor, which the bank already holds (not repeated).
 */
export interface PracticeStep {
  /** What to do, specific to the sub-skill and the level (one or two sentences). */
  readonly project: string;
  /** What would show it, beginning "The …": the PR, the memo, the dashboard. */
  readonly evidence: string;
}

/** The five steps of one rating item: index n is the step from level n to level n + 1. */
export type PracticeSteps = readonly [
  PracticeStep,
  PracticeStep,
  PracticeStep,
  PracticeStep,
  PracticeStep,
];

/**
 * The practice content of one bank version, by rating-item id. Versioned with its bank
 * and kept apart from it, so the quiz never loads it: only the growth plan does.
 */
export interface PracticeBook {
  readonly bankVersion: number;
  readonly items: Readonly<Record<string, PracticeSteps>>;
}
