// Collate's web pages, drawn from the JSON API. Article text is untrusted: it is only ever written with
// textContent / createTextNode, never parsed as markup, and the server's Content-Security-Policy forbids inline
// script besides.
'use strict';

const main = () => document.getElementById('main');

/** An element with attributes (on* never: listeners are added with addEventListener) and children. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

async function api(path) {
  const response = await fetch(path, {headers: {'Accept': 'application/json'}});
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (!response.ok) {
    const message = body && body.error ? body.error : response.status + ' ' + response.statusText;
    throw new Error(message);
  }
  return body;
}

function plural(n, one, many) { return n + ' ' + (n === 1 ? one : (many || one + 's')); }

function show(...children) {
  const m = main();
  m.replaceChildren(...children.flat().filter(Boolean));
}

function failure(error) {
  show(el('p', {class: 'status error', role: 'alert'}, 'Could not load this page: ', error.message),
       el('p', {}, el('a', {href: '/'}, 'Back to the stories')));
}

// ---- the story list ----------------------------------------------------------------------------------------

/** A bar of articles per outlet, a segment each, with the numbers in words beside it (never colour alone). */
function coverageBar(coverage, size) {
  const entries = Object.entries(coverage || {});
  const bar = el('div', {class: 'coverage', role: 'img',
    'aria-label': 'Coverage: ' + entries.map(([o, n]) => o + ' ' + n).join(', ')});
  entries.forEach(([outlet, n], i) => {
    const seg = el('span', {class: 'seg seg' + (i % 6), title: outlet + ': ' + plural(n, 'article')});
    seg.style.width = (100 * n / Math.max(1, size)) + '%';
    bar.append(seg);
  });
  return bar;
}

function span(first, last) {
  if (!first && !last) return 'undated';
  if (!last || first === last) return first || last;
  return first + ' – ' + last;
}

function storyCard(s) {
  const outlets = s.outlets || [];
  return el('li', {class: 'card'},
    el('h2', {}, el('a', {href: '/stories/' + encodeURIComponent(s.id)}, s.title || '(untitled story)')),
    el('p', {class: 'meta'},
      el('span', {}, plural(s.size, 'article')), ' · ',
      el('span', {}, plural(outlets.length, 'outlet')), ' · ',
      el('span', {}, span(s.first_seen, s.last_seen)), ' · ',
      s.conflicts > 0
        ? el('span', {class: 'badge conflict'}, '⚠ ', plural(s.conflicts, 'conflict'))
        : el('span', {class: 'badge'}, 'no conflict'),
      s.variants > 0 ? [' · ', el('span', {}, plural(s.variants, 'variant'))] : null,
      s.stale ? [' · ', el('span', {class: 'badge'}, 'report being updated')] : null),
    coverageBar(s.coverage, s.size),
    el('p', {class: 'outlets'}, outlets.join(' · ')));
}

