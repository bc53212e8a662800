import { createContext, useContext, useMemo, useReducer, type Dispatch, type ReactNode } from 'react';

/** What the main pane shows. Tags and saved searches filter the library; a dossier has its own view. */
export type View =
  | { kind: 'library' }
  | { kind: 'trash' }
  | { kind: 'tag'; tagId: string }
  | { kind: 'saved'; savedSearchId: string }
  | { kind: 'dossier'; dossierId: string };

export type SortOrder = 'relevance' | 'date-desc' | 'date-asc';

export interface UiState {
  view: View;
  /** What the user typed in the search box. */
  queryText: string;
  sort: SortOrder;
  translations: boolean;
  /** The bulletin open in the reader. */
  openId: string | null;
  /** Bulletins selected for bulk actions. */
  selection: ReadonlySet<string>;
  /** Index of the last clicked row, the anchor for shift-click ranges. */
  selectionAnchor: number | null;
  /** The current search's words, marked in the reader too. */
  highlightTerms: readonly string[];
  /** The open bulletin is not among the list's current results (a later search left it out). */
  openOutsideResults: boolean;
}

export type UiAction =
  | { type: 'show'; view: View; queryText?: string }
  | { type: 'query'; queryText: string }
  | { type: 'sort'; sort: SortOrder }
  | { type: 'translations'; on: boolean }
  | { type: 'open'; id: string | null }
  /** Closes the reader only if it still shows `id` (an action that finishes late must not close a bulletin opened since). */
  | { type: 'close'; id: string }
  | { type: 'select'; ids: Iterable<string>; anchor?: number | null; mode: 'replace' | 'add' | 'toggle' }
  | { type: 'clear-selection' }
  | { type: 'highlight'; terms: readonly string[] }
  | { type: 'open-outside-results'; outside: boolean };

export const initialUiState: UiState = {
  view: { kind: 'library' },
  queryText: '',
  sort: 'relevance',
  translations: false,
  openId: null,
  selection: new Set(),
  selectionAnchor: null,
  highlightTerms: [],
  openOutsideResults: false,
};

export function uiReducer(state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case 'show':
      return {
        ...state,
        view: action.view,
        queryText: action.queryText ?? (action.view.kind === 'saved' ? state.queryText : ''),
        openId: null,
        openOutsideResults: false,
        selection: new Set(),
        selectionAnchor: null,
      };
    case 'query':
      return { ...state, queryText: action.queryText, selection: new Set(), selectionAnchor: null };
    case 'sort':
      return { ...state, sort: action.sort };
    case 'translations':
      return { ...state, translations: action.on };
    case 'open':
      return { ...state, openId: action.id, openOutsideResults: false };
    case 'close':
      return state.openId === action.id ? { ...state, openId: null, openOutsideResults: false } : state;
    case 'open-outside-results':
      return state.openOutsideResults === action.outside ? state : { ...state, openOutsideResults: action.outside };
    case 'select': {
      const ids = [...action.ids];
      let next: Set<string>;
      if (action.mode === 'replace') next = new Set(ids);
      else {
        next = new Set(state.selection);
        for (const id of ids) {
          if (action.mode === 'toggle' && next.has(id)) next.delete(id);
          else next.add(id);
        }
      }
      return { ...state, selection: next, selectionAnchor: action.anchor ?? state.selectionAnchor };
    }
    case 'clear-selection':
      return { ...state, selection: new Set(), selectionAnchor: null };
    case 'highlight':
      return state.highlightTerms.join('\u0000') === action.terms.join('\u0000') ? state : { ...state, highlightTerms: action.terms };
  }
}

const UiStateContext = createContext<{ state: UiState; dispatch: Dispatch<UiAction> } | null>(null);

export function UiStateProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(uiReducer, initialUiState);
  const value = useMemo(() => ({ state, dispatch }), [state]);
  return <UiStateContext.Provider value={value}>{children}</UiStateContext.Provider>;
}

export function useUiState() {
  const value = useContext(UiStateContext);
  if (!value) throw new Error('useUiState outside UiStateProvider');
  return value;
}
