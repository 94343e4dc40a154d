/**
 * A self-contained SVG of the wheel as a string: for sites that allow no scripts, for print
 * and for slides. It draws the shapes of `wheelLayout()` (never a second copy of the
 * geometry), links each stage, and uses presentation attributes only: no script, no styles.
 */
import type { Cycle } from '../types.js';
import { HUB_ID } from '../constants.js';
import { HUB_HASH, stageHash } from '../deep-link.js';
import { textLines, wheelLayout, type TextBlock, type WheelOptions } from './layout.js';
import { LINE_HEIGHT, wrapText } from './text-fit.js';
import { WHEEL_COLOURS as C, WHEEL_FONT } from './palette.js';
import { SVG_STRINGS_EN, type SvgStrings } from './strings.js';

export interface SvgOptions extends WheelOptions {
  /**
   * Where each stage links to: a pattern with `{id}` and `{number}` placeholders, or a
   * function. Default `#ec-stage-{number}`, the deep link the elements understand.
   */
  href?: string | ((stage: { id: string; number: number }) => string);
  /** Where the hub links to. Default `#ec-hub`. */
  hubHref?: string;
  /** Add the credit line under the wheel. Default true; only turn it off if you show it nearby. */
  credit?: boolean;
  /** Set the SVG's width and height attributes (CSS px). Default: the viewBox size. */
  width?: number;
  /**
   * Leave out the width and height attributes, so that in an HTML page the SVG fills the
   * width of its container and keeps its shape (the HTML export uses this). Default false.
   */
  fluid?: boolean;
  /** Words of the SVG: stage and hub names, its description, its credit. Default English. */
  strings?: Partial<SvgStrings>;
}

/**
 * Escapes text for XML content and attribute values. Characters XML does not allow at all,
 * even escaped (C0 controls other than tab, line feed and carriage return; U+FFFE and
 * U+FFFF; unpaired surrogates), are dropped, so the output is always well-formed XML.
 */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN_IN_XML, '')
    .replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/** C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates. */
const FORBIDDEN_IN_XML =
  // eslint-disable-next-line no-control-regex -- matching the characters XML forbids is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const num = (n: number) => String(Math.round(n * 100) / 100);

function textBlock(block: TextBlock, fill: string, extra = ''): string {
  const lines = textLines(block);
  // One line needs no <tspan>: its baseline goes on the <text> itself.
  const only = lines.length === 1 ? lines[0]! : undefined;
  const body = only
    ? escapeXml(only.text)
    : lines.map((line) => `<tspan x="0" y="${num(line.y)}">${escapeXml(line.text)}</tspan>`).join('');
  const turn = block.rotate ? ` rotate(${num(block.rotate)})` : '';
  const y = only ? ` y="${num(only.y)}"` : '';
  return `<text transform="translate(${num(block.x)} ${num(block.y)})${turn}"${y} font-size="${num(block.fontSize)}" fill="${fill}" text-anchor="middle"${extra}>${body}</text>`;
}

