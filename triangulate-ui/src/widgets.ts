/** Small shared pieces: grade badges, "Cite this", analyst notes, toasts. */

import { api } from './api';
import { append, h, replace } from './dom';
import { describeGrade, formatCitation, gradeClass } from './format';

/** A badge coloured by credibility; its title spells the grade out. */
export function gradeBadge(code: string | null | undefined): HTMLElement {
  return h('span', { class: gradeClass(code), title: describeGrade(code), 'data-grade': code ?? '' }, code || '—');
}

/** A pill for a vocabulary word (entity type, modality, predicate). */
export function tag(text: string, kind = ''): HTMLElement {
  return h('span', { class: `tag ${kind}`.trim() }, text.toLowerCase().replace(/_/g, ' '));
}

let toastTimer: number | undefined;

/** Shows a short message at the bottom of the screen. */
export function toast(message: string, detail?: string): void {
  let box = document.getElementById('toast');
  if (!box) {
    box = h('div', { id: 'toast', class: 'toast', 'data-role': 'status' });
    box.setAttribute('role', 'status');
    document.body.appendChild(box);
  }
  replace(box, h('strong', null, message), detail ? h('div', { class: 'toast-detail' }, detail) : null);
  box.classList.add('visible');
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => box?.classList.remove('visible'), 6000);
}

/** Copies text to the clipboard, falling back to a selected textarea where the Clipboard API is refused. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // not a secure context, or permission refused: fall back below
  }
  const area = h('textarea', { class: 'offscreen' });
  area.value = text;
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('the browser refused to copy');
}

/** "Cite this": fetches the claim's citation and copies it. */
export function citeButton(claimId: string): HTMLButtonElement {
  const button = h('button', { class: 'cite', type: 'button', title: 'Copy a citation of this claim', 'data-claim': claimId }, 'Cite this');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const text = formatCitation(await api.cite(claimId));
      button.dataset['citation'] = text;
      try {
        await copyText(text);
        toast('Citation copied', text);
      } catch {
        toast('Copy refused by the browser; the citation is:', text);
      }
    } catch (e) {
      toast('No citation', errorText(e));
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

const AUTHOR_KEY = 'triangulate.author';

/** Analyst notes on an entity, link or claim: the list and a form to add one. */
export function notesPanel(target: string, open = true): HTMLElement {
  const list = h('ul', { class: 'notes-list' });
  const text = h('textarea', { class: 'note-text', title: 'Note' });
  text.placeholder = 'Add a note for other analysts…';
  text.rows = 2;
  const author = h('input', { class: 'note-author', type: 'text', title: 'Your name' });
  author.placeholder = 'Your name';
  author.value = localStorage.getItem(AUTHOR_KEY) ?? '';
  const save = h('button', { type: 'submit' }, 'Add note');
  const form = h('form', { class: 'note-form' }, text, h('div', { class: 'row' }, author, save));
  const status = h('p', { class: 'muted small' });
  const panel = h('div', { class: 'notes', 'data-target': target }, list, form, status);

  const load = async () => {
    try {
      const notes = await api.notes(target);
      replace(list, ...notes.map(noteItem));
      if (!notes.length) replace(list, h('li', { class: 'empty' }, 'No notes yet.'));
    } catch (e) {
      replace(list, h('li', { class: 'error' }, errorText(e)));
    }
  };
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!text.value.trim()) return;
    save.disabled = true;
    localStorage.setItem(AUTHOR_KEY, author.value.trim());
    try {
      await api.addNote({ target, text: text.value.trim(), author: author.value.trim() || 'analyst' });
      text.value = '';
      replace(status);
      await load();
    } catch (e) {
      replace(status, errorText(e));
    } finally {
      save.disabled = false;
    }
  });
  if (open) void load();
  return panel;
}

function noteItem(n: { author: string | null; created: string; text: string }): HTMLElement {
  return h('li', null, h('p', null, n.text), h('span', { class: 'muted small' }, `${n.author || 'analyst'} · ${n.created.slice(0, 16).replace('T', ' ')}`));
}

/** A collapsible "Notes" toggle for a claim, loading its notes only when opened. */
export function claimNotesToggle(claimId: string): HTMLElement {
  const details = h('details', { class: 'claim-notes' }, h('summary', null, 'Notes'));
  details.addEventListener('toggle', () => {
    if (details.open && details.children.length === 1) append(details, notesPanel(claimId));
  });
  return details;
}

/** The message of an error, for the page. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
