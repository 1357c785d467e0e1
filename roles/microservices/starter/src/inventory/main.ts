import { connectBroker, serve } from '../shared/runtime.js';
import { createInventoryService } from './service.js';

const broker = await connectBroker('inventory');
await serve(createInventoryService({ broker, logger: true }), 3002, broker);
