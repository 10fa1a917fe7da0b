/**
 * Runs the workshop server: the built game and the workshop WebSocket on one port.
 *   npx tsx tools/workshop-server.ts [--port 8080] [--host 127.0.0.1|0.0.0.0] [--db workshop.db] ...
 * Prints "listening on <url>" once ready; SIGINT/SIGTERM close it cleanly.
 */
import { readConfig, startWorkshopServer, USAGE } from '../src/workshop/server';

async function main(): Promise<void> {
  if (process.argv.includes('--help')) return void console.log(USAGE);
  const config = readConfig(process.argv.slice(2), process.env);
  const server = await startWorkshopServer(config);
  console.log(`listening on ${server.url} (database ${config.dbPath}, synchronous=${config.synchronous})`);
  if (config.host === '0.0.0.0') console.log('bound to every network interface: players on the LAN can join with this machine\'s address');
  if (config.trainerKey) console.log(`trainer key: ${config.trainerKey}   (trainers enter it once on the trainer page to create a session${process.env.WORKSHOP_TRAINER_KEY || process.argv.includes('--trainer-key') ? '' : '; set your own with --trainer-key'})`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
