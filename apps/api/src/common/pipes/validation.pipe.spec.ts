import { BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsString, Min, ValidateNested } from 'class-validator';
import { createValidationPipe } from './validation.pipe';

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
});
