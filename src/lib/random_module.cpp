// urandom (also `random`): getrandbits, seed, random, uniform, randrange, randint, choice.
// A xoshiro256** generator seeded through SplitMix64: the same seed gives the same sequence on
// every run and platform (not CPython's sequence). Without seed() the generator starts from the
// host's entropy. Each interpreter has its own state, bound to the module's functions.
#include <algorithm>
#include <cmath>

#include "engine/native.h"
#include "engine/objects/function.h"
#include "engine/objects/numbers.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/module.h"
#include "engine/runtime/runtime.h"
#include "lib/bound_functions.h"
#include "lib/int_bits.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

struct RandomStateObject : Object {
    uint64_t s[4];
};

uint64_t splitMix(uint64_t& x) {
    uint64_t z = (x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void seedState(RandomStateObject* r, uint64_t seed) {
    for (uint64_t& word : r->s) word = splitMix(seed);
}

uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

uint64_t next64(RandomStateObject* r) {
    uint64_t* s = r->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

// Uniform in [0, n), without modulo bias.
uint64_t below(RandomStateObject* r, uint64_t n) {
    uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    uint64_t x;
    do x = next64(r);
    while (x >= limit);
    return x % n;
}

double unitFloat(RandomStateObject* r) { return double(next64(r) >> 11) * (1.0 / 9007199254740992.0); }

RandomStateObject* state(const Value* args) { return args[0].as<RandomStateObject>(); }

void traceNothing(Object*, Tracer&) {}

Type randomStateType{TypeSpec{
    .name = "_random_state",
    .instanceSize = sizeof(RandomStateObject),
    .flags = kTypeAbstractNew,
    .trace = traceNothing,
}};

void seedFromEntropy(RandomStateObject* r) {
    uint64_t seed = 0;
    host().fillRandom(reinterpret_cast<uint8_t*>(&seed), sizeof seed);
    seedState(r, seed);
}

Value seed(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("seed", nargs - 1, kw, 0, 1);
    if (nargs == 1 || args[1] == None()) seedFromEntropy(state(args));
    else seedState(state(args), intLowBits(args[1], "seed"));
    return None();
}

Value getrandbits(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("getrandbits", nargs - 1, kw, 1, 1);
    int64_t bits = requireInt64(args[1]);
    if (bits < 0) raiseValueError("number of bits must be non-negative");
    if (bits <= 62) return Value::smallInt(bits ? int64_t(next64(state(args)) >> (64 - bits)) : 0);
    if (bits > (int64_t(1) << 20)) raiseValueError("number of bits too large");
    // Build the big number 32 bits at a time, most significant chunk first.
    Value result = Value::smallInt(0);
    for (int64_t done = 0; done < bits; done += 32) {
        int64_t take = std::min<int64_t>(32, bits - done);
        Value chunk = makeInt(int64_t(next64(state(args)) >> (64 - take)));
        result = intBinary(BinaryOp::Or, intBinary(BinaryOp::LShift, result, Value::smallInt(take)), chunk);
    }
    return result;
}

Value random(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("random", nargs - 1, kw, 0, 0);
    return newFloat(unitFloat(state(args)));
}

Value uniform(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("uniform", nargs - 1, kw, 2, 2);
    double a = requireDouble(args[1]), b = requireDouble(args[2]);
    return newFloat(a + (b - a) * unitFloat(state(args)));
}

Value pickInRange(RandomStateObject* r, int64_t start, int64_t stop, int64_t step) {
    if (step == 0) raiseValueError("zero step for randrange()");
    // Count of values in the range, computed in 128 bits so extreme bounds cannot overflow.
    __int128 span = __int128(stop) - start;
    __int128 count = step > 0 ? (span + step - 1) / step : (span + step + 1) / step;
    if (count <= 0) raiseValueError("empty range for randrange()");
    if (count > __int128(UINT64_MAX)) raiseValueError("range too large for randrange()");
    __int128 value = start + __int128(below(r, uint64_t(count))) * step;
    return makeInt(int64_t(value));
}

Value randrange(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("randrange", nargs - 1, kw, 1, 3);
    if (nargs == 2) return pickInRange(state(args), 0, requireInt64(args[1]), 1);
    int64_t step = nargs > 3 ? requireInt64(args[3]) : 1;
    return pickInRange(state(args), requireInt64(args[1]), requireInt64(args[2]), step);
}

Value randint(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("randint", nargs - 1, kw, 2, 2);
    int64_t a = requireInt64(args[1]), b = requireInt64(args[2]);
    if (b < a) raiseValueError("empty range for randint()");
    uint64_t width = uint64_t(b) - uint64_t(a);
    uint64_t offset = width == UINT64_MAX ? next64(state(args)) : below(state(args), width + 1);
    return makeInt(int64_t(uint64_t(a) + offset));
}

Value choice(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("choice", nargs - 1, kw, 1, 1);
    int64_t n = length(args[1]);
    if (n <= 0) raiseError(&exc::IndexError, "Cannot choose from an empty sequence");
    return getItem(args[1], makeInt(int64_t(below(state(args), uint64_t(n)))));
}

const MethodDef functions[] = {
    {"choice", choice},   {"getrandbits", getrandbits}, {"randint", randint}, {"random", random},
    {"randrange", randrange}, {"seed", seed},           {"uniform", uniform},
    {nullptr, nullptr},
};

void init(ModuleObject* module) {
    auto* r = allocateObject<RandomStateObject>(&randomStateType);
    seedFromEntropy(r);
    addBoundFunctions(module, functions, Value(r));
}

}  // namespace

void initRandomModule(ModuleObject* module) { init(module); }

}  // namespace pyfw::lib
