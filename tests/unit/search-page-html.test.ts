import { describe, expect, it } from 'vitest';
import { facetValues, hasId, isEntryPage, mainText, pageUrl, titleText, withMeta } from '../../src/lib/search/page-html.ts';

const page = '<html><body><nav>Menu</nav><main data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-filter="type">Example</span><span data-pagefind-filter="country">Estonia</span><span data-pagefind-filter="country">Bosnia &amp; Herzegovina</span></div><h1 id="t">R&amp;D drones</h1><p>Text <em>here</em>.</p><script>var x = "<b>"</script></main><footer>Foot</footer></body></html>';

describe('built HTML before indexing', () => {
  it('reads the text of <main> alone, without tags, scripts, ignored elements or entities', () => {
    expect(mainText(page)).toBe('R&D drones Text here .');
  });

  it('adds metadata hidden and out of the indexed text, skipping empty values', () => {
    expect(withMeta('<main><h1>PCP</h1></main>', { about: 'PCP', none: '' })).toBe('<main><h1>PCP</h1><div hidden data-pagefind-ignore><span data-pagefind-meta="about">PCP</span></div></main>');
    expect(withMeta(page, { about: '' })).toBe(page);
  });

  it('reads the title as text', () => {
    expect(titleText(page)).toBe('R&D drones');
    expect(titleText('<main><h1>Plain <em>title</em></h1></main>')).toBe('Plain title');
    expect(titleText('<main><p>none</p></main>')).toBe('');
  });

  it('indexes only pages that carry a type facet', () => {
    expect(isEntryPage(page)).toBe(true);
    expect(isEntryPage('<main><h1>Examples</h1></main>')).toBe(false);
  });

  it('reads the values of one facet, entities decoded', () => {
    expect(facetValues(page, 'country')).toEqual(['Estonia', 'Bosnia & Herzegovina']);
    expect(facetValues(page, 'segment')).toEqual([]);
  });

  it('turns a file path into the page address, without the base', () => {
    expect(pageUrl('toolbox/pre-commercial-procurement/index.html')).toBe('/toolbox/pre-commercial-procurement/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('404.html')).toBe('/404/');
  });

  it('finds an element id, quoted or not, and not a longer id that starts with it', () => {
    expect(hasId('<tr id="ee">', 'ee')).toBe(true);
    expect(hasId('<tr class=x id=ee>', 'ee')).toBe(true);
    expect(hasId('<tr id="eee">', 'ee')).toBe(false);
    expect(hasId('<a href="#ee">', 'ee')).toBe(false);
  });
});
