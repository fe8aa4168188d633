/** The workbench shell: top bar with search and navigation, and the hash router. */

import './style.css';
import { api, type SearchHit } from './api';
import { h, replace } from './dom';
import { parseRoute, hrefFor, hrefWith, type Page, type Route } from './routes';
import { errorText, tag } from './widgets';
import { ENTITY_TYPES } from './format';

/** A page draws itself into the main area; it may return a function that tears it down. */
export type Cleanup = () => void;
type Renderer = (route: Route, main: HTMLElement) => Promise<Cleanup | void> | Cleanup | void;

const PAGES: Record<Page, () => Promise<{ render: Renderer }>> = {
  home: () => import('./pages/home'),
  search: () => import('./pages/search'),
  entity: () => import('./pages/entity'),
  event: () => import('./pages/event'),
  link: () => import('./pages/link'),
  document: () => import('./pages/document'),
  graph: () => import('./pages/graph'),
  timeline: () => import('./pages/timeline'),
  map: () => import('./pages/map'),
  conflicts: () => import('./pages/conflicts'),
  upload: () => import('./pages/upload'),
  export: () => import('./pages/export'),
};

const NAV: [Page, string][] = [
  ['graph', 'Network'], ['timeline', 'Timeline'], ['map', 'Map'], ['conflicts', 'Conflicts'], ['upload', 'Upload'], ['export', 'Export'],
];

const main = h('main', { id: 'main' });
const input = h('input', { type: 'search', id: 'search-input', title: 'Search names and aliases' });
const typeSelect = h('select', { id: 'search-type', title: 'Entity type' },
  h('option', null, ''), ...ENTITY_TYPES.map((t) => h('option', null, t)));
const suggestions = h('ul', { id: 'suggestions', class: 'suggestions' });
let cleanup: Cleanup | void;
let renderCount = 0;

function topBar(): HTMLElement {
  input.placeholder = 'Search people, groups, places…';
  input.autocomplete = 'off';
  (typeSelect.options[0] as HTMLOptionElement).textContent = 'All types';
  (typeSelect.options[0] as HTMLOptionElement).value = '';
  const form = h('form', { class: 'search', role: 'search' }, input, typeSelect, h('button', { type: 'submit' }, 'Search'), suggestions);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    hideSuggestions();
    location.hash = hrefWith('search', { q: input.value.trim(), type: typeSelect.value });
  });
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void suggest(input.value.trim(), typeSelect.value), 180);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') hideSuggestions();
  });
  document.addEventListener('click', (ev) => {
    if (!form.contains(ev.target as Node)) hideSuggestions();
  });
  const nav = h('nav', null, ...NAV.map(([page, label]) => h('a', { href: `#/${page}`, 'data-page': page }, label)));
  return h('header', { class: 'topbar' }, h('a', { class: 'brand', href: '#/' }, 'Triangulate'), form, nav);
}

async function suggest(q: string, type: string): Promise<void> {
  if (q.length < 2) return hideSuggestions();
  try {
    const hits = await api.search(q, type || undefined);
    if (input.value.trim() !== q) return;
    replace(suggestions, ...hits.slice(0, 8).map(suggestion));
    suggestions.classList.toggle('visible', hits.length > 0);
  } catch {
    hideSuggestions();
  }
}

function suggestion(hit: SearchHit): HTMLElement {
  const a = h('a', { href: hrefFor('entity', hit.id) }, h('span', { class: 'name' }, hit.name), ' ', tag(hit.type),
    hit.matched && hit.matched !== hit.name ? h('span', { class: 'muted small' }, ` as “${hit.matched}”`) : null);
  a.addEventListener('click', hideSuggestions);
  return h('li', null, a);
}

function hideSuggestions(): void {
  suggestions.classList.remove('visible');
  replace(suggestions);
}

async function route(): Promise<void> {
  const current = parseRoute(location.hash);
  const mine = ++renderCount;
  if (cleanup) cleanup();
  cleanup = undefined;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.topbar nav a')) {
    a.classList.toggle('active', a.dataset['page'] === current.page);
  }
  if (current.page === 'search') {
    input.value = current.params.get('q') ?? '';
    typeSelect.value = current.params.get('type') ?? '';
  }
  delete main.dataset['ready'];
  document.body.dataset['page'] = current.page;
  main.className = `page-${current.page}`;
  replace(main, h('p', { class: 'loading' }, 'Loading…'));
  try {
    const page = await PAGES[current.page]();
    if (mine !== renderCount) return;
    // Attached before drawing: the graph, timeline and map measure their container.
    const view = h('div', { class: 'view' }, h('p', { class: 'loading' }, 'Loading…'));
    replace(main, view);
    const done = await page.render(current, view);
    if (mine !== renderCount) {
      if (done) done();
      return;
    }
    cleanup = done;
  } catch (e) {
    if (mine !== renderCount) return;
    replace(main, h('div', { class: 'card error-card' }, h('h2', null, 'Could not load this page'), h('p', { class: 'error' }, errorText(e))));
  }
  main.dataset['ready'] = current.page;
  window.scrollTo(0, 0);
}

document.body.append(topBar(), main);
window.addEventListener('hashchange', () => void route());
void route();
