/**
 * An event in full: each report's account (type, time with its expression and basis, place with
 * its province and country, participants, toll, passage), the tolls each source gives, the
 * claims about it grouped by origin, every reporting document, and its place on the offline map
 * (country shapes from world-atlas, as on the map page: no tile server).
 */

import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { api, type EventDetail, type EventReport } from '../api';
import { card, empty, h, replace, routeLink } from '../dom';
import { eventTimeText, formatDate, humanize, placeText } from '../format';
import { hrefFor, hrefWith, refHref, type Route } from '../routes';
import { tag } from '../widgets';
import { originClaim } from './link';

export async function render(route: Route, view: HTMLElement): Promise<(() => void) | void> {
  const e = await api.event(route.id!);
  const located = e.reports.map((r) => r.place).filter((p) => p && p.lat !== null && p.lon !== null);
  const container = located.length ? h('div', { class: 'map event-map', id: 'event-map' }) : null;
  replace(view,
    header(e),
    h('div', { class: 'grid-2-1' },
      h('div', { class: 'column' }, reports(e), claims(e)),
      h('div', { class: 'column' },
        container ? card('Place', container) : card('Place', empty('No coordinates: the place was not located.')),
        casualties(e), documents(e))));
  if (!container) return;

  const map = L.map(container, { minZoom: 2, maxZoom: 12, zoomSnap: 0.5, renderer: L.svg({ padding: 1 }) });
  const points = located.map((p) => [p!.lat!, p!.lon!] as [number, number]);
  // The view comes first: Leaflet's vector renderer needs it before any layer is added.
  map.fitBounds(L.latLngBounds(points).pad(0.5), { maxZoom: 7 });
  map.attributionControl.setPrefix('');
  map.attributionControl.addAttribution('Country shapes: Natural Earth via world-atlas');
  const topology = await fetch(countriesUrl).then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection }>>);
  L.geoJSON(feature(topology, topology.objects.countries), {
    style: { color: '#9aa5b1', weight: 0.8, fillColor: '#f5f3ea', fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
  const seen = new Set<string>();
  for (const p of located) {
    const key = `${p!.lat},${p!.lon}`;
    if (seen.has(key)) continue;
    seen.add(key);
    L.circleMarker([p!.lat!, p!.lon!], { radius: 8, color: '#7b2d26', weight: 1.5, fillColor: '#c0392b', fillOpacity: 0.75 })
      .bindTooltip(h('span', null, p!.name), { permanent: true, direction: 'right', offset: [8, 0], className: 'place-label' })
      .addTo(map);
  }
  container.dataset['markers'] = String(seen.size);
  const resize = new ResizeObserver(() => map.invalidateSize());
  resize.observe(container);
  return () => {
    resize.disconnect();
    map.remove();
  };
}

function header(e: EventDetail): HTMLElement {
  const first = e.reports[0];
  const n = e.documents.length;
  return h('section', { class: 'card event-header' },
    h('h1', { id: 'event-type' }, capitalized(humanize(e.type))),
    h('p', { class: 'muted' },
      first ? h('span', { id: 'event-when' }, eventTimeText(first.time)) : null,
      first?.place ? h('span', null, ' · ', h('span', { id: 'event-place' }, placeText(first.place))) : null),
    h('p', { class: 'muted small' }, `Reported in ${n} document${n === 1 ? '' : 's'} · id ${e.id}`),
    e.corrections.length ? h('ul', { class: 'plain corrections' }, ...e.corrections.map((c) => h('li', null, tag('corrected'), ' ', c))) : null);
}

function reports(e: EventDetail): HTMLElement {
  return card(`As each report tells it (${e.reports.length})`,
    h('div', { id: 'event-reports' }, ...e.reports.map((r) => report(e, r))));
}

function report(e: EventDetail, r: EventReport): HTMLElement {
  const row = (label: string, ...value: (Node | string | null)[]) =>
    h('tr', null, h('th', null, label), h('td', null, ...value));
  const toll = [r.killed !== null ? `${r.killed} killed` : null, r.injured !== null ? `${r.injured} injured` : null].filter(Boolean).join(', ');
  return h('article', { class: 'event-report', 'data-event': r.event },
    h('h3', null, routeLink(hrefFor('document', r.document), r.documentTitle || r.document)),
    h('table', { class: 'fields' }, h('tbody', null,
      r.type !== e.type ? row('type', humanize(r.type)) : null,
      row('time', eventTimeText(r.time)),
      row('place', r.place ? placeLink(r.place) : h('span', { class: 'muted' }, 'not stated')),
      row('casualties', toll || h('span', { class: 'muted' }, 'not stated')),
      row('participants', r.participants.length
        ? h('ul', { class: 'plain' }, ...r.participants.map((p) => h('li', null, tag(p.role), ' ',
            p.entity ? routeLink(refHref(p.entity), p.name ?? p.text) : p.text,
            p.name && p.name !== p.text ? h('span', { class: 'muted small' }, ` (“${p.text}”)`) : null)))
        : h('span', { class: 'muted' }, 'none named')))),
    r.evidence ? h('blockquote', null, r.evidence) : null);
}

function placeLink(p: NonNullable<EventReport['place']>): Node {
  const text = placeText(p);
  return p.entity ? routeLink(hrefFor('entity', p.entity), text) : h('span', null, text);
}

function casualties(e: EventDetail): HTMLElement {
  if (!e.casualties.length) return card('Casualties by source', empty('No report gives a toll.'));
  return card('Casualties by source',
    h('table', { class: 'counts', id: 'event-casualties' },
      h('thead', null, h('tr', null, h('th', null, 'source'), h('th', null, 'killed'), h('th', null, 'injured'))),
      h('tbody', null, ...e.casualties.map((c) => h('tr', null,
        h('td', null, routeLink(hrefFor('document', c.document), c.source || c.document)),
        h('td', { class: 'count' }, c.killed === null ? '–' : String(c.killed)),
        h('td', { class: 'count' }, c.injured === null ? '–' : String(c.injured)))))));
}

function claims(e: EventDetail): HTMLElement {
  if (!e.claimsByOrigin.length) return card('Claims by origin', empty('No claims about it.'));
  return card(`Claims by origin (${e.claimsByOrigin.length})`,
    h('div', { id: 'origins' },
      ...e.claimsByOrigin.map((o) =>
        h('div', { class: 'origin' },
          h('h3', { class: 'origin-name' }, o.origin),
          h('p', { class: 'muted small origin-why' }, o.why),
          h('ul', { class: 'claims' }, ...o.claims.map(originClaim))))));
}

function documents(e: EventDetail): HTMLElement {
  return card(`Reporting documents (${e.documents.length})`,
    h('ul', { class: 'plain', id: 'event-documents' }, ...e.documents.map((d) => h('li', null,
      routeLink(hrefFor('document', d.id), d.title || d.id),
      h('span', { class: 'muted small' }, ` · ${[d.source, d.published ? formatDate(d.published) : null].filter(Boolean).join(' · ')}`)))),
    h('p', { class: 'small' }, routeLink(hrefWith('timeline', {}), 'Back to the timeline')));
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
