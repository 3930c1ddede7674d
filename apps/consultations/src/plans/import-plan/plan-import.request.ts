import type { IncomingMessage } from 'node:http';
import {
  Injectable,
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { from, switchMap, type Observable } from 'rxjs';
import { LANGUAGE_TAG } from '@commonplan/kernel';
import { PLAN_KINDS, type PlanKind } from '../plan.events';

const MAX_BYTES = 1_000_000;

/** A Markdown plan, sent as JSON, or as text/markdown with `kind` and `language` in the query. */
export class PlanImportRequest {
  @ApiProperty({ description: 'The whole file, UTF-8 (LF or CRLF, with or without a BOM)' })
  @IsString()
  @Length(1, MAX_BYTES)
  markdown!: string;

  @ApiProperty({ enum: PLAN_KINDS })
  @IsIn(PLAN_KINDS)
  kind!: PlanKind;

  @ApiProperty({ example: 'en' })
  @Matches(LANGUAGE_TAG, { message: 'language must be a language tag such as hr, ar or pt-BR' })
  language!: string;
}

type UploadRequest = IncomingMessage & { body?: unknown; query: Record<string, unknown> };

const readText = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BYTES) throw new PayloadTooLargeException(`a plan file is at most ${MAX_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
};

/**
 * Officers upload the file as it is, without wrapping it in JSON: the body parsers leave text/markdown
 * alone, so it is read here and shaped like the JSON form, so both are checked by the same rules.
 */
@Injectable()
export class MarkdownUpload implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<UploadRequest>();
    if (!/^text\/markdown\b/i.test(request.headers['content-type'] ?? '')) return next.handle();
    return from(readText(request)).pipe(
      switchMap((markdown) => {
        request.body = { markdown, kind: request.query.kind, language: request.query.language };
        return next.handle();
      }),
    );
  }
}
