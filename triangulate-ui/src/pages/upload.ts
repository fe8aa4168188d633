/** Upload: drop files to ingest them, one request per file, each with its progress and its own result or error. */

import type { IngestResult } from '../api';
import { card, h, replace, routeLink } from '../dom';
import { hrefFor, type Route } from '../routes';

export function render(_route: Route, view: HTMLElement): void {
  const input = h('input', { type: 'file', id: 'upload-input', class: 'offscreen' });
  input.multiple = true;
  const pick = h('label', { for: 'upload-input', class: 'button' }, 'Choose files');
  const zone = h('div', { class: 'dropzone', id: 'dropzone' },
    h('p', null, 'Drop reports here: text, HTML, JSON lines, feeds, WARC.'), pick, input);
  const rows = h('tbody', { id: 'upload-results' });
  const table = h('table', { class: 'table uploads' },
    h('thead', null, h('tr', null, h('th', null, 'File'), h('th', null, 'Progress'), h('th', null, 'Result'))), rows);
  replace(view, card('Upload', zone, table));

  const start = (files: FileList | null) => {
    if (!files) return;
    void uploadAll([...files], rows);
  };
  input.addEventListener('change', () => {
    start(input.files);
    input.value = '';
  });
  zone.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (ev) => {
    ev.preventDefault();
    zone.classList.remove('over');
    start(ev.dataTransfer?.files ?? null);
  });
}

async function uploadAll(files: File[], rows: HTMLElement): Promise<void> {
  const jobs = files.map((file) => {
    const progress = h('progress');
    progress.max = 1;
    progress.value = 0;
    const result = h('td', { class: 'result' }, 'waiting');
    const row = h('tr', { class: 'upload', 'data-file': file.name }, h('td', null, file.name), h('td', null, progress), result);
    rows.prepend(row);
    return { file, progress, result, row };
  });
  // One at a time: each file is its own transaction on the server anyway.
  for (const job of jobs) {
    job.result.textContent = 'uploading';
    try {
      const results = await send(job.file, (fraction) => (job.progress.value = fraction));
      job.progress.value = 1;
      showResult(job.row, job.result, results.find((r) => r.file === job.file.name) ?? results[0]);
    } catch (e) {
      job.row.dataset['status'] = 'FAILED';
      replace(job.result, h('span', { class: 'error' }, e instanceof Error ? e.message : String(e)));
    }
  }
}

function showResult(row: HTMLElement, cell: HTMLElement, r: IngestResult | undefined): void {
  if (!r) {
    row.dataset['status'] = 'FAILED';
    replace(cell, h('span', { class: 'error' }, 'no result from the server'));
    return;
  }
  row.dataset['status'] = r.status;
  const status = h('span', { class: `status status-${r.status.toLowerCase()}` }, r.status.toLowerCase());
  replace(cell, status,
    r.id && r.status !== 'FAILED' ? h('span', null, ' · ', routeLink(hrefFor('document', r.id), 'open document', 'open-document')) : null,
    r.message ? h('div', { class: r.status === 'FAILED' ? 'error small' : 'muted small' }, r.message) : null);
}

/** Posts one file as multipart field "files", reporting upload progress from 0 to 1. */
function send(file: File, onProgress: (fraction: number) => void): Promise<IngestResult[]> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', 'api/ingest');
    xhr.responseType = 'json';
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (ev) => {
      if (ev.lengthComputable) onProgress(ev.loaded / ev.total);
    });
    xhr.addEventListener('load', () => {
      const body = xhr.response as { results?: IngestResult[]; message?: string } | null;
      if (xhr.status >= 200 && xhr.status < 300 && body?.results) resolve(body.results);
      else reject(new Error(`${file.name}: ${body?.message ?? `${xhr.status} ${xhr.statusText}`}`));
    });
    xhr.addEventListener('error', () => reject(new Error(`${file.name}: the upload failed (network error)`)));
    const form = new FormData();
    form.append('files', file, file.name);
    xhr.send(form);
  });
}
