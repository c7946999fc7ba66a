// claimcheck dashboard: a hash router over the JSON API. Every piece of data reaches the page as text
// (textContent, createTextNode, setAttribute of built URLs): never as HTML.
'use strict';

const PAGE_SIZE = 20;
const STATUSES = ['CONFLICT', 'EVOLVING', 'CONSISTENT', 'SINGLE_SOURCE'];
const KINDS = ['COUNT', 'MONEY', 'QUANTITY', 'PERCENT', 'DATE', 'DURATION'];
const view = document.getElementById('view');
let renderToken = 0;

// ---- DOM helpers ----------------------------------------------------------------------------------------

/** An element; string and number children become text nodes, null ones are skipped. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs || {})) el.setAttribute(name, String(value));
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

function show(...children) {
  view.replaceChildren(...children.flat().filter(Boolean));
}

function link(href, text, cls) {
  return h('a', { href, class: cls }, text);
}

const groupHref = (id) => '#/groups/' + encodeURIComponent(id);
const articleHref = (articleId, claimId) =>
  '#/articles/' + encodeURIComponent(String(articleId).replace(/^a/, '')) + (claimId ? '?claim=' + encodeURIComponent(claimId) : '');

function badge(text, cls) {
  return h('span', { class: 'badge ' + (cls || '') }, text);
}

function statusBadge(status) {
  return badge(status.replace('_', ' ').toLowerCase(), 'status-' + status);
}

// ---- API ------------------------------------------------------------------------------------------------

async function api(path, options) {
  const headers = Object.assign({ Accept: 'application/json' }, options && options.headers);
  const key = apiKey();
  if (key) headers['X-API-Key'] = key;
  const response = await fetch(path, Object.assign({}, options, { headers }));
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error((body && (body.detail || body.title)) || response.status + ' ' + response.statusText);
    error.status = response.status;
    throw error;
  }
  return body;
}

// ---- API key --------------------------------------------------------------------------------------------
// Where the service requires a key (for writes, or for reads too), a refused request asks for it. The key is
// kept in sessionStorage, so it lasts as long as the tab, and goes out as X-API-Key with every request.

const KEY_ITEM = 'claimcheck.apiKey';
let keyInMemory = ''; // where sessionStorage is unavailable

function apiKey() {
  try {
    return sessionStorage.getItem(KEY_ITEM) || '';
  } catch (unavailable) {
    return keyInMemory;
  }
}

function saveApiKey(key) {
  keyInMemory = key;
  try {
    sessionStorage.setItem(KEY_ITEM, key);
  } catch (unavailable) {
    // kept in memory only
  }
}

const refusedForKey = (error) => error.status === 401 || error.status === 403;

/** The service's reason for refusing, and a field for the key; retry() runs once a key is given. */
function keyForm(error, retry) {
  const input = h('input', { type: 'password', name: 'apiKey', autocomplete: 'off', required: true });
  return h('form', { class: 'key-form', onsubmit: (event) => { event.preventDefault(); saveApiKey(input.value.trim()); retry(); } },
    h('p', { class: 'error' }, error.message),
    h('label', {}, 'API key', input),
    h('button', { type: 'submit' }, 'Use this key'));
}

/** An error as the page shows it: with the key form when a key would help. */
function errorView(error, retry) {
  return refusedForKey(error) ? keyForm(error, retry) : h('p', { class: 'error' }, error.message);
}

/** Runs fn over items, at most `limit` at a time, calling done(item, result) as each settles. */
async function eachLimited(items, limit, fn, done) {
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const item = items[next++];
      try {
        done(item, await fn(item), null);
      } catch (error) {
        done(item, null, error);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

// ---- values ---------------------------------------------------------------------------------------------

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });

function formatBound(bound, kind) {
  if (bound === null || bound === undefined) return null;
  return kind === 'DATE' ? bound : numberFormat.format(Number(bound));
}

