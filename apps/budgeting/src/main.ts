import { startPlatform } from '@commonplan/nest';
import { budgetingContext } from './budgeting.module';

// Distributed mode: this context alone in its own process; deploy/compose runs one per context.
void startPlatform({ name: 'commonplan-budgeting', contexts: [budgetingContext] });
