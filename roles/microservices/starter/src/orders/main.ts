import { connectBroker, serve } from '../shared/runtime.js';
import { createOrdersService } from './service.js';

const broker = await connectBroker('orders');
await serve(createOrdersService({ broker, logger: true }), 3001, broker);