/** A normalized value as a reader writes it: 3,000; 2,700–3,000; ≥ 11,000; 2024-12-01–2024-12-31. */
function formatValue(value, kind) {
  if (!value) return '—';
  const min = formatBound(value.min, kind);
  const max = formatBound(value.max, kind);
  let text;
  if (min === null && max === null) text = '?';
  else if (min === null) text = '≤ ' + max;
  else if (max === null) text = '≥ ' + min;
  else if (min === max) text = min;
  else text = min + '–' + max;
  if (value.unit) text += ' ' + value.unit;
  if (kind === 'PERCENT') text += ' %';
  return text;
}

function qualifierText(value) {
  return value && value.qualifier ? value.qualifier.toLowerCase().replace(/_/g, ' ') : '';
}

/** The sentence, with the claim's value span marked. */
function highlightedSentence(claim) {
  const sentence = claim.sentence || '';
  const at = claim.text ? sentence.indexOf(claim.text) : -1;
  if (at < 0) return h('span', { class: 'sentence' }, sentence);
  return h('span', { class: 'sentence' },
    sentence.slice(0, at),
    h('mark', { class: 'span' }, claim.text),
    sentence.slice(at + claim.text.length));
}

// ---- routing --------------------------------------------------------------------------------------------

function parseHash() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query] = hash.split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query || '') };
}

function navigate(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== '' && value !== null && value !== undefined) query.set(key, value);
  const text = query.toString();
  location.hash = '#/' + path + (text ? '?' + text : '');
}

const routes = {
  conflicts: renderGroups,
  groups: (parts, params, current) => (parts[1] ? renderGroup(parts[1], params, current) : renderGroups(parts, params, current)),
  articles: (parts, params, current) => (parts[1] ? renderArticle(parts[1], params, current) : renderArticles(parts, params, current)),
  outlets: renderOutlets,
  new: renderNew,
};

async function route() {
  const { parts, params } = parseHash();
  const name = parts[0] || 'conflicts';
  const token = ++renderToken;
  document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('active', a.dataset.route === (name === 'groups' ? 'conflicts' : name)));
  const render = routes[name];
  if (!render) {
    show(h('p', { class: 'error' }, 'No such page: ' + parts.join('/')));
    return;
  }
  show(h('p', { class: 'loading' }, 'Loading…'));
  try {
    await render(parts, params, () => token === renderToken);
  } catch (error) {
    if (token === renderToken) show(errorView(error, route));
  }
}

// ---- groups: the conflict list --------------------------------------------------------------------------

let outletsCache = null;
let refocusSearch = false;
async function outlets() {
  if (!outletsCache) outletsCache = api('/api/outlets').catch((error) => { outletsCache = null; throw error; });
  return outletsCache;
}

function select(name, label, options, current, onChange) {
  return h('label', {}, label,
    h('select', { name, onchange: onChange },
      options.map(([value, text]) => h('option', { value, selected: value === current }, text))));
}

