/**
 * The scenario editor (?editor=1): open a scenario (built-in, file or drop), its story map, the form of
 * the selected node, the checker's diagnostics linked to their fields, and saving with minimal diffs.
 */
import type { i18n as I18n } from 'i18next';
import { loadNamespaces } from '../i18n';
import { checkScenarioText, type Diagnostic, type Scenario } from '../scenario';
import { createAnnouncer } from '../ui/announcer';
import { h, replaceChildren } from '../ui/dom';
import { buildForm, refreshShares, type FormActions } from './form';
import { layoutMap } from './layout';
import { renderPlay } from './play';
import { createAnalysisPane } from './analysis';
import { enableArrowKeys, enableDragPan, renderMap } from './map';
import { addChoice, addConsequence, addNode, blankScenario, duplicate, getAt, idProblem, moveItem, openDoc, placeNewKeys, renameConsequence, renameNode, setAt, setField, type EditorDoc, type Json, type JsonObject, type Path } from './model';
import { askDiscard } from './confirm';
import { captureFocus, markProblems, restoreFocus } from './form-focus';
import { refreshSummaries } from './condition-form';
import { History } from './history';
import { newLook } from './look-form';
import { declared, declareName, nameProblem, renameName, type NameKind } from './names';
import { freshText, saveText } from './save';
import { builtInAreFiles, builtInScenarios } from './scenario-files';

const builtInIds = [...builtInScenarios.keys()].sort();

interface State {
  doc: EditorDoc | null;
  data: JsonObject;
  /** The text shown when the file could not be opened as a JSON object. */
  text: string;
  name: string;
  selected: string | null;
  zoom: number;
  diagnostics: Diagnostic[];
  /** The scenario when the current data passes the schema (what play uses). */
  scenario?: Scenario;
}