async function listPage() {
  document.title = 'Stories · Collate';
  const params = new URLSearchParams(location.search);
  const form = el('form', {class: 'filters', role: 'search', method: 'get', action: '/'},
    el('label', {}, 'Search ', el('input', {type: 'search', name: 'q', value: params.get('q') || '',
      placeholder: 'words, names, places'})),
    el('label', {}, 'Since ', el('input', {type: 'date', name: 'since', value: params.get('since') || ''})),
    el('label', {}, 'Outlet ', el('input', {type: 'text', name: 'outlet', value: params.get('outlet') || ''})),
    el('button', {type: 'submit'}, 'Filter'));
  show(el('h1', {}, 'Stories'), form, el('p', {class: 'status', role: 'status'}, 'Loading…'));
  const query = new URLSearchParams();
  for (const k of ['q', 'since', 'outlet', 'page']) if (params.get(k)) query.set(k, params.get(k));
  try {
    const list = await api('/api/stories?' + query);
    const q = params.get('q');
    const hits = q ? await api('/api/search?' + new URLSearchParams({q: q, limit: '20'})) : null;
    const parts = [el('h1', {}, q ? 'Stories about “' + q + '”' : 'Stories'), form];
    parts.push(el('p', {class: 'status', role: 'status'},
      plural(list.total, 'story', 'stories') + (q || params.get('since') || params.get('outlet') ? ' match' : '')));
    if (list.stories.length) parts.push(el('ol', {class: 'stories'}, list.stories.map(storyCard)));
    if (list.next || list.page > 1) {
      const nav = el('nav', {class: 'pages', 'aria-label': 'Pages'});
      if (list.page > 1) {
        const prev = new URLSearchParams(query); prev.set('page', String(list.page - 1));
        nav.append(el('a', {href: '/?' + prev, rel: 'prev'}, '← Newer'));
      }
      nav.append(el('span', {}, ' page ' + list.page + ' '));
      if (list.next) {
        const next = new URLSearchParams(query); next.set('page', String(list.page + 1));
        nav.append(el('a', {href: '/?' + next, rel: 'next'}, 'Older →'));
      }
      parts.push(nav);
    }
    if (hits && hits.articles.length) {
      parts.push(el('h2', {}, 'Articles mentioning “' + q + '”'),
        el('ol', {class: 'hits'}, hits.articles.map(a => el('li', {class: 'hit'},
          el('a', {href: a.story ? '/stories/' + encodeURIComponent(a.story) + '#article-' + a.id : '#'},
            a.title || a.id),
          el('span', {class: 'meta'}, ' ', [a.outlet, a.published].filter(Boolean).join(' · ')),
          el('p', {class: 'snippet'}, a.snippet || '')))));
    }
    if (!list.stories.length && !(hits && hits.articles.length)) {
      parts.push(el('p', {class: 'empty'}, q || params.get('since') || params.get('outlet')
        ? 'Nothing matches these filters.' : 'The store holds no story yet: POST articles to /api/articles, or run collate ingest.'));
    }
    show(parts);
  } catch (e) {
    failure(e);
  }
}

// ---- a story ----------------------------------------------------------------------------------------------

let MARKS = null;

const KIND_ORDER = {conflicting: 0, variant: 1, agreed: 2, 'single-source': 3};

/** Marks on one article's text: [start, end) spans with a kind, the first come keeping overlapping room. */
class Marks {
  constructor() { this.byArticle = new Map(); this.alias = new Map(); }
  add(article, start, end, kind, label) {
    if (!(end > start)) return null;
    const id = 'm-' + article + '-' + start + '-' + end;
    if (!this.byArticle.has(article)) this.byArticle.set(article, []);
    const list = this.byArticle.get(article);
    if (!list.some(m => m.id === id)) list.push({start, end, kind, label, id});
    return id;
  }
  /** The article's text as nodes, each kept mark a <mark> with an id to scroll to. */
  render(article, text) {
    // In the order added (conflicts, variants, other facts, then quotes): a mark overlapping one kept before
    // gives way to it.
    const list = this.byArticle.get(article) || [];
    const kept = [];
    for (const m of list) {
      if (m.end <= text.length && !kept.some(k => k.start < m.end && m.start < k.end)) kept.push(m);
    }
    kept.sort((a, b) => a.start - b.start);
    // A mark that overlaps a kept one leads to it: its button still scrolls to the words.
    for (const m of list) {
      if (kept.includes(m)) continue;
      const over = kept.find(k => k.start < m.end && m.start < k.end);
      if (over) this.alias.set(m.id, over.id);
    }
    const nodes = [];
    let at = 0;
    for (const m of kept) {
      if (m.start > at) nodes.push(document.createTextNode(text.slice(at, m.start)));
      nodes.push(el('mark', {id: m.id, class: 'mark ' + m.kind, tabindex: '-1', title: m.label},
        text.slice(m.start, m.end)));
      at = m.end;
    }
    if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
    return nodes;
  }
}

