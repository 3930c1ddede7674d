import { Module, type DynamicModule } from '@nestjs/common';
import { Processors, RUNS_NOTARY } from './processors';

@Module({})
export class ProcessorsModule {
  static forRoot(runsNotary: boolean): DynamicModule {
    return {
      module: ProcessorsModule,
      providers: [{ provide: RUNS_NOTARY, useValue: runsNotary }, Processors],
      exports: [Processors],
    };
  }
}
