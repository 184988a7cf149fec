/** The result's charts with Recharts: one chunk, loaded by result-charts.tsx. */
export { ProfileRadar } from '../../charts/profile-radar';
export { SpectrumChart } from '../../charts/spectrum-chart';
export { TShapeChart } from '../../charts/tshape-chart';
