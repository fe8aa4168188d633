/**
 * Places on an offline map: Leaflet over country shapes from world-atlas (Natural Earth, via
 * topojson-client) — no tile server — with a marker per place entity from /api/places.
 */

import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { api, type Place } from '../api';
import { card, empty, h, replace, routeLink } from '../dom';
import { hrefFor, hrefWith, type Route } from '../routes';
import { tag } from '../widgets';

export async function render(_route: Route, view: HTMLElement): Promise<() => void> {
  const [places, topology] = await Promise.all([
    api.places(),
    fetch(countriesUrl).then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection }>>),
  ]);
  const container = h('div', { class: 'map', id: 'map' });
  const list = places.length
    ? h('ul', { class: 'plain place-list', id: 'places' }, ...[...places].sort((a, b) => b.events - a.events).map(placeItem))
    : empty('No places with coordinates yet.');
  replace(view, h('div', { class: 'grid-3-1' }, card('Map', container), card(`Places (${places.length})`, list)));

  const map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: 12, zoomSnap: 0.5, renderer: L.svg({ padding: 1 }) });
  // The view comes first: Leaflet's vector renderer needs it before any layer is added.
  if (places.length) {
    map.fitBounds(L.latLngBounds(places.map((p) => [p.lat, p.lon] as [number, number])).pad(0.5), { maxZoom: 6 });
  } else {
    map.setView([34.5, 66], 5);
  }
  map.attributionControl.setPrefix('');
  map.attributionControl.addAttribution('Country shapes: Natural Earth via world-atlas');
  L.geoJSON(feature(topology, topology.objects.countries), {
    style: { color: '#9aa5b1', weight: 0.8, fillColor: '#f5f3ea', fillOpacity: 1 },
    interactive: false,
  }).addTo(map);

  const markers = places.map((p) => {
    const marker = L.circleMarker([p.lat, p.lon], {
      radius: Math.min(16, 5 + Math.sqrt(p.events) * 2), color: '#7b2d26', weight: 1.5, fillColor: '#c0392b', fillOpacity: 0.75,
    });
    // Leaflet parses string popups as HTML: give it an element built from text.
    marker.bindPopup(popup(p));
    // Names stay visible while there are few places; with many, they show on hover.
    marker.bindTooltip(h('span', null, p.name), { permanent: places.length <= 25, direction: 'right', offset: [8, 0], className: 'place-label' });
    return marker.addTo(map);
  });
  // The card's layout may settle after the map measured it.
  const resize = new ResizeObserver(() => map.invalidateSize());
  resize.observe(container);
  container.dataset['markers'] = String(markers.length);
  return () => {
    resize.disconnect();
    map.remove();
  };
}

function popup(p: Place): HTMLElement {
  return h('div', { class: 'popup' },
    h('strong', null, routeLink(hrefFor('entity', p.id), p.name)), ' ', tag(p.type),
    h('div', { class: 'muted small' }, [p.province, p.country].filter(Boolean).join(', ')),
    h('div', { class: 'small' }, routeLink(hrefWith('timeline', { entity: p.id }), `${p.events} event${p.events === 1 ? '' : 's'}`)));
}

function placeItem(p: Place): HTMLElement {
  return h('li', null, routeLink(hrefFor('entity', p.id), p.name),
    h('span', { class: 'muted small' }, ` ${[p.province, p.country].filter(Boolean).join(', ')} · ${p.events} event${p.events === 1 ? '' : 's'}`));
}
