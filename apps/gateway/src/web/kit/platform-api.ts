import type { AddressInfo } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { PLATFORM_CONFIG, READ_AFTER_HEADER, type PlatformConfig } from '@commonplan/nest';
import { noteApiWrite, readAfterOfThisPage } from './read-after';

/** A field and the rule it broke, as the API's problem details name them. */
export interface ApiIssue {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

/** The API's refusal, kept whole so the page can say what to fix in the reader's language. */
export interface ApiProblem {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: readonly ApiIssue[];
}

export type ApiAnswer<T> =
  { readonly ok: true; readonly status: number; readonly body: T } | ({ readonly ok: false } & ApiProblem);

export interface ApiCall {
  /** The signed-in person's session token, sent as the bearer; absent: anonymous. */
  readonly token?: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

const problemOf = (status: number, body: unknown): ApiProblem => {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as Partial<ApiProblem>;
  return {
    status,
    code: typeof problem.code === 'string' ? problem.code : `http.${status}`,
    detail: typeof problem.detail === 'string' ? problem.detail : '',
    errors: Array.isArray(problem.errors) ? problem.errors : [],
  };
};

/**
 * The web pages are a client of the platform's own HTTP API, with the reader's session token: the
 * access policy and every rule apply to a page exactly as to any other client. Embedded, the API is
 * this very process; a gateway of its own is told where the API is by `API_URL`.
 */
@Injectable()
export class PlatformApi {
  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    private readonly adapter: HttpAdapterHost,
  ) {}

  get<T>(path: string, call: ApiCall = {}): Promise<ApiAnswer<T>> {
    return this.send<T>('GET', path, call);
  }

  post<T>(path: string, call: ApiCall = {}): Promise<ApiAnswer<T>> {
    return this.send<T>('POST', path, call);
  }

  put<T>(path: string, call: ApiCall = {}): Promise<ApiAnswer<T>> {
    return this.send<T>('PUT', path, call);
  }

  delete<T>(path: string, call: ApiCall = {}): Promise<ApiAnswer<T>> {
    return this.send<T>('DELETE', path, call);
  }

  /** The raw response, for files the page passes on (CSV, a `.pb` election). */
  async fetch(path: string, call: ApiCall = {}): Promise<Response> {
    return fetch(`${this.base()}${path}`, { headers: this.headersOf('GET', call) });
  }

  private async send<T>(method: string, path: string, call: ApiCall): Promise<ApiAnswer<T>> {
    const response = await fetch(`${this.base()}${path}`, {
      method,
      headers: this.headersOf(method, call),
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    });
    noteApiWrite(response);
    const text = await response.text();
    const body: unknown = text === '' ? undefined : JSON.parse(text);
    if (response.ok) return { ok: true, status: response.status, body: body as T };
    return { ok: false, ...problemOf(response.status, body) };
  }

  /** A read waits for the read models to catch up with what the reader just did (ADR 0010). */
  private headersOf(method: string, call: ApiCall): Record<string, string> {
    const readAfter = method === 'GET' ? readAfterOfThisPage() : undefined;
    return {
      accept: 'application/json',
      ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(call.token ? { authorization: `Bearer ${call.token}` } : {}),
      ...(readAfter === undefined ? {} : { [READ_AFTER_HEADER]: readAfter }),
      ...call.headers,
    };
  }

  private base(): string {
    if (this.config.apiUrl) return this.config.apiUrl.replace(/\/$/, '');
    const address = this.adapter.httpAdapter.getHttpServer().address() as AddressInfo | null;
    if (!address) throw new Error('the web pages need the API, but this process is not listening yet');
    return `http://127.0.0.1:${address.port}`;
  }
}
