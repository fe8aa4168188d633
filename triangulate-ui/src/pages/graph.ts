/** The network of entities and links (Cytoscape.js, fcose layout), filterable by grade and minimum origins. */

import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { api } from '../api';
import { card, h, replace } from '../dom';
import { graphElements, type GraphFilter } from '../graph-elements';
import { hrefFor, refHref, type Route } from '../routes';

cytoscape.use(fcose);

// Cytoscape adds a <style> element unless one with this id exists; a strict CSP would refuse it,
// so style.css carries its one rule and this placeholder stops the injection.
function preventStyleInjection(): void {
  const id = '__________cytoscape_stylesheet';
  if (!document.getElementById(id)) document.head.appendChild(Object.assign(document.createElement('meta'), { id }));
}

export async function render(_route: Route, view: HTMLElement): Promise<() => void> {
  preventStyleInjection();
  const graph = await api.graph();
  const filter: GraphFilter = { grade: null, minOrigins: 1, hideIsolated: true };
  const container = h('div', { class: 'graph-canvas', id: 'graph' });
  const summary = h('span', { class: 'muted small', id: 'graph-summary' });
  const reliability = select('reliability', ['A', 'B', 'C', 'D', 'E', 'F'], 'F');
  const credibility = select('credibility', ['1', '2', '3', '4', '5', '6'], '6');
  const minOrigins = h('input', { type: 'number', id: 'min-origins', title: 'minimum independent origins' });
  minOrigins.min = '1';
  minOrigins.value = '1';
  const isolated = h('input', { type: 'checkbox', id: 'hide-isolated' });
  isolated.checked = true;
  const controls = h('div', { class: 'controls' },
    h('label', null, 'Reliability at least ', reliability),
    h('label', null, 'Credibility at least ', credibility),
    h('label', null, 'Min. origins ', minOrigins),
    h('label', null, isolated, ' hide unlinked'),
    summary);
  const legend = h('div', { class: 'legend' }, ...['1', '2', '3', '4', '5', '6'].map((c) =>
    h('span', { class: `grade grade-${c}` }, `credibility ${c}`)));
  replace(view, card('Network', controls, legend, container));

  const cy = cytoscape({
    container,
    minZoom: 0.2,
    maxZoom: 3,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, color: '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 4, 'background-color': '#52606d', width: 18, height: 18, 'text-wrap': 'wrap', 'text-max-width': '120px' } },
      { selector: 'node.type-person', style: { 'background-color': '#3b6fb6', shape: 'ellipse' } },
      { selector: 'node.type-organization', style: { 'background-color': '#8e44ad', shape: 'round-rectangle' } },
      { selector: 'node.type-location', style: { 'background-color': '#2f855a', shape: 'diamond' } },
      { selector: 'node.type-facility', style: { 'background-color': '#b7791f', shape: 'hexagon' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#52606d', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8 } },
      { selector: ':selected', style: { 'border-width': 3, 'border-color': '#f0b429' } },
    ],
  });
  const draw = () => {
    filter.grade = `${reliability.value}${credibility.value}`;
    filter.minOrigins = Math.max(1, Number(minOrigins.value) || 1);
    filter.hideIsolated = isolated.checked;
    const elements = graphElements(graph, filter);
    cy.elements().remove();
    cy.add(elements);
    const edges = elements.filter((e) => e.group === 'edges').length;
    summary.textContent = `${elements.length - edges} entities, ${edges} links`;
    cy.layout({ name: 'fcose', animate: false, randomize: true, nodeRepulsion: () => 9000, idealEdgeLength: () => 120, fit: true, padding: 30 } as cytoscape.LayoutOptions).run();
    // A few nodes would be blown up to fill the canvas: keep labels at a readable size.
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center();
    }
    container.dataset['nodes'] = String(elements.length - edges);
    container.dataset['edges'] = String(edges);
  };
  for (const control of [reliability, credibility, minOrigins, isolated]) control.addEventListener('change', draw);
  cy.on('tap', 'node', (ev) => { location.hash = refHref(ev.target.id()); });
  cy.on('tap', 'edge', (ev) => { location.hash = hrefFor('link', ev.target.id()); });
  draw();
  return () => cy.destroy();
}

function select(id: string, values: string[], selected: string): HTMLSelectElement {
  const el = h('select', { id: `grade-${id}` }, ...values.map((v) => h('option', null, v)));
  el.value = selected;
  return el;
}
