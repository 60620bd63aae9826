// uhashlib (also `hashlib`): md5, sha1, sha224, sha256, sha384, sha512 over crypto::Hasher, with
// the firmware's interface and its hardware rule:
// - hash(data=b'') / update(data) / digest(); digest() may be called again (same bytes), update()
//   after digest() is ignored; there is no hexdigest() or copy(), as on the board;
// - the ESP32's SHA/MD5 engine serves one hash at a time: making a hash while another has not been
//   digested raises OSError, and an abandoned undigested hash keeps the engine busy until the
//   firmware restarts (this process ends), exactly as Pycom 1.17.2 behaves.
// sha224 is not in the firmware's list; it is offered because the issue asks for it, and shares
// the same rule.
#include <cstring>

#include "crypto/hash.h"
#include "engine/native.h"
#include "engine/objects/bytes.h"
#include "engine/objects/str.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/module.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

// The firmware's `hash_busy`: static, so it outlives a soft reset just as on the board.
bool hashEngineBusy = false;

struct HashObject : Object {
    crypto::Hasher* hasher;   // owned until digest()
    uint8_t digest[64];
    uint8_t digestSize;
    bool digested;
};

void hashFinalize(Object* self) {
    auto* h = static_cast<HashObject*>(self);
    delete h->hasher;
    h->hasher = nullptr;
}

void traceNothing(Object*, Tracer&) {}

void feed(HashObject* h, Value data) {
    if (h->digested) return;
    Buffer b = requireBuffer(data, "update");
    h->hasher->update(b.data, b.size);
}

template <crypto::HashAlgorithm Algorithm>
Value hashMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs(type->cname, nargs, kw, 0, 1);
    if (hashEngineBusy) raiseError(&exc::OSError, "only one active hash operation is permitted at a time");
    auto* h = allocateObject<HashObject>(type);
    h->hasher = new crypto::Hasher(Algorithm);
    h->digestSize = uint8_t(crypto::digestSize(Algorithm));
    hashEngineBusy = true;
    if (nargs) feed(h, args[0]);
    return Value(h);
}

Value update(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("update", nargs, kw, 2, 2);
    feed(args[0].as<HashObject>(), args[1]);
    return None();
}

Value digest(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("digest", nargs, kw, 1, 1);
    auto* h = args[0].as<HashObject>();
    if (!h->digested) {
        base::Bytes out = h->hasher->finish();
        std::memcpy(h->digest, out.data(), out.size());
        delete h->hasher;
        h->hasher = nullptr;
        h->digested = true;
        hashEngineBusy = false;
    }
    return Value(newBytes(h->digest, h->digestSize));
}

const MethodDef hashMethods[] = {
    {"digest", digest}, {"update", update},
    {nullptr, nullptr},
};

#define HASH_TYPE(variable, pyname, algorithm)            \
    Type variable{TypeSpec{                               \
        .name = pyname,                                   \
        .instanceSize = sizeof(HashObject),               \
        .trace = traceNothing,                            \
        .finalize = hashFinalize,                         \
        .make = hashMake<crypto::HashAlgorithm::algorithm>, \
        .methods = hashMethods,                           \
        .module = "uhashlib",                             \
    }}

HASH_TYPE(md5Type, "md5", Md5);
HASH_TYPE(sha1Type, "sha1", Sha1);
HASH_TYPE(sha224Type, "sha224", Sha224);
HASH_TYPE(sha256Type, "sha256", Sha256);
HASH_TYPE(sha384Type, "sha384", Sha384);
HASH_TYPE(sha512Type, "sha512", Sha512);
#undef HASH_TYPE

void init(ModuleObject* module) {
    for (Type* t : {&md5Type, &sha1Type, &sha224Type, &sha256Type, &sha384Type, &sha512Type})
        moduleSet(module, t->cname, Value(t));
}

}  // namespace

void initHashlibModule(ModuleObject* module) { init(module); }

}  // namespace pyfw::lib
