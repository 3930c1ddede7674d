export { GatewayModule, gatewayContext } from './gateway.module';
