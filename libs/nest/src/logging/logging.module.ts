import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Module, type DynamicModule } from '@nestjs/common';
import { Logger as NestPinoLogger, LoggerModule, PinoLogger, type Params } from 'nestjs-pino';
import pino, { type DestinationStream, type LevelWithSilent, type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';

// A client-sent request id is reused so a trace can cross the gateway, but only if it cannot smuggle
// anything into the log line.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const requestIdOf = (request: IncomingMessage, response: ServerResponse): string => {
  const sent = request.headers['x-request-id'];
  const id = typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
  response.setHeader('x-request-id', id);
  return id;
};

// Probes and scrapes arrive every few seconds and would drown everything else.
const isProbe = (request: IncomingMessage): boolean => /^\/(health|metrics)(\?|$)/.test(request.url ?? '');

/**
 * Who asked is nobody's business but the resident's: addresses identify people, and logs are kept
 * and shared more widely than the database (ARCHITECTURE.md §6).
 */
const withoutAddresses = ({
  remoteAddress: _address,
  remotePort: _port,
  ...request
}: Record<string, unknown>) => {
  const {
    'x-forwarded-for': _forwarded,
    'x-real-ip': _real,
    forwarded: _rfc7239,
    ...headers
  } = (request.headers as Record<string, unknown> | undefined) ?? {};
  return { ...request, headers };
};

const levelOf = (_request: IncomingMessage, response: ServerResponse, error?: Error): LevelWithSilent =>
  error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info';

/**
 * JSON lines on stdout. Headers that carry credentials are replaced before the line is written:
 * a log shipped to a third party must not let anyone sign in as a resident or an officer.
 */
export const createRootLogger = (
  level: LevelWithSilent,
  name: string,
  destination: DestinationStream = pino.destination({ dest: 1, sync: true }),
): Logger =>
  pino(
    {
      name,
      level,
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["proxy-authorization"]',
          'res.headers["set-cookie"]',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );

/** One line per request, and a child logger carrying the request id for everything logged meanwhile. */
export const createHttpLogger = (logger: Logger): HttpLogger =>
  pinoHttp({
    logger,
    genReqId: requestIdOf,
    customLogLevel: levelOf,
    autoLogging: { ignore: isProbe },
    serializers: { req: withoutAddresses },
  });

/**
 * nestjs-pino keeps one pino-http instance per process, built by whichever application asks first.
 * Each application installs its own (`createHttpLogger`) and nestjs-pino only hands the request's
 * logger on (`useExisting`), so two platforms in one process, as in the tests, each log where told.
 */
const paramsFor = (logger: Logger): Params => ({ pinoHttp: { logger }, useExisting: true });

/** Nest's own logger (start-up, shutdown, `new Logger(context)`) writing to `logger`. */
export const nestLoggerFor = (logger: Logger): NestPinoLogger =>
  new NestPinoLogger(new PinoLogger(paramsFor(logger)), paramsFor(logger));

@Module({})
export class LoggingModule {
  static forRoot(logger: Logger): DynamicModule {
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot(paramsFor(logger))],
      exports: [LoggerModule],
    };
  }
}
