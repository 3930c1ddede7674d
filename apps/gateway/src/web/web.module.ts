import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { PROBLEM_PAGES } from '@commonplan/nest';
import { AccessCodeLettersController } from './access-code-letters/access-code-letters.controller';
import { AssetsController } from './assets/assets.controller';
import { BudgetOutcomesPagesController } from './budget-outcomes/budget-outcomes.controller';
import { BudgetsPagesController } from './budgets/budgets.controller';
import { ConsultationPagesController } from './consultations/consultations.controller';
import { OutcomePagesController } from './consultations/outcome.controller';
import { HomeController } from './home/home.controller';
import { LanguageQueryRedirect } from './kit/language-query.middleware';
import { MessageBook } from './kit/messages';
import { Pages } from './kit/pages';
import { PlatformApi } from './kit/platform-api';
import { WebProblemPages } from './kit/problem-pages';
import { ProjectProposalsPagesController } from './project-proposals/project-proposals.controller';
import { MePagesController } from './me/me.controller';
import { OfficeController } from './office/office.controller';
import { OfficeBudgetsController } from './office-budgets/office-budgets.controller';
import { OfficeConsultationsController } from './office-consultations/office-consultations.controller';
import { OfficeOpeningController } from './office-consultations/office-opening.controller';
import { OfficeOutcomeController } from './office-consultations/office-outcome.controller';
import { OfficePlansController } from './office-consultations/office-plans.controller';
import { SignInPagesController } from './sign-in/sign-in.controller';
import { WEB_MESSAGES } from './web.messages';

/**
 * The pages residents and officers use, rendered on the server from the platform's own API
 * (docs/adr/0009-web-front-end.md). Controllers with a leading `:lang` come last, so an API address
 * is always matched by its own route first.
 */
@Module({
  controllers: [
    AssetsController,
    SignInPagesController,
    HomeController,
    ConsultationPagesController,
    OutcomePagesController,
    MePagesController,
    BudgetsPagesController,
    BudgetOutcomesPagesController,
    ProjectProposalsPagesController,
    OfficeController,
    OfficeBudgetsController,
    // Before `office/consultations/:consultationId`, which would take `new` for an id.
    OfficePlansController,
    OfficeOpeningController,
    OfficeConsultationsController,
    OfficeOutcomeController,
    AccessCodeLettersController,
  ],
  providers: [
    Pages,
    PlatformApi,
    { provide: MessageBook, useFactory: () => new MessageBook(WEB_MESSAGES) },
    { provide: PROBLEM_PAGES, useClass: WebProblemPages },
  ],
})
export class WebModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(LanguageQueryRedirect).forRoutes('*path');
  }
}
