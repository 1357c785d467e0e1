import { serve } from '../shared/runtime.js';
import { createGateway } from './service.js';

const app = createGateway({
  ordersUrl: process.env.ORDERS_URL ?? 'http://127.0.0.1:3001',
  inventoryUrl: process.env.INVENTORY_URL ?? 'http://127.0.0.1:3002',
  logger: true,
});
await serve(app, 3000);
