import type { ReactNode } from 'react';

/**
 * The legend of a chart that draws one series solid and, when there is one, another
 * dashed over it (the T-shape and the radar): names with the line each is drawn in,
 * so the legend never relies on the dash alone.
 */
export function SolidDashedLegend({ solid, dashed }: { solid: ReactNode; dashed?: ReactNode }) {
  return (
    <span className="legend">
      <span className="legend__item legend__item--you">{solid} (solid)</span>
      {dashed !== undefined && (
        <span className="legend__item legend__item--compare">{dashed} (dashed)</span>
      )}
    </span>
  );
}