async function renderGroups(parts, params, current) {
  const filters = {
    status: params.get('status') || '', kind: params.get('kind') || '',
    outlet: params.get('outlet') || '', q: params.get('q') || '',
  };
  const page = Math.max(0, parseInt(params.get('page') || '0', 10) || 0);
  const query = new URLSearchParams({ page, size: PAGE_SIZE });
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  const [found, known] = await Promise.all([api('/api/groups?' + query), outlets().catch(() => [])]);
  if (!current()) return;

  const change = (key) => (event) => navigate('conflicts', Object.assign({}, filters, { [key]: event.target.value }));
  let typing;
  const search = h('input', {
    type: 'search', name: 'q', value: filters.q, placeholder: 'label or claim text',
    oninput: (event) => {
      clearTimeout(typing);
      typing = setTimeout(() => {
        refocusSearch = true;
        navigate('conflicts', Object.assign({}, filters, { q: event.target.value.trim() }));
      }, 400);
    },
  });
  const form = h('form', { class: 'filters', onsubmit: (event) => event.preventDefault() },
    select('status', 'Status', [['', 'any'], ...STATUSES.map((v) => [v, v.replace('_', ' ').toLowerCase()])], filters.status, change('status')),
    select('kind', 'Kind', [['', 'any'], ...KINDS.map((v) => [v, v.toLowerCase()])], filters.kind, change('kind')),
    select('outlet', 'Outlet', [['', 'any'], ...known.map((o) => [o.key, o.name])], filters.outlet, change('outlet')),
    h('label', {}, 'Search', search));

  const list = h('div', { class: 'group-list' });
  const rows = found.items.map((group) => {
    const values = h('div', { class: 'values' }, h('span', { class: 'muted' }, 'loading values…'));
    const consensus = h('span', { class: 'consensus' });
    list.appendChild(h('article', { class: 'group-row status-' + group.status, 'data-group': group.id },
      h('div', { class: 'row-head' },
        link(groupHref(group.id), group.label || group.id, 'label'),
        badge(group.kind.toLowerCase(), 'kind'), statusBadge(group.status),
        group.status === 'CONFLICT' ? h('span', { class: 'muted' }, 'severity ' + group.severity) : null,
        h('span', { class: 'muted' }, group.outletCount + ' outlets · ' + group.claimCount + ' claims')),
      values, consensus));
    return { group, values, consensus };
  });
  const pager = h('nav', { class: 'pager' },
    page > 0 ? link('#' + hashWith(filters, page - 1), '‹ previous') : h('span'),
    h('span', { class: 'muted' }, found.totalItems + ' groups · page ' + (found.page + 1) + ' of ' + Math.max(1, found.totalPages)),
    page + 1 < found.totalPages ? link('#' + hashWith(filters, page + 1), 'next ›') : h('span'));
  show(h('h1', {}, 'Groups'), h('p', { class: 'intro' },
    'Claims about the same fact across outlets: conflicts first, the most severe on top, then evolving figures and agreements.'),
    form, found.items.length ? list : h('p', { class: 'muted' }, 'No group matches.'), pager);
  if (refocusSearch) {
    refocusSearch = false;
    search.focus();
    search.setSelectionRange(search.value.length, search.value.length);
  }

  // The page's rows fill in as their groups arrive: the list stays paged however many groups there are.
  await eachLimited(rows, 6, (row) => api('/api/groups/' + encodeURIComponent(row.group.id)), (row, detail, error) => {
    if (!current()) return;
    if (error) {
      row.values.replaceChildren(h('span', { class: 'error' }, error.message));
      return;
    }
    row.values.replaceChildren(...valueChips(detail));
    row.consensus.replaceChildren('consensus ', h('strong', {}, formatValue(detail.consensus, detail.kind)));
  });
}

function hashWith(filters, page) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  if (page) query.set('page', page);
  const text = query.toString();
  return '/conflicts' + (text ? '?' + text : '');
}

/** One chip per outlet, its values side by side; the values that contradict another claim are marked. */
function valueChips(detail) {
  const byOutlet = new Map();
  for (const claim of detail.claims) {
    if (!byOutlet.has(claim.outlet)) byOutlet.set(claim.outlet, []);
    byOutlet.get(claim.outlet).push(claim);
  }
  return [...byOutlet].map(([outlet, claims]) => h('span', { class: 'chip' },
    h('span', { class: 'outlet' }, outlet),
    claims.map((claim) => h('span', {
      class: 'value' + (claim.conflictsWith && claim.conflictsWith.length ? ' conflicting' : ''),
      title: formatValue(claim.value, claim.kind) + (claim.asOf ? ' as of ' + claim.asOf : ''),
    }, claim.text))));
}

// ---- one group ------------------------------------------------------------------------------------------

