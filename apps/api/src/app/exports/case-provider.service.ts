import { msg } from '@curriculum-builder/curriculum';
import { Inject, Injectable } from '@nestjs/common';
import { NotFoundError } from '../../common/errors/domain.errors';
import type { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { Not, IsNull } from 'typeorm';
import {
  CurriculaService,
  CurriculumEntity,
  LearningOutcomeEntity,
  UnitEntity,
} from '../curricula';
import { caseItemTypes, caseUri } from '../interop/case/case-export';
import type { CaseLink, CasePackage } from '../interop/case/case-package';
import { ExportsService } from './exports.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How many published curricula `GET /CFDocuments` lists at most (and scans for an association). */
const MAX_DOCUMENTS = 1000;

/**
 * The product as a 1EdTech CASE 1.1 provider of its published curricula: the very CASE export
 * (`GET …/export/case`, rendered once per published version and cached), served record by record.
 * Drafts are never served (404), whoever asks: a CASE consumer pulls what a school published.
 */
@Injectable()
export class CaseProviderService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly exports: ExportsService,
    private readonly curricula: CurriculaService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /**
   * The package of a published curriculum by its CFDocument identifier: the identifier it was
   * imported with, else our curriculum id. Where several institutions published the same imported
   * framework, the first to import it answers.
   */
  async package(identifier: string): Promise<CasePackage> {
    const id = UUID.test(identifier) ? await this.curriculumOfDocument(identifier) : null;
    if (id === null) throw new NotFoundError(msg`CFPackage`, identifier);
    const file = await this.exports.export(null, id, 'case', undefined, '1.1');
    return JSON.parse(file.body.toString('utf8')) as CasePackage;
  }

  /** The CFDocument with the link to its package (`CFPackageURI`), as the CASE API answers it. */
  async document(identifier: string) {
    const { CFDocument } = await this.package(identifier);
    return { ...CFDocument, CFPackageURI: this.link('CFPackages', CFDocument) };
  }

  /** Every published curriculum's CFDocument. */
  async documents() {
    const documents = [];
    for (const id of await this.publishedIds()) documents.push(await this.document(id));
    return { CFDocuments: documents };
  }

  /** A unit or learning outcome of a published curriculum, with its document link. */
  async item(identifier: string) {
    const curriculumId = UUID.test(identifier) ? await this.curriculumOfItem(identifier) : null;
    if (curriculumId === null) throw new NotFoundError(msg`CFItem`, identifier);
    const pkg = await this.package(curriculumId);
    const item = pkg.CFItems.find((i) => i.identifier.toLowerCase() === identifier.toLowerCase());
    if (item === undefined) throw new NotFoundError(msg`CFItem`, identifier);
    return { ...item, CFDocumentURI: this.link('CFDocuments', pkg.CFDocument) };
  }

  /** An association of a published curriculum (found by scanning the published packages). */
  async association(identifier: string) {
    if (UUID.test(identifier)) {
      for (const id of await this.publishedIds()) {
        const pkg = await this.package(id);
        const found = pkg.CFAssociations.find(
          (a) => a.identifier.toLowerCase() === identifier.toLowerCase(),
        );
        if (found !== undefined)
          return { ...found, CFDocumentURI: this.link('CFDocuments', pkg.CFDocument) };
      }
    }
    throw new NotFoundError(msg`CFAssociation`, identifier);
  }

  /** One of the product's item types (Unit, Learning outcome), as every package defines them. */
  itemType(identifier: string) {
    const found = Object.values(caseItemTypes(this.config.publicUrl)).find(
      (type) => type.identifier === identifier.toLowerCase(),
    );
    if (found === undefined) throw new NotFoundError(msg`CFItemType`, identifier);
    return found;
  }

  private link(
    kind: 'CFDocuments' | 'CFPackages',
    document: { identifier: string; title: string },
  ): CaseLink {
    return {
      title: document.title,
      identifier: document.identifier,
      uri:
        this.config.publicUrl === undefined
          ? caseUri('CFDocuments', document.identifier, undefined)
          : `${this.config.publicUrl}/ims/case/v1p1/${kind}/${document.identifier}`,
    };
  }

  private async publishedIds(): Promise<string[]> {
    const ids: string[] = [];
    for (let page = 1; ids.length < MAX_DOCUMENTS; page++) {
      const found = await this.curricula.list(null, { status: 'published', page, pageSize: 100 });
      ids.push(...found.items.map((c) => c.id));
      if (found.items.length < 100) break;
    }
    return ids;
  }

  /** The published curriculum a CFDocument identifier names (its id, or the one it was imported with). */
  private curriculumOfDocument(identifier: string): Promise<string | null> {
    return this.unitOfWork.read(async (em) => {
      const lower = identifier.toLowerCase();
      const published = { publishedVersion: Not(IsNull()) };
      const found = await em.find(CurriculumEntity, {
        where: [
          { ...published, id: lower },
          { ...published, caseIdentifier: lower },
        ],
        select: { id: true, createdAt: true },
        order: { createdAt: 'ASC' },
        take: 2,
      });
      return (found.find((c) => c.id === lower) ?? found[0])?.id ?? null;
    });
  }

  /**
   * The curriculum (its id; the document identifier the package answers to) a unit or outcome
   * belongs to in the working copy, by its id or the CASE identifier it was imported with; or null.
   */
  private curriculumOfItem(id: string): Promise<string | null> {
    return this.unitOfWork.read(async (em) => {
      const lower = id.toLowerCase();
      for (const entity of [UnitEntity, LearningOutcomeEntity]) {
        const found = await em.findOne(entity as typeof UnitEntity, {
          where: [{ id: lower }, { caseIdentifier: lower }],
          select: { curriculumId: true },
        });
        if (found !== null) return found.curriculumId;
      }
      return null;
    });
  }
}
