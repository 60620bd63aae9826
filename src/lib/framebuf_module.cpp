// framebuf: FrameBuffer over any writable buffer (bytearray, array, memoryview), with the
// firmware's formats and drawing methods. The buffer is looked up again at every call, and its size
// checked against the frame, so a bytearray that was resized or cleared is an error, not a stray
// write. FrameBuffer may be subclassed (display drivers call FrameBuffer.__init__ from theirs).
#include <algorithm>
#include <string_view>

#include "engine/native.h"
#include "lib/framebuf_draw.h"
#include "lib/framebuf_pixels.h"
#include "lib/standard_library.h"

namespace pyfw::lib {

using namespace pyfw::engine;
using namespace pyfw::lib::framebuf;

namespace {

extern Type frameBufferType;

struct FrameBufferObject : Object {
    Value buffer;             // null until __init__ has run
    int32_t width;
    int32_t height;
    int32_t stride;           // as laid out (rounded to whole bytes a row)
    int32_t format;
};

FrameBufferObject* asFrameBuffer(Value v) { return v.as<FrameBufferObject>(); }

void trace(Object* self, Tracer& t) { t.visit(static_cast<FrameBufferObject*>(self)->buffer); }

// A coordinate or size: any int, clamped to 32 bits (drawing clips to the frame anyway).
int64_t coordinate(Value v) {
    int64_t n = requireInt64(v, "coordinate");
    return std::clamp<int64_t>(n, INT32_MIN, INT32_MAX);
}

uint32_t colour(Value v) { return uint32_t(requireInt64(v, "colour")); }

// The frame over `buffer` as it is now; ValueError when it is too small.
Frame frameOver(Value buffer, int width, int height, int stride, const PixelFormat& format) {
    Buffer b = requireBuffer(buffer, "FrameBuffer");
    if (!b.writable) raiseTypeError("FrameBuffer: the buffer must be writable (bytearray, array or memoryview)");
    if (b.size < requiredBytes(format, height, stride))
        raiseValueError("FrameBuffer: the buffer is too small for the frame");
    return Frame{b.data, width, height, stride, &format};
}

Frame frameOf(Value self) {
    FrameBufferObject* fb = asFrameBuffer(self);
    if (!fb->buffer) raiseTypeError("FrameBuffer: __init__ has not run");
    return frameOver(fb->buffer, fb->width, fb->height, fb->stride, *findFormat(fb->format));
}

// FrameBuffer(buffer, width, height, format[, stride]) into `fb`.
void configure(FrameBufferObject* fb, const Value* args, size_t nargs) {
    int64_t width = requireInt64(args[1], "width"), height = requireInt64(args[2], "height");
    const PixelFormat* format = findFormat(int(std::clamp<int64_t>(requireInt64(args[3], "format"), -1, 99)));
    if (!format) raiseValueError("FrameBuffer: invalid format");
    int64_t stride = nargs > 4 ? requireInt64(args[4], "stride") : width;
    if (width < 1 || height < 1 || width > 0xFFFF || height > 0xFFFF || stride < width || stride > 0xFFFF)
        raiseValueError("FrameBuffer: width, height and stride must be 1..65535, stride at least the width");
    int laidOut = layoutStride(*format, int(stride));
    frameOver(args[0], int(width), int(height), laidOut, *format);   // checks the buffer now
    fb->buffer = args[0];
    fb->width = int32_t(width);
    fb->height = int32_t(height);
    fb->stride = laidOut;
    fb->format = format->code;
}

Value make(Type* cls, const Value* args, size_t nargs, TupleObject* kw) {
    auto* fb = allocateObject<FrameBufferObject>(cls);
    if (nargs == 0 && !kw && cls != &frameBufferType) return Value(fb);   // a subclass: __init__ fills it
    checkArgs("FrameBuffer", nargs, kw, 4, 5);
    configure(fb, args, nargs);
    return Value(fb);
}

Value init(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("FrameBuffer", nargs, kw, 5, 6);
    configure(asFrameBuffer(args[0]), args + 1, nargs - 1);
    return None();
}

Value fill(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("fill", nargs, kw, 2, 2);
    Frame f = frameOf(args[0]);
    fillRect(f, 0, 0, f.width, f.height, colour(args[1]));
    return None();
}

Value fillRectMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("fill_rect", nargs, kw, 6, 6);
    uint32_t c = colour(args[5]);
    fillRect(frameOf(args[0]), coordinate(args[1]), coordinate(args[2]), coordinate(args[3]), coordinate(args[4]), c);
    return None();
}

Value pixel(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("pixel", nargs, kw, 3, 4);
    int64_t x = coordinate(args[1]), y = coordinate(args[2]);
    uint32_t c = nargs == 4 ? colour(args[3]) : 0;
    Frame f = frameOf(args[0]);
    if (x < 0 || x >= f.width || y < 0 || y >= f.height) return None();
    if (nargs == 3) return makeIntU64(f.get(int(x), int(y)));
    f.set(int(x), int(y), c);
    return None();
}

Value hline(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("hline", nargs, kw, 5, 5);
    uint32_t c = colour(args[4]);
    fillRect(frameOf(args[0]), coordinate(args[1]), coordinate(args[2]), coordinate(args[3]), 1, c);
    return None();
}

Value vline(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("vline", nargs, kw, 5, 5);
    uint32_t c = colour(args[4]);
    fillRect(frameOf(args[0]), coordinate(args[1]), coordinate(args[2]), 1, coordinate(args[3]), c);
    return None();
}

Value lineMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("line", nargs, kw, 6, 6);
    uint32_t c = colour(args[5]);
    line(frameOf(args[0]), coordinate(args[1]), coordinate(args[2]), coordinate(args[3]), coordinate(args[4]), c);
    return None();
}

