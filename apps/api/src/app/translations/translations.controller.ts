import {
  TRANSLATION_STATES,
  type TextTranslations,
  type TranslationOverview,
  type TranslationState,
  type XliffImportResult,
  msg,
} from '@curriculum-builder/curriculum';
import { TranslateTextDto } from '@curriculum-builder/curriculum/dto';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiConsumes,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Requires } from '../../common/decorators/auth.decorators';
import { CurriculumId } from '../../common/decorators/route-params';
import { InvalidInputError } from '../../common/errors/domain.errors';
import { TranslationsService, type TranslationFilter } from './translations.service';
import { RateLimit } from '../../infrastructure/shared-state/rate-limit';

/** The media type of XLIFF (RFC 3023 naming, as translation tools send it). */
export const XLIFF_MEDIA_TYPE = 'application/xliff+xml';

/** `?language=lt&state=missing,stale` as a filter (400 for an unknown state). */
function filterOf(language: unknown, state: unknown): TranslationFilter {
  const states =
    typeof state === 'string' && state !== '' ? state.split(',').map((s) => s.trim()) : undefined;
  const unknown = states?.find((s) => !(TRANSLATION_STATES as readonly string[]).includes(s));
  if (unknown !== undefined)
    throw new InvalidInputError([
      {
        path: 'state',
        message: msg`must be a list of ${TRANSLATION_STATES.join(', ')} (found ${unknown.slice(0, 20)})`,
      },
    ]);
  return {
    language: typeof language === 'string' ? language : undefined,
    states: states as TranslationState[] | undefined,
  };
}

/**
 * The translation workflow of a working copy (ADR 0025): each text's source language and version
 * and the state of its translations, a translation written or confirmed after review, and the
 * texts as XLIFF 2.0 for professional translators, out and back in.
 */
@ApiTags('translations')
@Controller('curricula/:id/translations')
export class TranslationsController {
  constructor(private readonly translations: TranslationsService) {}

  /** Texts with their translations (`?language=` one declared language, `?state=missing,stale`). */
  @Get()
  @ApiOkResponse({
    description:
      '`{ curriculumId, version, primaryLanguage, languages, progress: [{ language, texts, current, stale, missing }], texts: [{ key, path, owner, field, sourceLanguage, source, sourceVersion, targets: { <language>: { text, state, translatedFrom? } } }] }`',
  })
  overview(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @Query('language') language: unknown,
    @Query('state') state: unknown,
  ): Promise<TranslationOverview> {
    return this.translations.overview(caller, id, filterOf(language, state));
  }

  /** The texts to translate into `?language=` as an XLIFF 2.0 file (`?state=` as above). */
  @RateLimit('exports')
  @Get('xliff')
  @ApiProduces(XLIFF_MEDIA_TYPE)
  async exportXliff(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @Query('language') language: unknown,
    @Query('state') state: unknown,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const { fileName, body } = await this.translations.exportXliff(
      caller,
      id,
      filterOf(language, state),
    );
    return reply
      .header('Content-Type', `${XLIFF_MEDIA_TYPE}; charset=utf-8`)
      .header('Content-Disposition', `attachment; filename="${fileName}"`)
      .header('Cache-Control', 'private, no-cache')
      .send(body);
  }

  /** An XLIFF 2.0 file's targets as translations of the working copy; nothing written on 422. */
  @Requires('curriculum.write')
  @RateLimit('imports')
  @Post('xliff')
  @HttpCode(200)
  @ApiConsumes(XLIFF_MEDIA_TYPE, 'application/xml', 'text/xml')
  @ApiOkResponse({ description: '`{ language, updated, reviewed, unchanged, stale, skipped }`' })
  @ApiUnprocessableEntityResponse({
    description: 'Not an XLIFF 2.0 file, a target language not declared, a target too long.',
  })
  importXliff(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @Body() body: unknown,
  ): Promise<XliffImportResult> {
    return this.translations.importXliff(caller, id, body);
  }

  /** Body `{ text, sourceVersion }`: the translation made from that version of the source. */
  @Requires('curriculum.write')
  @Put(':key/:language')
  @ApiConflictResponse({
    description:
      'The source changed since `sourceVersion` (body `current`: the text as it is now).',
  })
  translate(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @Param('key') key: string,
    @Param('language') language: string,
    @Body() dto: TranslateTextDto,
  ): Promise<TextTranslations> {
    return this.translations.translate(caller, id, key, language, dto);
  }
}
