export { CouncilModule, councilContext } from './council.module';
