import './charts.css';

/**
 * The legend for charts whose series are told apart by the palette (`swatch--0…5`,
 * the same classes as the chart marks), in the order the series are drawn.
 */
export function SwatchLegend({ names, label }: { names: readonly string[]; label: string }) {
  return (
    <ul className="legend legend--members" aria-label={label}>
      {names.map((name, index) => (
        <li key={`${name}-${index}`} className="legend__member">
          <span className={`swatch swatch--${index % 6}`} aria-hidden="true" />
          {name}
        </li>
      ))}
    </ul>
  );
}
