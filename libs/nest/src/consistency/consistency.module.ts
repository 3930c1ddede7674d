import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ReadYourWritesInterceptor } from './read-your-writes.interceptor';

@Module({
  providers: [{ provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor }],
})
export class ConsistencyModule {}
