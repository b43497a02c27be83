import { A11yModule } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  HostListener,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { EscoPicker } from '../../esco/esco-picker';
import { RouterLink } from '@angular/router';
import {
  ESCO_SOURCE,
  LIMITS,
  PROGRAMME_FORMS,
  canTransition,
  type Curriculum,
  type Finding,
  type LocalizedText,
  type ReviewComment,
} from '@curriculum-builder/curriculum';
import { I18n } from '../../core/i18n/i18n';
import { LANGUAGE_NAMES, Localized } from '../../core/i18n/localized';
import { TPipe } from '../../core/i18n/t.pipe';
import { EditorState } from './editor-state';
import { EditorLive } from './editor-live';
import { EditorPresence } from './editor-presence';
import { EditorProgramme } from './editor-programme';
import { EditorThreads } from './editor-threads';
import { Field, fieldMessage } from './field';
import { fieldId } from './pending-changes';
import { EditorHistory } from './editor-history';
import { EditorUnits } from './editor-units';
import { EditorWbl } from './editor-wbl';
import { ExportPanel } from './export-panel';
import { LibraryUpdates } from './library-updates';
import { num, toggle } from './form-values';
import { Reopen } from './reopen';

type Tab = 'curriculum' | 'units' | 'wbl' | 'history';

/** Message keys of the form labels whose names differ from the model's field names. */
const LABEL_KEYS: Readonly<Record<string, string>> = {
  eqfLevel: 'editor.field.eqf',
  durationMonths: 'editor.field.programmeDuration',
  ecvetPoints: 'editor.field.points',
  durationHours: 'editor.hours',
  text: 'editor.outcomeText',
};

function fieldLabelKey(field: string): string {
  return LABEL_KEYS[field] ?? `editor.field.${field}`;
}