/** Scrolls an article's text to a mark and makes it stand out for a moment; reachable by keyboard too. */
function goTo(markId) {
  const mark = document.getElementById(markId) || document.getElementById(MARKS.alias.get(markId) || '');
  if (!mark) return;
  const details = mark.closest('details');
  if (details) details.open = true;
  mark.scrollIntoView({block: 'center', behavior: 'smooth'});
  mark.focus({preventScroll: true});
  document.querySelectorAll('mark.flash').forEach(m => m.classList.remove('flash'));
  mark.classList.add('flash');
}

/** What to call an article: its outlet, else its site, else the start of its title. */
function articleName(a) {
  if (!a) return '?';
  if (a.outlet) return a.outlet;
  if (a.url) {
    try { return new URL(a.url).hostname.replace(/^www\./, ''); } catch (e) { /* not a URL: fall through */ }
  }
  const title = a.title || a.id;
  return title.length > 42 ? title.slice(0, 40) + '…' : title;
}

function outletOf(a) { return a.outlet || 'unknown outlet'; }

function readingButton(reading, evidence, marks, kind, byId) {
  const value = el('span', {class: 'value'}, '“' + reading.value + '”');
  const where = (reading.articles || []).map(id => articleName(byId.get(id))).join(', ');
  const ev = (evidence || []).slice().sort((a, b) => (a.end - a.start) - (b.end - b.start));
  const target = ev.length ? marks.add(ev[0].article, ev[0].start, ev[0].end, kind, reading.value) : null;
  const sentence = ev.length > 1 ? ev[ev.length - 1] : null;
  const button = el('button', {type: 'button', class: 'reading ' + kind, 'data-mark': target || '',
    disabled: target ? null : true}, value, el('span', {class: 'where'}, ' in ', where));
  if (target) button.addEventListener('click', () => goTo(target));
  const quote = sentence ? el('blockquote', {class: 'evidence'}, sentence.text) : null;
  return el('li', {}, button, quote);
}

function factItem(f, marks, byId) {
  return el('li', {class: 'fact ' + f.status, id: 'fact-' + f.id},
    el('p', {class: 'about'}, f.status === 'conflicting' ? el('span', {class: 'icon', 'aria-hidden': 'true'}, '⚠ ') : null,
      el('strong', {}, f.about || f.slot), el('span', {class: 'slot'}, ' (' + f.slot + ')')),
    el('ul', {class: 'readings'}, f.readings.map(r => readingButton(r, r.evidence, marks, f.status, byId))));
}

function factSection(title, facts, marks, byId, open, note) {
  if (!facts.length) return null;
  const list = el('ul', {class: 'facts'}, facts.map(f => factItem(f, marks, byId)));
  const heading = title + ' (' + facts.length + ')';
  if (open) return el('section', {class: 'block'}, el('h2', {}, heading), note ? el('p', {class: 'note'}, note) : null, list);
  return el('section', {class: 'block'}, el('details', {}, el('summary', {}, el('h2', {class: 'inline'}, heading)),
    note ? el('p', {class: 'note'}, note) : null, list));
}

