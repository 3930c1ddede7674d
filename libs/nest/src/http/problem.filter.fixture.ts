// Loaded natively by problem.filter.int.spec.ts (see ../testing/native-require.ts): a controller that
// throws every kind of error the filter must map, behind the same edge every process has.
import type { Writable } from 'node:stream';
import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  Module,
  Param,
  ParseIntPipe,
  Post,
  ServiceUnavailableException,
} from '@nestjs/common';
import { APP_FILTER, APP_PIPE, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MinLength, ValidateNested } from 'class-validator';
import { Conflict, Invalid, NotAllowed, NotFound, RuleViolated, StaleVersion } from '@commonplan/kernel';
import { createHttpLogger, createRootLogger, LoggingModule, nestLoggerFor } from '../logging/logging.module';
import { configureHttpEdge } from './http-edge';
import { ProblemFilter } from './problem.filter';
import { requestValidationPipe } from './request-validation';

class Location {
  @IsString()
  @MinLength(2)
  district!: string;
}

class ProposeProject {
  @IsString()
  @MinLength(3)
  title!: string;

  @IsInt()
  @Max(50_000)
  costEuros!: number;

  @ValidateNested()
  @Type(() => Location)
  location!: Location;
}

@Controller('trouble')
class TroubleController {
  @Get('invalid')
  invalid(): never {
    throw new Invalid('ballot.invalid', 'the ballot is not valid', [
      { field: 'choices', rule: 'max-items', message: 'choices must have at most 3 entries' },
    ]);
  }

  @Get('not-found')
  notFound(): never {
    throw new NotFound('motion.not-found', 'no motion 42');
  }

  @Get('not-allowed')
  notAllowed(): never {
    throw new NotAllowed('motion.not-a-member', 'only council members table motions');
  }

  @Get('conflict')
  conflict(): never {
    throw new Conflict('cycle.already-open', 'the 2027 cycle is already open');
  }

  @Get('stale-version')
  staleVersion(): never {
    throw new StaleVersion('stream.wrong-expected-version', 'stream ballot-1 is at version 3, expected 2');
  }

  @Get('rule-violated')
  ruleViolated(): never {
    throw new RuleViolated('ballot.over-budget', 'the chosen projects cost more than the budget');
  }

  @Get('rule-violated-by-a-field')
  ruleViolatedByAField(): never {
    throw new RuleViolated('comment.passage-outside-text', 'the passage ends after the measure’s text', {
      field: 'target.end',
    });
  }

  @Get('forbidden')
  forbidden(): never {
    throw new ForbiddenException('officers only');
  }

  @Get('unavailable')
  unavailable(): never {
    throw new ServiceUnavailableException('the tally host 10.0.0.7 is unreachable');
  }

  @Get('bug')
  bug(): never {
    throw new TypeError("Cannot read properties of undefined (reading 'secretColumn')");
  }

  @Get('projects/:id')
  project(@Param('id', ParseIntPipe) id: number): { id: number } {
    return { id };
  }

  @Post('projects')
  propose(@Body() body: ProposeProject): ProposeProject {
    return body;
  }
}

@Module({ controllers: [TroubleController] })
class TroubleModule {}

/** The filter, the validation pipe and the HTTP edge around TroubleController; logs go to `sink`. */
export const createTroubleApp = async (sink: Writable): Promise<NestExpressApplication> => {
  const logger = createRootLogger('info', 'trouble', sink);
  @Module({
    imports: [LoggingModule.forRoot(logger), TroubleModule],
    providers: [
      { provide: APP_FILTER, useClass: ProblemFilter },
      { provide: APP_PIPE, useFactory: requestValidationPipe },
    ],
  })
  class TroubleAppModule {}
  const app = await NestFactory.create<NestExpressApplication>(TroubleAppModule, {
    logger: nestLoggerFor(logger),
    abortOnError: false,
  });
  configureHttpEdge(app, createHttpLogger(logger));
  await app.init();
  return app;
};
