/**
 * The EU emblem's geometry, from its official description (the EU's
 * "Graphic specifications for the European emblem"): a rectangle one and a
 * half times as wide as high; twelve gold five-pointed stars on an invisible
 * circle whose radius is one third of the height, centred on the rectangle;
 * each star's points on a circle whose radius is one eighteenth of the
 * height; stars upright (one point straight up), placed like the hours on a
 * clock face. Colours: Reflex Blue and Yellow (see --eu-blue, --eu-yellow).
 */

export interface Emblem {
  width: number;
  height: number;
  /** One star centred on 0,0, as SVG polygon points. */
  star: string;
  /** Where each of the twelve stars is centred, from twelve o'clock clockwise. */
  positions: { x: number; y: number }[];
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The emblem for a flag `height` units high: `euEmblem(540)` is 810 × 540. */
export function euEmblem(height: number): Emblem {
  const width = height * 1.5;
  const ring = height / 3;
  const outer = height / 18;
  // A regular pentagram's inner vertices lie at cos 72° / cos 36° of the outer radius.
  const inner = (outer * Math.cos((72 * Math.PI) / 180)) / Math.cos((36 * Math.PI) / 180);
  const star = Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? outer : inner;
    return `${round(r * Math.cos(angle))},${round(r * Math.sin(angle))}`;
  }).join(' ');
  const positions = Array.from({ length: 12 }, (_, hour) => {
    const angle = -Math.PI / 2 + (hour * Math.PI) / 6;
    return { x: round(width / 2 + ring * Math.cos(angle)), y: round(height / 2 + ring * Math.sin(angle)) };
  });
  return { width, height, star, positions };
}

/** The emblem as a standalone SVG file, `height` units high, in Reflex Blue and Yellow. */
export function euEmblemSvg(height = 540): string {
  const { width, star, positions } = euEmblem(height);
  const stars = positions.map((p) => `<use href="#s" x="${p.x}" y="${p.y}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"><defs><polygon id="s" points="${star}" fill="#ffcc00"/></defs><rect width="${width}" height="${height}" fill="#003399"/>${stars}</svg>\n`;
}
