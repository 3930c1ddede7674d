// Pages over the noticeboard of libs/nest's read-your-writes fixture, whose read model a test can hold back.
import { Controller, Get, Module, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { AccessPolicy } from '@commonplan/contracts';
import type { ContextContribution } from '@commonplan/nest';
import { noticeboardAccessPolicy } from '../../../../../libs/nest/src/consistency/read-your-writes.fixture';
import { formText } from './form-body';
import { html } from './html';
import { MessageBook } from './messages';
import { Pages } from './pages';
import { PlatformApi } from './platform-api';

@Controller()
class NoticePagesController {
  constructor(
    private readonly pages: Pages,
    private readonly api: PlatformApi,
  ) {}

  @Post(':lang/notices/:id')
  async pin(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const id = String(request.params.id);
    const answer = await this.api.post(`/notices/${id}`, { body: { text: formText(request, 'text') } });
    if (!answer.ok) return this.pages.send(request, response, html`<p>${answer.code}</p>`, answer.status);
    this.pages.redirect(response, page.href(`/notices/${id}`));
  }

  @Get(':lang/notices/:id')
  async show(@Req() request: Request, @Res() response: Response): Promise<void> {
    this.pages.open(request);
    const answer = await this.api.get<{ text: string }>(`/notices/${String(request.params.id)}`);
    const said = answer.ok ? answer.body.text : answer.code;
    this.pages.send(request, response, html`<p>${said}</p>`, answer.ok ? 200 : answer.status);
  }
}

@Module({
  controllers: [NoticePagesController],
  providers: [Pages, PlatformApi, { provide: MessageBook, useFactory: () => new MessageBook([]) }],
})
class NoticePagesModule {}

export const noticePagesContext: ContextContribution = {
  name: 'notice-pages',
  module: NoticePagesModule,
  streamTypes: [],
  migrations: [],
};

export const noticePagesAccessPolicy: AccessPolicy = {
  ...noticeboardAccessPolicy,
  'POST /:lang/notices/:id': 'public',
  'GET /:lang/notices/:id': 'public',
};
