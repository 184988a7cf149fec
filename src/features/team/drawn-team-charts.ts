/** The team's charts with Recharts: one chunk, loaded by team-charts.tsx. */
export { TeamSpectrumChart } from '../../charts/team-spectrum-chart';
export { TeamTShapeChart } from '../../charts/team-tshape-chart';
