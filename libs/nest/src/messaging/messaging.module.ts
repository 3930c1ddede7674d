import {
  Global,
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { MessageBus } from '@commonplan/messaging';
import { PLATFORM_CONFIG, type PlatformConfig } from '../config/platform-config';
import { MESSAGE_BUS, openMessageBus } from './message-bus';

/** Closed after the processors stopped (they stop before shutdown), so no publish is cut off. */
@Injectable()
class MessageBusShutdown implements OnApplicationShutdown {
  constructor(@Inject(MESSAGE_BUS) private readonly bus: MessageBus) {}

  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
  }
}

/** The process's message bus, injectable everywhere as `MESSAGE_BUS`. */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        {
          provide: MESSAGE_BUS,
          inject: [PLATFORM_CONFIG],
          useFactory: (config: PlatformConfig) => openMessageBus(config),
        },
        MessageBusShutdown,
      ],
      exports: [MESSAGE_BUS],
    };
  }
}
