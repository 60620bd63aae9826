// machine.I2C and machine.ADC (Pycom's machi2c.c, machadc.c) with the devices of the Pysense board:
// the Si7006 temperature/humidity sensor on the I2C lines P22 (SDA) / P21 (SCL), and the battery
// on P16 through the board's divider. The outside sets their readings (pins.in). The peripherals
// not modelled yet (SPI, RMT, SD) raise NotImplementedError naming themselves.
#include <algorithm>
#include <cmath>

#include "engine/native.h"
#include "port/board_host.h"
#include "port/modules/board_library.h"
#include "port/pins.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

void traceNothing(Object*, Tracer&) {}

int pinGpio(Value id) { return gpioOfPinArgument(id); }

// --- I2C ---------------------------------------------------------------------------------------

constexpr int kMaster = 0;

struct I2cObject : Object {
    int64_t id;
    int64_t baudrate;
    int sda, scl;
    bool enabled;
};

extern Type i2cType;

I2cObject* i2cOf(Value self) {
    if (!isInstance(self, &i2cType)) raiseTypeError("expected an I2C");
    I2cObject* i2c = self.as<I2cObject>();
    if (!i2c->enabled) raiseError(&exc::OSError, "I2C bus not initialised (deinit was called)");
    return i2c;
}

// init(mode=MASTER, *, baudrate=100000, pins=(SDA, SCL)); I2C 0 defaults to P9/P10.
void i2cInit(I2cObject* i2c, const Value* a) {
    if (a[0] && a[0] != None() && requireInt64(a[0], "mode") != kMaster) raiseValueError("only I2C.MASTER is supported");
    int64_t baudrate = a[1] && a[1] != None() ? requireInt64(a[1], "baudrate") : 100000;
    if (baudrate < 1 || baudrate > 5'000'000) raiseValueError("invalid I2C baudrate %lld", (long long)baudrate);
    i2c->baudrate = baudrate;
    i2c->sda = pinByName("P9")->gpio;
    i2c->scl = pinByName("P10")->gpio;
    if (a[2] && a[2] != None()) {
        Value items[2];
        size_t count = 0;
        forEach(a[2], [&](Value pin) {
            if (count < 2) items[count] = pin;
            ++count;
        });
        if (count != 2) raiseValueError("pins must be (SDA, SCL)");
        i2c->sda = pinGpio(items[0]);
        i2c->scl = pinGpio(items[1]);
    }
    i2c->enabled = true;
}

Value i2cMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    Value a[4];
    parseArgs("I2C", args, nargs, kw, {"id", "mode", "baudrate", "pins"}, 0, a);
    int64_t id = a[0] && a[0] != None() ? requireInt64(a[0], "id") : 0;
    if (id < 0 || id > 2) raiseValueError("I2C(%lld) does not exist", (long long)id);
    auto* i2c = allocateObject<I2cObject>(type);
    i2c->id = id;
    i2cInit(i2c, a + 1);
    return Value(i2c);
}

Value i2cInitMethod(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[4];
    parseArgs("init", args, nargs, kw, {"self", "mode", "baudrate", "pins"}, 1, a);
    if (!isInstance(a[0], &i2cType)) raiseTypeError("expected an I2C");
    i2cInit(a[0].as<I2cObject>(), a + 1);
    return None();
}

Value i2cDeinit(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("deinit", nargs, kw, 1, 1);
    i2cOf(args[0])->enabled = false;
    return None();
}

// The Pysense sensor answers when it has readings and the bus runs on its lines.
bool sensorOnBus(const I2cObject* i2c) {
    RunningApp& app = runningApp();
    return i2c->sda == pinByName("P22")->gpio && i2c->scl == pinByName("P21")->gpio &&
           app.io().climateAt(uint64_t(app.time().nowUs())).has_value();
}

int64_t address(const I2cObject* i2c, Value addr) {
    int64_t a = requireInt64(addr, "addr");
    if (a < 0 || a > 0x7F) raiseValueError("I2C address must be 0..0x7f");
    if (a != chip::Si7006::kAddress || !sensorOnBus(i2c)) raiseError(&exc::OSError, "I2C bus error: no device acknowledged address 0x%02llx", (long long)a);
    return a;
}

void busWrite(const I2cObject* i2c, Value addr, std::vector<uint8_t> bytes) {
    address(i2c, addr);
    RunningApp& app = runningApp();
    auto climate = app.io().climateAt(uint64_t(app.time().nowUs()));
    if (!app.climateSensor().write(bytes, climate->celsius, climate->humidity))
        raiseError(&exc::OSError, "I2C bus error: the device did not acknowledge the data");
}

