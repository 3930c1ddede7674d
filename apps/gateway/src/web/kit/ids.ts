const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The API names everything by UUID: an address with anything else names nothing, without asking it. */
export const isUuid = (value: string): boolean => UUID.test(value);
