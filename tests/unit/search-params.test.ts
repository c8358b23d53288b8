import { describe, expect, it } from 'vitest';
import { isActive, parseSearchParams, toPagefindFilters, toSearchParams } from '../../src/lib/search/params.ts';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe('search state in the URL', () => {
  it('reads the words, repeated facet values, the year range and the order', () => {
    expect(parse('q=drones&country=Estonia&country=Lithuania&type=Example&from=2019&to=2021&sort=date')).toEqual({
      q: 'drones',
      filters: { country: ['Estonia', 'Lithuania'], type: ['Example'] },
      from: 2019,
      to: 2021,
      sort: 'date',
    });
  });

  it('trims the words and folds runs of spaces', () => {
    expect(parse('q=%20%20joint%20%20%20procurement%20').q).toBe('joint procurement');
  });

  it('reads facet values with spaces, commas and accents as written', () => {
    expect(
      parse('area=Border+and+external+security&country=C%C3%B4te+d%E2%80%99Ivoire&segment=A%2C+B').filters,
    ).toEqual({
      area: ['Border and external security'],
      country: ['Côte d’Ivoire'],
      segment: ['A, B'],
    });
  });

  it('ignores unknown parameters, blank values and repeated values', () => {
    expect(parse('utm_source=x&colour=red&country=&country=Estonia&country=Estonia')).toEqual({
      q: '',
      filters: { country: ['Estonia'] },
    });
  });

  it('drops years that are not four digits and orders that are not known', () => {
    expect(parse('from=19&to=twenty&sort=random')).toEqual({ q: '', filters: {} });
  });

  it('swaps a year range written backwards', () => {
    expect(parse('from=2022&to=2018')).toMatchObject({ from: 2018, to: 2022 });
  });

  it('writes parameters in a stable order whatever order they were read in', () => {
    const state = parse('to=2021&country=Estonia&q=drones&type=Example&from=2019&sort=date');
    expect(toSearchParams(state)).toBe('q=drones&type=Example&country=Estonia&from=2019&to=2021&sort=date');
  });

  it('round-trips facet values that need encoding', () => {
    const query = toSearchParams({
      q: 'R&D "drones"',
      filters: { segment: ['Chemical, biological & radiological'], country: ['Türkiye'] },
    });
    expect(parse(query)).toEqual({
      q: 'R&D "drones"',
      filters: { segment: ['Chemical, biological & radiological'], country: ['Türkiye'] },
    });
  });

  it('writes nothing for an empty search, so the address stays /search/', () => {
    expect(toSearchParams({ q: ' ', filters: {} })).toBe('');
  });

  it('counts a search as active when it has words, a facet or a year', () => {
    expect(isActive(parse(''))).toBe(false);
    expect(isActive(parse('q=pcp'))).toBe(true);
    expect(isActive(parse('type=Guide'))).toBe(true);
    expect(isActive(parse('from=2020'))).toBe(true);
  });
});

describe('search state as Pagefind filters', () => {
  const years = ['2017', '2019', '2020', '2021', '2023'];

  it('matches any of the values chosen in a facet', () => {
    expect(toPagefindFilters(parse('country=Estonia&country=France&type=Example'), years)).toEqual({
      country: { any: ['Estonia', 'France'] },
      type: { any: ['Example'] },
    });
  });

  it('turns a year range into the known years it covers', () => {
    expect(toPagefindFilters(parse('from=2018&to=2021'), years)).toEqual({ year: { any: ['2019', '2020', '2021'] } });
  });

  it('leaves a range open at either end', () => {
    expect(toPagefindFilters(parse('from=2021'), years)).toEqual({ year: { any: ['2021', '2023'] } });
    expect(toPagefindFilters(parse('to=2019'), years)).toEqual({ year: { any: ['2017', '2019'] } });
  });

  it('keeps only the chosen years that fall inside the range', () => {
    expect(toPagefindFilters(parse('year=2017&year=2020&from=2019'), years)).toEqual({ year: { any: ['2020'] } });
  });

  it('makes a range that covers no known year match nothing rather than everything', () => {
    expect(toPagefindFilters(parse('from=2030'), years)).toEqual({ year: { any: ['none'] } });
  });

  it('passes years chosen one by one through when there is no range', () => {
    expect(toPagefindFilters(parse('year=2017'), years)).toEqual({ year: { any: ['2017'] } });
  });
});
