import { describe, expect, it } from 'vitest';
import { basicAuthorization, checkConnectionInput, classifyConnection, classifyCreate } from './connection';

const couch = { status: 200, body: { couchdb: 'Welcome', version: '3.4.2' } };
const pouch = { status: 200, body: { 'express-pouchdb': 'Welcome!', version: '4.2.0' } };

describe('test connection verdicts', () => {
  it('names each answer in words', () => {
    expect(classifyConnection({ status: 0, body: { reason: 'ECONNREFUSED' } }, null, 'office')).toMatchObject({ kind: 'unreachable' });
    expect(classifyConnection({ status: 401, body: {} }, null, 'office').kind).toBe('unauthorized');
    expect(classifyConnection(couch, { status: 401, body: {} }, 'office').kind).toBe('unauthorized');
    expect(classifyConnection({ status: 200, body: '<html>' }, null, 'office').kind).toBe('not-couchdb');
    expect(classifyConnection(couch, { status: 404, body: {} }, 'office')).toMatchObject({ kind: 'missing-database', canCreate: true, server: 'CouchDB 3.4.2' });
    expect(classifyConnection(pouch, { status: 200, body: {} }, 'office')).toMatchObject({ kind: 'ok', server: 'PouchDB Server 4.2.0' });
    expect(classifyCreate({ status: 201, body: {} }, 'office').kind).toBe('ok');
    expect(classifyCreate({ status: 401, body: {} }, 'office').kind).toBe('unauthorized');
  });

  it('refuses addresses that are not a plain http(s) server', () => {
    for (const url of ['ftp://x', 'http://user:pw@host:5984', 'http://host/?q=1', 'not a url']) {
      expect(checkConnectionInput({ url, database: 'office', user: '' }).ok, url).toBe(false);
    }
    expect(checkConnectionInput({ url: 'http://office-server:5984', database: 'Office', user: '' }).ok).toBe(false);
    expect(checkConnectionInput({ url: 'http://office-server:5984', database: 'office', user: 'ana' }).ok).toBe(true);
  });

  it('encodes a user and password for Basic auth, UTF-8 included', () => {
    expect(basicAuthorization('', 'x')).toBeUndefined();
    expect(basicAuthorization('ana', 'pässword')).toBe('Basic YW5hOnDDpHNzd29yZA==');
  });
});
