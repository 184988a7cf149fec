import { useShallow } from 'zustand/react/shallow';
import { useState, type ChangeEvent } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { downloadText } from '../../lib/download';
import { BACKUP_TOO_LARGE, decodeBackup, encodeBackup, MAX_BACKUP_BYTES } from '../../store/backup';
import { importData, type ImportReport } from '../../store/import-data';
import { deleteAllData } from '../../store/rare-data-actions';
import { mergeSavedStates } from '../../store/merge-saved-state';
import { formatCount, formatCountOf } from '../../domain/format';
import type { SavedState } from '../../store/saved-state';
import { MAX_SHARED_RESULTS } from '../../store/saved-limits';
import { NOT_SAVED_TEXT } from '../../store/storage-health';
import { selectSavedState } from '../../store/selectors';
import { useAppStore, useAppStoreApi, useStorageHealth } from '../../store/store-context';
import './data.css';

type Persistence = 'unknown' | 'granted' | 'refused' | 'unsupported';

/** What an import kept, in words: counted from what storage holds afterwards. */
export function describeImport(how: 'replace' | 'merge', report: ImportReport): string {
  const { results, teams, sharedResults, plans } = report.added;
  // Growth plans are named only when some came: most files hold none.
  const parts = [
    formatCountOf(results, 'result', 'results'),
    formatCountOf(teams, 'team', 'teams'),
    formatCountOf(sharedResults, 'shared result', 'shared results'),
    ...(plans > 0 ? [formatCountOf(plans, 'growth plan', 'growth plans')] : []),
  ];
  const added = `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
  const lead =
    how === 'replace'
      ? `Your data was replaced by the imported file (${added} new to this browser).`
      : `The imported file was merged into your data: ${added} added.`;
  const overLimit =
    report.overLimit > 0
      ? ` ${formatCountOf(report.overLimit, 'shared result was', 'shared results were')} left out: your history keeps at most ${formatCount(MAX_SHARED_RESULTS)}.`
      : '';
  const noRoom =
    report.noRoom > 0
      ? ` ${formatCountOf(report.noRoom, 'item', 'items')} did not fit in this browser’s storage and ${report.noRoom === 1 ? 'was' : 'were'} left out; free some space and import again to add ${report.noRoom === 1 ? 'it' : 'them'}.`
      : '';
  return `${lead}${overLimit}${noRoom}`;
}

/** `#/data`: everything tshape keeps, and the person's control over it. */
export function YourDataPage() {
  const saved = useAppStore(useShallow(selectSavedState));
  const { progress, results, teams, sharedResults, plans, settings } = saved;
  const store = useAppStoreApi();
  const mode = useStorageHealth((state) => state.mode);
  const [pending, setPending] = useState<SavedState | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [persistence, setPersistence] = useState<Persistence>('unknown');

  function download() {
    const text = encodeBackup(saved, new Date());
    downloadText(`tshape-data-${new Date().toISOString().slice(0, 10)}.json`, text);
    setStatus('Your data was downloaded as one JSON file.');
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setProblem('');
    const decoded =
      file.size > MAX_BACKUP_BYTES
        ? ({ ok: false, error: BACKUP_TOO_LARGE } as const)
        : decodeBackup(await file.text());
    if (!decoded.ok) {
      setProblem(`“${file.name}” could not be imported: ${decoded.error}. Nothing changed.`);
      return;
    }
    setPending(decoded.state);
  }

  function applyImport(how: 'replace' | 'merge') {
    if (!pending) return;
    const merged =
      how === 'merge' ? mergeSavedStates(saved, pending) : { state: pending, sharedOverLimit: 0 };
    const report = importData(store, merged.state, merged.sharedOverLimit);
    setPending(null);
    if (!report.kept) {
      setStatus('');
      setProblem(`The file could not be imported. ${NOT_SAVED_TEXT}`);
      return;
    }
    setProblem('');
    setStatus(describeImport(how, report));
  }

  function deleteEverything() {
    setConfirmingDelete(false);
    if (deleteAllData(store)) {
      setProblem('');
      setStatus('All your tshape data was deleted from this browser.');
    } else {
      setStatus('');
      setProblem(
        'Not everything could be deleted: the browser refused to remove some of tshape’s data, or to show that it was gone. Close other tshape tabs and try again.',
      );
    }
  }

  async function askToKeep() {
    if (!navigator.storage?.persist) {
      setPersistence('unsupported');
      return;
    }
    setPersistence((await navigator.storage.persist()) ? 'granted' : 'refused');
  }

  return (
    <div className="page page--narrow data-page">
      <h1>Your data</h1>
      <p className="section-lede">
        Everything tshape knows about you lives in this browser’s storage for this site, and nowhere
        else. Nothing is ever sent anywhere.
      </p>

      <section className="card" aria-labelledby="kept-title">
        <h2 id="kept-title">What is kept</h2>
        <ul className="plain-list">
          <li>
            {results.length === 1 ? '1 completed result' : `${results.length} completed results`}
          </li>
          <li>{progress ? 'An assessment in progress' : 'No assessment in progress'}</li>
          <li>{teams.length === 1 ? '1 team' : `${teams.length} teams`}</li>
          <li>
            {sharedResults.length === 1
              ? '1 result someone shared with you'
              : `${sharedResults.length} results others shared with you`}
          </li>
          <li>
            {plans.length === 1
              ? '1 growth plan, with your ticks and notes'
              : `${plans.length} growth plans, with your ticks and notes`}
          </li>
          <li>Your settings{settings.displayName ? ', including your display name' : ''}</li>
        </ul>
        {mode === 'memory' && (
          <p className="hint">Storage is blocked here, so none of this outlives this tab.</p>
        )}
      </section>

      <section className="card" aria-labelledby="backup-title">
        <h2 id="backup-title">Back up and move</h2>
        <p>
          Download everything as one file, and import it in another browser or after clearing this
          one. Importing asks whether to replace what is here or merge the two.
        </p>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={download}>
            Download my data
          </button>
          <label className="button file-button">
            Import my data
            <input
              type="file"
              accept="application/json,.json"
              className="visually-hidden"
              onChange={(event) => void chooseFile(event)}
            />
          </label>
        </div>
        {problem && (
          <p className="banner banner--error data-page__problem" role="alert">
            {problem}
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="keep-title">
        <h2 id="keep-title">Keep it safe</h2>
        <p>
          Browsers may clear a site’s storage when the device runs low on space. You can ask this
          browser to keep tshape’s data unless you clear it yourself.
        </p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => void askToKeep()}>
            Ask the browser to keep my data
          </button>
        </div>
        <p role="status" className="hint">
          {persistence === 'granted' && 'The browser will keep your data until you delete it.'}
          {persistence === 'refused' &&
            'The browser said no for now (it often decides by how much you use the site). Downloading your data is the sure way to keep it.'}
          {persistence === 'unsupported' &&
            'This browser cannot promise to keep data; download it to be safe.'}
        </p>
      </section>

      <section className="card card--danger" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete</h2>
        <p>
          Removes your answers, results, teams, saved shared results, growth plans and settings from
          this browser. Other sites’ data is not touched. Links you have shared keep working: they
          carry their own copy.
        </p>
        <button
          type="button"
          className="button button--danger"
          onClick={() => setConfirmingDelete(true)}
        >
          Delete all my data
        </button>
      </section>

      <p role="status" className="share__status">
        {status}
      </p>

      <ConfirmDialog
        open={pending !== null}
        title="Import this file?"
        body={`It holds ${pending?.results.length ?? 0} results and ${pending?.teams.length ?? 0} teams. Merge keeps everything here and adds what is new; Replace swaps what is here for the file.`}
        confirmLabel="Replace my data"
        onConfirm={() => applyImport('replace')}
        onCancel={() => setPending(null)}
        secondary={{ label: 'Merge', onChoose: () => applyImport('merge') }}
      />
      <ConfirmDialog
        open={confirmingDelete}
        title="Delete all your data?"
        body="This cannot be undone. Download your data first if you might want it back."
        confirmLabel="Delete everything"
        onConfirm={deleteEverything}
        onCancel={() => setConfirmingDelete(false)}
      />
    </div>
  );
}
