import { BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsString, Min, ValidateNested } from 'class-validator';
import { createValidationPipe, MAX_BODY_DEPTH, nulCharacterAt, tooDeep } from './validation.pipe';

class UnitInput {
  @IsString()
  code!: string;

  @IsInt()
  @Min(1)
  ecvetPoints!: number;
}

class CurriculumInput {
  @IsString()
  title!: string;

  @ValidateNested({ each: true })
  @Type(() => UnitInput)
  units!: UnitInput[];
}

async function rejection(body: unknown): Promise<Record<string, unknown>> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: CurriculumInput });
  } catch (error) {
    if (error instanceof BadRequestException) return error.getResponse() as Record<string, unknown>;
    throw error;
  }
  throw new Error('expected a BadRequestException');
}

describe('createValidationPipe', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'refuses a field named like the Object.prototype member %s, at any depth',
    async (key) => {
      const top = await rejection({ title: 'T', units: [], [key]: 1 });
      expect(top['errors']).toEqual([{ path: key, message: `property ${key} should not exist` }]);
      const nested = await rejection({
        title: 'T',
        units: [{ code: 'U', ecvetPoints: 1, [key]: 'x' }],
      });
      expect(nested['errors']).toEqual([
        { path: `units[0].${key}`, message: `property units[0].${key} should not exist` },
      ]);
    },
  );

  it('names the path of a nested field, e.g. units[1].ecvetPoints', async () => {
    const response = await rejection({
      title: 'Zerspanungsmechaniker/in',
      units: [
        { code: 'U1', ecvetPoints: 20 },
        { code: 'U2', ecvetPoints: 0 },
      ],
    });
    expect(response['errors']).toEqual([
      { path: 'units[1].ecvetPoints', message: 'ecvetPoints must not be less than 1' },
    ]);
    expect(response['message']).toContain('units[1].ecvetPoints');
  });

  it('rejects fields that are not part of the input', async () => {
    const response = await rejection({ title: 'T', units: [], status: 'published' });
    expect(response['errors']).toEqual([
      { path: 'status', message: 'property status should not exist' },
    ]);
  });

  it('passes valid input through as an instance of the input class', async () => {
    const value = await createValidationPipe().transform(
      { title: 'Mechatronik', units: [{ code: 'U1', ecvetPoints: 30 }] },
      { type: 'body', metatype: CurriculumInput },
    );
    expect(value).toBeInstanceOf(CurriculumInput);
    expect(value.units[0]).toBeInstanceOf(UnitInput);
  });

  it('refuses a body nested deeper than the limit before walking it recursively', async () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 5000; i++) deep = i % 2 === 0 ? { a: deep } : [deep];
    const response = await rejection({ title: 'T', units: [{ code: deep, ecvetPoints: 1 }] });
    expect(response['message']).toBe(
      `The request body is nested more than ${MAX_BODY_DEPTH} levels deep`,
    );
    expect(String((response['errors'] as { path: string }[])[0].path)).toMatch(
      /^units\[0\]\.code\[0\]\.a\[0\]/,
    );
  });

  it('finds the first value nested too deeply, without recursion', () => {
    expect(tooDeep({ a: [{ b: 1 }] }, 3)).toBeNull();
    expect(tooDeep({ a: [{ b: { c: 1 } }] }, 3)).toBe('a[0].b');
    expect(tooDeep('text', 0)).toBeNull();
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(tooDeep(deep)).toBe('[0]'.repeat(MAX_BODY_DEPTH));
  });

  it('refuses NUL characters in bodies and query strings, naming the field', async () => {
    const response = await rejection({ title: 'T', units: [{ code: 'U\u00001', ecvetPoints: 1 }] });
    expect(response['errors']).toEqual([
      { path: 'units[0].code', message: 'units[0].code must not contain NUL characters (U+0000)' },
    ]);
    await expect(
      createValidationPipe().transform('a\u0000b', { type: 'query', data: 'lang' }),
    ).rejects.toThrow('lang must not contain NUL characters');
    expect(nulCharacterAt({ a: ['x', { b: 'y\u0000' }] })).toBe('a[1].b');
    expect(nulCharacterAt({ a: ['x', { b: 'y' }] })).toBeNull();
  });

  it('refuses lone surrogates (not well-formed Unicode), keeps pairs such as emoji', async () => {
    const response = await rejection({ title: 'T', units: [{ code: 'U\udbc1x', ecvetPoints: 1 }] });
    expect(response['errors']).toEqual([
      {
        path: 'units[0].code',
        message: 'units[0].code must be well-formed Unicode text (a lone surrogate was sent)',
      },
    ]);
    expect((await rejection({ title: 'T\udc00', units: [] }))['errors']).toHaveLength(1);
    await expect(
      createValidationPipe().transform('x\ud800', { type: 'query', data: 'q' }),
    ).rejects.toThrow('q must be well-formed Unicode text');
    const fine = await createValidationPipe().transform(
      { title: 'Zerspanung 🛠 Ąčę', units: [] },
      { type: 'body', metatype: CurriculumInput },
    );
    expect(fine).toMatchObject({ title: 'Zerspanung 🛠 Ąčę' });
  });
});