async function renderGroup(id, params, current) {
  const group = await api('/api/groups/' + encodeURIComponent(id));
  if (!current()) return;
  const claims = [...group.claims].sort((a, b) => a.outlet.localeCompare(b.outlet) || (a.start - b.start));
  const table = h('table', { class: 'claims' },
    h('thead', {}, h('tr', {}, ['Outlet', 'Value', 'Normalized', 'Qualifier', 'As of', 'Attribution', 'Sentence'].map((t) => h('th', {}, t)))),
    h('tbody', {}, claims.map((claim) => {
      const conflicting = claim.conflictsWith && claim.conflictsWith.length;
      return h('tr', { class: conflicting ? 'conflicting' : null, 'data-claim': claim.id },
        h('td', { 'data-label': 'Outlet' }, link(articleHref(claim.articleId, claim.id), claim.outlet)),
        h('td', { 'data-label': 'Value' }, h('span', { class: 'value' + (conflicting ? ' conflicting' : '') }, claim.text)),
        h('td', { 'data-label': 'Normalized' }, formatValue(claim.value, claim.kind),
          claim.modality && claim.modality !== 'FACT' ? h('span', { class: 'muted' }, ' (' + claim.modality.toLowerCase() + ')') : null),
        h('td', { 'data-label': 'Qualifier' }, qualifierText(claim.value)),
        h('td', { 'data-label': 'As of' }, claim.asOf || '—'),
        h('td', { 'data-label': 'Attribution' }, claim.attribution || '—'),
        h('td', { 'data-label': 'Sentence' }, highlightedSentence(claim),
          conflicting ? h('div', { class: 'muted' }, 'contradicts ' + claim.conflictsWith.map((c) => outletOf(group, c)).join(', ')) : null));
    })));
  show(
    h('p', {}, link('#/conflicts', '‹ all groups')),
    h('h1', {}, group.label || group.id),
    h('p', { class: 'row-head' }, badge(group.kind.toLowerCase(), 'kind'), statusBadge(group.status),
      h('span', {}, 'consensus ', h('strong', {}, formatValue(group.consensus, group.kind))),
      h('span', { class: 'muted' }, group.sources + ' independent sources · ' + group.outletCount + ' outlets · '
        + group.claimCount + ' claims' + (group.status === 'CONFLICT' ? ' · severity ' + group.severity : ''))),
    plot(group, claims),
    h('div', { class: 'table-wrap' }, table));
}

function outletOf(group, claimId) {
  const claim = group.claims.find((c) => c.id === claimId);
  return claim ? claim.outlet + ' (' + claim.text + ')' : claimId;
}

