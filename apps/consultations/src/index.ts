export { ConsultationsModule, consultationsContext } from './consultations.module';
