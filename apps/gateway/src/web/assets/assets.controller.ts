import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { NotFound } from '@commonplan/kernel';

interface Asset {
  readonly type: string;
  readonly etag: string;
  readonly plain: Buffer;
  readonly gzip: Buffer;
  readonly brotli: Buffer;
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Read and compressed once at start: the folder is small and a phone asks for every file on first load. */
const loadAssets = (): ReadonlyMap<string, Asset> => {
  const assets = new Map<string, Asset>();
  for (const name of readdirSync(__dirname)) {
    const type = TYPES[path.extname(name)];
    if (!type) continue;
    const plain = readFileSync(path.join(__dirname, name));
    assets.set(name, {
      type,
      etag: `"${createHash('sha256').update(plain).digest('base64url').slice(0, 22)}"`,
      plain,
      gzip: gzipSync(plain, { level: 9 }),
      brotli: brotliCompressSync(plain),
    });
  }
  return assets;
};

@ApiExcludeController()
@Controller('assets')
export class AssetsController {
  private readonly assets = loadAssets();

  @Get(':file')
  serve(@Param('file') file: string, @Req() request: Request, @Res() response: Response): void {
    const asset = this.assets.get(file);
    if (!asset) throw new NotFound('asset.unknown', `there is no asset named ${file}`, { field: 'file' });
    response.setHeader('content-type', asset.type);
    response.setHeader('etag', asset.etag);
    response.setHeader('cache-control', 'public, max-age=600, must-revalidate');
    response.setHeader('vary', 'accept-encoding');
    if (request.headers['if-none-match'] === asset.etag) {
      response.status(304).end();
      return;
    }
    const accepted = String(request.headers['accept-encoding'] ?? '');
    if (/\bbr\b/.test(accepted)) {
      response.setHeader('content-encoding', 'br');
      response.end(asset.brotli);
    } else if (/\bgzip\b/.test(accepted)) {
      response.setHeader('content-encoding', 'gzip');
      response.end(asset.gzip);
    } else response.end(asset.plain);
  }
}
