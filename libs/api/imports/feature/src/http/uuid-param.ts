import { BadRequestException, Param, type PipeTransform } from '@nestjs/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (!UUID.test(value)) throw new BadRequestException({ code: 'id-invalid', detail: `"${this.name}" moet een UUID zijn.` });
    return value.toLowerCase();
  }
}

/** A path parameter that must be a UUID (400 `id-invalid` otherwise, never a database error). */
export function UuidParam(name: string): ParameterDecorator {
  return Param(name, new UuidPipe(name));
}