Value busRead(const I2cObject* i2c, Value addr, int64_t count) {
    address(i2c, addr);
    if (count < 0 || size_t(count) > heapCapacityBytes()) raiseValueError("invalid number of bytes");
    auto bytes = runningApp().climateSensor().read(size_t(count));
    return Value(newBytes(bytes.data(), bytes.size()));
}

std::vector<uint8_t> bytesOf(Value buffer) {
    Buffer b = requireBuffer(buffer, "buf");
    return std::vector<uint8_t>(b.data, b.data + b.size);
}

std::vector<uint8_t> memAddress(Value memaddr, Value addrsize) {
    int64_t size = addrsize && addrsize != None() ? requireInt64(addrsize, "addrsize") : 8;
    if (size != 8 && size != 16) raiseValueError("addrsize must be 8 or 16");
    int64_t m = requireInt64(memaddr, "memaddr");
    if (m < 0 || m >= (int64_t(1) << size)) raiseValueError("memaddr out of range");
    return size == 8 ? std::vector<uint8_t>{uint8_t(m)} : std::vector<uint8_t>{uint8_t(m >> 8), uint8_t(m)};
}

void copyInto(Value into, Value bytes) {
    Buffer out = requireBuffer(into, "buf");
    if (!out.writable) raiseTypeError("buf must be writable");
    Buffer in = requireBuffer(bytes, "data");
    std::copy_n(in.data, std::min(in.size, out.size), out.data);
}

Value i2cScan(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("scan", nargs, kw, 1, 1);
    ListObject* found = newList();
    if (sensorOnBus(i2cOf(args[0]))) listAppend(found, Value::smallInt(chip::Si7006::kAddress));
    return Value(found);
}

Value i2cReadfrom(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("readfrom", nargs, kw, 3, 3);
    return busRead(i2cOf(args[0]), args[1], requireInt64(args[2], "nbytes"));
}

Value i2cReadfromInto(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("readfrom_into", nargs, kw, 3, 3);
    Buffer out = requireBuffer(args[2], "buf");
    copyInto(args[2], busRead(i2cOf(args[0]), args[1], int64_t(out.size)));
    return None();
}

Value i2cWriteto(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[4];
    parseArgs("writeto", args, nargs, kw, {"self", "addr", "buf", "stop"}, 3, a);
    std::vector<uint8_t> bytes = bytesOf(a[2]);
    busWrite(i2cOf(a[0]), a[1], bytes);
    return makeInt(int64_t(bytes.size()));
}

Value i2cReadfromMem(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[5];
    parseArgs("readfrom_mem", args, nargs, kw, {"self", "addr", "memaddr", "nbytes", "addrsize"}, 4, a);
    I2cObject* i2c = i2cOf(a[0]);
    busWrite(i2c, a[1], memAddress(a[2], a[4]));
    return busRead(i2c, a[1], requireInt64(a[3], "nbytes"));
}

Value i2cReadfromMemInto(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[5];
    parseArgs("readfrom_mem_into", args, nargs, kw, {"self", "addr", "memaddr", "buf", "addrsize"}, 4, a);
    I2cObject* i2c = i2cOf(a[0]);
    busWrite(i2c, a[1], memAddress(a[2], a[4]));
    copyInto(a[3], busRead(i2c, a[1], int64_t(requireBuffer(a[3], "buf").size)));
    return None();
}

Value i2cWritetoMem(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[5];
    parseArgs("writeto_mem", args, nargs, kw, {"self", "addr", "memaddr", "buf", "addrsize"}, 4, a);
    std::vector<uint8_t> bytes = memAddress(a[2], a[4]);
    std::vector<uint8_t> data = bytesOf(a[3]);
    bytes.insert(bytes.end(), data.begin(), data.end());
    busWrite(i2cOf(a[0]), a[1], bytes);
    return None();
}

void i2cPrint(std::string& out, Value self, PrintKind) {
    auto* i2c = self.as<I2cObject>();
    out += "I2C(" + std::to_string(i2c->id) + ", I2C.MASTER, baudrate=" + std::to_string(i2c->baudrate) + ")";
}

const MethodDef i2cMethods[] = {
    {"init", i2cInitMethod},         {"deinit", i2cDeinit},
    {"scan", i2cScan},               {"readfrom", i2cReadfrom},
    {"readfrom_into", i2cReadfromInto}, {"writeto", i2cWriteto},
    {"readfrom_mem", i2cReadfromMem}, {"readfrom_mem_into", i2cReadfromMemInto},
    {"writeto_mem", i2cWritetoMem},  {nullptr, nullptr},
};

