import { Injectable, PipeTransform } from '@nestjs/common';
import { NotFoundError } from '../errors/domain.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Route ids are UUIDs; anything else names nothing that exists, so it answers 404. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  constructor(private readonly resource = 'Resource') {}

  transform(value: string): string {
    if (!UUID.test(value)) throw new NotFoundError(this.resource, value.slice(0, 80));
    return value.toLowerCase();
  }
}
