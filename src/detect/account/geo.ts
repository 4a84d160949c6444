// Country geography for travel checks, from the maintained `world-countries` package
// (mledoze/countries, ODbL-1.0): each country's representative point (`latlng`) and its land
// borders. Country-level points are coarse, so callers treat neighbours as always reachable.
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';

// The package's types describe a CommonJS default export that NodeNext reads as a namespace;
// the JSON file it ships is the same data without that ambiguity.
const countries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;

interface CountryGeo {
  lat: number;
  lng: number;
  /** ISO 3166-1 alpha-2 codes of the countries it shares a land border with. */
  borders: Set<string>;
}

const byCca3 = new Map(countries.map((c) => [c.cca3, c.cca2]));
const GEO = new Map<string, CountryGeo>(
  countries.map((c) => [c.cca2, { lat: c.latlng[0], lng: c.latlng[1], borders: new Set(c.borders.map((b) => byCca3.get(b)).filter((b): b is string => !!b)) }]),
);

const EARTH_RADIUS_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance between two countries' points, or undefined when either is unknown. */
export function countryDistanceKm(a: string, b: string): number | undefined {
  const p = GEO.get(a.toUpperCase());
  const q = GEO.get(b.toUpperCase());
  if (!p || !q) return undefined;
  const h = Math.sin(rad(q.lat - p.lat) / 2) ** 2 + Math.cos(rad(p.lat)) * Math.cos(rad(q.lat)) * Math.sin(rad(q.lng - p.lng) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function areNeighbours(a: string, b: string): boolean {
  return GEO.get(a.toUpperCase())?.borders.has(b.toUpperCase()) ?? false;
}
