import { Initial1795308288487 } from './1795308288487-Initial';

// Every migration, in order. Listed explicitly so compiled and ts-node runs load the same set.
export const MIGRATIONS = [Initial1795308288487];
