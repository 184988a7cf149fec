/**
 * Question bank version 2: the work of machine-learning people as well as statisticians
 * (model building, ML code, evaluation of ML and LLM systems, training and serving at
 * scale), anchors of one behaviour each, and pools of knowledge checks and foils that
 * each assessment draws from. Written to docs/bank-v2/writing-rules.md; the notes on
 * each area (what changed from version 1, and why) are beside it. Frozen once released,
 * like version 1: a change of meaning makes version 3.
 */
import type { QuestionBank } from './bank-types';
import { BUSINESS_COMMUNICATION_V2 } from './bank-v2/business-communication';
import { DEPLOYMENT_V2 } from './bank-v2/deployment';
import { EXPERIMENTATION_V2 } from './bank-v2/experimentation';
import { FOILS_V2 } from './bank-v2/foils';
import { PRODUCTION_SOFTWARE_V2 } from './bank-v2/production-software';
import { STATISTICS_V2 } from './bank-v2/statistics';

export const BANK_V2: QuestionBank = {
  version: 2,
  areas: [
    STATISTICS_V2,
    BUSINESS_COMMUNICATION_V2,
    PRODUCTION_SOFTWARE_V2,
    EXPERIMENTATION_V2,
    DEPLOYMENT_V2,
  ],
  foils: FOILS_V2,
  checksPerArea: 2,
  foilPlacement: { area: 'experimentation', afterItem: 3 },
};
