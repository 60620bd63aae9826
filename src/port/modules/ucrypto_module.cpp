// ucrypto / crypto (Pycom's moducrypto.c): getrandbits(bits) from the board's hardware random number
// generator, and AES(key, mode=MODE_ECB, IV=None, counter=None, segment_size=SEGMENT_8) with
// encrypt(data)/decrypt(data) over OpenSSL (crypto/aes_modes.h). As on Pycom's board one state
// serves both directions and carries from call to call (the CBC vector, the CFB register, the CTR
// counter), and MODE_CFB without a segment size is CFB8. Where Pycom read uninitialised memory (CBC
// or CFB without an IV) the board raises ValueError.
#include <vector>

#include "crypto/aes_modes.h"
#include "engine/native.h"
#include "engine/objects/type_constants.h"
#include "port/modules/board_library.h"

namespace pyfw::port {

using namespace pyfw::engine;

extern Type aesType;

namespace {

// PyCrypto's numbers, as Pycom's.
constexpr int64_t kModeEcb = 1, kModeCbc = 2, kModeCfb = 3, kModeCtr = 6;
constexpr int64_t kSegment8 = 8, kSegment128 = 128;

struct AesObject : Object {
    crypto::AesStream* stream;   // owned
};

crypto::AesBlock requireBlock(Value v, const char* what) {
    Buffer buffer = requireBuffer(v, what);
    if (buffer.size != 16) raiseValueError("%s must be 16 bytes long", what);
    crypto::AesBlock block;
    std::copy(buffer.data, buffer.data + 16, block.begin());
    return block;
}

crypto::AesMode modeOf(int64_t mode, Value segmentSize) {
    int64_t segment = segmentSize && segmentSize != None() ? requireInt64(segmentSize, "segment_size") : -1;
    if (segment == -1) segment = kSegment8;
    switch (mode) {
    case kModeEcb: return crypto::AesMode::Ecb;
    case kModeCbc: return crypto::AesMode::Cbc;
    case kModeCtr: return crypto::AesMode::Ctr;
    case kModeCfb:
        if (segment != kSegment8 && segment != kSegment128) raiseValueError("segment_size must be 8 or 128");
        return segment == kSegment8 ? crypto::AesMode::Cfb8 : crypto::AesMode::Cfb128;
    default:
        raiseValueError("Unknown cipher feedback mode %lld", (long long)mode);
    }
}

Value aesMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    Value a[5];
    parseArgs("AES", args, nargs, kw, {"key", "mode", "IV", "counter", "segment_size"}, 1, a);
    Buffer key = requireBuffer(a[0], "key");
    if (key.size != 16 && key.size != 24 && key.size != 32)
        raiseValueError("AES key must be either 16, 24, or 32 bytes long");
    int64_t modeNumber = a[1] && a[1] != None() ? requireInt64(a[1], "mode") : kModeEcb;
    crypto::AesMode mode = modeOf(modeNumber, a[4]);
    bool hasIv = a[2] && a[2] != None(), hasCounter = a[3] && a[3] != None();
    crypto::AesBlock start{};
    if (mode == crypto::AesMode::Ctr) {
        if (!hasCounter) raiseValueError("MODE_CTR needs the initial counter: counter=<16 bytes>");
        start = requireBlock(a[3], "Initial counter value");
    } else {
        if (hasCounter) raiseValueError("'counter' parameter only useful with CTR mode");
        if (mode != crypto::AesMode::Ecb) {
            if (!hasIv) raiseValueError("MODE_CBC and MODE_CFB need an IV of 16 bytes");
            start = requireBlock(a[2], "IV");
        }
    }
    auto stream = crypto::AesStream::create({key.data, key.size}, mode, start);
    if (!stream) raiseValueError("%s", stream.error().message.c_str());
    auto* self = allocateObject<AesObject>(type);
    self->stream = new crypto::AesStream(std::move(*stream));
    return Value(self);
}

Value crypt(const Value* args, size_t nargs, TupleObject* kw, const char* name, bool encrypting) {
    checkArgs(name, nargs, kw, 2, 2);
    if (!isInstance(args[0], &aesType)) raiseTypeError("expected an AES object");
    crypto::AesStream& stream = *args[0].as<AesObject>()->stream;
    Buffer data = requireBuffer(args[1], name);
    std::vector<uint8_t> out(data.size);
    auto done = encrypting ? stream.encrypt(data.data, out.data(), out.size())
                           : stream.decrypt(data.data, out.data(), out.size());
    if (!done) raiseValueError("%s", done.error().message.c_str());
    return Value(newBytes(reinterpret_cast<const char*>(out.data()), out.size()));
}

Value aesEncrypt(const Value* args, size_t nargs, TupleObject* kw) { return crypt(args, nargs, kw, "encrypt", true); }
Value aesDecrypt(const Value* args, size_t nargs, TupleObject* kw) { return crypt(args, nargs, kw, "decrypt", false); }

void aesFinalize(Object* self) {
    auto* aes = static_cast<AesObject*>(self);
    delete aes->stream;
    aes->stream = nullptr;
}

void traceNothing(Object*, Tracer&) {}

const MethodDef aesMethods[] = {
    {"encrypt", aesEncrypt},
    {"decrypt", aesDecrypt},
    {nullptr, nullptr},
};

const ConstantDef aesConstants[] = {
    {"MODE_ECB", kModeEcb},   {"MODE_CBC", kModeCbc},       {"MODE_CFB", kModeCfb}, {"MODE_CTR", kModeCtr},
    {"SEGMENT_8", kSegment8}, {"SEGMENT_128", kSegment128}, {nullptr, 0},
};

// getrandbits(bits): bits rounded up to whole 32-bit words of the hardware generator, as bytes.
Value getrandbits(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("getrandbits", nargs, kw, 1, 1);
    int64_t bits = requireInt64(args[0], "bits");
    if (bits < 0) raiseValueError("bits must not be negative");
    uint64_t bytes = (uint64_t(bits) + 31) / 32 * 4;
    if (bytes > heapStats().totalBytes) raiseError(&exc::MemoryError, "getrandbits: more bytes than the heap holds");
    std::vector<uint8_t> out(bytes);
    host().fillRandom(out.data(), out.size());
    return Value(newBytes(reinterpret_cast<const char*>(out.data()), out.size()));
}

const MethodDef functions[] = {
    {"getrandbits", getrandbits},
    {nullptr, nullptr},
};

}  // namespace

Type aesType{TypeSpec{
    .name = "AES",
    .instanceSize = sizeof(AesObject),
    .trace = traceNothing,
    .finalize = aesFinalize,
    .make = aesMake,
    .methods = aesMethods,
    .module = "ucrypto",
}};

const TypeConstants aesConstantsOf{&aesType, aesConstants};

void initCryptoModule(ModuleObject* module) {
    moduleAddFunctions(module, functions);
    moduleSet(module, "AES", Value(&aesType));
}

}  // namespace pyfw::port
