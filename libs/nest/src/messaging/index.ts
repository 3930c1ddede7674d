export { MESSAGE_BUS, openMessageBus } from './message-bus';
export { relaySubscriptionOf } from './integration-relay';