/** Starts the editor in the page's root element. */
export async function startEditor(root: HTMLElement, i18n: I18n, live: HTMLElement): Promise<void> {
  await loadNamespaces(i18n, ['editor']);
  root.removeAttribute('aria-busy');
  const t = (k: string, o?: Record<string, unknown>) => i18n.t(k, o ?? {});
  const announce = createAnnouncer(live);
  const st: State = { doc: null, data: {}, text: '', name: '', selected: null, zoom: 1, diagnostics: [] };
  document.title = t('editor:title');

  // The page: a toolbar, then the map, the form and the diagnostics.
  const pickId = 'ed-builtin';
  const pick = h('select', { id: pickId }, h('option', { value: '' }, t('editor:open.choose')), ...builtInIds.map((id) => h('option', { value: id }, id)));
  const fileInput = h('input', { type: 'file', accept: '.json,application/json', id: 'ed-file', class: 'visually-hidden' });
  const status = h('p', { class: 'ed-status', role: 'status' });
  const mapScroller = h('div', { class: 'ed-map', tabindex: '-1', role: 'group', 'aria-label': t('editor:map.label') });
  enableDragPan(mapScroller);
  enableArrowKeys(mapScroller);
  const formPane = h('section', { class: 'ed-form-pane', 'aria-label': t('editor:form.label') });
  const playPane = h('section', { class: 'ed-play-pane', 'aria-label': t('editor:play.title') });
  playPane.hidden = true;
  const analysisPane = h('section', { class: 'ed-analysis-pane', 'aria-label': t('editor:analysis.title') });
  analysisPane.hidden = true;
  const analysis = createAnalysisPane(analysisPane, i18n, (path) => focusPath(path));
  const analyzeButton = h('button', { type: 'button', class: 'button', disabled: true, onclick: () => { analysisPane.hidden = false; analysis.run(st.scenario); analysisPane.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1'); analysisPane.querySelector<HTMLElement>('h2')?.focus(); } }, t('editor:action.analyze'));
  const diagList = h('ol', { class: 'ed-diags' });
  const diagSummary = h('p', { class: 'ed-diag-summary', 'aria-live': 'polite' });
  const saveButton = h('button', { type: 'button', class: 'button primary', disabled: true, onclick: () => download() }, t('editor:action.download'));
  const zoomOut = h('button', { type: 'button', class: 'button small', 'aria-label': t('editor:map.zoomOut'), onclick: () => setZoom(st.zoom / 1.25) }, '−');
  const zoomIn = h('button', { type: 'button', class: 'button small', 'aria-label': t('editor:map.zoomIn'), onclick: () => setZoom(st.zoom * 1.25) }, '+');
  const addKind = h('select', { id: 'ed-add-kind' }, ...(['scene', 'chance', 'branch', 'ending', 'consequence'] as const).map((k) => h('option', { value: k }, t(`editor:kind.${k}`))));
  const addButton = h('button', { type: 'button', class: 'button', disabled: true, onclick: () => addNewNode() }, t('editor:action.addNode'));
  const settingsButton = h('button', { type: 'button', class: 'button', disabled: true, onclick: () => select('scenario', true) }, t('editor:action.settings'));
  const undoButton = h('button', { type: 'button', class: 'button', disabled: true, 'aria-keyshortcuts': 'Control+Z', title: t('editor:action.undoKeys'), onclick: () => undo() }, t('editor:action.undo'));
  const redoButton = h('button', { type: 'button', class: 'button', disabled: true, 'aria-keyshortcuts': 'Control+Shift+Z Control+Y', title: t('editor:action.redoKeys'), onclick: () => redo() }, t('editor:action.redo'));
  const dirtyNote = h('span', { class: 'ed-dirty' });

  const main = h('main', { class: 'editor', id: 'main' },
    h('header', { class: 'ed-bar' },
      h('h1', {}, t('editor:title')),
      h('div', { class: 'ed-open' },
        h('label', { for: pickId }, t('editor:open.builtIn')), pick,
        h('label', { for: 'ed-file', class: 'button' }, t('editor:open.file')), fileInput,
        h('button', { type: 'button', class: 'button', onclick: () => void guard(t('editor:open.newName'), openBlank) }, t('editor:open.new')),
        undoButton, redoButton, saveButton, dirtyNote, analyzeButton),
      status),
    h('div', { class: 'ed-body' },
      h('section', { class: 'ed-map-pane', 'aria-labelledby': 'ed-map-title' },
        h('div', { class: 'ed-map-bar' }, h('h2', { id: 'ed-map-title' }, t('editor:map.title')),
          h('span', { class: 'ed-zoom' }, zoomOut, zoomIn), settingsButton,
          h('label', { for: 'ed-add-kind' }, t('editor:action.newNode')), addKind, addButton),
        mapScroller,
        h('p', { class: 'ed-legend' }, t('editor:map.legend'), ' ', t('editor:map.keys'))),
      formPane, playPane, analysisPane,
      h('section', { class: 'ed-diag-pane', 'aria-labelledby': 'ed-diag-title' }, h('h2', { id: 'ed-diag-title' }, t('editor:diag.title')), diagSummary, diagList)));
  replaceChildren(root, main);
  replaceChildren(formPane, h('p', { class: 'ed-empty' }, t('editor:form.pick')));
  replaceChildren(mapScroller, h('p', { class: 'ed-empty ed-map-hint' }, t('editor:open.hint')));

  // Opening.
  const openText = (name: string, text: string) => {
    const doc = openDoc(name, text);
    st.doc = doc ?? null;
    savedData = null;
    history.clear();
    st.data = doc?.data ?? {};
    st.text = text;
    st.name = name;
    st.selected = null;
    saveButton.disabled = !doc;
    addButton.disabled = !doc;
    settingsButton.disabled = !doc;
    analyzeButton.disabled = !doc;
    analysisPane.hidden = true;
    recheck();
    renderAll();
    replaceChildren(formPane, h('p', { class: 'ed-empty' }, doc ? t('editor:form.pick') : t('editor:open.notJson')));
    status.textContent = t(doc ? 'editor:open.opened' : 'editor:open.failed', { name });
    updateEditState();
  };
  /** Runs `open` once edits not downloaded are downloaded or knowingly discarded; false when the author keeps editing. */
  const guard = async (next: string, open: () => void | Promise<void>): Promise<boolean> => {
    if (unsaved()) {
      const answer = await askDiscard(t, st.name, next);
      if (answer === 'keep') return false;
      if (answer === 'download') download();
    }
    await open();
    return true;
  };
  const openBlank = () => {
    const keys = ['title', 'summary', 'product', 'origin', 'destination', 'objective', 'source', 'start', 'choice', 'win', 'winText', 'broke', 'brokeText', 'late', 'lateText'] as const;
    const texts = Object.fromEntries(keys.map((k) => [k, t(`editor:blank.${k}`)])) as Record<(typeof keys)[number], string>;
    openText('scenario.json', freshText(blankScenario(i18n.language.split('-')[0] ?? 'en', texts)));
    select('scenario', true);
  };
  let picked = '';
  pick.addEventListener('change', async () => {
    const id = pick.value;
    const load = builtInScenarios.get(id);
    if (!load) return;
    const name = `scenarios/${id}/scenario.json`;
    const opened = await guard(name, async () => {
      openText(name, await load());
      if (!builtInAreFiles) status.textContent = t('editor:open.copy', { name });
    });
    if (opened) picked = id;
    else pick.value = picked;
  });
  const readFile = async (file: File) => {
    if (file.size > 5_000_000) { status.textContent = t('editor:open.tooBig', { name: file.name }); return; }
    await guard(file.name, async () => openText(file.name, await file.text()));
  };
  fileInput.addEventListener('change', () => {
    const f = fileInput.files?.[0];
    if (f) void readFile(f).finally(() => { fileInput.value = ''; });
  });
  document.addEventListener('dragover', (e) => { e.preventDefault(); main.classList.add('dragging'); });
  document.addEventListener('dragleave', () => main.classList.remove('dragging'));
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    main.classList.remove('dragging');
    const f = e.dataTransfer?.files[0];
    if (f) void readFile(f);
  });

  // Checking.
  const currentText = () => (st.doc ? saveText(st.doc.original, st.doc.data, st.data) : st.text);
  const recheck = () => {
    const r = checkScenarioText(st.name || 'scenario.json', currentText());
    st.diagnostics = r.diagnostics;
    st.scenario = r.scenario;
    renderDiagnostics();
    markProblems(formPane, st.diagnostics);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const recheckSoon = () => { clearTimeout(timer); timer = setTimeout(() => { recheck(); renderMapNow(); }, 250); };

  const keyOfPath = (p: readonly (string | number)[]): string => (p[0] === 'nodes' || p[0] === 'consequences') && typeof p[1] === 'string' ? `${p[0]}/${p[1]}` : 'scenario';
  const renderDiagnostics = () => {
    const errors = st.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = st.diagnostics.filter((d) => d.severity === 'warning').length;
    diagSummary.textContent = t('editor:diag.summary', { errors: t('editor:diag.errors', { count: errors }), warnings: t('editor:diag.warnings', { count: warnings }) });
    replaceChildren(diagList, ...st.diagnostics.slice(0, 200).map((d) => h('li', { class: `ed-diag ${d.severity}` },
      h('button', { type: 'button', class: 'ed-diag-link', onclick: () => focusDiagnostic(d) },
        h('span', { class: 'ed-diag-sev' }, t(`editor:diag.${d.severity}`)), ' ',
        h('code', {}, `${d.line}:${d.column} ${d.path.join('.')}`), ' ', d.message),
      d.hint ? h('p', { class: 'ed-diag-hint' }, d.hint) : null)));
  };
  const focusDiagnostic = (d: Diagnostic) => focusPath(d.path);
  const focusPath = (path: readonly (string | number)[]) => {
    if (!st.doc) return;
    const key = keyOfPath(path);
    select(key, false);
    // The field of the path, or of the nearest part of it that has a field.
    for (let n = path.length; n > 0; n--) {
      const el = formPane.querySelector<HTMLElement>(`[data-path="${CSS.escape(JSON.stringify(path.slice(0, n)))}"]`);
      if (el) { el.focus(); el.scrollIntoView({ block: 'center' }); return; }
    }
    formPane.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
    formPane.querySelector<HTMLElement>('h2')?.focus();
  };

  // The map.
  const flagged = () => {
    const m = new Map<string, 'error' | 'warning'>();
    for (const d of st.diagnostics) {
      const k = keyOfPath(d.path);
      if (d.severity === 'error') m.set(k, 'error');
      else if (d.severity === 'warning' && !m.has(k)) m.set(k, 'warning');
    }
    return m;
  };
  const renderMapNow = () => {
    if (!st.doc) { replaceChildren(mapScroller, h('p', { class: 'ed-empty ed-map-hint' }, t('editor:open.hint'))); return; }
    const focusedKey = (document.activeElement as HTMLElement | null)?.dataset.key;
    renderMap(mapScroller, { layout: layoutMap(st.data), selected: st.selected, zoom: st.zoom, flagged: flagged(), t, onSelect: (k) => select(k, true) });
    if (focusedKey) mapScroller.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusedKey)}"]`)?.focus();
  };
  const setZoom = (z: number) => { st.zoom = Math.min(2, Math.max(0.3, z)); renderMapNow(); };

  // The form.
  /** Rebuilds the form; focus goes to `focus` (a data-path), else back to the control it was on, or the nearest one left. */
  const renderForm = (focus?: Path) => {
    if (!st.doc || !st.selected) return;
    const mark = captureFocus(formPane, focus);
    const scroll = formPane.scrollTop;
    replaceChildren(formPane, buildForm(st.data, st.selected, actions));
    formPane.scrollTop = scroll;
    markProblems(formPane, st.diagnostics);
    restoreFocus(formPane, mark);
  };
  const renderAll = (focus?: Path) => { renderMapNow(); renderForm(focus); };
  const select = (key: string, focusForm: boolean) => {
    st.selected = key;
    renderAll();
    if (focusForm) formPane.querySelector<HTMLElement>('input, select, textarea')?.focus();
  };
  // Every edit goes through commit: one undo step (typing in one field merges into one), then a check.
  const history = new History<{ data: JsonObject; selected: string | null }>();
  const commit = (data: JsonObject, o: { structural: boolean; merge?: string; selected?: string | null; focus?: Path }) => {
    if (data === st.data && o.selected === undefined) return;
    history.record({ data: st.data, selected: st.selected }, o.merge);
    st.data = placeNewKeys(st.data, data);
    if (o.selected !== undefined) st.selected = o.selected;
    updateEditState();
    if (o.structural) { recheck(); renderAll(o.focus); } else { refreshSummaries(formPane, st.data, t); refreshShares(formPane, st.data, t); recheckSoon(); }
  };
  const change = (data: JsonObject, structural: boolean) => commit(data, { structural });
  const travel = (to: { data: JsonObject; selected: string | null } | undefined, done: string) => {
    if (!to || !st.doc) return;
    st.data = to.data;
    st.selected = to.selected && (to.selected === 'scenario' || getAt(st.data, to.selected.split('/')) !== undefined) ? to.selected : null;
    recheck();
    renderAll();
    if (!st.selected) replaceChildren(formPane, h('p', { class: 'ed-empty' }, t('editor:form.pick')));
    updateEditState();
    announce(t(done));
  };
  const undo = () => travel(history.undo({ data: st.data, selected: st.selected }), 'editor:history.undone');
  const redo = () => travel(history.redo({ data: st.data, selected: st.selected }), 'editor:history.redone');
  const updateEditState = () => {
    undoButton.disabled = !history.canUndo;
    redoButton.disabled = !history.canRedo;
    const dirty = unsaved();
    dirtyNote.textContent = dirty ? t('editor:save.unsaved') : '';
    document.title = `${dirty ? '• ' : ''}${t('editor:title')}`;
  };
  document.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || !st.doc || document.querySelector('dialog[open]')) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) { e.preventDefault(); undo(); }
    else if ((key === 'z' && e.shiftKey) || key === 'y') { e.preventDefault(); redo(); }
  });
  const nameText = (kind: NameKind, problem: 'pattern' | 'taken', name: string) => t(`editor:names.${problem}`, { name, what: t(`editor:names.kind.${kind}`) });
  const actions: FormActions = {
    t,
    set: (path: Path, value: Json | undefined, o = {}) => {
      if (JSON.stringify(getAt(st.data, path)) === JSON.stringify(value) && !o.structural) return;
      const data = setField(st.data, path, value);
      const appears = getAt(st.data, path) === undefined || value === undefined;
      const structural = o.structural === true || (path[0] === 'learnMore' && path.at(-1) === 'text' && appears);
      commit(data, { structural, ...(o.merge ? { merge: JSON.stringify(path) } : {}) });
    },
    edit: (f) => commit(f(st.data), { structural: true }),
    rename: (map, from, to) => {
      const problem = idProblem(st.data, map, to, from);
      if (problem) return t(`editor:rename.${problem}`, { id: to });
      if (to === from) return null;
      commit(map === 'nodes' ? renameNode(st.data, from, to) : renameConsequence(st.data, from, to), { structural: true, selected: `${map}/${to}`, focus: [map, to] });
      announce(t('editor:rename.done', { from, to }));
      return null;
    },
    renameName: (kind, from, to) => {
      const problem = nameProblem(st.data, kind, to, from);
      if (problem) return nameText(kind, problem, to);
      if (to === from) return null;
      const data = renameName(st.data, kind, from, to);
      const at = kind === 'flag' ? ['flags', declared(data, kind).indexOf(to)] : kind === 'variable' ? ['variables', to] : kind === 'character' ? ['characters', to] : ['sources', declared(data, kind).indexOf(to), 'id'];
      commit(data, { structural: true, focus: at });
      announce(t('editor:rename.done', { from, to }));
      return null;
    },
    declare: (kind, name) => {
      const problem = nameProblem(st.data, kind, name);
      if (problem) return nameText(kind, problem, name);
      const n = declared(st.data, kind).length;
      const fields: JsonObject = kind === 'character' ? { name: t('editor:new.characterName'), role: t('editor:new.characterRole'), look: newLook(n) }
        : kind === 'source' ? { title: t('editor:new.sourceTitle'), kind: 'guidance' } : {};
      const at = kind === 'flag' ? ['flags', n] : kind === 'variable' ? ['variables', name] : kind === 'character' ? ['characters', name] : ['sources', n, 'id'];
      commit(declareName(st.data, kind, name, fields), { structural: true, focus: at });
      announce(t('editor:names.declared', { name }));
      return null;
    },
    select: (key) => select(key, true),
    seal: () => history.seal(),
    addChoice: (node) => change(addChoice(st.data, node, t('editor:new.label'), String(st.data.start ?? node)), true),
    addItem: (path, item) => {
      const list = getAt(st.data, path);
      change(setAt(st.data, path, [...(Array.isArray(list) ? list : []), item]), true);
    },
    removeItem: (path) => change(setAt(st.data, path, undefined), true),
    move: (list, from, to) => commit(moveItem(st.data, list, from, to), { structural: true, focus: [...list, to, to < from ? 'up' : 'down'] }),
    play: (node) => {
      playPane.hidden = false;
      renderPlay(playPane, i18n, st.scenario, node, announce, () => { playPane.hidden = true; formPane.querySelector<HTMLElement>('input')?.focus(); });
      playPane.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
      playPane.querySelector<HTMLElement>('h2')?.focus();
    },
    duplicate: (key) => {
      const [map, id = ''] = key.split('/') as ['nodes' | 'consequences', string];
      const r = duplicate(st.data, map, id);
      if (!r) return;
      commit(r.data, { structural: true, selected: `${map}/${r.id}`, focus: [map, r.id] });
      announce(t('editor:form.added', { id: r.id }));
    },
    removeNode: (key) => {
      const [map, id = ''] = key.split('/');
      commit(setAt(st.data, [map ?? 'nodes', id], undefined), { structural: true, selected: null });
      replaceChildren(formPane, h('p', { class: 'ed-empty' }, t('editor:form.removed', { id })));
      announce(t('editor:form.removed', { id }));
      mapScroller.focus();
    },
  };
  const addNewNode = () => {
    const kind = addKind.value as 'scene' | 'chance' | 'branch' | 'ending' | 'consequence';
    const after = st.selected?.startsWith('nodes/') ? st.selected.slice(6) : undefined;
    const texts = { text: t('editor:new.text'), label: t('editor:new.label'), title: t('editor:new.title') };
    const { data, id } = kind === 'consequence' ? addConsequence(st.data, texts) : addNode(st.data, kind, texts, after);
    commit(data, { structural: true, selected: `${kind === 'consequence' ? 'consequences' : 'nodes'}/${id}` });
    formPane.querySelector<HTMLElement>('input, select, textarea')?.focus();
    announce(t('editor:form.added', { id }));
  };

  // Leaving with changes not downloaded asks first.
  let savedData: JsonObject | null = null;
  const unsaved = () => st.doc !== null && JSON.stringify(st.data) !== JSON.stringify(savedData ?? st.doc.data);
  window.addEventListener('beforeunload', (e) => { if (unsaved()) e.preventDefault(); });

  // Saving.
  const download = () => {
    savedData = st.data;
    updateEditState();
    const text = currentText();
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = h('a', { href: url, download: st.name.split('/').at(-1) || 'scenario.json' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    const errors = st.diagnostics.filter((d) => d.severity === 'error').length;
    status.textContent = t(errors ? 'editor:save.withErrors' : 'editor:save.done', { count: errors });
  };
}