/** Values as intervals, one row per claim, beside the day each claim is about; inline SVG. */
function plot(group, claims) {
  const isDate = group.kind === 'DATE';
  const num = (bound) => (bound === null || bound === undefined ? null : isDate ? Date.parse(bound) : Number(bound));
  const day = (iso) => (iso ? Date.parse(iso) : null);
  const values = claims.flatMap((c) => [num(c.value.min), num(c.value.max)]).filter((v) => v !== null && Number.isFinite(v));
  if (group.consensus) values.push(...[num(group.consensus.min), num(group.consensus.max)].filter((v) => v !== null));
  const days = claims.map((c) => day(c.asOf)).filter((v) => v !== null);
  if (!values.length) return null;

  const rowHeight = 22, top = 8, labelWidth = 150, valueWidth = 330, gap = 30, timeWidth = 180;
  const height = top + claims.length * rowHeight + 30;
  const width = labelWidth + valueWidth + gap + timeWidth + 10;
  const DAY = 86400000;
  const scale = (lo, hi, x0, w, pad) => {
    if (lo === hi) { lo -= pad; hi += pad; }
    return { lo, hi, at: (v) => x0 + ((v - lo) / (hi - lo)) * w };
  };
  const low = Math.min(...values);
  const vx = scale(low, Math.max(...values), labelWidth + 10, valueWidth - 20, isDate ? 3 * DAY : Math.max(1, Math.abs(low) * 0.1));
  const tx = days.length ? scale(Math.min(...days), Math.max(...days), labelWidth + valueWidth + gap + 10, timeWidth - 20, 3 * DAY) : null;
  const fmt = (v) => (isDate ? new Date(v).toISOString().slice(0, 10) : numberFormat.format(Math.round(v * 100) / 100));
  const fmtDay = (v) => new Date(v).toISOString().slice(0, 10);
  const axisY = top + claims.length * rowHeight + 4;

  const svg = s('svg', { viewBox: '0 0 ' + width + ' ' + height, class: 'plot', role: 'img', 'aria-label': 'values and dates per outlet' });
  svg.appendChild(s('line', { x1: labelWidth + 10, x2: labelWidth + valueWidth - 10, y1: axisY, y2: axisY, class: 'axis' }));
  [vx.lo, (vx.lo + vx.hi) / 2, vx.hi].forEach((v, i) => svg.appendChild(
    s('text', { x: vx.at(v), y: axisY + 14, class: 'tick', 'text-anchor': ['start', 'middle', 'end'][i] }, fmt(v))));
  if (tx) {
    svg.appendChild(s('line', { x1: tx.at(tx.lo), x2: tx.at(tx.hi), y1: axisY, y2: axisY, class: 'axis' }));
    svg.appendChild(s('text', { x: tx.at(tx.lo), y: axisY + 14, class: 'tick', 'text-anchor': 'start' }, fmtDay(tx.lo)));
    if (tx.hi !== tx.lo) svg.appendChild(s('text', { x: tx.at(tx.hi), y: axisY + 14, class: 'tick', 'text-anchor': 'end' }, fmtDay(tx.hi)));
  }
  svg.appendChild(s('text', { x: labelWidth + valueWidth + gap + 10, y: top - 0, class: 'tick' }, 'as of'));
  if (group.consensus && group.consensus.min !== null && group.consensus.min !== undefined) {
    const c = num(group.consensus.min);
    svg.appendChild(s('line', { x1: vx.at(c), x2: vx.at(c), y1: top, y2: axisY, class: 'consensus-line' },
      s('title', {}, 'consensus ' + formatValue(group.consensus, group.kind))));
  }
  claims.forEach((claim, i) => {
    const y = top + i * rowHeight + rowHeight / 2;
    const conflicting = claim.conflictsWith && claim.conflictsWith.length;
    const cls = conflicting ? 'mark conflicting' : 'mark';
    const label = claim.outlet.length > 22 ? claim.outlet.slice(0, 21) + '…' : claim.outlet;
    svg.appendChild(s('text', { x: labelWidth, y: y + 4, class: 'row-label', 'text-anchor': 'end' }, label));
    const lo = num(claim.value.min), hi = num(claim.value.max);
    const x1 = lo === null ? labelWidth + 10 : vx.at(lo);
    const x2 = hi === null ? labelWidth + valueWidth - 10 : vx.at(hi);
    const title = s('title', {}, claim.outlet + ': ' + claim.text + ' = ' + formatValue(claim.value, claim.kind));
    if (Math.abs(x2 - x1) < 2) svg.appendChild(s('circle', { cx: x1, cy: y, r: 5, class: cls }, title));
    else svg.appendChild(s('rect', { x: Math.min(x1, x2), y: y - 5, width: Math.abs(x2 - x1), height: 10, rx: 4, class: cls }, title));
    if (tx && claim.asOf) {
      svg.appendChild(s('circle', { cx: tx.at(day(claim.asOf)), cy: y, r: 4, class: 'when' }, s('title', {}, claim.outlet + ': as of ' + claim.asOf)));
    }
  });
  return h('figure', { class: 'plot-wrap' }, svg,
    h('figcaption', { class: 'muted' }, 'Each claim\'s value as an interval (red: contradicts another claim; dashed: consensus), and the day it is about.'));
}

// ---- one article ----------------------------------------------------------------------------------------

