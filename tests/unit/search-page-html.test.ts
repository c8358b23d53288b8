import { describe, expect, it } from 'vitest';
import {
  facetValues,
  hasId,
  isEntryPage,
  mainText,
  pageUrl,
  pageUrlOf,
  titleText,
  withMeta,
} from '../../src/lib/search/page-html.ts';

const page =
  '<html><body><nav>Menu</nav><main data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-filter="type">Example</span><span data-pagefind-filter="country">Estonia</span><span data-pagefind-filter="country">Bosnia &amp; Herzegovina</span></div><h1 id="t">R&amp;D drones</h1><p>Text <em>here</em>.</p><script>var x = "<b>"</script></main><footer>Foot</footer></body></html>';

describe('built HTML before indexing', () => {
  it('reads the text of <main> alone, without tags, scripts, ignored elements or entities', () => {
    expect(mainText(page)).toBe('R&D drones Text here .');
  });

  it('leaves out the whole of an ignored element, however deeply elements of its kind nest inside it', () => {
    expect(mainText('<main><div data-pagefind-ignore><div>inner</div> still ignored</div><div>kept</div></main>')).toBe(
      'kept',
    );
    expect(mainText('<main><p>a</p><template><p>hidden</p></template><style>p{}</style><p>b &lt; c</p></main>')).toBe(
      'a b < c',
    );
  });

  it('reads the whole page when it has no <main>', () => {
    expect(mainText('<h1>Title</h1><p>Body</p>')).toBe('Title Body');
  });

  it('adds metadata hidden and out of the indexed text, skipping empty values', () => {
    expect(withMeta('<main><h1>PCP</h1></main>', { about: 'PCP', none: '' })).toBe(
      '<main><h1>PCP</h1><div hidden data-pagefind-ignore><span data-pagefind-meta="about">PCP</span></div></main>',
    );
    expect(withMeta(page, { about: '' })).toBe(page);
    expect(withMeta('<main></main>', { about: 'R&D <b>' })).toContain(
      '<span data-pagefind-meta="about">R&amp;D &lt;b&gt;</span>',
    );
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

describe('pageUrlOf', () => {
  it('gives a page requested during the build the address pageUrl gives its file, under any base', () => {
    const files = ['index.html', 'toolbox/pcp/index.html', 'examples/page/2/index.html', '404.html'];
    for (const base of ['/', '/knowledge-factory/', '/knowledge-factory']) {
      const prefix = base.endsWith('/') ? base : `${base}/`;
      for (const file of files) {
        const requested = `${prefix}${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;
        expect(pageUrlOf(requested, base), `${requested} under ${base}`).toBe(pageUrl(file));
      }
    }
  });

  it('decodes the address and adds the trailing slash a page path has', () => {
    expect(pageUrlOf('/kf/examples/%C5%82odz', '/kf/')).toBe('/examples/łodz/');
    expect(pageUrlOf('/feed.xml', '/')).toBe('/feed.xml');
  });
});