export function renderWheelSvg(cycle: Cycle, options: SvgOptions = {}): string {
  const layout = wheelLayout(cycle, options);
  const t: SvgStrings = { ...SVG_STRINGS_EN, ...options.strings };
  const size = layout.size;
  const total = cycle.stages.length;
  const pattern = options.href;
  const hrefFor =
    typeof pattern === 'function'
      ? pattern
      : (s: { id: string; number: number }) =>
          pattern === undefined
            ? stageHash(s.number)
            : pattern.replace(/\{id\}/g, s.id).replace(/\{number\}/g, String(s.number));

  // The credit goes in a band under the wheel, wrapped to its width: the line itself, then the
  // addresses of the source and the licence as links. They are written out, not hidden behind
  // link text, because CC BY-NC-SA asks each copy to give the licence's address, and paper
  // and slides cannot follow a link.
  const creditFont = size * 0.022;
  const wrap = (text: string) => wrapText(text, creditFont, 4, () => size * 0.96) ?? [text];
  const { source } = cycle;
  const creditBlocks: { lines: string[]; href?: string }[] =
    options.credit === false
      ? []
      : [
          { lines: wrap(source.credit) },
          ...(source.url ? [{ lines: wrap(`${t.creditSource}: ${source.url}`), href: source.url }] : []),
          {
            lines: wrap(
              `${t.creditLicence}: ${source.licence.name}${source.licence.url ? `, ${source.licence.url}` : ''}`,
            ),
            href: source.licence.url,
          },
        ];
  const creditLines = creditBlocks.reduce((n, b) => n + b.lines.length, 0);
  const creditHeight = creditLines ? creditLines * creditFont * LINE_HEIGHT + creditFont : 0;
  const height = size + creditHeight;
  const width = options.width ?? size;
  const scale = width / size;

  const selected = cycle.stages.find((s) => s.id === options.selected);
  const desc = [
    t.description(cycle.title, total, cycle.hub.title),
    ...cycle.stages.map((s) => `${t.stageName(s.number, total, s.title)}.`),
    selected ? t.selectedStage(selected.number) : options.selected === HUB_ID ? t.selectedHub : '',
  ]
    .filter(Boolean)
    .join(' ');

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-size / 2} ${-size / 2} ${size} ${num(height)}"${options.fluid ? '' : ` width="${num(width)}" height="${num(height * scale)}"`} role="group" aria-labelledby="ec-title ec-desc" font-family="${escapeXml(WHEEL_FONT)}">`,
    `<title id="ec-title">${escapeXml(cycle.title)}</title>`,
    `<desc id="ec-desc">${escapeXml(desc)}</desc>`,
    `<rect x="${-size / 2}" y="${-size / 2}" width="${size}" height="${num(height)}" fill="${C.background}"/>`,
  );

  const suggested = new Set((cycle.segments ?? []).filter((s) => s.basis === 'suggested').map((s) => s.id));
  for (const segment of layout.segments) {
    const id = `ec-seg-${escapeXml(segment.id)}`;
    const name = t.segmentName(segment.title, suggested.has(segment.id));
    out.push(`<g><title>${escapeXml(name)}</title><path d="${segment.path}" fill="${C.segmentFill}"/>`);
    if (segment.fontSize !== undefined) {
      out.push(
        `<path id="${id}" d="${segment.textPath}" fill="none"/><text font-size="${num(segment.fontSize)}" fill="${C.segmentText}"><textPath href="#${id}" startOffset="50%" text-anchor="middle">${escapeXml(segment.title)}</textPath></text>`,
      );
    }
    out.push('</g>');
  }

  for (const stage of layout.stages) {
    const fill = stage.selected ? C.selectedFill : C.stageFill;
    const text = stage.selected ? C.selectedText : C.stageText;
    const move = stage.selected
      ? ` transform="translate(${num(stage.offset.x)} ${num(stage.offset.y)})"`
      : '';
    const outline = stage.selected
      ? ` stroke="${C.selectedOutline}" stroke-width="${num(size * 0.008)}"`
      : '';
    out.push(
      `<a href="${escapeXml(hrefFor(stage))}"${stage.selected ? ' aria-current="true"' : ''}><g${move}>`,
      `<title>${escapeXml(t.stageName(stage.number, total, stage.title) + (stage.selected ? t.selectedSuffix : ''))}</title>`,
      `<path d="${stage.path}" fill="${fill}"${outline}/>`,
      textBlock(stage.numberLabel, text, ' font-weight="bold"'),
      stage.label ? textBlock(stage.label, text) : '',
      '</g></a>',
    );
  }

  const hub = layout.hub;
  out.push(
    `<a href="${escapeXml(options.hubHref ?? HUB_HASH)}"${hub.selected ? ' aria-current="true"' : ''}><g>`,
    `<title>${escapeXml(t.hubName(hub.title) + (hub.selected ? t.selectedSuffix : ''))}</title>`,
    `<path d="${hub.path}" fill="${hub.selected ? C.selectedFill : C.hubFill}" stroke="${hub.selected ? C.selectedOutline : C.hubStroke}" stroke-width="${num(size * 0.008)}"/>`,
    hub.label ? textBlock(hub.label, hub.selected ? C.selectedText : C.hubText) : '',
    '</g></a>',
  );

  let row = 0;
  for (const block of creditBlocks) {
    const texts = block.lines.map((line) => {
      const y = size / 2 + creditFont * (1 + row++ * LINE_HEIGHT);
      return `<text x="0" y="${num(y)}" font-size="${num(creditFont)}" fill="${block.href ? C.link : C.text}"${block.href ? ' text-decoration="underline"' : ''} text-anchor="middle" dominant-baseline="central">${escapeXml(line)}</text>`;
    });
    out.push(block.href ? `<a href="${escapeXml(block.href)}">${texts.join('')}</a>` : texts.join(''));
  }
  out.push('</svg>');
  return out.join('\n');
}
