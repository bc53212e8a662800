// PouchDB 9 ships no types; the sync copy declares the small part of its API it uses (see pouch.ts).
declare module 'pouchdb-browser' {
  const PouchDB: unknown;
  export default PouchDB;
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}
