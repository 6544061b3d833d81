import "fake-indexeddb/auto"