async function renderArticle(id, params, current) {
  const [article, found] = await Promise.all([
    api('/api/articles/' + encodeURIComponent(id)), api('/api/articles/' + encodeURIComponent(id) + '/claims')]);
  if (!current()) return;
  const text = article.text || '';
  const body = h('div', { class: 'article-text' });
  const claims = [...found.claims].sort((a, b) => a.start - b.start || b.end - a.end);
  let cursor = 0;
  let focused = null;
  for (const claim of claims) {
    if (claim.start < cursor || claim.end > text.length) continue; // overlapping spans: the first one wins
    body.appendChild(document.createTextNode(text.slice(cursor, claim.start)));
    const attrs = {
      class: 'value kind-' + claim.kind + (claim.claimId && claim.claimId === params.get('claim') ? ' focus' : ''),
      title: claim.kind.toLowerCase() + ': ' + formatValue(claim.value, claim.kind) + (claim.asOf ? ' as of ' + claim.asOf : ''),
      'data-claim': claim.claimId,
    };
    const span = claim.group ? h('a', Object.assign({ href: groupHref(claim.group) }, attrs), text.slice(claim.start, claim.end))
      : h('mark', attrs, text.slice(claim.start, claim.end));
    if (attrs.class.endsWith('focus')) focused = span;
    body.appendChild(span);
    cursor = claim.end;
  }
  body.appendChild(document.createTextNode(text.slice(cursor)));
  show(
    h('p', {}, link('#/articles', '‹ all articles')),
    h('h1', {}, article.title || 'Article ' + article.id),
    h('p', { class: 'muted' }, article.outlet + (article.publishedAt ? ' · ' + article.publishedAt : '') + ' · '
      + found.claims.length + ' values' + (found.referenceDate ? ' · dates read against ' + found.referenceDate : '')),
    article.url ? h('p', {}, h('a', { href: safeUrl(article.url), rel: 'noopener noreferrer' }, article.url)) : null,
    h('p', { class: 'legend' }, 'Every extracted value is highlighted; follow one to the other outlets\' claims about the same fact.'),
    body);
  if (focused) focused.scrollIntoView({ block: 'center' });
}

/** Only http(s) links leave the page. */
function safeUrl(url) {
  return /^https?:\/\//i.test(url) ? url : '#';
}

// ---- lists: articles and outlets ------------------------------------------------------------------------

async function renderArticles(parts, params, current) {
  const page = Math.max(0, parseInt(params.get('page') || '0', 10) || 0);
  const outlet = params.get('outlet') || '';
  const query = new URLSearchParams({ page, size: PAGE_SIZE });
  if (outlet) query.set('outlet', outlet);
  const found = await api('/api/articles?' + query);
  if (!current()) return;
  const more = (p) => '#/articles?' + new URLSearchParams(Object.assign({ page: p }, outlet ? { outlet } : {}));
  show(h('h1', {}, 'Articles'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'list' },
      h('thead', {}, h('tr', {}, ['Title', 'Outlet', 'Published'].map((t) => h('th', {}, t)))),
      h('tbody', {}, found.items.map((a) => h('tr', {},
        h('td', { 'data-label': 'Title' }, link(articleHref(a.id), a.title || 'Article ' + a.id)),
        h('td', { 'data-label': 'Outlet' }, a.outlet),
        h('td', { 'data-label': 'Published' }, a.publishedAt || '—')))))),
    h('nav', { class: 'pager' },
      page > 0 ? link(more(page - 1), '‹ previous') : h('span'),
      h('span', { class: 'muted' }, found.totalItems + ' articles · page ' + (found.page + 1) + ' of ' + Math.max(1, found.totalPages)),
      page + 1 < found.totalPages ? link(more(page + 1), 'next ›') : h('span')));
}

