// The byte format a session is saved in (Storage key "session"): magic "LWS", a version byte,
// the fields in a fixed order, and a CRC-32, so a torn or foreign blob is refused, never used.
#pragma once

#include "base/bytes.h"
#include "base/result.h"
#include "lorawan/session.h"

namespace pyfw::lorawan {

struct SavedSession {
    Session session;
    bool restorable = true;  // Pycom's JOINED flag: cleared by a restore until the next save
};

base::Bytes encodeSession(const SavedSession& saved);
base::Result<SavedSession> decodeSession(base::ByteView blob);

}  // namespace pyfw::lorawan