Type i2cType{TypeSpec{
    .name = "I2C",
    .instanceSize = sizeof(I2cObject),
    .trace = traceNothing,
    .print = i2cPrint,
    .make = i2cMake,
    .methods = i2cMethods,
    .module = "machine",
}};

const ConstantDef i2cConstants[] = {{"MASTER", kMaster}, {nullptr, 0}};
const TypeConstants i2cConstantsOf{&i2cType, i2cConstants};

// --- ADC ---------------------------------------------------------------------------------------

// Pycom's attenuations and the full-scale voltage of each (its ADC documentation).
constexpr int kFullScaleMv[] = {1100, 1500, 2200, 3900};   // ATTN_0DB, 2_5DB, 6DB, 11DB
constexpr int kDefaultVrefMv = 1100;
constexpr const char* kAdcPins[] = {"P13", "P14", "P15", "P16", "P17", "P18", "P19", "P20"};

struct AdcObject : Object {
    int64_t bits;
    int64_t vrefMv;
    bool enabled;
};

struct AdcChannelObject : Object {
    AdcObject* adc;
    int gpio;
    int attn;
    bool enabled;
};

extern Type adcType, adcChannelType;

void traceChannel(Object* self, Tracer& tracer) { tracer.visitObject(static_cast<AdcChannelObject*>(self)->adc); }

AdcObject* adcOf(Value self) {
    if (!isInstance(self, &adcType)) raiseTypeError("expected an ADC");
    return self.as<AdcObject>();
}

AdcChannelObject* channelOf(Value self) {
    if (!isInstance(self, &adcChannelType)) raiseTypeError("expected an ADC channel");
    auto* channel = self.as<AdcChannelObject>();
    if (!channel->enabled || !channel->adc->enabled) raiseError(&exc::OSError, "ADC channel disabled (deinit was called)");
    return channel;
}

void setBits(AdcObject* adc, Value bits) {
    int64_t b = bits && bits != None() ? requireInt64(bits, "bits") : 12;
    if (b < 9 || b > 12) raiseValueError("ADC bits must be 9..12");
    adc->bits = b;
}

Value adcMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    parseArgs("ADC", args, nargs, kw, {"id", "bits"}, 0, a);
    if (a[0] && a[0] != None() && requireInt64(a[0], "id") != 0) raiseValueError("ADC(%lld) does not exist", (long long)requireInt64(a[0]));
    auto* adc = allocateObject<AdcObject>(type);
    adc->vrefMv = kDefaultVrefMv;
    adc->enabled = true;
    setBits(adc, a[1]);
    return Value(adc);
}

Value adcInit(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    parseArgs("init", args, nargs, kw, {"self", "bits"}, 1, a);
    AdcObject* adc = adcOf(a[0]);
    setBits(adc, a[1]);
    adc->enabled = true;
    return None();
}

Value adcDeinit(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("deinit", nargs, kw, 1, 1);
    adcOf(args[0])->enabled = false;
    return None();
}

// vref([mV]): the reference the conversion assumes (Pycom's calibration value).
Value adcVref(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("vref", nargs, kw, 1, 2);
    AdcObject* adc = adcOf(args[0]);
    if (nargs == 1) return makeInt(adc->vrefMv);
    int64_t mv = requireInt64(args[1], "vref");
    if (mv < 1000 || mv > 1200) raiseValueError("vref must be 1000..1200 mV");
    adc->vrefMv = mv;
    return None();
}

Value adcVrefToPin(const Value*, size_t, TupleObject*) {
    raiseError(&exc::NotImplementedError, "ADC.vref_to_pin is not modelled on the virtual board");
}

// channel(id=None, *, attn=ATTN_0DB, pin=None): by channel number (0..7 = P13..P20) or pin.
Value adcChannel(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[4];
    parseArgs("channel", args, nargs, kw, {"self", "id", "attn", "pin"}, 1, a);
    AdcObject* adc = adcOf(a[0]);
    if (!adc->enabled) raiseError(&exc::OSError, "ADC disabled (deinit was called)");
    int gpio;
    if (a[3] && a[3] != None()) {
        gpio = pinGpio(a[3]);
        bool analog = std::any_of(std::begin(kAdcPins), std::end(kAdcPins), [&](const char* p) { return pinByName(p)->gpio == gpio; });
        if (!analog) raiseValueError("this pin has no ADC channel (P13..P20 do)");
    } else if (a[1] && a[1] != None()) {
        int64_t id = requireInt64(a[1], "id");
        if (id < 0 || id > 7) raiseValueError("ADC channel must be 0..7");
        gpio = pinByName(kAdcPins[id])->gpio;
    } else {
        raiseValueError("give the channel's id or pin");
    }
    int64_t attn = a[2] && a[2] != None() ? requireInt64(a[2], "attn") : 0;
    if (attn < 0 || attn > 3) raiseValueError("invalid attenuation %lld", (long long)attn);
    auto* channel = allocateObject<AdcChannelObject>(&adcChannelType);
    channel->adc = adc;
    channel->gpio = gpio;
    channel->attn = int(attn);
    channel->enabled = true;
    return Value(channel);
}

