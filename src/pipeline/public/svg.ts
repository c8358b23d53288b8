/**
 * What an SVG of public/ may not hold. Opened on its own (a content link, "open
 * image in new tab"), an SVG is a document of the site's origin: a `<script>`,
 * an `on…=` handler or a `<foreignObject>` holding HTML runs there, and an
 * outside reference loads another site. The host's sandbox policy for
 * contributor folders stops script too, but GitHub Pages sends no custom
 * headers, so the file itself is refused: each problem at its line and column.
 */
import { Parser } from 'htmlparser2';

export interface SvgProblem {
  line: number;
  column: number;
  message: string;
  hint: string;
}

/** Elements that run script, embed another document or change an attribute (an `href`) after loading. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'iframe',
  'embed',
  'object',
  'handler',
  'listener',
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
]);

/** Attributes that name another resource: only a `#fragment` of the same file is allowed. */
const REFERENCE_ATTRIBUTES = new Set(['href', 'xlink:href', 'src']);

/** A CSS reference to anything but a fragment of the same file: `url(https://…)`, `url(data:…)`, `@import`. */
const OUTSIDE_CSS = /@import|url\(\s*(?!['"]?#)/i;

const HINT = 'export the drawing again as plain SVG (in Inkscape: "Optimized SVG"), or save it as PNG';

/** Line and column (1-based) of an offset in a text. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** Every reason an SVG's text may not be published, in order. */
export function svgProblems(text: string): SvgProblem[] {
  const problems: SvgProblem[] = [];
  let root: string | undefined;
  let inStyle = false;
  const parser = new Parser(
    {
      onprocessinginstruction(name) {
        const lower = name.toLowerCase();
        if (lower === '?xml') return;
        problems.push({
          ...position(text, parser.startIndex),
          message: lower.startsWith('!doctype')
            ? 'the SVG has a <!DOCTYPE>, which can define entities that expand or read other files'
            : `the SVG has the instruction <${name}>, which can load a stylesheet from elsewhere`,
          hint: HINT,
        });
      },
      onopentag(name, attributes) {
        const where = position(text, parser.startIndex);
        const lower = name.toLowerCase();
        root ??= lower;
        if (lower === 'style') inStyle = true;
        if (FORBIDDEN_ELEMENTS.has(lower)) {
          problems.push({
            ...where,
            message: `the SVG has a <${name}> element, which can run script or change the drawing's links`,
            hint: HINT,
          });
        }
        for (const [attribute, value] of Object.entries(attributes)) {
          const key = attribute.toLowerCase();
          if (key.startsWith('on'))
            problems.push({ ...where, message: `<${name}> has the event handler ${attribute}=, which runs script`, hint: HINT });
          else if (REFERENCE_ATTRIBUTES.has(key) && !value.trim().startsWith('#'))
            problems.push({
              ...where,
              message: `<${name} ${attribute}="${value.slice(0, 60)}"> refers to something outside the file; only #ids of the same file are allowed`,
              hint: 'embed the drawing instead of linking it, or link to the page from the text around the image',
            });
          else if (key === 'style' && OUTSIDE_CSS.test(value))
            problems.push({ ...where, message: `<${name}> has a style that loads something from outside the file`, hint: HINT });
        }
      },
      ontext(data) {
        if (inStyle && OUTSIDE_CSS.test(data))
          problems.push({
            ...position(text, parser.startIndex),
            message: 'a <style> of the SVG loads something from outside the file',
            hint: HINT,
          });
      },
      onclosetag(name) {
        if (name.toLowerCase() === 'style') inStyle = false;
      },
    },
    { xmlMode: true },
  );
  parser.end(text);
  if (root !== 'svg')
    problems.unshift({
      line: 1,
      column: 1,
      message: root === undefined ? 'the file holds no SVG drawing' : `the file's first element is <${root}>, not <svg>`,
      hint: 'save the drawing as SVG, or give the file the extension of what it is',
    });
  return problems;
}
