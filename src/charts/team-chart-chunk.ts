/** The team's two charts, in one chunk: the team page draws both (lazy-charts.tsx). */
export { TeamSpectrumChart } from './team-spectrum-chart';
export { TeamTShapeChart } from './team-tshape-chart';
