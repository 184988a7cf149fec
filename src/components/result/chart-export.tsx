import { useState } from 'react';
import { downloadChartPng, downloadChartSvg } from '../../lib/export-chart';

interface ChartExportProps {
  /** The id of the figure that holds the chart's SVG. */
  chartId: string;
  /** What the chart is, for the buttons' names: "Download breadth and depth as SVG". */
  label: string;
  filename: string;
}

const CHART_WAIT_MS = 3_000;

/** "SVG" and "PNG" downloads of a drawn chart, made in the browser. */
export function ChartExport({ chartId, label, filename }: ChartExportProps) {
  const [error, setError] = useState<string | null>(null);

  /**
   * The chart's SVG. A chart is drawn as it comes near the screen, so one just scrolled
   * to may still be on its way: wait a moment for it before giving up.
   */
  async function drawnSvg(): Promise<SVGSVGElement | null> {
    const deadline = Date.now() + CHART_WAIT_MS;
    for (;;) {
      const svg = document.querySelector<SVGSVGElement>(`#${chartId} svg.recharts-surface`);
      if (svg || Date.now() > deadline) return svg;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function exportAs(format: 'svg' | 'png') {
    const svg = await drawnSvg();
    if (!svg) {
      setError('The chart is not drawn yet; try again in a moment.');
      return;
    }
    setError(null);
    if (format === 'svg') downloadChartSvg(svg, filename);
    else
      downloadChartPng(svg, filename).catch((reason: unknown) =>
        setError(reason instanceof Error ? reason.message : 'The PNG could not be made.'),
      );
  }

  return (
    <div className="chart-export no-print" role="group" aria-label={`Download ${label}`}>
      <button
        type="button"
        className="button button--small"
        aria-label={`Download ${label} as SVG`}
        onClick={() => void exportAs('svg')}
      >
        SVG
      </button>
      <button
        type="button"
        className="button button--small"
        aria-label={`Download ${label} as PNG`}
        onClick={() => void exportAs('png')}
      >
        PNG
      </button>
      {error && (
        <p role="alert" className="chart-export__error">
          {error}
        </p>
      )}
    </div>
  );
}
