import { describe, expect, it } from 'vitest';
import { entriesOf, label } from './content.ts';

/**
 * Rules for toolbox guides that a reader relies on when acting: a guide that
 * states EU law says as of when, and every guide names the documents it
 * expects you to produce (templates are listed beside that section).
 */

/** A reference to an EU directive or regulation by number, e.g. "Directive 2014/24/EU" or "Regulation (EU) 2022/2371". */
const EU_ACT = /\b(?:Directive|Regulation)\s+(?:\((?:EU|EC)\)\s+)?(?:No\s+)?\d{4}\/\d+(?:\/(?:EU|EC|EEC))?/;

/** A Markdown heading line reading exactly "Documents you produce" (id documents-you-produce). */
const DOCUMENTS_HEADING = /^##\s+Documents you produce\s*$/m;

function citesEuLaw(body: string): boolean {
  return EU_ACT.test(body);
}

const guides = entriesOf('guides').filter((entry) => !entry.data.draft);

describe('toolbox guides', () => {
  it('has guides to check', () => {
    expect(guides.length).toBeGreaterThan(0);
  });

  it('recognises a statement of EU law by the act it cites', () => {
    expect(citesEuLaw('Article 39(4) of Directive 2014/24/EU requires an agreement.')).toBe(true);
    expect(citesEuLaw('It rests on Regulation (EU) 2022/2371.')).toBe(true);
    expect(citesEuLaw('Decision No 1082/2013/EU was repealed; see Regulation (EC) No 1082/2006.')).toBe(true);
    expect(citesEuLaw('Buyers share a need and one objective.')).toBe(false);
    expect(citesEuLaw('The 2022 survey had 23 answers.')).toBe(false);
  });

  it('every guide that cites EU law says as of when (lawAsAt)', () => {
    const missing = guides.filter((entry) => citesEuLaw(entry.body ?? '') && !entry.data.lawAsAt).map(label);
    expect(missing).toEqual([]);
  });

  it('every guide has a section headed exactly "Documents you produce"', () => {
    const missing = guides.filter((entry) => !DOCUMENTS_HEADING.test(entry.body ?? '')).map(label);
    expect(missing).toEqual([]);
  });
});
