// Shared set-up for the happy-dom test project: an in-memory IndexedDB so Dexie works under Node.
import 'fake-indexeddb/auto';
