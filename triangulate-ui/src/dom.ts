/**
 * Building the page. Text always goes in through textContent: nothing the server returns (a
 * document's text, a name, a quote) is ever parsed as HTML.
 */

type Child = Node | string | null | undefined | false;

export interface Attrs {
  class?: string;
  href?: string;
  title?: string;
  id?: string;
  type?: string;
  role?: string;
  rel?: string;
  target?: string;
  for?: string;
  [data: `data-${string}`]: string;
}

/** Creates an element with attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value !== undefined) el.setAttribute(name, value);
    }
  }
  append(el, ...children);
  return el;
}

/** Appends children; strings become text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces all children of an element. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** A card: a titled box. */
export function card(title: string | Node, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', null, title), ...children);
}

/** An empty-state line. */
export function empty(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text);
}

/** A link to a route of the workbench. */
export function routeLink(hash: string, text: string, cls?: string): HTMLAnchorElement {
  return h('a', { href: hash, class: cls }, text);
}
