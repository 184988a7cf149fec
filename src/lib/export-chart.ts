import { downloadBlob } from './download';

/** Presentation properties that the stylesheet sets on chart marks and that a file must carry itself. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** One element and its subtree as SVG markup, with its computed presentation written inline. */
function serializeElement(element: Element): string {
  const computed = window.getComputedStyle(element);
  const style = STYLE_PROPERTIES.map(
    (property) => `${property}:${computed.getPropertyValue(property)}`,
  ).join(';');
  const attributes = [...element.attributes]
    .filter((attribute) => attribute.name !== 'class' && attribute.name !== 'style')
    .map((attribute) => ` ${attribute.name}="${escapeXml(attribute.value)}"`)
    .join('');
  const children = [...element.childNodes]
    .map((child) =>
      child.nodeType === Node.ELEMENT_NODE
        ? serializeElement(child as Element)
        : child.nodeType === Node.TEXT_NODE
          ? escapeXml(child.textContent ?? '')
          : '',
    )
    .join('');
  const tag = element.localName;
  return `<${tag}${attributes} style="${escapeXml(style)}">${children}</${tag}>`;
}

/**
 * A standalone SVG document of a drawn chart. The app styles charts with CSS
 * classes and custom properties; a file opened elsewhere has neither, so every
 * element's computed presentation is written inline, and a background is added.
 * The markup is built as text, never as DOM: cloning styled nodes into this page
 * would trip its CSP (style-src 'self').
 */
export function serializeChartSvg(svg: SVGSVGElement): string {
  const { width, height } = svg.getBoundingClientRect();
  const w = Math.round(width);
  const h = Math.round(height);
  const background = window.getComputedStyle(document.body).backgroundColor;
  const body = [...svg.children].map(serializeElement).join('');
  return (
    `<svg xmlns="${SVG_NS}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    `<rect width="100%" height="100%" fill="${escapeXml(background)}"/>${body}</svg>`
  );
}

export function downloadChartSvg(svg: SVGSVGElement, filename: string): void {
  downloadBlob(`${filename}.svg`, new Blob([serializeChartSvg(svg)], { type: 'image/svg+xml' }));
}

/** Draws the chart's SVG onto a canvas at twice its size and downloads it as PNG. */
export async function downloadChartPng(svg: SVGSVGElement, filename: string): Promise<void> {
  const markup = serializeChartSvg(svg);
  const { width, height } = svg.getBoundingClientRect();
  const scale = 2;
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('This browser could not make a PNG.');
    downloadBlob(`${filename}.png`, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}
