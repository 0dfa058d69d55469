// The class room's state serializer: Colyseus' own, except that a client is sent a patch only when
// the patch holds something for it. With a StateView per client, Colyseus sends every client a
// patch whenever anything in the state changed, so each decision at one table meant an empty
// one-byte frame to every other student in the class, twenty times a second: most of the server's
// socket writes, and a decode and a state-change event in every page for nothing.

import { ClientState, SchemaSerializer, type Client } from '@colyseus/core';
import { Protocol } from '@colyseus/core';
import type { Schema, StateView } from '@colyseus/schema';

/** A patch that holds nothing but its type byte. */
function isEmpty(patch: Uint8Array): boolean {
  return patch.length <= 1;
}

/** Colyseus' schema serializer for a state with views, without the empty patches. */
export class ViewPatchSerializer<T extends Schema> extends SchemaSerializer<T> {
  /** Sends each joined client what changed in its view since the last patch, if anything; true when the state had changes. */
  override applyPatches(clients: Client[]): boolean {
    // Without views (no filtered fields) every client gets the same patch: Colyseus' own way.
    if (!this.hasFilters) return super.applyPatches(clients);
    if (clients.length === 0) {
      this.encoder.discardChanges();
      return false;
    }
    const joined = clients.filter((c) => c.state === ClientState.JOINED);
    const hasChanges = this.encoder.hasChanges;
    const it = { offset: 1 };
    this.encoder.sharedBuffer[0] = Protocol.ROOM_STATE_PATCH;
    if (hasChanges) {
      this.needFullEncode = true;
      this.encoder.encode(it);
    }
    const sharedOffset = it.offset;
    // A view is encoded once (encoding clears its changes), even if two clients were to share it.
    const patches = new Map<StateView | null, Buffer>();
    for (const client of joined) {
      const view = (client.view as StateView | undefined) ?? null;
      // Unchanged state: only a client whose view itself changed (something added or removed) has news.
      if (!hasChanges && !(view && view.changes.size > 0)) continue;
      let patch = patches.get(view);
      if (!patch) {
        patch = view ? this.encoder.encodeView(view, sharedOffset, it) : Buffer.from(this.encoder.sharedBuffer.subarray(0, sharedOffset));
        patches.set(view, patch);
      }
      if (!isEmpty(patch)) client.raw(patch);
    }
    if (hasChanges) this.encoder.discardChanges();
    return hasChanges;
  }
}