int64_t maxRaw(const AdcChannelObject* c) { return (int64_t(1) << c->adc->bits) - 1; }

int64_t fullScaleMv(const AdcChannelObject* c) { return int64_t(kFullScaleMv[c->attn]) * c->adc->vrefMv / kDefaultVrefMv; }

int64_t rawValue(const AdcChannelObject* c) {
    RunningApp& app = runningApp();
    int64_t mv = app.io().millivoltsAt(c->gpio, uint64_t(app.time().nowUs()));
    return std::min(maxRaw(c), mv * maxRaw(c) / fullScaleMv(c));
}

Value channelValue(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("value", nargs, kw, 1, 1);
    return makeInt(rawValue(channelOf(args[0])));
}

Value channelCall(Value self, const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("ADC channel", nargs, kw, 0, 0);
    return makeInt(rawValue(channelOf(self)));
}

Value channelVoltage(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("voltage", nargs, kw, 1, 1);
    AdcChannelObject* c = channelOf(args[0]);
    return makeInt(rawValue(c) * fullScaleMv(c) / maxRaw(c));
}

Value channelValueToVoltage(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("value_to_voltage", nargs, kw, 2, 2);
    AdcChannelObject* c = channelOf(args[0]);
    int64_t raw = requireInt64(args[1], "value");
    if (raw < 0 || raw > maxRaw(c)) raiseValueError("value must be 0..%lld", (long long)maxRaw(c));
    return makeInt(raw * fullScaleMv(c) / maxRaw(c));
}

Value channelInit(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("init", nargs, kw, 1, 1);
    args[0].as<AdcChannelObject>()->enabled = true;
    channelOf(args[0]);
    return None();
}

Value channelDeinit(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("deinit", nargs, kw, 1, 1);
    channelOf(args[0])->enabled = false;
    return None();
}

const MethodDef adcMethods[] = {
    {"init", adcInit}, {"deinit", adcDeinit}, {"channel", adcChannel}, {"vref", adcVref}, {"vref_to_pin", adcVrefToPin},
    {nullptr, nullptr},
};

const MethodDef channelMethods[] = {
    {"value", channelValue}, {"voltage", channelVoltage}, {"value_to_voltage", channelValueToVoltage},
    {"init", channelInit},   {"deinit", channelDeinit},   {nullptr, nullptr},
};

Type adcType{TypeSpec{
    .name = "ADC", .instanceSize = sizeof(AdcObject), .trace = traceNothing, .make = adcMake, .methods = adcMethods,
    .module = "machine",
}};

const ConstantDef adcConstants[] = {
    {"ATTN_0DB", 0}, {"ATTN_2_5DB", 1}, {"ATTN_6DB", 2}, {"ATTN_11DB", 3}, {nullptr, 0},
};
const TypeConstants adcConstantsOf{&adcType, adcConstants};

Type adcChannelType{TypeSpec{
    .name = "ADCChannel", .instanceSize = sizeof(AdcChannelObject), .trace = traceChannel, .call = channelCall,
    .methods = channelMethods, .module = "machine",
}};

// --- what is not modelled yet ----------------------------------------------------------------

template <const char* Name>
Value notModelled(Type*, const Value*, size_t, TupleObject*) {
    raiseError(&exc::NotImplementedError, "machine.%s is not modelled on the virtual board yet", Name);
}

constexpr char kSpi[] = "SPI", kRmt[] = "RMT", kSd[] = "SD";
Type spiType{TypeSpec{.name = kSpi, .make = notModelled<kSpi>, .module = "machine"}};
Type rmtType{TypeSpec{.name = kRmt, .make = notModelled<kRmt>, .module = "machine"}};
Type sdType{TypeSpec{.name = kSd, .make = notModelled<kSd>, .module = "machine"}};

}  // namespace

void addMachineBuses(ModuleObject* machine) {
    moduleSet(machine, "I2C", Value(&i2cType));
    moduleSet(machine, "ADC", Value(&adcType));
    for (Type* type : {&spiType, &rmtType, &sdType}) moduleSet(machine, type->cname, Value(type));
}

}  // namespace pyfw::port