/** The teacher's editor of one curriculum. */
@Component({
  selector: 'cb-editor',
  imports: [
    FormsModule,
    Field,
    EditorThreads,
    EditorProgramme,
    EditorPresence,
    RouterLink,
    A11yModule,
    Localized,
    TPipe,
    Reopen,
    ExportPanel,
    EditorWbl,
    EditorUnits,
    EditorHistory,
    EscoPicker,
    LibraryUpdates,
  ],
  providers: [EditorState, EditorLive],
  templateUrl: './editor.html',
  styleUrls: ['./editor-forms.css', './editor.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Editor implements OnInit {
  protected readonly state = inject(EditorState);
  protected readonly live = inject(EditorLive);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  readonly id = input.required<string>();

  /** The field limits the API applies (one table in libs/curriculum). */
  protected readonly limits = LIMITS;
  /** ESCO's attribution, shown where its labels are. */
  protected readonly escoSource = ESCO_SOURCE;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly programmeForms = PROGRAMME_FORMS;
  protected readonly fieldId = fieldId;
  protected readonly num = num;
  protected readonly toggle = toggle;
  /** Whether a workflow step may start from a status (the lifecycle table of libs/curriculum). */
  protected readonly can = canTransition;

  protected readonly tab = signal<Tab>('units');
  protected readonly lang = signal<string>('');
  protected readonly selectedUnitId = signal<string | null>(null);
  protected readonly selectedPeriodId = signal<string | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly reopening = signal(false);
  protected readonly reopened = signal(false);
  protected readonly confirmingImported = signal(false);
  protected readonly importedConfirmed = signal(false);

  protected readonly c = computed(() => this.state.working());
  protected readonly errors = computed(
    () => this.state.report()?.findings.filter((f) => f.severity === 'error') ?? [],
  );
  protected readonly warnings = computed(
    () => this.state.report()?.findings.filter((f) => f.severity === 'warning') ?? [],
  );
  /** The values an import filled with a default (IMPORT-DEFAULT): guesses until set or confirmed. */
  protected readonly importedGuesses = computed(() =>
    this.warnings().filter((f) => f.ruleId === 'IMPORT-DEFAULT'),
  );
  protected readonly maxYearPoints = computed(() =>
    Math.max(
      1,
      ...(this.state.report()?.summary.pointsByYear.map((y) => Math.max(y.points, y.expected)) ?? [
        1,
      ]),
    ),
  );
  protected readonly maxAreaPoints = computed(() =>
    Math.max(1, ...(this.state.report()?.summary.pointsByArea.map((a) => a.points) ?? [1])),
  );
  protected readonly canSubmit = computed(() => {
    const status = this.c()?.status;
    return status !== undefined && canTransition(status, 'submit') && this.errors().length === 0;
  });

  constructor() {
    effect(() => this.live.at(this.place()));
  }

  async ngOnInit(): Promise<void> {
    try {
      await this.state.load(this.id());
      const c = this.state.working();
      if (c) {
        // Authors write in the primary language first; the others are translations.
        this.lang.set(c.primaryLanguage);
        this.selectedUnitId.set(c.units[0]?.id ?? null);
        this.live.start(c.id);
      }
    } catch {
      this.loadError.set(this.i18n.t('editor.notFound'));
    }
  }

  /** Where this tab is, for the others who have the curriculum open. */
  private readonly place = computed(() => {
    const c = this.c();
    if (c === null) return null;
    switch (this.tab()) {
      case 'units': {
        const u = c.units.findIndex((unit) => unit.id === this.selectedUnitId());
        return u === -1 ? null : `units[${u}]`;
      }
      case 'wbl': {
        const p = c.workBasedLearning.findIndex((period) => period.id === this.selectedPeriodId());
        return p === -1 ? 'workBasedLearning' : `workBasedLearning[${p}]`;
      }
      default:
        return this.tab();
    }
  });

  /** Ctrl+S saves; the browser's own save dialog is not wanted here. */
  @HostListener('document:keydown', ['$event'])
  protected onKey(event: KeyboardEvent): void {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void this.state.save();
    }
  }

  /** The browser asks before a reload or a closed tab while a change is not on the server yet. */
  @HostListener('window:beforeunload', ['$event'])
  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) event.preventDefault();
  }

  /** For the unsaved-changes guards (after an ended session the draft waits in the browser). */
  hasUnsavedChanges(): boolean {
    return !this.state.sessionEnded() && (this.state.pending().length > 0 || this.state.saving());
  }

  /** Why "Submit for review" cannot be pressed now, or null. */
  protected readonly submitBlocked = computed(() => {
    const errors = this.errors().length;
    if (errors > 0) return this.i18n.t('editor.submitBlocked.errors', { errors });
    if (this.state.pending().length > 0) return this.i18n.t('editor.submitBlocked.unsaved');
    return null;
  });

  /** The refused change side by side with what is stored now, field by field, as texts. */
  protected readonly conflictRows = computed(() => {
    const conflict = this.state.conflict();
    if (conflict === null) return [];
    return conflict.fields.map((field) => ({
      label: this.i18n.t(fieldLabelKey(field)),
      mine: this.shown(conflict.mine[field]),
      theirs: this.shown(conflict.theirs[field]),
    }));
  });

  private shown(value: unknown): string {
    if (value === null || value === undefined) return '—';
    if (typeof value !== 'object') return String(value);
    if (Array.isArray(value)) return value.map((v) => this.shown(v)).join(', ');
    const record = value as Record<string, unknown>;
    if ('criteria' in record) return this.shown(record['criteria']);
    if ('label' in record) return this.shown(record['label']);
    const texts = Object.entries(record).filter(([, v]) => typeof v === 'string');
    const own = record[this.lang()];
    return typeof own === 'string' ? own : texts.map(([k, v]) => `${k}: ${v}`).join(' · ');
  }

  protected text(value: LocalizedText | undefined | null): string {
    return value?.[this.lang()] ?? '';
  }

  protected withText(value: LocalizedText | undefined | null, text: string): LocalizedText {
    return { ...(value ?? {}), [this.lang()]: text };
  }

  /** The target occupation: an ESCO URI and its name in the content language (blank URI: none). */
  /** Why a change to the field at `path` was refused (the ESCO picker says it itself). */
  protected problemAt(path: string): string | null {
    return fieldMessage(this.state, this.i18n, path);
  }

  protected editOccupation(uri: string, label: string): void {
    const trimmed = uri.trim();
    const labels = { ...(this.c()?.occupation?.label ?? {}), [this.lang()]: label };
    this.state.editCurriculum({
      occupation: trimmed === '' ? null : { uri: trimmed, label: labels },
    });
  }

  protected async transition(step: 'submit' | 'publish'): Promise<void> {
    if (this.state.pending().length > 0) await this.state.save();
    await this.state.run((api, id) => api.transition(id, step));
  }

  /** After the confirmation: the published curriculum becomes a draft; the focus moves to the news. */
  protected async reopen(): Promise<void> {
    this.reopening.set(true);
    const ok = await this.state.reopen();
    this.reopening.set(false);
    if (!ok) return;
    this.reopened.set(true);
    afterNextRender(() => document.getElementById('editor-reopened')?.focus(), {
      injector: this.injector,
    });
  }

  /**
   * The author confirms the values an import guessed as they are, against the version the editor
   * holds (unsaved changes are saved first); then the curriculum and its checks reload. A refusal
   * (409: changed meanwhile, or not editable) shows where the editor's other errors do.
   */
  protected async confirmImported(): Promise<void> {
    this.confirmingImported.set(true);
    this.importedConfirmed.set(false);
    try {
      if (this.state.pending().length > 0) await this.state.save();
      const ok = await this.state.run((api, id) =>
        api.confirmImportedValues(id, this.state.server()?.version ?? 0),
      );
      if (!ok) return;
      this.importedConfirmed.set(true);
      afterNextRender(() => document.getElementById('imported-confirmed')?.focus(), {
        injector: this.injector,
      });
    } finally {
      this.confirmingImported.set(false);
    }
  }

  /** Moves to the field a finding or a thread is about (opening its unit or period first). */
  protected async jumpTo(path: string): Promise<void> {
    const unitIndex = /^units\[(\d+)\]/.exec(path)?.[1];
    const periodIndex = /^workBasedLearning\[(\d+)\]/.exec(path);
    if (unitIndex !== undefined) {
      this.tab.set('units');
      this.selectedUnitId.set(this.c()?.units[Number(unitIndex)]?.id ?? null);
    } else if (periodIndex) {
      this.tab.set('wbl');
      this.selectedPeriodId.set(this.c()?.workBasedLearning[Number(periodIndex[1])]?.id ?? null);
    } else {
      this.tab.set('curriculum');
    }
    await new Promise((done) => setTimeout(done));
    for (;;) {
      const element = document.getElementById(fieldId(path));
      if (element) {
        element.focus();
        element.scrollIntoView({ block: 'center' });
        return;
      }
      const shorter = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      if (shorter === path) return;
      path = shorter;
    }
  }

  /** The reviewers' open threads, each with where it is and the field to go to. */
  protected readonly openThreadRows = computed(() => {
    const c = this.c();
    if (c === null) return [];
    return this.state.openThreads().map((thread) => ({ thread, ...this.whereOf(c, thread) }));
  });

  private whereOf(c: Curriculum, thread: ReviewComment): { where: string; path: string } {
    switch (thread.targetType) {
      case 'curriculum':
        return { where: this.i18n.t('editor.tab.curriculum'), path: 'title' };
      case 'unit': {
        const u = c.units.findIndex((unit) => unit.id === thread.targetId);
        return { where: c.units[u]?.code ?? '?', path: `units[${u}].code` };
      }
      case 'outcome': {
        const u = c.units.findIndex((unit) => unit.outcomes.some((o) => o.id === thread.targetId));
        const o = c.units[u]?.outcomes.findIndex((outcome) => outcome.id === thread.targetId) ?? -1;
        const text = this.text(c.units[u]?.outcomes[o]?.text).slice(0, 60);
        return {
          where: `${c.units[u]?.code ?? '?'} · ${text}`,
          path: `units[${u}].outcomes[${o}].text`,
        };
      }
      case 'work-based-learning': {
        const p = c.workBasedLearning.findIndex((period) => period.id === thread.targetId);
        return {
          where: this.text(c.workBasedLearning[p]?.title),
          path: `workBasedLearning[${p}].title`,
        };
      }
      case 'esco-skill':
        // A skill of the target occupation (a gap in the coverage report): shown at the occupation.
        return { where: `ESCO · ${thread.targetId ?? ''}`, path: 'occupation' };
    }
  }

  protected findingText(finding: Finding): string {
    return finding.messages[this.i18n.language()] ?? finding.message;
  }
}
