import type {
  Curriculum,
  CurriculumContent,
  LearningOutcome,
  Unit,
} from '@curriculum-builder/curriculum';

/** A small JSON client for the public HTTP API (used by the CLI and the benchmarks). */
export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`${method} ${path} → ${response.status}: ${text.slice(0, 500)}`);
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  /**
   * Creates a curriculum from portable content through the public API, part by part, exactly as an
   * editor would: the curriculum, each unit (prerequisites first), its outcomes, the WBL periods.
   */
  async createFromContent(content: CurriculumContent): Promise<Curriculum> {
    const { units, workBasedLearning, ...fields } = content;
    const curriculum = await this.request<Curriculum>('POST', '/curricula', fields);
    const unitIds = new Map<string, string>();
    const outcomeIds = new Map<string, string[]>();
    for (const unit of units) {
      const { outcomes, prerequisiteCodes, ...unitFields } = unit;
      const created = await this.request<Unit>('POST', `/curricula/${curriculum.id}/units`, {
        ...unitFields,
        prerequisites: prerequisiteCodes.map((code) => unitIds.get(code)).filter(Boolean),
      });
      unitIds.set(unit.code, created.id);
      const ids: string[] = [];
      for (const outcome of outcomes) {
        const stored = await this.request<LearningOutcome>(
          'POST',
          `/curricula/${curriculum.id}/units/${created.id}/outcomes`,
          outcome,
        );
        ids.push(stored.id);
      }
      outcomeIds.set(unit.code, ids);
    }
    for (const period of workBasedLearning) {
      const { unitCodes, outcomeRefs, ...periodFields } = period;
      await this.request('POST', `/curricula/${curriculum.id}/work-based-learning`, {
        ...periodFields,
        unitIds: unitCodes.map((code) => unitIds.get(code)),
        outcomeIds: outcomeRefs.map((ref) => outcomeIds.get(ref.unitCode)?.[ref.index]),
      });
    }
    return this.request<Curriculum>('GET', `/curricula/${curriculum.id}`);
  }
}
