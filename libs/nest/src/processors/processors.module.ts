import { Module, type DynamicModule } from '@nestjs/common';
import { MessagingModule } from '../messaging/messaging.module';
import { Processors, RUNS_NOTARY } from './processors';

@Module({})
export class ProcessorsModule {
  static forRoot(runsNotary: boolean): DynamicModule {
    return {
      module: ProcessorsModule,
      // Global: every context may inject MESSAGE_BUS, and wait for its read models through Processors.
      global: true,
      imports: [MessagingModule.forRoot()],
      providers: [{ provide: RUNS_NOTARY, useValue: runsNotary }, Processors],
      exports: [Processors, RUNS_NOTARY],
    };
  }
}
