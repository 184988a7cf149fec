/**
 * The result's three charts, in one chunk with Recharts: every page that shows a
 * result draws all three, so they are fetched together (lazy-charts.tsx).
 */
export { ProfileRadar } from './profile-radar';
export { SpectrumChart } from './spectrum-chart';
export { TShapeChart } from './tshape-chart';
