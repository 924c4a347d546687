import { useGraphiQL, type GraphiQLPlugin } from '@graphiql/react';
import { useEffect, useId, useMemo, useState } from 'react';
import { downloadCsv } from '../shared/csv.js';
import { t } from '../shared/i18n.js';
import { findLists, toTable, type ResultList } from './result-table.js';

/**
 * A GraphiQL plugin showing any list of the current result as an HTML table, with a CSV download.
 * It reads the response editor (the open tab's result), so it follows tab switches and new runs.
 */
function useResponse(): unknown {
  const editor = useGraphiQL((s) => s.responseEditor);
  const [text, setText] = useState(() => editor?.getValue() ?? '');
  useEffect(() => {
    if (!editor) return;
    setText(editor.getValue());
    const d = editor.onDidChangeModelContent(() => setText(editor.getValue()));
    return () => d.dispose();
  }, [editor]);
  return useMemo(() => {
    try {
      return text.trim() ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      return undefined;
    }
  }, [text]);
}

/** Longer cells (joined excerpts) are cut on screen so a row stays a row; the CSV holds them whole. */
const CELL_MAX = 160;

/** A connection's nodes rather than its edges, when both are offered; else the first list. */
function preferred(lists: ResultList[]): ResultList | undefined {
  const first = lists[0];
  return first && (lists.find((l) => l.path === `${first.path}[].node`) ?? first);
}

function TablePanel() {
  const result = useResponse();
  const lists = useMemo(() => findLists(result), [result]);
  const [path, setPath] = useState<string>();
  const chosen = lists.find((l) => l.path === path) ?? preferred(lists);
  const table = useMemo(() => (chosen ? toTable(chosen.items) : undefined), [chosen]);
  const selectId = useId();
  if (!chosen || !table) return <p className="kg-table-empty">{t('tableEmpty')}</p>;
  return (
    <div className="kg-table">
      <div className="kg-table-bar">
        <label htmlFor={selectId}>{t('tableList')}</label>
        <select id={selectId} value={chosen.path} onChange={(e) => setPath(e.target.value)}>
          {lists.map((l) => (
            <option key={l.path} value={l.path}>
              {l.path} ({l.items.length})
            </option>
          ))}
        </select>
        <button
          type="button"
          className="kg-table-csv"
          onClick={() => downloadCsv([table.columns, ...table.rows], `tabell-${chosen.path.replace(/[^\w.-]+/g, '_')}`)}
        >
          {t('exportCsv')}
        </button>
      </div>
      <p role="status" className="kg-table-count">
        {t('tableRows', { n: table.rows.length })}
      </p>
      <div className="kg-table-scroll" tabIndex={0} role="region" aria-label={chosen.path}>
        <table>
          <caption className="kg-sr">{chosen.path}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((v, j) => (
                  <td key={j}>{v.length > CELL_MAX ? `${v.slice(0, CELL_MAX)} […]` : v}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function TableIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
      <rect x="3" y="4" width="18" height="16" rx="1.5" />
      <path d="M3 9.5h18M3 15h18M9 4v16" />
    </svg>
  );
}

export const tablePlugin: GraphiQLPlugin = { title: t('table'), icon: TableIcon, content: TablePanel };
