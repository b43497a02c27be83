import { Injector, afterNextRender, signal } from '@angular/core';
import type { FieldError } from '@curriculum-builder/curriculum';

/**
 * The problems of a form's fields as sentences, each shown right after its field with the id
 * `<prefix>-<field>-problem` (for `aria-describedby`) and the field marked `aria-invalid`.
 */
export class FormProblems<F extends string> {
  readonly all = signal<Partial<Record<F, string>>>({});

  constructor(
    private readonly prefix: string,
    private readonly fields: readonly F[] = [],
  ) {}

  text(field: F): string | null {
    return this.all()[field] ?? null;
  }

  invalid(field: F): 'true' | null {
    return this.all()[field] === undefined ? null : 'true';
  }

  id(field: F): string {
    return `${this.prefix}-${field}-problem`;
  }

  /** The ids a field is described by: its hint (if any), then its problem (if any). */
  describedBy(field: F, hint?: string): string | null {
    const ids = [hint ?? null, this.all()[field] === undefined ? null : this.id(field)];
    return ids.filter((id) => id !== null).join(' ') || null;
  }

  set(problems: Partial<Record<F, string>>): void {
    this.all.set(problems);
  }

  clear(field: F): void {
    if (this.all()[field] === undefined) return;
    this.all.update((all) => {
      const rest = { ...all };
      delete rest[field];
      return rest;
    });
  }

  get any(): boolean {
    return Object.keys(this.all()).length > 0;
  }

  /**
   * The server's field errors (`errors[].path`, e.g. `partners[1].contactEmail`, read as
   * `partners.1.contactEmail`) at the fields they name, the most specific field first; answers the
   * errors of no field of the form, for the form's own message.
   */
  fromServer(errors: readonly FieldError[], fields: readonly F[] = this.fields): FieldError[] {
    const found: Partial<Record<F, string>> = {};
    const rest: FieldError[] = [];
    const specificFirst = [...fields].sort((a, b) => b.length - a.length);
    for (const error of errors) {
      const path = error.path.replace(/\[(\d+)\]/g, '.$1');
      const field = specificFirst.find((f) => path === f || path.startsWith(`${f}.`));
      if (field === undefined) rest.push(error);
      else found[field] ??= error.message;
    }
    this.all.set(found);
    return rest;
  }
}

/** After the next render: the focus on the first field marked invalid in `host`. */
export function focusFirstInvalid(host: HTMLElement, injector: Injector): void {
  afterNextRender(() => host.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), {
    injector,
  });
}
