/**
 * The site's mark: a "K" drawn as a small network, in the brand's navy on the
 * EU yellow the site already uses. The stem is the knowledge base; the two arms are buyers from two
 * countries, each a node, meeting at a shared node: a joint procurement. Bold
 * enough to read at 16 px, where each unit of its 32-unit grid is half a pixel.
 * One drawing for the header's wordmark, the favicon and the social card.
 */

/** The mark's colours: a yellow square, which stands out on the navy header and on light or dark browser tabs, and a navy figure. */
export const MARK_COLOURS = { ground: '#ffcc00', figure: '#0b2a5b' } as const;

/** The brand navy of the header, behind the mark on the social card. */
const BRAND_NAVY = '#0b2a5b';

/** The figure inside a 32 × 32 square, as SVG elements filled or stroked with `figure`. */
function figure(colour: string): string {
  return [
    `<rect x="7.5" y="6" width="4.5" height="20" rx="1" fill="${colour}"/>`,
    `<path d="M13.5 16 23.5 8.5M13.5 16l10 7.5" stroke="${colour}" stroke-width="3.6" stroke-linecap="round" fill="none"/>`,
    `<circle cx="23.5" cy="8.5" r="3.3" fill="${colour}"/>`,
    `<circle cx="23.5" cy="23.5" r="3.3" fill="${colour}"/>`,
    `<circle cx="14" cy="16" r="3.4" fill="${colour}"/>`,
  ].join('');
}

/** The mark's inner SVG (no `<svg>` element), in a 32 × 32 viewBox: ground square and figure. */
export function markShapes(): string {
  return `<rect width="32" height="32" rx="7" fill="${MARK_COLOURS.ground}"/>${figure(MARK_COLOURS.figure)}`;
}

/** A standalone SVG file of the mark, for the favicon. */
export function markSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${markShapes()}</svg>\n`;
}

/** The PNG fallback of the favicon, for devices that want a bitmap (Apple's home screen among them). */
export const TOUCH_ICON = { size: 180, path: '/apple-touch-icon.png' } as const;

/** The social card's size: what Open Graph readers (LinkedIn, Teams, Slack) show full width, 1.91:1. */
export const SOCIAL_CARD = { width: 1200, height: 630, path: '/social-card.png' } as const;

/**
 * The social card as SVG: the mark, the site's name and what it is for, on
 * the brand navy. `scripts/social-card.ts` renders it to public/social-card.png.
 */
export function socialCardSvg(text: { network: string; name: string; tagline: readonly string[] }): string {
  const { width, height } = SOCIAL_CARD;
  const font = `font-family="Liberation Sans, DejaVu Sans, Arial, sans-serif"`;
  const tagline = text.tagline
    .map((line, i) => `<text x="96" y="${474 + i * 50}" ${font} font-size="38" fill="#c9d6ec">${line}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="${BRAND_NAVY}"/>
<rect y="${height - 16}" width="${width}" height="16" fill="${MARK_COLOURS.ground}"/>
<g transform="translate(96 96) scale(6)">${markShapes()}</g>
<text x="96" y="346" ${font} font-size="44" fill="#c9d6ec">${text.network}</text>
<text x="96" y="412" ${font} font-size="72" font-weight="700" fill="#ffffff">${text.name}</text>
${tagline}
</svg>
`;
}
