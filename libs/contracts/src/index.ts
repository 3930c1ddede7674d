/**
 * The only code two contexts share (ARCHITECTURE.md §5): the envelope and contracts of integration
 * events, one folder per publishing context, and the table of who may call which route.
 */
export * from './integration-event';
export * from './identity';
export * from './consultations';
export * from './access';
