export { ReportingModule, reportingContext } from './reporting.module';
