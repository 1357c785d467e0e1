import { connectBroker, serve } from '../shared/runtime.js';
import { createPaymentsService } from './service.js';

const broker = await connectBroker('payments');
await serve(createPaymentsService({ broker, logger: true }), 3003, broker);
