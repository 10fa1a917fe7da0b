/** The workshop server's public entry (Node only). */
export { startWorkshopServer, type RunningServer } from './server';
export { readConfig, USAGE, DEFAULT_LIMITS, isLoopback, type WorkshopConfig, type WorkshopLimits } from './config';
export { openSqliteStorage, STORAGE_VERSION, type SqliteOptions } from './sqlite-storage';
export type { WorkshopStorage, SessionRecord, SeatRecord, ChoiceRecord, AppendResult, StoredWorkshop } from './storage';
export { loadScenarioCatalog, type ScenarioCatalog } from './scenarios';
export { Workshop, type BotRandom } from './workshop';
export { pickBotChoice, botOptions, botPolicyOf, botDelay, type BotOption } from './bot-policy';
export { clientAddress } from './client-address';
export { dashboardOf, roomDashboard, DASHBOARD_REQUEST_MS, isStuck, median, STUCK_FACTOR, STUCK_MIN_MS } from './dashboard';
export { Room } from './room';
