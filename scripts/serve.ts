/** Serves the built site (dist/) on localhost and prints its address: `npm start`. */
import { readConfig } from '../src/lib/config.ts';
import { serveStatic } from './lib/serve.ts';

const config = readConfig();
const port = Number(process.env['PORT'] ?? 4321);
const server = serveStatic(config.outDir, config.base);
server.listen(port, '127.0.0.1', () => {
  console.log(`The Knowledge Factory is served at http://localhost:${port}${config.base}  (Ctrl+C to stop)`);
});
