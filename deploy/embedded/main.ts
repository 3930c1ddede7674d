import { startPlatform } from '@commonplan/nest';
import { EMBEDDED } from './platform';

void startPlatform(EMBEDDED);
