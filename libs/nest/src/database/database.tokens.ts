/** The process's one database (PostgreSQL pool or PGlite): `SqlDatabase` from @commonplan/event-store. */
export const SQL_DATABASE = Symbol('SQL_DATABASE');

/** The `EventStore` port, on the same database. */
export const EVENT_STORE = Symbol('EVENT_STORE');

/** The `EventCatalog` assembled from the stream types of every context in this process. */
export const EVENT_CATALOG = Symbol('EVENT_CATALOG');