async function renderOutlets(parts, params, current) {
  outletsCache = null;
  const list = await outlets();
  if (!current()) return;
  const sorted = [...list].sort((a, b) => (b.reliability ?? -1) - (a.reliability ?? -1) || a.name.localeCompare(b.name));
  show(h('h1', {}, 'Outlets'),
    h('p', { class: 'intro' }, 'Reliability: how often an outlet agrees with the consensus of the groups it shares with others, scaled so that the most reliable one has 1.'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'list outlets' },
      h('thead', {}, h('tr', {}, ['Outlet', 'Reliability', 'Claims', 'Articles'].map((t) => h('th', {}, t)))),
      h('tbody', {}, sorted.map((o) => h('tr', { 'data-outlet': o.key },
        h('td', { 'data-label': 'Outlet' }, link('#/conflicts?outlet=' + encodeURIComponent(o.key), o.name)),
        h('td', { 'data-label': 'Reliability' }, o.reliability === null || o.reliability === undefined ? h('span', { class: 'muted' }, 'not shared yet')
          : h('span', { class: 'reliability' }, h('meter', { min: 0, max: 1, value: o.reliability }), ' ' + o.reliability.toFixed(2))),
        h('td', { 'data-label': 'Claims', class: 'num' }, o.claimCount ?? '—'),
        h('td', { 'data-label': 'Articles', class: 'num' }, link('#/articles?outlet=' + encodeURIComponent(o.key), String(o.articleCount)))))))));
}

// ---- paste an article -----------------------------------------------------------------------------------

function renderNew() {
  const result = h('div', { class: 'result' });
  const form = h('form', { class: 'paste', onsubmit: (event) => { event.preventDefault(); submitArticle(form, result); } },
    h('label', {}, 'Outlet', h('input', { name: 'outlet', required: true, placeholder: 'El País' })),
    h('label', {}, 'Published', h('input', { name: 'publishedAt', type: 'date' })),
    h('label', { class: 'wide' }, 'Title', h('input', { name: 'title' })),
    h('label', { class: 'wide' }, 'Text', h('textarea', { name: 'text', required: true, rows: 10 })),
    h('button', { type: 'submit' }, 'Extract and group'));
  show(h('h1', {}, 'Paste an article'),
    h('p', { class: 'intro' }, 'Its claims are extracted and placed in their groups as it is stored. The text is kept exactly as pasted.'),
    form, result);
}

async function submitArticle(form, result) {
  const data = new FormData(form);
  const body = { outlet: data.get('outlet'), text: data.get('text'), format: 'text' };
  if (data.get('publishedAt')) body.publishedAt = data.get('publishedAt');
  if (data.get('title')) body.title = data.get('title');
  const button = form.querySelector('button');
  button.disabled = true;
  result.replaceChildren(h('p', { class: 'loading' }, 'Extracting…'));
  try {
    const article = await api('/api/articles', {
      method: 'POST', body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    });
    outletsCache = null;
    const found = await api('/api/articles/' + article.id + '/claims');
    const list = h('ul', { class: 'new-claims' });
    result.replaceChildren(
      h('p', {}, found.claims.length + ' values found. ', link(articleHref(article.id), 'Open the article')),
      list);
    const groups = [...new Set(found.claims.map((c) => c.group).filter(Boolean))];
    const items = new Map();
    for (const claim of found.claims) {
      const slot = h('span', { class: 'muted' }, claim.group ? 'grouping…' : 'not grouped');
      list.appendChild(h('li', {}, h('span', { class: 'value' }, claim.text), ' ', badge(claim.kind.toLowerCase(), 'kind'),
        ' ', formatValue(claim.value, claim.kind), ' → ', slot));
      if (claim.group) items.set(claim.group, (items.get(claim.group) || []).concat(slot));
    }
    await eachLimited(groups, 6, (id) => api('/api/groups/' + encodeURIComponent(id)), (id, group, error) => {
      for (const slot of items.get(id)) {
        slot.className = '';
        slot.replaceChildren(error ? h('span', { class: 'error' }, error.message)
          : h('span', {}, link(groupHref(id), group.label || id), ' ', statusBadge(group.status),
            h('span', { class: 'muted' }, ' ' + group.outletCount + ' outlets')));
      }
    });
  } catch (error) {
    result.replaceChildren(errorView(error, () => submitArticle(form, result)));
  } finally {
    button.disabled = false;
  }
}

window.addEventListener('hashchange', route);
route();
