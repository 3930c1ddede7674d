import {
  Global,
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
  type Provider,
} from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { MailOutbox, SmtpMailer, type Mailer } from '@commonplan/mail';
import type { PlatformConfig } from '../config/platform-config';

/** The `Mailer` port of this process. */
export const MAILER = Symbol('MAILER');

@Injectable()
class MailerShutdown implements OnApplicationShutdown {
  constructor(@Inject(MAILER) private readonly mailer: Mailer) {}

  async onApplicationShutdown(): Promise<void> {
    await this.mailer.close();
  }
}

/**
 * The one place the platform chooses its mailer: the SMTP server of SMTP_URL, else the in-memory
 * outbox, which is then also injectable as `MailOutbox` for tests and demos to read.
 */
const mailerProviders = (config: PlatformConfig): Provider[] => {
  const mail = config.mail;
  if (mail)
    return [{ provide: MAILER, useFactory: () => new SmtpMailer({ url: mail.smtpUrl, from: mail.from }) }];
  return [
    {
      provide: MailOutbox,
      inject: [PinoLogger],
      useFactory: (logger: PinoLogger) => {
        logger.setContext('MailOutbox');
        return new MailOutbox(logger);
      },
    },
    { provide: MAILER, useExisting: MailOutbox },
  ];
};

/** The process's mailer, injectable everywhere as `MAILER`. */
@Global()
@Module({})
export class MailModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return {
      module: MailModule,
      providers: [...mailerProviders(config), MailerShutdown],
      exports: config.mail ? [MAILER] : [MAILER, MailOutbox],
    };
  }
}