Value rect(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("rect", nargs, kw, 6, 7);
    int64_t x = coordinate(args[1]), y = coordinate(args[2]), w = coordinate(args[3]), h = coordinate(args[4]);
    uint32_t c = colour(args[5]);
    bool filled = nargs == 7 && truthy(args[6]);
    Frame f = frameOf(args[0]);
    if (filled) {
        fillRect(f, x, y, w, h, c);
        return None();
    }
    fillRect(f, x, y, w, 1, c);
    fillRect(f, x, y + h - 1, w, 1, c);
    fillRect(f, x, y, 1, h, c);
    fillRect(f, x + w - 1, y, 1, h, c);
    return None();
}

Value textMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("text", nargs, kw, 4, 5);
    if (!isStr(args[1])) raiseTypeError("text: a str is required, not '%s'", typeName(args[1]));
    uint32_t c = nargs == 5 ? colour(args[4]) : 1;
    text(frameOf(args[0]), strView(args[1]), coordinate(args[2]), coordinate(args[3]), c);
    return None();
}

Value scrollMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("scroll", nargs, kw, 3, 3);
    scroll(frameOf(args[0]), coordinate(args[1]), coordinate(args[2]));
    return None();
}

// A blit source or palette: a FrameBuffer, or a tuple (buffer, width, height, format[, stride]).
Frame sourceFrame(Value v) {
    if (isInstance(v, &frameBufferType)) return frameOf(v);
    if (!isInstance(v, &tupleType) || asTuple(v)->size < 4 || asTuple(v)->size > 5)
        raiseTypeError("blit: a FrameBuffer or (buffer, width, height, format[, stride]) is required");
    FrameBufferObject scratch{};
    configure(&scratch, asTuple(v)->items, asTuple(v)->size);
    return frameOver(scratch.buffer, scratch.width, scratch.height, scratch.stride, *findFormat(scratch.format));
}

Value blitMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("blit", nargs, kw, 4, 6);
    int64_t x = coordinate(args[2]), y = coordinate(args[3]);
    int64_t key = nargs > 4 ? requireInt64(args[4], "key") : -1;
    bool hasPalette = nargs > 5 && args[5] != None();
    // Resolve the frames last: nothing allocates or runs Python code between here and the copy.
    Frame palette{};
    if (hasPalette) palette = sourceFrame(args[5]);
    Frame source = sourceFrame(args[1]);
    Frame target = frameOf(args[0]);
    blit(target, source, x, y, key, hasPalette ? &palette : nullptr);
    return None();
}

bool buffer(Value self, Buffer& out) {
    Frame f = frameOf(self);
    out = Buffer{f.data, requiredBytes(*f.format, f.height, f.stride), true};
    return true;
}

const MethodDef methods[] = {
    {"__init__", init},
    {"fill", fill},
    {"fill_rect", fillRectMethod},
    {"pixel", pixel},
    {"hline", hline},
    {"vline", vline},
    {"line", lineMethod},
    {"rect", rect},
    {"text", textMethod},
    {"scroll", scrollMethod},
    {"blit", blitMethod},
    {nullptr, nullptr},
};

Type frameBufferType{TypeSpec{
    .name = "FrameBuffer",
    .instanceSize = sizeof(FrameBufferObject),
    .flags = kTypeBaseType | kTypeInitFills,
    .trace = trace,
    .make = make,
    .buffer = buffer,
    .methods = methods,
    .module = "framebuf",
}};

// FrameBuffer1(buffer, width, height[, stride]): the older spelling of a MONO_VLSB frame.
Value frameBuffer1(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("FrameBuffer1", nargs, kw, 3, 4);
    Value full[5] = {args[0], args[1], args[2], makeInt(MONO_VLSB), nargs == 4 ? args[3] : args[1]};
    return make(&frameBufferType, full, 5, nullptr);
}

const MethodDef functions[] = {
    {"FrameBuffer1", frameBuffer1},
    {nullptr, nullptr},
};

struct NamedFormat {
    const char* name;
    FormatCode code;
};

constexpr NamedFormat kFormatNames[] = {
    {"MONO_VLSB", MONO_VLSB}, {"MVLSB", MONO_VLSB}, {"RGB565", RGB565},     {"GS2_HMSB", GS2_HMSB},
    {"GS4_HMSB", GS4_HMSB},   {"GS8", GS8},         {"MONO_HLSB", MONO_HLSB}, {"MONO_HMSB", MONO_HMSB},
};

}  // namespace

void initFramebufModule(ModuleObject* module) {
    moduleSet(module, "FrameBuffer", Value(&frameBufferType));
    moduleAddFunctions(module, functions);
    for (const NamedFormat& f : kFormatNames) moduleSet(module, f.name, makeInt(f.code));
}

}  // namespace pyfw::lib
