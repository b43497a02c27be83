import type { Job, Mobility, Mou, Transcript } from '@curriculum-builder/curriculum';
import { Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import type { Caller } from '../../../common/caller';
import { pdfBuffer } from '../../../infrastructure/pdf/pdf-document';
import type { Download } from '../../../infrastructure/web/cached-representations';
import { EXPORT_STORE, type ExportStore, type StoredFile } from '../../jobs/export-store';
import { JobHandlers } from '../../jobs/job-handlers';
import type { JobContext } from '../../jobs/jobs';
import { JobsService } from '../../jobs/jobs.service';
import { renderAgreementPdf, renderMouPdf, renderTranscriptPdf } from './mobility-pdf';

/**
 * A mobility document to render (JSON): the MoU, Learning Agreement or Personal Transcript as the
 * caller read it when asking, so the worker needs no database and shows exactly what was allowed.
 */
export type DocumentJob =
  | { readonly document: 'mou'; readonly language: string; readonly mou: Mou }
  | { readonly document: 'agreement'; readonly language: string; readonly mobility: Mobility }
  | {
      readonly document: 'transcript';
      readonly language: string;
      readonly mobility: Mobility;
      readonly transcript: Transcript;
    };

export const DOCUMENT_JOB = 'mobility-document';

/** The PDFs of mobility (ADR 0022) as background jobs (ADR 0032). */
@Injectable()
export class MobilityDocuments implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly jobs: JobsService,
    @Inject(EXPORT_STORE) private readonly store: ExportStore,
  ) {}

  onModuleInit(): void {
    this.handlers.register(DOCUMENT_JOB, (job: DocumentJob, context) => this.render(job, context));
  }

  /** Rendered by a job this request waits for. */
  download(caller: Caller, job: DocumentJob, requestId: string): Promise<Download> {
    return this.jobs.run(caller, DOCUMENT_JOB, job, requestId);
  }

  submit(caller: Caller, job: DocumentJob, requestId: string): Promise<Job> {
    return this.jobs.submit(caller, DOCUMENT_JOB, job, requestId);
  }

  private async render(job: DocumentJob, context: JobContext): Promise<StoredFile> {
    const { language } = job;
    const [doc, fileName] =
      job.document === 'mou'
        ? [renderMouPdf(job.mou, language), `mou-${job.mou.curriculum.code}-${language}.pdf`]
        : job.document === 'agreement'
          ? [
              renderAgreementPdf(job.mobility, language),
              `learning-agreement-${job.mobility.curriculum.code}-${language}.pdf`,
            ]
          : [
              renderTranscriptPdf(job.mobility, job.transcript, language),
              `personal-transcript-${job.mobility.curriculum.code}-${language}.pdf`,
            ];
    context.progress(50);
    return this.store.put(`jobs/${context.id}`, await pdfBuffer(doc), {
      contentType: 'application/pdf',
      fileName,
    });
  }
}

/** Imported by the mobility module and by the worker, which renders without the rest of it. */
@Module({ providers: [MobilityDocuments], exports: [MobilityDocuments] })
export class MobilityDocumentsModule {}