function provenanceGraph(story, byId) {
  const links = story.provenance || [];
  const rel = new Map(links.map(p => [p.article, p]));
  const roots = story.articles.filter(a => !(rel.get(a.id) && rel.get(a.id).source));
  const derived = story.articles.filter(a => rel.get(a.id) && rel.get(a.id).source);
  // Two columns (originals, then what derives from them) where there is room; on a phone one column, the
  // arrows curving beside it, so the names stay readable.
  const narrow = (main().clientWidth || window.innerWidth) < 560;
  const rowH = 46, width = narrow ? 360 : 640, boxW = narrow ? 300 : 250;
  const rows = narrow ? Math.max(story.articles.length, 1) : Math.max(roots.length, derived.length, 1);
  const g = svg('svg', {viewBox: '0 0 ' + width + ' ' + (rows * rowH + 10), class: 'graph', role: 'img',
    'aria-labelledby': 'graph-title'});
  g.append(svg('title', {id: 'graph-title'}, 'Who copied whom: ' + (links.filter(p => p.source)
    .map(p => articleName(byId.get(p.article)) + ' is a ' + p.relation + ' of ' + articleName(byId.get(p.source)))
    .join('; ') || 'no article copies another')));
  const defs = svg('defs', {});
  const marker = svg('marker', {id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7,
    orient: 'auto-start-reverse'});
  marker.append(svg('path', {d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrowhead'}));
  defs.append(marker);
  g.append(defs);
  const pos = new Map();
  if (narrow) {
    roots.concat(derived).forEach((a, i) => pos.set(a.id, {x: 5, y: 5 + i * rowH}));
  } else {
    roots.forEach((a, i) => pos.set(a.id, {x: 5, y: 5 + i * rowH}));
    derived.forEach((a, i) => pos.set(a.id, {x: width - boxW - 5, y: 5 + i * rowH}));
  }
  for (const p of links) {
    if (!p.source || !pos.has(p.source) || !pos.has(p.article)) continue;
    const from = pos.get(p.source), to = pos.get(p.article);
    const same = from.x === to.x;
    const x1 = from.x + boxW, y1 = from.y + 18, x2 = same ? to.x + boxW : to.x, y2 = to.y + 18;
    const bend = Math.min(50, width - x1 - 4);
    g.append(svg('path', {d: same ? `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 + bend} ${y2}, ${x2} ${y2}`
      : `M ${x1} ${y1} C ${(x1 + x2) / 2} ${y1}, ${(x1 + x2) / 2} ${y2}, ${x2} ${y2}`,
      class: 'edge ' + p.relation, 'marker-end': 'url(#arrow)'}));
  }
  for (const a of story.articles) {
    const p = pos.get(a.id), link = rel.get(a.id);
    const node = svg('a', {href: '#article-' + a.id});
    node.append(svg('rect', {x: p.x, y: p.y, width: boxW, height: 36, rx: 6,
      class: 'node ' + (link ? link.relation : 'independent')}));
    const label = svg('text', {x: p.x + 10, y: p.y + 15, class: 'node-name'});
    const name = articleName(a);
    label.textContent = name.length > 30 ? name.slice(0, 29) + '…' : name;
    const sub = svg('text', {x: p.x + 10, y: p.y + 30, class: 'node-rel'});
    sub.textContent = (link ? link.relation : 'independent') + (a.published ? ' · ' + a.published.slice(0, 10) : '');
    node.append(label, sub);
    g.append(node);
  }
  return g;
}

function timeline(story) {
  const dated = story.articles.filter(a => a.published).slice()
    .sort((a, b) => a.published < b.published ? -1 : 1);
  if (!dated.length) return el('p', {class: 'note'}, 'No article gives its publication date.');
  return el('ol', {class: 'timeline'}, dated.map(a => el('li', {},
    el('time', {datetime: a.published}, a.published.slice(0, 16).replace('T', ' ')), ' ',
    el('a', {href: '#article-' + a.id}, articleName(a)), ' — ', a.title || '')));
}

function roster(story, byId) {
  if (!story.entities.length) return null;
  const rows = story.entities.map(e => el('tr', {},
    el('th', {scope: 'row'}, e.name),
    el('td', {}, e.kind),
    el('td', {}, el('ul', {class: 'plain'}, e.variants.map(v => el('li', {}, v.name,
      el('span', {class: 'where'}, ' — ', v.articles.map(id => articleName(byId.get(id))).join(', ')))))),
    el('td', {}, el('ul', {class: 'plain'}, (e.roles || []).map(r => el('li', {}, r.role,
      el('span', {class: 'where'}, ' — ', r.articles.map(id => articleName(byId.get(id))).join(', ')))))),
    el('td', {}, (e.notes || []).join('; '))));
  return el('section', {class: 'block'}, el('details', {},
    el('summary', {}, el('h2', {class: 'inline'}, 'Who and what (' + story.entities.length + ')')),
    el('div', {class: 'scroll'}, el('table', {class: 'roster'},
      el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Name'), el('th', {scope: 'col'}, 'Kind'),
        el('th', {scope: 'col'}, 'Written as'), el('th', {scope: 'col'}, 'Titles'), el('th', {scope: 'col'}, 'Notes'))),
      el('tbody', {}, rows)))));
}

function quoteGroups(story, marks, byId) {
  if (!story.quotes.length) return null;
  const item = (q, i) => el('li', {class: 'quote-group', id: 'quote-' + (i + 1)},
    el('p', {class: 'speaker'}, el('strong', {}, q.speaker || 'unattributed'),
      q.renderings.length > 1 ? el('span', {class: 'where'}, ' — ' + q.renderings.length + ' renderings') : null),
    el('ul', {class: 'renderings'}, q.renderings.map(r => {
      const target = marks.add(r.article, r.start, r.end, 'quote', (q.speaker || 'unattributed') + ' said');
      const b = el('button', {type: 'button', class: 'reading quote', 'data-mark': target},
        el('span', {class: 'value'}, (r.direct ? '“' + r.text + '”' : r.text)),
        el('span', {class: 'where'}, ' in ', articleName(byId.get(r.article)), r.direct ? '' : ' (reported)'));
      b.addEventListener('click', () => goTo(target));
      return el('li', {}, b);
    })));
  // Statements rendered by several sources first: those are where wordings can be compared.
  const shared = story.quotes.filter(q => new Set(q.renderings.map(r => r.article)).size > 1);
  const single = story.quotes.filter(q => !shared.includes(q));
  return el('section', {class: 'block'},
    el('h2', {}, 'Who said what (' + story.quotes.length + ' statements)'),
    shared.length ? el('p', {class: 'note'}, plural(shared.length, 'statement') + ' rendered by more than one source; '
      + 'click a rendering to see it in its article.') : null,
    shared.length ? el('ol', {class: 'quotes'}, shared.map(item)) : null,
    single.length ? el('details', {},
      el('summary', {}, plural(single.length, 'statement') + ' in one source only'),
      el('ol', {class: 'quotes'}, single.map((q, i) => item(q, shared.length + i)))) : null);
}

async function versionsOf(a, holder) {
  try {
    const data = await api('/api/articles/' + encodeURIComponent(a.id));
    if (data.versions.length < 2) return;
    holder.append(el('details', {class: 'versions'},
      el('summary', {}, plural(data.versions.length, 'version') + ': edited after publication'),
      el('ol', {}, data.edits.map(e => el('li', {},
        el('p', {}, 'Version ' + e.from + ' → ' + e.to + (e.title_after ? ': title “' + (e.title_before || '') + '” → “' + e.title_after + '”' : '')),
        el('ul', {class: 'plain'}, e.sentences.map(s => el('li', {class: 'edit ' + s.kind},
          (s.removed || []).map(t => el('del', {}, t)), ' ', (s.added || []).map(t => el('ins', {}, t))))),
        e.changes.length ? el('p', {class: 'note'}, 'Changed: ' + e.changes.map(c => c.about + ': ' + c.readings.join(' → ')).join('; ')) : null)))));
  } catch (e) {
    // The versions are an extra: the story reads the same without them.
  }
}

function sourceColumn(a, marks, link) {
  const flags = (a.flags || []).map(f => el('li', {class: 'flag ' + f.kind}, el('strong', {}, f.kind), ': ', f.detail));
  const versions = el('div', {});
  versionsOf(a, versions);
  return el('article', {class: 'source', id: 'article-' + a.id, 'aria-label': articleName(a)},
    el('header', {},
      el('p', {class: 'relation ' + (link ? link.relation : 'independent')}, link ? link.relation : 'independent',
        link && link.source ? ' of an earlier article' : ''),
      el('h3', {}, a.title || '(untitled)'),
      el('p', {class: 'meta'}, [articleName(a), a.published ? a.published.slice(0, 10) : 'undated', a.language,
        a.author].filter(Boolean).join(' · ')),
      a.url ? el('p', {class: 'meta url'}, a.url) : null,
      link && link.reason ? el('p', {class: 'note'}, link.reason) : null,
      flags.length ? el('ul', {class: 'flags'}, flags) : null,
      versions),
    el('div', {class: 'text', tabindex: '0', 'aria-label': 'Text of ' + articleName(a)}, marks.render(a.id, a.text || '')),
    a.removed && a.removed.length ? el('details', {class: 'removed'},
      el('summary', {}, plural(a.removed.length, 'line') + ' cut as page furniture'),
      el('ul', {class: 'plain'}, a.removed.map(r => el('li', {}, el('span', {class: 'where'}, r.reason + ': '), r.text)))) : null);
}

async function storyPage(id) {
  document.title = 'Story · Collate';
  try {
    const doc = await api('/api/stories/' + encodeURIComponent(id));
    const story = doc.stories[0];
    const byId = new Map(story.articles.map(a => [a.id, a]));
    const links = new Map((story.provenance || []).map(p => [p.article, p]));
    const marks = MARKS = new Marks();
    const facts = story.facts.slice().sort((a, b) => KIND_ORDER[a.status] - KIND_ORDER[b.status]);
    const of = status => facts.filter(f => f.status === status);
    // Facts first, so their marks win where a quote overlaps them.
    const conflicts = factSection('Conflicts', of('conflicting'), marks, byId, true,
      'The sources state these differently. Click a reading to see its words in the article.');
    const variants = factSection('Variants', of('variant'), marks, byId, true,
      'The same fact worded otherwise (a spelling, a rounding): not a disagreement.');
    const agreed = factSection('Agreed', of('agreed'), marks, byId, false, 'Stated alike by more than one source.');
    const single = factSection('Reported by one source only', of('single-source'), marks, byId, false, null);
    const quotes = quoteGroups(story, marks, byId);
    const outlets = [...new Set(story.articles.map(outletOf))];
    document.title = (story.title || 'Story') + ' · Collate';
    show(
      el('p', {class: 'crumbs'}, el('a', {href: '/'}, '← All stories')),
      el('h1', {}, story.title || '(untitled story)'),
      el('p', {class: 'meta'}, plural(story.articles.length, 'article'), ' · ', plural(outlets.length, 'outlet'),
        story.first_published ? ' · first published ' + story.first_published : '', ' · ',
        of('conflicting').length ? el('span', {class: 'badge conflict'}, '⚠ ', plural(of('conflicting').length, 'conflict'))
          : el('span', {class: 'badge'}, 'no conflict')),
      el('section', {class: 'block'}, el('h2', {}, 'Sources and who copied whom'), provenanceGraph(story, byId)),
      conflicts || el('section', {class: 'block'}, el('h2', {}, 'Conflicts (0)'),
        el('p', {class: 'note'}, 'The sources do not contradict each other on any fact Collate compares.')),
      variants, agreed, single, quotes, roster(story, byId),
      el('section', {class: 'block'}, el('h2', {}, 'Coverage over time'), timeline(story)),
      el('section', {class: 'block sources-block'}, el('h2', {}, 'The articles side by side'),
        el('div', {class: 'sources'}, story.articles.map(a => sourceColumn(a, marks, links.get(a.id))))));
    if (location.hash) {
      const target = document.getElementById(location.hash.slice(1));
      if (target) target.scrollIntoView();
    }
  } catch (e) {
    failure(e);
  }
}

function route() {
  const path = location.pathname;
  const story = path.match(/^\/stories\/([^/]+)\/?$/);
  if (story) storyPage(decodeURIComponent(story[1]));
  else listPage();
}

document.addEventListener('DOMContentLoaded', route);
